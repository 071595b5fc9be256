"""Relative links for the dashboard.

Every link a page emits is relative to the page itself (`../articles/abc`, `./events?actor=RUS`), never
absolute and never host-qualified, so the dashboard works behind a reverse proxy under any prefix, from a
saved copy, and without guessing its own address.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

__all__ = ["relative_to", "url_builder"]


def relative_to(raw_path: str, target: str) -> str:
    """A URL reaching `target` (an app path such as `/articles/x?y=1`) from a page at `raw_path`.

    `raw_path` is the page's path as the browser sees it (still percent-encoded), because that is what
    the browser resolves relative links against.
    """
    depth = max(raw_path.count("/") - 1, 0)
    prefix = "../" * depth if depth else "./"
    return prefix + target.lstrip("/")


def url_builder(raw_path: str):
    """A template helper: `u("articles", id, event=3)` → relative URL with quoted segments and query."""

    def u(*parts: Any, _fragment: str | None = None, **query: Any) -> str:
        path = "/".join(quote(str(p), safe="") for p in parts if p is not None and p != "")
        q = {k: v for k, v in query.items() if v is not None and v != ""}
        url = relative_to(raw_path, "/" + path)
        if q:
            url += "?" + urlencode(q, doseq=True)
        if _fragment:
            url += "#" + quote(_fragment, safe="")
        return url

    return u
