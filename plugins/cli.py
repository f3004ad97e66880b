"""The project's `epi` command. `epi assess answers.yaml` scores a filled-in self-assessment
offline, exactly as the /self-assessment/ page does, and writes a standalone HTML report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import check, deploy, drafts, publish, scaffold, translations
from ._shared.errors import ContentError, ContentErrors, sort
from ._shared.language import Language
from ._shared.reader import Reader
from .assessment import answers as answers_file
from .assessment import report
from .assessment.page import CityScore
from .assessment.scoring import score
from .cities.model import localized
from .project.languages import site_config
from .project.load import load_project


def _known_language(lang: str | None, languages: list[str]) -> bool:
    """No ``--lang``, or one of the site's; else say so on stderr."""
    if lang and lang not in languages:
        print(
            f"--lang: '{lang}' is not a language of the site; expected one of: {', '.join(languages)}",
            file=sys.stderr,
        )
        return False
    return True


def project_root(start: Path) -> Path:
    """The folder with mkdocs.yml at or above ``start``; else the one this package came from."""
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "content").is_dir():
            return folder
    return Path(__file__).resolve().parent.parent


def _file_language(text: str, name: str) -> str | None:
    """The language the answers file names (YAML: `language: de`; CSV: a row `language,,de`)."""
    for line in text.lstrip("\ufeff").splitlines():
        if name.lower().endswith(".csv"):
            fields = answers_file._csv_fields(line, ";" if ";" in line and "," not in line else ",")
            if len(fields) == 3 and fields[0] == "language":
                return fields[2]
        elif line.startswith("language:"):
            return answers_file._value(line.split(":", 1)[1])
    return None


