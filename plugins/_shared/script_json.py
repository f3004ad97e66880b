"""JSON inside an HTML ``<script>`` element (JSON-LD, data for our scripts)."""

from __future__ import annotations

import json

# Inside <script>, "</script" ends the element and "<!--" can hide its real end: no "<" at all
# (nor ">" and "&", for good measure) reaches the HTML; JSON parsers read the escapes back.
_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def script_json(data: object) -> str:
    """Compact JSON that is inert as the content of a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _UNSAFE.items():
        text = text.replace(char, escaped)
    return text
