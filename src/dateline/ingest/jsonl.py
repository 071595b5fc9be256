"""JSONL (one article per line) and JSON (an array of articles) files.

Keys read: `id`, `text` (required), `title`, `url`, `source`, `published`, `language`; any other key is
ignored. A line that fails (bad JSON, no `text`, a wrong type) becomes one failed item naming the file and
line; the lines around it are read normally. Blank lines are skipped.

Streaming: lines are read one at a time with a length cap (`ingest.max_bytes`), so a multi-GB file is read
in bounded memory and one runaway line is skipped, not buffered. `.jsonl.gz` files are read the same way.
A `.json` file that starts with `[` is one JSON array (read whole, so it is capped by `ingest.max_bytes`);
otherwise it is read as JSONL.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ._common import (
    E_BAD_FIELD,
    E_BAD_JSON,
    E_BINARY,
    E_ENCODING,
    E_NO_TEXT_KEY,
    E_TOO_LARGE,
    E_UNREADABLE,
    RawItem,
    decode_text,
    sniff_binary,
)

__all__ = ["read_jsonl_file", "item_from_object"]

_EXAMPLE = '{"id": "a1", "text": "MOSCOW, Aug 21 (Newswire) - ...", "published": "2024-08-21"}'
_STR_KEYS = ("title", "url", "source", "language")


def item_from_object(obj: Any, origin: str) -> RawItem:
    """Turn one decoded JSON value into a RawItem (failed when it is not a usable article object)."""
    if not isinstance(obj, dict):
        return RawItem.failed(origin, E_BAD_JSON, f"expected a JSON object, got {type(obj).__name__}; "
                              f"write each line as one object like {_EXAMPLE}")
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, bool) and isinstance(raw_id, int):
        raw_id = str(raw_id)
    uid: str | None = None
    if raw_id is not None:
        if not isinstance(raw_id, str) or not raw_id.strip():
            return RawItem.failed(origin, E_BAD_FIELD, f"\"id\" must be a non-empty string or integer, got "
                                  f"{raw_id!r}; give each article a unique id such as \"wire-2024-0001\"")
        uid = raw_id.strip()
    if "text" not in obj:
        keys = ", ".join(sorted(obj)[:8]) or "none"
        return RawItem.failed(origin, E_NO_TEXT_KEY, f"no \"text\" key (keys found: {keys}); add the article "
                              f"text as \"text\", e.g. {_EXAMPLE}", id=uid)
    text = obj["text"]
    if not isinstance(text, str):
        return RawItem.failed(origin, E_NO_TEXT_KEY, f"\"text\" must be a string, got {type(text).__name__}; "
                              f"put the article text in a JSON string", id=uid)
    item = RawItem(origin=origin, text=text, id=uid)
    for key in _STR_KEYS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return RawItem.failed(origin, E_BAD_FIELD, f"\"{key}\" must be a string, got {type(value).__name__} "
                                  f"{value!r}; fix the value or leave the key out", id=uid)
        setattr(item, key, value.strip() or None)
    # "date" is read as "published" when that is absent, as the text reader's front matter does: a key
    # ignored without a word left a dateline's month and day to be dated against today's clock
    published = obj.get("published") if obj.get("published") is not None else obj.get("date")
    if published is not None:
        item.published = published
        item.published_user = True
    return item


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_array(path: Path, *, max_bytes: int, fallback_encoding: str) -> Iterator[RawItem]:
    origin = str(path)
    size = path.stat().st_size
    if size > max_bytes:
        yield RawItem.failed(origin, E_TOO_LARGE, f"JSON array file is {size:,} bytes, over ingest.max_bytes="
                             f"{max_bytes:,}; write it as JSONL (one object per line), which is streamed")
        return
    text, problem = decode_text(path.read_bytes(), fallback=fallback_encoding)
    if text is None:
        yield RawItem.failed(origin, E_ENCODING, problem or "cannot decode the file")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RawItem.failed(f"{origin}:{exc.lineno}", E_BAD_JSON, f"not valid JSON ({exc.msg} at line "
                             f"{exc.lineno}, column {exc.colno}); fix the file or write it as JSONL")
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items):
        yield item_from_object(obj, f"{origin}:item {i + 1}")


def read_jsonl_file(path: Path, *, max_bytes: int, fallback_encoding: str = "") -> Iterator[RawItem]:
    """Yield one RawItem per non-blank line of a JSONL file (or per element of a JSON array file)."""
    origin = str(path)
    try:
        with _open(path) as f:
            head = f.read(8192)
    except (OSError, EOFError) as exc:
        yield RawItem.failed(origin, E_UNREADABLE, f"cannot read the file ({exc}); check that it exists, you "
                             "may read it, and a .gz file is complete")
        return
    kind = sniff_binary(head)
    if kind:
        yield RawItem.failed(origin, E_BINARY, f"this is {kind}, not JSON lines; give one JSON object per "
                             "line")
        return
    if path.suffix.lower() == ".json" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from _read_array(path, max_bytes=max_bytes, fallback_encoding=fallback_encoding)
        return
    try:
        with _open(path) as f:
            yield from _read_lines(f, origin, max_bytes=max_bytes, fallback_encoding=fallback_encoding)
    except (OSError, EOFError) as exc:  # e.g. a truncated .gz discovered halfway
        yield RawItem.failed(origin, E_UNREADABLE, f"reading stopped: {exc}; the lines before were read — "
                             "check that the file is complete")


def _read_lines(f: IO[bytes], origin: str, *, max_bytes: int, fallback_encoding: str) -> Iterator[RawItem]:
    lineno = 0
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        where = f"{origin}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the runaway line without holding it
                chunk = f.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield RawItem.failed(where, E_TOO_LARGE, f"line is over ingest.max_bytes={max_bytes:,} bytes; split "
                                 "the article or raise ingest.max_bytes")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        text, problem = decode_text(line, fallback=fallback_encoding)
        if text is None:
            yield RawItem.failed(where, E_ENCODING, (problem or "cannot decode the line").replace(
                "at line 1 ", ""))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield RawItem.failed(where, E_BAD_JSON, f"not valid JSON ({exc.msg} at column {exc.colno}); fix the "
                                 f"line so it is one complete JSON object like {_EXAMPLE}")
            continue
        except RecursionError:
            yield RawItem.failed(where, E_BAD_JSON, "JSON nested too deeply; write each line as one flat "
                                 f"object like {_EXAMPLE}")
            continue
        yield item_from_object(obj, where)
