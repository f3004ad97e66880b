"""Open a page like a visitor, recording every request, and run axe-core on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tests.browser.conftest import AXE

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@dataclass
class Visit:
    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # responses >= 400, console errors

    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"
        ]


def open_page(page, url: str, *, expect_status: int = 200) -> Visit:
    visit = Visit()
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.url != url
            and visit.failures.append(f"{response.status} {response.url}")
        ),
    )
    page.on(
        "console",
        lambda message: message.type == "error" and visit.failures.append(f"console: {message.text}"),
    )
    response = page.goto(url, wait_until="networkidle")
    assert response.status == expect_status, url
    return visit


def axe_violations(page) -> list[str]:
    # A transition under way (the header's title fades in when the page scrolls past its h1, a few
    # frames after the scroll, so waiting for the running ones was not enough) would be measured
    # half-transparent. Transitions and animations are switched off for the check: each element is
    # measured in a state it rests in.
    page.add_style_tag(
        content="*, *::before, *::after { transition: none !important; animation: none !important; }"
    )
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {node['target']}"
        for v in result["violations"]
        for node in v["nodes"]
    ]
