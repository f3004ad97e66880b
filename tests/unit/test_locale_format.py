import datetime as dt

import pytest

from epi_portal._shared.locale_format import format_date, format_number
from epi_portal._shared.names import language_name


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "30 May 2022"),
        ("es", "30 de mayo de 2022"),
        ("de", "30. Mai 2022"),
        ("lv", "2022. gada 30. maijs"),
    ],
)
def test_dates(lang, expected):
    assert format_date(dt.date(2022, 5, 30), lang) == expected
    assert format_date("2022-05-30", lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2021-06", "en", "June 2021"),
        ("2021-06", "es", "junio de 2021"),
        ("2021-06", "lv", "2021. gada jūnijs"),  # not CLDR's "2021. gada. jūnijs"
        ("2022-04-01", "de", "1. April 2022"),
        ("2021", "pl", "2021"),
    ],
)
def test_partial_dates_are_no_more_precise_than_written(value, lang, expected):
    assert format_date(value, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "1,234.5"), ("de", "1.234,5"), ("sv", "1\xa0234,5")])
def test_numbers(lang, expected):
    assert format_number(1234.5, lang) == expected


@pytest.mark.parametrize(
    ("code", "reader", "expected"),
    [("en", "lv", "angļu"), ("en", "de", "Englisch"), ("lv", "lv", "latviešu")],
)
def test_language_names(code, reader, expected):
    assert language_name(code, reader) == expected
