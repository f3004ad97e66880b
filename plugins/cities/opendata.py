"""The cities' scores as open data: /data/cities.json, /data/cities.csv (one row per city and
area) and the JSON Schema of the JSON. Language-neutral: written once per build."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .model import Assessment, CityData, Fact, Figure, Text

OVERALL = "overall"
CSV_COLUMNS = (
    "city",
    "city_name",
    "country",
    "year",
    "area",
    "area_label",
    "score",
    "published",
    "source",
    "published_on",
    "published_by",
    "refers_to",
    "refers_to_date",
    "refers_to_inferred",
)


def _figure(figure: Figure) -> dict[str, Any]:
    return {"score": figure.score, "source": figure.source}


def _text(field: str, value: Text) -> dict[str, Any]:
    """``field``: the text in its original language (English where translated), as before;
    ``<field>_lang``: that language; ``<field>_translations``: the text per language."""
    return {field: value.value, f"{field}_lang": value.original, f"{field}_translations": dict(value.texts)}


def _published(assessment: Assessment) -> dict[str, Any] | None:
    published = assessment.published
    return {"date": published.date, **_text("by", published.by)} if published else None


def _refers_to(assessment: Assessment) -> dict[str, Any] | None:
    ref = assessment.refers_to
    if ref is None:
        return None
    return {**_text("title", ref.title), "url": ref.url, "date": ref.date, "inferred": ref.inferred}


def _fact(fact: Fact) -> dict[str, Any]:
    return {"kind": fact.kind, "value": fact.value, "year": fact.year, "source": fact.source}


def cities_json(data: CityData) -> str:
    method = data.method
    document = {
        "method": {
            "id": method.id,
            "name": method.name["en"],
            "source": method.source,
            "areas": [
                {"id": a.id, "group": a.group, "parent": a.parent, "label": a.label} for a in method.areas
            ],
        },
        "cities": [
            {
                "slug": city.slug,
                "name": city.name,
                "country": city.country,
                "coordinates": {"lat": city.lat, "lon": city.lon, "source": city.coordinates_source},
                "year": city.assessment.year,
                "published": _published(city.assessment),
                "refers_to": _refers_to(city.assessment),
                "overall": _figure(city.assessment.overall),
                "areas": {area.id: _figure(city.assessment.area(area.id)) for area in method.areas},
                "facts": [_fact(fact) for fact in city.facts],
            }
            for city in data.cities
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def cities_csv(data: CityData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for city in data.cities:
        published, ref = city.assessment.published, city.assessment.refers_to
        provenance = (
            published.date if published else "",
            published.by.value if published else "",
            ref.title.value if ref else "",
            (ref.date or "") if ref else "",
            ("true" if ref.inferred else "false") if ref else "",
        )
        rows = [(OVERALL, "Overall index", city.assessment.overall)]
        rows += [(area.id, area.label["en"], city.assessment.area(area.id)) for area in data.method.areas]
        for area_id, label, figure in rows:
            score = (
                ""
                if figure.score is None
                else (int(figure.score) if figure.score == int(figure.score) else figure.score)
            )
            writer.writerow(
                (
                    city.slug,
                    city.name["en"],
                    city.country,
                    city.assessment.year or "",
                    area_id,
                    label,
                    score,
                    "true" if figure.published else "false",
                    figure.source or "",
                    *provenance,
                )
            )
    return out.getvalue()
