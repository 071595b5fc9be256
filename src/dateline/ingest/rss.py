"""RSS/Atom feeds (a file or a URL) and single web pages given by URL.

A feed item becomes an article by fetching the page it links to (timeout `ingest.fetch_timeout_s`) and
extracting the main text with trafilatura. The item's own title and date win over the page's: the feed is
the publisher's statement of what it published when. The item's guid (else its link) is the article id, so
a re-run that finds the page changed replaces the stored article rather than adding a second copy.
An item without a link uses its own content (`content:encoded`, else the summary) as the text.
A page that cannot be fetched is a per-item E217 error; the other items go on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from ..errors import InputError
from ._common import E_BAD_FEED, E_NO_MAIN_TEXT, RawItem
from .fetch import fetch, is_url
from .html import item_from_html
from .text import read_bytes

log = logging.getLogger(__name__)

__all__ = ["read_feed", "read_url", "looks_like_feed"]


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """True when bytes (or their Content-Type) look like RSS/Atom/RDF rather than an HTML page."""
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom", "rdf")):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return True
    if head.startswith(b"<?xml"):
        return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel"))
    return "xml" in ct and b"<html" not in head


def _struct_date(st: Any) -> str | None:
    if not st:
        return None
    try:
        return time.strftime("%Y-%m-%d", st)
    except (TypeError, ValueError):
        return None


def _entry_text(entry: Any) -> str | None:
    html = None
    if entry.get("content"):
        html = entry["content"][0].get("value")
    html = html or entry.get("summary")
    if not html:
        return None
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(html).text_content()
    except Exception:  # noqa: BLE001 - a broken fragment: fall back to the markup itself
        return None


def _items(parsed: Any, *, feed: str, base: str | None, timeout: float, max_bytes: int) -> Iterator[RawItem]:
    source = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, start=1):
        origin = f"{feed}:item {i}"
        link = entry.get("link")
        if link and entry.get("guidislink") and not is_url(link):
            link = None  # an RSS guid is a "permalink" by default, but "wire-0001" is no link to fetch
        if link and base:
            link = urljoin(base, link)
        uid = entry.get("id") or link or None
        title = entry.get("title") or None
        published = entry.get("published") or entry.get("updated") or None
        if link and is_url(link):
            try:
                page = fetch(link, timeout=timeout, max_bytes=max_bytes)
            except InputError as exc:
                yield RawItem.failed(origin, exc.code, f"item {title or link!r}: {exc.message}", id=uid)
                continue
            item = item_from_html(page.data, origin=origin, url=page.url)
            if item.error is not None:
                item.error.message = f"{link}: {item.error.message}"
                item.id = uid
                yield item
                continue
        else:
            text = _entry_text(entry)
            if not text or not text.strip():
                yield RawItem.failed(origin, E_NO_MAIN_TEXT, f"item {title!r} has neither an http(s) link nor "
                                     "content; nothing to read", id=uid)
                continue
            item = RawItem(origin=origin, text=text, url=link or None)
        item.id = uid
        item.title = title or item.title
        item.source = source or item.source
        if published:
            item.published = published
        elif not item.published:
            item.published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        yield item


def _parse(data: bytes) -> Any:
    import feedparser

    # No base URL is handed to feedparser: it would also "resolve" guids ("wire-0001" → "http://host/wire-0001"),
    # changing the article ids. Relative links are joined to the feed URL in `_items` instead.
    return feedparser.parse(data)


def _feed_items(data: bytes, *, feed: str, base: str | None, timeout: float, max_bytes: int) -> Iterator[RawItem]:
    parsed = _parse(data)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        kind = "an RSS/Atom feed with no items" if parsed.get("version") else "not an RSS/Atom feed"
        yield RawItem.failed(feed, E_BAD_FEED, f"{kind}{why}; give a feed with <item>/<entry> elements, or "
                             "save pages as .html")
        return
    yield from _items(parsed, feed=feed, base=base, timeout=timeout, max_bytes=max_bytes)


def read_feed(path: Path, *, timeout: float, max_bytes: int) -> Iterator[RawItem]:
    """Yield the articles of a feed file (.rss/.atom/.xml), fetching each item's page."""
    data, failed = read_bytes(path, max_bytes=max_bytes)
    if failed is not None:
        yield failed
        return
    assert data is not None
    yield from _feed_items(data, feed=str(path), base=None, timeout=timeout, max_bytes=max_bytes)


def read_url(url: str, *, timeout: float, max_bytes: int) -> Iterator[RawItem]:
    """Yield the articles behind a URL: every item of a feed, or the one article of a web page."""
    try:
        got = fetch(url, timeout=timeout, max_bytes=max_bytes)
    except InputError as exc:
        yield RawItem.failed(url, exc.code, exc.message)
        return
    if looks_like_feed(got.data, got.content_type):
        yield from _feed_items(got.data, feed=url, base=got.url, timeout=timeout, max_bytes=max_bytes)
    else:
        yield item_from_html(got.data, origin=url, url=got.url)
