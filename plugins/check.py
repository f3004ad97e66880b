"""`epi check`: every content file checked without building — the same checks the plugins run at
build time, plus internal links in Markdown — and every problem printed at once as
``path:line: field: message``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from ._shared import front_matter
from ._shared.errors import ContentError, ContentErrors, sort
from ._shared.strings import DEFAULT_DIR, load_tables
from .assessment.questionnaire import load_questionnaire
from .cities.load import load_cities
from .content import suffixes
from .downloads.manifest import load_manifest
from .news.load import load_news
from .toolkit.load import load_toolkit

LINK = re.compile(r"\]\(<?([^)\s>#]+\.md)(?:#[^)\s>]*)?>?\)")
GENERATED = {"cities/index.md", "cities/compare.md", "news/index.md", "news/archive.md", "toolkit/index.md",
             "downloads.md", "self-assessment.md"}


class _EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV`` tags read as their defaults: only the languages matter here."""


_EnvLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
                           if isinstance(node, yaml.SequenceNode) else None)


def languages_of(root: Path) -> list[str]:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    for entry in config.get("plugins", []):
        if isinstance(entry, dict) and "i18n" in entry:
            languages = [lang["locale"] for lang in entry["i18n"]["languages"] if lang.get("build", True)]
            default = next(lang["locale"] for lang in entry["i18n"]["languages"] if lang.get("default"))
            return [default] + [lang for lang in languages if lang != default]
    return [config.get("theme", {}).get("language", "en")]


def schemas_of(root: Path) -> Path:
    """The project's schemas/, or, for a project without one, those of this package's checkout."""
    return root / "schemas" if (root / "schemas").is_dir() else Path(__file__).resolve().parent.parent / "schemas"


def _collect(errors: list[ContentError], load: Callable[[], object]) -> object | None:
    try:
        return load()
    except ContentErrors as exc:
        errors += exc.errors
        return None


def check(root: Path) -> list[ContentError]:
    """Every problem in the project at ``root``, sorted by file and line."""
    errors: list[ContentError] = []
    languages = languages_of(root)
    schemas = schemas_of(root)
    strings = _collect(errors, lambda: load_tables(DEFAULT_DIR, languages, root=root))
    docs = root / "docs"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    errors += suffixes.check(pages, languages, "docs")
    readable = []
    for page in pages:
        raw = (docs / page).read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            errors.append(ContentError(f"docs/{page}", raw[: exc.start].count(b"\n") + 1, "", "not UTF-8 text; save the file as UTF-8"))
            continue
        readable.append(page)
        errors += front_matter.check(text, f"docs/{page}", str(schemas / "page-front-matter.schema.json"))
    cities = _collect(errors, lambda: load_cities(root / "content/cities", languages, schemas=schemas, root=root))
    # with the cities in error, references are checked against the folders that exist
    slugs = {c.slug for c in cities.cities} if cities else {p.name for p in (root / "content/cities").iterdir() if p.is_dir()}
    topics = {k.removeprefix("topic.") for k in strings.tables[languages[0]] if k.startswith("topic.")} if strings else set()
    news = _collect(errors, lambda: load_news(root / "content/news", languages, cities=slugs, topics=topics,
                                              schema=schemas / "news-front-matter.schema.json", root=root, drafts=True))
    _collect(errors, lambda: load_manifest(root / "content/downloads/downloads.yaml", languages, cities=slugs,
                                           schema_path=schemas / "downloads.schema.json", root=root))
    toolkit = _collect(errors, lambda: load_toolkit(root / "content/toolkit", languages, schemas=schemas, root=root))
    _collect(errors, lambda: load_questionnaire(root / "content/toolkit/self-assessment.yaml",
                                                schema_path=schemas / "questionnaire.schema.json", root=root))
    known = set(GENERATED) | {f"cities/{slug}.md" for slug in slugs}
    known |= {f"news/{story.key}.md" for story in (news.stories if news else ())}
    known |= {f"news/topics/{topic}.md" for topic in topics}
    if toolkit:
        known |= {f"toolkit/{chapter.id}.md" for chapter in toolkit.chapters}
    errors += links(docs, readable, languages, known)
    return sort(errors)


def links(docs: Path, pages: list[str], languages: list[str], generated: set[str]) -> list[ContentError]:
    """Relative links to .md pages in docs/ that lead nowhere (suffix-less names: any language)."""
    plain = {suffixes.strip_language(page) for page in pages} | generated
    errors = []
    for page in pages:
        folder = Path(page).parent
        for number, line in enumerate((docs / page).read_text(encoding="utf-8-sig").splitlines(), 1):
            for target in LINK.findall(line):
                if "://" in target:
                    continue
                resolved = (folder / target).as_posix()
                normal = Path(*[p for p in Path(resolved).parts if p != "."]).as_posix()
                parts = []
                for part in normal.split("/"):
                    if part == "..":
                        if parts:
                            parts.pop()
                    else:
                        parts.append(part)
                key = suffixes.strip_language("/".join(parts))
                if key not in plain:
                    errors.append(ContentError(f"docs/{page}", number, "link", f"'{target}' leads to no page"))
    return errors


def main(root: Path) -> int:
    problems = check(root)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "no problems")
    return 1 if problems else 0
