"""The downloads catalogue: the entries of content/downloads/downloads.yaml plus the files the
site makes from the project — the toolkit ZIP and the blank self-assessment answers file per
language, the cities' open data. All derived from the project, once per change of it, so no
plugin depends on another's call order."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._shared.fragments import PACKAGE_DOCUMENTS, Documents
from .._shared.language import Language
from ..assessment import answers
from ..cities import opendata
from ..project.model import Project
from ..toolkit import bundle
from .model import NEUTRAL, Download, LocalFile

OPEN_DATA_SCHEMA = "cities-data.schema.json"


@dataclass(frozen=True)
class Parts:
    """Which generated entries the site has (their plugins are in mkdocs.yml)."""

    toolkit: bool = True
    answers: bool = True
    open_data: bool = True


@dataclass(frozen=True)
class Catalogue:
    items: tuple[Download, ...]
    answers: dict[str, LocalFile] = field(default_factory=dict)  # language → blank answers file
    toolkit_zips: dict[str, LocalFile] = field(default_factory=dict)  # language → ZIP
    open_data: dict[str, bytes] = field(default_factory=dict)  # site path → bytes

    def for_city(self, slug: str) -> list[Download]:
        return [item for item in self.items if item.city == slug]


def answers_path(lang: str) -> str:
    return f"downloads/self-assessment-answers-{lang}.yaml"


def build_catalogue(
    project: Project,
    languages: dict[str, Language],
    parts: Parts = Parts(),
    documents: Documents = PACKAGE_DOCUMENTS,
) -> Catalogue:
    """Every entry of the downloads page; ``languages`` maps each site language to its helper;
    ``documents``: the templates of the toolkit ZIP's pages."""
    codes = list(project.languages)
    items = list(project.downloads)  # then in the order the site has always listed them
    data = _open_data(project) if parts.open_data else {}
    if data:
        years = [c.assessment.year for c in project.cities.cities if c.assessment.year]
        years += [c.assessment.published.year for c in project.cities.cities if c.assessment.published]
        year = max(years, default=None)
        for path, content in data.items():
            key = (
                "opendata.schema_title"
                if path.endswith(".schema.json")
                else "opendata.csv_title"
                if path.endswith(".csv")
                else "opendata.json_title"
            )
            items.append(
                Download(
                    f"epi-{path.replace('/', '-').replace('.', '-')}",
                    "data",
                    str(year or ""),
                    "CC-BY-4.0",
                    {lang: languages[lang].t(key) for lang in codes},
                    {lang: languages[lang].t("opendata.description") for lang in codes},
                    {NEUTRAL: LocalFile(path, content)},
                    owned=False,
                )
            )
    blank = (
        {
            lang: LocalFile(answers_path(lang), answers.template(project.questionnaire, lang, loc.t).encode())
            for lang, loc in languages.items()
        }
        if parts.answers
        else {}
    )
    if blank:
        items.append(
            Download(
                "epi-self-assessment-template",
                "toolkit",
                "2026",
                "CC-BY-4.0",
                {lang: languages[lang].t("assess.template_link") for lang in codes},
                {lang: project.questionnaire.disclaimer[lang] for lang in codes},
                dict(blank),
            )
        )
    zips = {}
    if parts.toolkit:
        toolkit = project.toolkit
        for lang, loc in languages.items():
            extra = {"self-assessment-answers.yaml": blank[lang].data} if lang in blank else None
            zips[lang] = LocalFile(
                f"downloads/toolkit-{lang}.zip", bundle.zip_bytes(toolkit, loc, extra, documents)
            )
        items.append(
            Download(
                "epi-replication-toolkit",
                "toolkit",
                toolkit.date.isoformat(),
                "CC-BY-4.0",
                toolkit.title,
                toolkit.summary,
                dict(zips),
            )
        )
    return Catalogue(tuple(items), blank, zips, data)


def _open_data(project: Project) -> dict[str, bytes]:
    return {
        "data/cities.json": opendata.cities_json(project.cities).encode(),
        "data/cities.csv": opendata.cities_csv(project.cities).encode(),
        "data/cities.schema.json": (project.layout.schemas / OPEN_DATA_SCHEMA).read_bytes(),
    }
