"""HTML pages (files or fetched URLs): main text, title and date via trafilatura.

trafilatura drops navigation, footers and comments and returns the article body; its metadata gives the
title, the publication date (from meta tags, JSON-LD or the URL), the site name and the canonical URL.
Tables are left out: they are rarely prose and would reach the parser as run-on sentences. The body's
first line is dropped when it repeats the title (pages put the headline in an <h1> inside the article).

Malformed or absurdly nested HTML either still yields text (lxml repairs what it can) or becomes an E215
item: trafilatura found no main text, which usually means the page is a script-rendered shell, a paywall
stub or not an article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from ._common import E_NO_MAIN_TEXT, RawItem
from .text import read_bytes

log = logging.getLogger(__name__)

__all__ = ["read_html_file", "item_from_html"]


def _extract(data: bytes | str | object, url: str | None) -> object | None:
    import trafilatura

    return trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
    )


def _depth(tree: object) -> int:
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _deep_fallback(data: bytes | str, url: str | None) -> tuple[object | None, str | None, int]:
    """Second try for pages nested deeper than lxml's default limit (256 levels): (doc, text, depth).

    lxml stops building the tree at that depth, so trafilatura sees an empty body. Re-parse without the
    limit; up to `_MAX_DEPTH` levels trafilatura runs on the full tree, deeper than that (its cost grows
    quickly) the text of the <p> elements is taken as the body.
    """
    import lxml.html

    tree = lxml.html.fromstring(data, parser=lxml.html.HTMLParser(huge_tree=True))
    depth = _depth(tree)
    if depth <= _MAX_DEPTH:
        doc = _extract(tree, url)
        if doc is not None and getattr(doc, "text", None):
            return doc, doc.text, depth
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    text = "\n".join(p for p in paras if p)
    return None, text or None, depth


_MAX_DEPTH = 500


def item_from_html(data: bytes | str, *, origin: str, url: str | None = None) -> RawItem:
    """Extract one article from HTML bytes/str; a failed RawItem when there is no main text."""
    depth = 0
    try:
        doc = _extract(data, url)
        text = getattr(doc, "text", None) if doc is not None else None
        if not text or not text.strip():
            doc2, text, depth = _deep_fallback(data, url)
            doc = doc2 or doc
            if text:
                log.info("%s: main text found only after re-parsing %d levels of nesting", origin, depth)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise many kinds on broken markup
        log.debug("trafilatura failed on %s", origin, exc_info=True)
        return RawItem.failed(origin, E_NO_MAIN_TEXT, f"the HTML could not be parsed ({type(exc).__name__}: "
                              f"{exc}); check that this is a complete HTML page")
    if not text or not text.strip():
        nested = f", nested {depth} levels deep" if depth > 256 else ""
        return RawItem.failed(origin, E_NO_MAIN_TEXT, f"no main text found in the HTML{nested} (empty, broken, "
                              "a script-rendered page or not an article); save the page's article text as .txt "
                              "or check the file")
    title = (getattr(doc, "title", None) or "").strip() or None
    if title:
        first, sep, rest = text.lstrip().partition("\n")
        if sep and first.strip() == title:
            text = rest
    return RawItem(
        origin=origin,
        text=text,
        title=title,
        url=url or getattr(doc, "url", None) or None,
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
        published=getattr(doc, "date", None) or None,
    )


def read_html_file(path: Path, *, max_bytes: int) -> Iterator[RawItem]:
    """Yield the one article in an .html/.htm file (or the error that stops it)."""
    data, failed = read_bytes(path, max_bytes=max_bytes)
    if failed is not None:
        yield failed
        return
    assert data is not None
    yield item_from_html(data, origin=str(path))
