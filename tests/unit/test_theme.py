import math

import pytest

from epi_portal.theme.bundle import NARROWED, BundleChanged, patch_bundle
from epi_portal.theme.emblem import BLUE, GOLD, HEIGHT, WIDTH, emblem_svg, star_centres, star_points
from epi_portal.theme.markup import fix_markup


def test_emblem_geometry():
    centres = star_centres()
    assert len(centres) == 12
    cx, cy = WIDTH / 2, HEIGHT / 2
    for x, y in centres:  # on a circle of radius a third of the height
        assert math.isclose(math.hypot(x - cx, y - cy), HEIGHT / 3)
    assert centres[0] == pytest.approx((cx, cy - HEIGHT / 3))  # twelve o'clock
    points = star_points(*centres[0], HEIGHT / 18)
    assert len(points) == 10
    top = points[0]
    assert top == pytest.approx((centres[0][0], centres[0][1] - HEIGHT / 18))  # upright
    outer = points[::2]
    assert all(math.isclose(math.hypot(x - centres[0][0], y - centres[0][1]), HEIGHT / 18) for x, y in outer)
    assert WIDTH / HEIGHT == 1.5


def test_emblem_svg_colours_and_name():
    svg = emblem_svg("Emblem of the European Union")
    assert f'fill="{BLUE}"' in svg and f'fill="{GOLD}"' in svg
    assert svg.count("<polygon") == 12
    assert 'role="img" aria-label="Emblem of the European Union"' in svg


def test_markup_fixes():
    html = (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog">'
        '<input type="text" class="md-search__input" name="query" aria-label="Suchen" autocomplete="off">'
    )
    fixed = fix_markup(html)
    assert 'type="checkbox" id="__drawer">' in fixed
    assert 'role="dialog" aria-label="Suchen">' in fixed
    assert 'aria-label="Suchen" autocomplete="off"' in fixed  # text inputs keep it


def test_bundle_patch_and_its_guard():
    source = 'a=M("link[rel=alternate]");b'
    assert NARROWED in patch_bundle(source)
    assert patch_bundle(patch_bundle(source)) == patch_bundle(source)
    with pytest.raises(BundleChanged):
        patch_bundle("nothing here")


def test_toc_label_without_its_toggle_becomes_text():
    html = '<label class="md-nav__title" for="__toc">\n<span></span>\nContents\n</label>'
    assert fix_markup(html) == '<div class="md-nav__title">\n<span></span>\nContents\n</div>'
    with_toggle = '<input type="checkbox" id="__toc">' + html
    assert '<label class="md-nav__title" for="__toc">' in fix_markup(with_toggle)


def test_section_labels_lose_their_empty_tabindex():
    html = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">'
    assert fix_markup(html) == '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">'
    focusable = '<label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="0">'
    assert fix_markup(focusable) == focusable
