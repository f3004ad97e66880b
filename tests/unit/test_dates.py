"""Dates as precise as their sources: PartialDate, and how each language shows it."""

from __future__ import annotations

import datetime as dt

import pytest

from epi_portal._shared.dates import PartialDate
from epi_portal._shared.language import Language
from epi_portal._shared.strings import DEFAULT_DIR, load_tables
from tests.conftest import LANGUAGES


@pytest.mark.parametrize(
    ("text", "precision", "start"),
    [
        ("2021", "year", dt.date(2021, 1, 1)),
        ("2021-06", "month", dt.date(2021, 6, 1)),
        ("2020-05-30", "day", dt.date(2020, 5, 30)),
    ],
)
def test_parse_keeps_the_precision(text, precision, start):
    date = PartialDate.parse(text)
    assert (date.precision, date.start, date.isoformat(), str(date)) == (precision, start, text, text)


@pytest.mark.parametrize(
    "text", ["2021-13", "2021-02-30", "2021-6", "June 2021", "20210601", "2021-06-01T00"]
)
def test_parse_refuses_what_is_not_a_real_date(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_a_month_sorts_at_its_start():
    dates = [PartialDate.parse(t) for t in ("2021-06-02", "2021-06", "2021-05-31", "2021-06-01", "2021")]
    assert [d.isoformat() for d in sorted(dates)] == [
        "2021",
        "2021-05-31",
        "2021-06",
        "2021-06-01",
        "2021-06-02",
    ]
    assert PartialDate(2021, 6) == PartialDate.parse("2021-06") != PartialDate(2021, 6, 1)
    assert PartialDate.of(dt.date(2020, 5, 30)) == PartialDate(2020, 5, 30)


@pytest.mark.parametrize(
    ("lang", "month", "day", "year"),
    [
        ("en", "June 2021", "30 May 2020", "2021"),
        ("es", "junio de 2021", "30 de mayo de 2020", "2021"),
        ("it", "giugno 2021", "30 maggio 2020", "2021"),
        ("de", "Juni 2021", "30. Mai 2020", "2021"),
        ("lv", "2021. gada jūnijs", "2020. gada 30. maijs", "2021. g."),
        ("pl", "czerwiec 2021", "30 maja 2020", "2021"),
        ("ro", "iunie 2021", "30 mai 2020", "2021"),
        ("sv", "juni 2021", "30 maj 2020", "2021"),
    ],
)
def test_the_language_helper_shows_each_precision(lang, month, day, year):
    loc = Language(lang, tuple(LANGUAGES), load_tables(DEFAULT_DIR, LANGUAGES))
    assert loc.date(PartialDate(2021, 6)) == loc.date("2021-06") == month
    assert (
        loc.date(PartialDate(2020, 5, 30)) == loc.date("2020-05-30") == loc.date(dt.date(2020, 5, 30)) == day
    )
    assert loc.date(PartialDate(2021)) == loc.date("2021") == year
