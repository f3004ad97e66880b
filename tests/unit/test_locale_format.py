import datetime as dt

import pytest

from epi_portal._shared.locale_format import (
    format_date,
    format_number,
    format_size,
    language_tag,
    locale,
    region,
)
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


NBSP = "\xa0"


@pytest.mark.parametrize(
    ("lang", "one", "two", "five", "twenty_two", "many"),
    [
        ("en", "1 byte", "2 bytes", "5 bytes", "22 bytes", "117 bytes"),
        ("es", "1 byte", "2 bytes", "5 bytes", "22 bytes", "117 bytes"),
        ("ro", "1 byte", "2 byți", "5 byți", "22 de byți", "117 byți"),
        ("de", f"1{NBSP}Byte", "2 Byte", "5 Byte", "22 Byte", "117 Byte"),
        ("sv", "1 byte", "2 byte", "5 byte", "22 byte", "117 byte"),
        ("pl", "1 bajt", "2 bajty", "5 bajtów", "22 bajty", "117 bajtów"),
        ("it", "1 byte", "2 byte", "5 byte", "22 byte", "117 byte"),
        ("lv", "1 baits", "2 baiti", "5 baiti", "22 baiti", "117 baitu"),
    ],
)
def test_sizes_in_bytes_follow_each_languages_plural_rules(lang, one, two, five, twenty_two, many):
    """Not CLDR's short form: "117 byte" in English, "117 B" elsewhere."""
    assert [format_size(n, lang) for n in (1, 2, 5, 22, 117)] == [one, two, five, twenty_two, many]


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [
        (12_345, "en", "12.3 kB"),
        (12_345, "de", "12,3 kB"),
        (1_500_000, "lv", "1,5 MB"),
        (999_960, "en", "1 MB"),  # not "1,000 kB"
        (1000, "pl", "1 kB"),
    ],
)
def test_larger_sizes(size, lang, expected):
    assert format_size(size, lang) == expected


@pytest.mark.parametrize(
    ("lang", "cldr_and_og", "bcp47"),
    [
        ("en", "en_GB", "en-GB"),  # British English, not CLDR's likeliest (American)
        ("sv", "sv_SE", "sv-SE"),
        ("lv", "lv_LV", "lv-LV"),
        ("fr", "fr_FR", "fr-FR"),  # not one of ours: CLDR's likeliest country
    ],
)
def test_one_region_per_language_for_dates_og_locale_and_office_files(lang, cldr_and_og, bcp47):
    assert (locale(lang), language_tag(lang), region(lang)) == (cldr_and_og, bcp47, cldr_and_og[-2:])
