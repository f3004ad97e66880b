"""Editor text as text: Material's templates patched to escape titles, JSON inside <script>,
generated Markdown."""

from __future__ import annotations

import json

import jinja2
import pytest
from mkdocs.theme import Theme

from epi_portal._shared.script_json import script_json
from epi_portal.theme.escaping import (
    PATCHES,
    EscapingLoader,
    TemplateChanged,
    escape_material,
    patch_template,
)

HOSTILE = "Cities & \"pacts\" <img src=x onerror=alert(1)> ]]> 'q'"
ESCAPED = "Cities &amp; &#34;pacts&#34; &lt;img src=x onerror=alert(1)&gt; ]]&gt; &#39;q&#39;"


@pytest.fixture(scope="module")
def material_env() -> jinja2.Environment:
    """The installed Material's templates, loaded as MkDocs loads them, then patched."""
    return escape_material(Theme(name="material").get_env())


def test_every_patch_applies_to_the_installed_material(material_env):
    for name, patches in PATCHES.items():
        source = material_env.loader.get_source(material_env, name)[0]
        for _, replacement, _ in patches:
            assert replacement in source, (name, replacement)
    assert escape_material(material_env).loader is material_env.loader  # idempotent: no loader in a loader


class Page:
    def __init__(self, title: str) -> None:
        self.title = title
        self.meta = {"title": title}
        self.is_homepage = False
        self.content = "<p>text</p>"
        self.url = "x/"
        self.previous_page = self.next_page = None


def test_patched_templates_print_titles_as_text(material_env):
    page = Page(HOSTILE)
    config = {"site_name": HOSTILE, "extra": {}, "theme": {"icon": {}, "palette": None}}
    nav_item = type(
        "NavItem",
        (),
        {
            "title": HOSTILE,
            "url": "x/",
            "children": None,
            "meta": None,
            "typeset": None,
            "active": False,
            "is_index": False,
        },
    )()
    header = material_env.get_template("partials/header.html").render(
        page=page,
        config=config,
        features=[],
        lang={"t": lambda key: key},
        base_url=".",
        nav=type("Nav", (), {"homepage": nav_item})(),
    )
    assert ESCAPED in header and HOSTILE not in header
    for partial in ("partials/path-item.html", "partials/tabs-item.html", "partials/nav-item.html"):
        macro = material_env.from_string(
            f'{{% import "{partial}" as item with context %}}{{{{ item.render(nav_item, "p", 1) }}}}'
            if "nav-item" in partial
            else f'{{% import "{partial}" as item with context %}}{{{{ item.render(nav_item) }}}}'
        )
        html = macro.render(page=page, config=config, features=[], base_url=".", nav_item=nav_item)
        assert ESCAPED in html and "<img" not in html, partial
    content = material_env.get_template("partials/content.html").render(
        page=page, config=config, features=[], base_url=".", lang={"t": lambda key: key}
    )
    assert f"<h1>{ESCAPED}</h1>" in content


def test_a_changed_template_fails_loudly():
    loader = EscapingLoader(
        jinja2.DictLoader({"partials/tabs-item.html": "{{ ref.name }}"}),
        {"partials/tabs-item.html": PATCHES["partials/tabs-item.html"]},
    )
    with pytest.raises(
        TemplateChanged, match=r"partials/tabs-item\.html.*ref\.title.*plugins/theme/escaping\.py"
    ):
        escape_material(jinja2.Environment(loader=loader))
    with pytest.raises(TemplateChanged, match="expected a template partials/gone.html"):
        escape_material(
            jinja2.Environment(loader=EscapingLoader(jinja2.DictLoader({}), {"partials/gone.html": ()}))
        )


def test_patch_template_counts_occurrences():
    assert patch_template("t", "{{ a }}{{ a }}", (("{{ a }}", "{{ a | e }}", 2),)) == "{{ a | e }}{{ a | e }}"
    with pytest.raises(TemplateChanged, match="1 time"):
        patch_template("t", "{{ a }}{{ a }}", (("{{ a }}", "{{ a | e }}", 1),))


def test_script_json_is_inert_in_html_and_reads_back():
    data = {"name": '</script><!--<script> & "x" \u2028'}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data
