"""JSON-LD (schema.org) for the page types search engines document: the project, news
articles, events, places and the open dataset."""

from __future__ import annotations

from typing import Any

from .._shared.script_json import script_json

CONTEXT = "https://schema.org"


def project(*, name: str, url: str, description: str, lang: str) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "@type": ["Organization", "Project"],
        "name": name,
        "url": url,
        "description": description,
        "inLanguage": lang,
        "funder": {
            "@type": "Organization",
            "name": "European Union – Asylum, Migration and Integration Fund (AMIF)",
        },
        "foundingDate": "2020-01-01",
        "dissolutionDate": "2022-06-30",
    }


def news_article(
    *, headline: str, url: str, date: str, lang: str, description: str, cities: list[str], publisher: str
) -> dict[str, Any]:
    """``date``: ISO 8601 at the story's own precision, ``2021-06-01`` or ``2021-06`` (a month is a
    valid schema.org Date; no day is invented)."""
    return {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": headline[:110],
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": date,
        "inLanguage": lang,
        "description": description,
        "about": [{"@type": "City", "name": name} for name in cities],
        "author": {"@type": "Organization", "name": publisher},
        "publisher": {"@type": "Organization", "name": publisher},
    }


def event(*, name: str, url: str, start: str, lang: str, description: str, city: str) -> dict[str, Any]:
    """``start``: the event's own date (a story's ``event_date``, else the story's date), ISO 8601
    at its precision. EventScheduled: a story reporting a planned event does not say it was held."""
    return {
        "@context": CONTEXT,
        "@type": "Event",
        "name": name,
        "url": url,
        "startDate": start,
        "inLanguage": lang,
        "description": description,
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "Place", "name": city, "address": city},
    }


def place(*, name: str, url: str, lat: float, lon: float, country: str, description: str) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "@type": "Place",
        "name": name,
        "url": url,
        "description": description,
        "geo": {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon},
        "address": {"@type": "PostalAddress", "addressCountry": country},
    }


def dataset(
    *, name: str, url: str, description: str, files: list[tuple[str, str]], licence: str
) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": name,
        "url": url,
        "description": description,
        "license": licence,
        "isAccessibleForFree": True,
        "distribution": [
            {"@type": "DataDownload", "contentUrl": href, "encodingFormat": media} for href, media in files
        ],
    }


def script(data: list[dict[str, Any]]) -> str:
    """The JSON for a <script type="application/ld+json"> (no ``<``, ``>`` or ``&`` in it)."""
    return script_json(data[0] if len(data) == 1 else data)
