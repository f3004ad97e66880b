from pathlib import Path

import pytest

from epi_portal._shared.errors import ContentErrors
from epi_portal._shared.strings import DEFAULT_DIR, load_tables, placeholders
from tests.conftest import LANGUAGES


def test_every_language_has_every_key_with_the_same_placeholders():
    tables = load_tables(DEFAULT_DIR, LANGUAGES).tables
    reference = tables["en"]
    for lang in LANGUAGES:
        assert set(tables[lang]) == set(reference), lang
        for key, text in tables[lang].items():
            assert text.strip(), (lang, key)
            assert placeholders(text) == placeholders(reference[key]), (lang, key)


def test_helper_formats_in_the_language():
    t = load_tables(DEFAULT_DIR, LANGUAGES).for_language("lv")
    assert t("fallback.notice", original="angļu").endswith("oriģinālvalodā: angļu.")


def _tables(tmp_path: Path, **texts: str) -> Path:
    for lang, text in texts.items():
        (tmp_path / f"{lang}.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_missing_key_names_file_and_key(tmp_path):
    folder = _tables(tmp_path, en="a: A\nb: B {x}\n", de="a: A\n")
    with pytest.raises(ContentErrors) as exc:
        load_tables(folder, ["en", "de"], root=tmp_path)
    assert "de.yml: b: missing UI string (present in en.yml)" in str(exc.value)


@pytest.mark.parametrize(
    ("german", "expected"),
    [
        ("a: A\nb: B\n", "de.yml:2: b: placeholders differ from en.yml; expected {x}"),
        ("a: A\nb: B {x}\nc: C\n", "de.yml:3: c: unknown key (not in en.yml)"),
        ("a: ''\nb: B {x}\n", "de.yml:1: a: expected a non-empty text"),
        ("a: [A\nb: B {x}\n", "de.yml:1: invalid YAML: this list is never closed"),
        ("- a\n", "de.yml:1: expected a mapping of key: text"),
    ],
)
def test_bad_tables(tmp_path, german, expected):
    folder = _tables(tmp_path, en="a: A\nb: B {x}\n", de=german)
    with pytest.raises(ContentErrors) as exc:
        load_tables(folder, ["en", "de"], root=tmp_path)
    assert expected in str(exc.value)


def test_missing_table(tmp_path):
    folder = _tables(tmp_path, en="a: A\n")
    with pytest.raises(ContentErrors, match="no UI string table for language 'sv'"):
        load_tables(folder, ["en", "sv"], root=tmp_path)
