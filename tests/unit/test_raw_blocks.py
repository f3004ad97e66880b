"""raw_blocks: our one-line HTML blocks skip HTML parsing and come out byte for byte the same."""

from __future__ import annotations

import markdown
import pytest

from epi_portal._shared.raw_blocks import OneLineBlocks, top_level_elements

EXTENSIONS = ["toc", "admonition", "attr_list", "tables", "footnotes", "md_in_html"]
CARD = '<article class="c"><h3><a href="../x/">A &amp; B</a></h3><p>One<br>two</p></article>'


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (CARD, [CARD]),
        (CARD + CARD, [CARD, CARD]),
        ('<nav aria-label="x"><ol><li><a href="/">Home</a></li></ol></nav>', ["whole"]),
        ('<figure><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></figure>', ["whole"]),
        ('<p title="a > b">x</p>', ["whole"]),
        ("<a href=x>inline</a>", None),  # not a block: Markdown makes a paragraph
        ("<div>open", None),  # unbalanced: a raw block spanning lines
        ("<div><p>x</div></p>", None),
        ("<div>x</div> tail", None),
        ("<div>x</div>text<div>y</div>", None),
        ('<div id="anchor">x</div>', None),  # MkDocs collects the anchor
        ('<div markdown="1">*x*</div>', None),
        ("<div><!-- c --></div>", None),
        ("<div>a < b</div>", None),
        ("<hr>", None),
        ("<br/>", None),
    ],
)
def test_top_level_elements(line, expected):
    assert top_level_elements(line) == ([line] if expected == ["whole"] else expected)


@pytest.mark.parametrize(
    "source",
    [
        f"# T\n\n{CARD}\n\ntext\n",
        f"# T\n\n{CARD}{CARD}{CARD}\n\n## After\n\n{CARD}\n",
        f"{CARD}\n\n- a <a href='x'>link</a>\n- **b**\n\n{CARD}{CARD}",
        f"para\n{CARD}\n\nafter",  # no blank line before: left to Markdown
        f"<div>\n\n{CARD}\n\n</div>\n\ntext",  # inside a raw block spanning lines: left to Markdown
        f"    {CARD}\n\ntext",  # indented code
        f"!!! note\n\n    {CARD}\n\n{CARD}",
        f"{CARD}",
    ],
)
def test_output_is_markdowns_own(source):
    plain = markdown.Markdown(extensions=EXTENSIONS).convert(source)
    assert markdown.Markdown(extensions=[*EXTENSIONS, OneLineBlocks()]).convert(source) == plain
