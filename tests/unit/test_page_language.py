import pytest

from epi_portal.i18n.page_language import X_DEFAULT, absolute_url, page_language

SITE = "https://site.example.test/"
LANGS = ["en", "es", "lv"]


def hreflangs(facts):
    return {alt.hreflang: alt.href for alt in facts.alternates}


def test_translated_page_lists_real_translations_and_x_default():
    facts = page_language(
        lang="es",
        content_lang="es",
        url="es/about/",
        site_url=SITE,
        languages=LANGS,
        translations={"en": "about/", "es": "es/about/"},
    )
    assert not facts.is_fallback
    assert facts.canonical == SITE + "es/about/"
    assert hreflangs(facts) == {"en": SITE + "about/", "es": SITE + "es/about/", X_DEFAULT: SITE + "about/"}


def test_fallback_page_points_to_its_original_and_is_not_a_translation():
    facts = page_language(
        lang="lv",
        content_lang="en",
        url="lv/about/",
        site_url=SITE,
        languages=LANGS,
        translations={"en": "about/", "es": "es/about/"},
    )
    assert facts.is_fallback
    assert facts.canonical == SITE + "about/"
    assert facts.original == "about/"
    assert "lv" not in hreflangs(facts)


def test_page_without_default_language_version_uses_its_own_as_x_default():
    facts = page_language(
        lang="lv",
        content_lang="lv",
        url="lv/notes/",
        site_url=SITE,
        languages=LANGS,
        translations={"lv": "lv/notes/"},
    )
    assert hreflangs(facts) == {"lv": SITE + "lv/notes/", X_DEFAULT: SITE + "lv/notes/"}


@pytest.mark.parametrize(
    ("site", "url", "expected"),
    [
        ("https://a.test/", "", "https://a.test/"),
        ("https://a.test/", "./", "https://a.test/"),
        ("https://a.test/sub", "es/", "https://a.test/sub/es/"),
        ("https://a.test/sub/", "es/about/", "https://a.test/sub/es/about/"),
    ],
)
def test_absolute_url(site, url, expected):
    assert absolute_url(site, url) == expected
