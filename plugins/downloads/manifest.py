"""content/downloads/downloads.yaml → Downloads; local files must lie inside content/downloads/."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path, PurePosixPath

from .._shared import schema
from .._shared.dates import PartialDate
from .._shared.errors import ContentError
from .._shared.reader import Reader
from .model import Download, Link, LocalFile

RESERVED_PREFIX = "epi-"  # ids of the entries the catalogue adds (epi-replication-toolkit, …)


def load_manifest(
    path: Path, languages: list[str], *, cities: Collection[str], schema_path: Path, root: Path
) -> list[Download]:
    reader = Reader(root, schema_path.parent)
    downloads = read_manifest(reader, path, languages, cities=cities, schema_name=schema_path.name)
    reader.raise_if_any()
    return downloads


def read_manifest(
    reader: Reader,
    path: Path,
    languages: list[str],
    *,
    cities: Collection[str],
    schema_name: str = "downloads.schema.json",
) -> list[Download]:
    """The catalogue's entries; problems go to ``reader`` (and then no entry is returned)."""
    loaded = reader.yaml(path)
    if loaded is None:
        return []
    data, lines = loaded
    shown = reader.shown(path)
    for item in (
        data.get("downloads", [])
        if isinstance(data, dict) and isinstance(data.get("downloads"), list)
        else []
    ):
        if (
            isinstance(item, dict)
            and isinstance(item.get("date"), int)
            and not isinstance(item.get("date"), bool)
        ):
            item["date"] = str(item["date"])  # YAML reads 2021 as a number
    errors = schema.check(data, str(reader.schemas / schema_name), shown, lines)
    if errors:
        reader.errors += errors
        return []
    base = path.parent
    downloads: list[Download] = []
    seen: dict[str, int] = {}  # id → index of its first entry
    for index, item in enumerate(data["downloads"]):
        where = ("downloads", index)
        if item["id"].startswith(RESERVED_PREFIX):
            errors.append(
                ContentError(
                    shown,
                    lines.line((*where, "id")),
                    f"downloads[{index}].id",
                    f"ids starting with '{RESERVED_PREFIX}' are reserved for the entries the site adds "
                    "itself (toolkit, open data); choose another",
                )
            )
        if item["id"] in seen:
            errors.append(
                ContentError(
                    shown,
                    lines.line((*where, "id")),
                    f"downloads[{index}].id",
                    f"duplicate id '{item['id']}' (also downloads[{seen[item['id']]}])",
                )
            )
        seen.setdefault(item["id"], index)
        try:
            PartialDate.parse(item["date"])
        except ValueError:
            errors.append(
                ContentError(
                    shown,
                    lines.line((*where, "date")),
                    f"downloads[{index}].date",
                    f"'{item['date']}' is not a real date",
                )
            )
        if "city" in item and item["city"] not in cities:
            errors.append(
                ContentError(
                    shown,
                    lines.line((*where, "city")),
                    f"downloads[{index}].city",
                    f"unknown city '{item['city']}'; expected one of: {', '.join(sorted(cities))}",
                )
            )
        for lang in item["files"]:
            if lang != "*" and lang not in languages:
                errors.append(
                    ContentError(
                        shown,
                        lines.line((*where, "files", lang)),
                        f"downloads[{index}].files.{lang}",
                        f"language '{lang}' is not configured; expected one of: {', '.join(languages)} or *",
                    )
                )
        files: dict[str, LocalFile | Link] = {}
        for lang, file in item["files"].items():
            field = f"downloads[{index}].files.{lang}"
            line = lines.line((*where, "files", lang))
            if "url" in file:
                files[lang] = Link(file["url"])
            else:
                found = _local(base, file["path"], shown, line, field, errors)
                if found is not None:
                    files[lang] = LocalFile(
                        f"downloads/{item['id']}/{lang if lang != '*' else 'all'}/{found.name}",
                        found.read_bytes(),
                    )
        poster = None
        if "poster" in item:
            found = _local(
                base,
                item["poster"],
                shown,
                lines.line((*where, "poster")),
                f"downloads[{index}].poster",
                errors,
            )
            if found is not None:
                poster = LocalFile(f"downloads/{item['id']}/{found.name}", found.read_bytes())
                _poster_size(
                    found, shown, lines.line((*where, "poster")), f"downloads[{index}].poster", errors
                )
        downloads.append(
            Download(
                item["id"],
                item["kind"],
                item["date"],
                item["licence"],
                item["title"],
                item.get("description", {}),
                files,
                item.get("city"),
                poster=poster,
                poster_alt=item.get("poster_alt"),
                duration=item.get("duration"),
            )
        )
    reader.errors += errors
    return [] if errors else downloads


def _poster_size(path: Path, shown: str, line: int, field: str, errors: list[ContentError]) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError):
        errors.append(ContentError(shown, line, field, f"'{path.name}' is not an image"))
        return
    if width < 480 or height < 270:
        errors.append(
            ContentError(
                shown,
                line,
                field,
                f"{width}×{height} is too small for a video poster; expected at least 480×270",
            )
        )


def _local(
    base: Path, relative: str, shown: str, line: int, field: str, errors: list[ContentError]
) -> Path | None:
    """The file at ``relative`` inside ``base``; never outside it, not even through a symlink."""
    if PurePosixPath(relative).is_absolute() or Path(relative).is_absolute():
        errors.append(
            ContentError(
                shown, line, field, f"'{relative}' is an absolute path; expected a path inside {base.name}/"
            )
        )
        return None
    target = (base / relative).resolve()
    if not target.is_relative_to(base.resolve()):
        errors.append(
            ContentError(
                shown, line, field, f"'{relative}' leads outside {base.name}/; expected a file inside it"
            )
        )
        return None
    if not target.is_file():
        errors.append(ContentError(shown, line, field, f"no file '{relative}' in {base.name}/"))
        return None
    return target
