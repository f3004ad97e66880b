"""Fixes to Material's markup that a template override cannot reach without copying base.html."""

from __future__ import annotations

import re

_CHECKBOX = re.compile(r'<input\b[^>]*\btype="checkbox"[^>]*>')
_EMPTY_TABINDEX = re.compile(r'<label\b[^>]*\stabindex=""[^>]*>')
_SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?=>)')
_SEARCH_INPUT_LABEL = re.compile(r'class="md-search__input"[^>]*?\baria-label="([^"]*)"')
_TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_markup(html: str) -> str:
    """``autocomplete="off"`` is invalid on checkboxes (Nu Html Checker); the search dialog
    needs an accessible name (axe ``aria-dialog-name``): it gets the search field's label. On
    a page outside the nav, the table of contents' title is a label for a ``__toc`` toggle
    that Material does not render: it becomes plain text. With ``navigation.sections``, a
    section's label in the nav gets ``tabindex=""`` (not an integer, Nu Html Checker): without
    it the label is not focusable, as Material means."""
    html = _CHECKBOX.sub(lambda m: m.group(0).replace(' autocomplete="off"', ""), html)
    html = _EMPTY_TABINDEX.sub(lambda m: m.group(0).replace(' tabindex=""', ""), html)
    label = _SEARCH_INPUT_LABEL.search(html)
    if label:
        html = _SEARCH_DIALOG.sub(lambda m: f'{m.group(0)} aria-label="{label.group(1)}"', html, count=1)
    if 'id="__toc"' not in html:
        html = _TOC_LABEL.sub(r'<div class="md-nav__title">\1</div>', html)
    return html