def assess(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    path = Path(args.answers)
    site = site_config(root)
    # read as every content file is (a byte order mark allowed, a byte that is not UTF-8 named by
    # its line), shown by its name as the answers' own messages show it
    reader = Reader(path.parent, site.layout.schemas)
    text = reader.text(path)
    if text is None:
        print("\n".join(str(error) for error in reader.errors), file=sys.stderr)
        return 2
    languages = site.languages
    if not _known_language(getattr(args, "lang", None), languages):
        return 2
    # the answers are option ids, the same in every language: --lang only chooses the report's
    found = _file_language(text, path.name)
    lang = args.lang or (found if found in languages else languages[0])
    try:
        project = load_project(site.layout, languages)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 2
    questionnaire, cities = project.questionnaire, project.cities
    t = Language(lang, project.languages, project.strings).t
    parsed = answers_file.read(text, path.name, questionnaire, languages, t)
    if parsed.errors:
        print("\n".join(parsed.errors), file=sys.stderr)
        return 1
    result = score(questionnaire, parsed.answers)
    method = cities.method

    def label(area: str) -> str:
        found = method.area(area)
        if found is None:
            raise LookupError(f"area '{area}' of the questionnaire is not in the method (method.yaml)")
        return localized(found.label, lang)

    comparison = [
        CityScore(c.name_in(lang), c.assessment.overall.score, "")
        for c in sorted(cities.cities, key=lambda c: c.name_in(lang))
    ]
    print(report.text_report(result, comparison, label, t), end="")
    out = Path(args.report) if args.report else path.with_name(f"{path.stem}-report.html")
    out.write_text(report.html_report(questionnaire, result, comparison, label, t, lang), encoding="utf-8")
    print(f"\n{out}")
    return 0


def _build(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    return publish.build(root, Path(args.site_dir) if args.site_dir else root / "site", jobs=args.jobs)


def _nginx(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    site = Path(args.site_dir) if args.site_dir else root / "site"
    print(
        # the languages built: one with `build: false` has no folder to serve
        deploy.nginx_server(site, site_config(root).built, listen=args.listen, server_name=args.server_name),
        end="",
    )
    return 0


def _new(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    site = site_config(root)
    languages = site.languages
    if not _known_language(getattr(args, "lang", None), languages):
        return 2
    try:
        if args.kind == "news":
            made = scaffold.news(root, args.date, args.slug, args.lang or languages[0])
        elif args.kind == "translation":
            made = scaffold.translation(site.layout, args.original, args.lang, languages, Path.cwd())
        elif args.kind == "city":
            made = scaffold.city(root, args.slug, args.country)
        else:
            made = scaffold.download(root, args.id, args.kind)
    except scaffold.ScaffoldError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in made:
        print(path.relative_to(root))
    if args.kind == "translation":
        print("Translate every text, then remove the 'translate:' line; `epi check` lists it until then.")
    else:
        print("Fill in every 'null' and 'Replace with…'; `epi check` lists what is left.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    try:
        folder = drafts.story_folder(root, args.story, Path.cwd())
    except drafts.PublishError as exc:
        print(exc, file=sys.stderr)
        return 2
    changed, problems = drafts.publish(root, folder)
    shown = folder.relative_to(root.resolve()).as_posix()
    if problems:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''}: {shown} is unchanged (still a draft)")
        return 1
    for path in changed:
        print(path.relative_to(root.resolve()).as_posix())
    print(f"{shown}: published" if changed else f"{shown}: not a draft; nothing to do")
    return 0


def _translations(args: argparse.Namespace) -> int:
    root = project_root(Path(args.project or Path.cwd()).resolve())
    site = site_config(root)
    languages, layout = site.languages, site.layout
    if not _known_language(getattr(args, "lang", None), languages):
        return 2
    reader = Reader(root, layout.schemas)
    report = translations.status(layout, languages, reader, [args.lang] if args.lang else None)
    print(
        translations.text_report(
            report,
            layout.strings.relative_to(root).as_posix()
            if layout.strings.is_relative_to(root)
            else layout.strings.as_posix(),
        ),
        end="",
    )
    return _problems(reader.errors, "what cannot be read is left out of the list above")


def _problems(errors: list[ContentError], consequence: str) -> int:
    """The files a command could not read, on stderr as `epi check` lists them; 1 if any."""
    if not errors:
        return 0
    errors = sort(errors)
    for error in errors:
        print(error, file=sys.stderr)
    count = len(errors)
    print(f"{count} problem{'s' if count != 1 else ''}: {consequence}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="epi", description="Tools of the EPI portal.")
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("assess", help="score a filled-in self-assessment answers file")
    command.add_argument(
        "answers", help="the answers file: YAML (the blank template filled in) or CSV (a name ending in .csv)"
    )
    command.add_argument(
        "--lang", help="the report's language (default: the language the answers file was made in)"
    )
    command.add_argument("--report", help="where to write the HTML report (default: <answers>-report.html)")
    command.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    command.set_defaults(run=assess)
    checker = commands.add_parser(
        "check", help="check every content file without building; list every problem"
    )
    checker.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    checker.set_defaults(
        run=lambda args: check.main(project_root(Path(args.project or Path.cwd()).resolve()))
    )
    builder = commands.add_parser(
        "build", help="build the site; replace the output folder only if the whole build succeeds"
    )
    builder.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    builder.add_argument("--site-dir", default=None, help="the output folder (default: <project>/site)")
    builder.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes building the languages in parallel (default: one per core; 1: one after the other)",
    )
    builder.set_defaults(run=lambda args: _build(args))
    server = commands.add_parser("nginx", help="print an nginx server block for the built site")
    server.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    server.add_argument("--site-dir", default=None, help="the built site (default: <project>/site)")
    server.add_argument("--listen", default="80")
    server.add_argument("--server-name", default="_")
    server.set_defaults(run=lambda args: _nginx(args))
    new = commands.add_parser("new", help="scaffold content: news, city, download or a translation")
    new.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    kinds = new.add_subparsers(dest="kind", required=True)
    story = kinds.add_parser("news", help="a news story (starts as a draft)")
    story.add_argument("date", help="YYYY-MM-DD, or YYYY-MM where the source gives no day")
    story.add_argument("slug", help="lowercase words with hyphens")
    story.add_argument(
        "--lang", help="the story's language, one of the site's (default: the default language)"
    )
    place = kinds.add_parser("city", help="a city: city.yaml, assessment.yaml, index.en.md")
    place.add_argument("slug")
    place.add_argument("--country", required=True, help="ISO 3166-1 alpha-2, e.g. ES")
    item = kinds.add_parser("download", help="an entry in content/downloads/downloads.yaml")
    item.add_argument("id")
    item.add_argument(
        "--kind",
        default="report",
        choices=["report", "strategy", "toolkit", "data", "presentation", "video", "newsletter"],
    )
    copy = kinds.add_parser(
        "translation", help="a translation: the original's front matter and text, marked to translate"
    )
    copy.add_argument(
        "original",
        help="a page, story, city or toolkit chapter: a file or folder of it (docs/about.en.md, "
        "content/news/<folder>, content/cities/<slug>) or its name",
    )
    copy.add_argument("--lang", required=True, help="the language to translate into")
    new.set_defaults(run=_new)
    release = commands.add_parser(
        "publish", help="remove `draft: true` from a story, if `epi check` finds no problem in it"
    )
    release.add_argument(
        "story", help="the story's folder (content/news/<folder>), one of its files, or its name"
    )
    release.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    release.set_defaults(run=_publish)
    status = commands.add_parser(
        "translations", help="what to translate in each language, and from which file"
    )
    status.add_argument("--project", help="the portal's folder (default: found from the current folder)")
    status.add_argument("--lang", help="one language only")
    status.set_defaults(run=_translations)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
