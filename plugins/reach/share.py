"""Plain share links: nothing is loaded from any of these sites until a visitor clicks."""

from __future__ import annotations

from urllib.parse import quote


def share_links(url: str, title: str, email_label: str) -> list[tuple[str, str]]:
    """(label, href) per way of sharing."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        (email_label, f"mailto:?subject={t}&body={u}"),
        ("Mastodon", f"https://mastodon.social/share?text={t}%20{u}"),
        ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("X", f"https://x.com/intent/post?url={u}&text={t}"),
    ]
