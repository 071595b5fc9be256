"""Plain-text and Markdown files: one article per file.

- The whole file is the article, after the shared clean-up; its id is the content hash.
- A first line that stands alone (followed by a blank line), is at most 200 characters, does not end like
  a sentence and is not a wire dateline header is taken as the title and kept out of the text.
- Markdown: a leading `# Heading` is the title; YAML-style front matter between `---` lines may give
  `id`, `title`, `url`, `source` and `published` (`date` is read as `published`), each `key: value`.
  Other Markdown syntax is left in the text; it does not disturb the parser much.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ._common import E_BINARY, E_ENCODING, E_TOO_LARGE, E_UNREADABLE, RawItem, decode_text, sniff_binary

__all__ = ["read_text_file", "split_title"]

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_TITLE_LINE = re.compile(r"[ \t\n]*([^\n]+)\n[ \t]*\n\s*")
_FRONT_KEYS = {"id": "id", "title": "title", "url": "url", "source": "source", "published": "published",
               "date": "published"}


def read_bytes(path: Path, *, max_bytes: int) -> tuple[bytes | None, RawItem | None]:
    """Read a whole file, refusing it (a failed RawItem) when it is too large, unreadable or binary."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, RawItem.failed(
                origin, E_TOO_LARGE,
                f"file is {size:,} bytes, over ingest.max_bytes={max_bytes:,}; split it (JSONL, one article "
                "per line) or raise ingest.max_bytes",
            )
        data = path.read_bytes()
    except OSError as exc:
        return None, RawItem.failed(origin, E_UNREADABLE, f"cannot read the file ({exc.strerror or exc}); "
                                    "check that it exists and you may read it")
    kind = sniff_binary(data[:8192])
    if kind:
        return None, RawItem.failed(origin, E_BINARY, f"this is {kind}, not text; give dateline .txt, .md, "
                                    ".jsonl, .html or RSS/Atom files (convert other formats to text first)")
    return data, None


def split_title(text: str) -> tuple[str | None, str]:
    """(title, rest) when the first line looks like a title line, else (None, text)."""
    from ..model import Article
    from .dateline_header import find_dateline

    m = _TITLE_LINE.match(text)
    if not m:
        return None, text
    line, rest = m[1].strip(), text[m.end() :]
    if not line or len(line) > 200 or line.endswith((".", "!", "?", '"', "”", ":", ",", ";", "-", "—")):
        return None, text
    if not rest.strip():
        return None, text
    if find_dateline(Article(id="-", text=line + " ", content_hash="-")) is not None:
        return None, text
    return line, rest


def read_text_file(path: Path, *, max_bytes: int, fallback_encoding: str = "") -> Iterator[RawItem]:
    """Yield the one article in a .txt/.md file (or the error that stops it)."""
    origin = str(path)
    data, failed = read_bytes(path, max_bytes=max_bytes)
    if failed is not None:
        yield failed
        return
    assert data is not None
    text, problem = decode_text(data, fallback=fallback_encoding)
    if text is None:
        yield RawItem.failed(origin, E_ENCODING, problem or "cannot decode the file")
        return
    item = RawItem(origin=origin)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".md", ".markdown"):
        if m := _FRONT.match(text):
            for line in m[1].splitlines():
                key, colon, value = line.partition(":")
                target = _FRONT_KEYS.get(key.strip().lower())
                if colon and target and value.strip():
                    setattr(item, target, value.strip().strip("\"'"))
            item.published_user = item.published is not None
            text = text[m.end() :]
        head = text.lstrip()
        if head.startswith("# "):
            heading, _, body = head.partition("\n")
            item.title = item.title or heading[2:].strip()
            text = body.lstrip("\n")
    if item.title is None:
        item.title, text = split_title(text)
    item.text = text
    yield item
