"""What every reader shares: the raw item a reader yields, error codes, byte decoding and sniffing.

Readers never build finished `Article`s: they yield `RawItem`s (text + metadata as found, or an error), and
`read_inputs` turns each into an `Article` after the checks every input gets (text clean-up, size, language,
dates, dateline header, duplicate ids). Keeping the checks in one place means a JSONL line, a text file and
a feed item are judged by the same rules and say the same things when they fail.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass

__all__ = ["RawItem", "ItemError", "decode_text", "sniff_binary", "short_hash"]

# Error codes of the ingest stage (all InputError, E2xx). Stable: users grep logs and stores for them.
E_NOT_FOUND = "E201"  # a path that does not exist
E_UNREADABLE = "E202"  # permission denied, I/O error, a folder we cannot list
E_UNSUPPORTED = "E203"  # a file type dateline does not read
E_BINARY = "E204"  # NUL bytes / a known binary signature where text was expected
E_ENCODING = "E205"  # bytes that are not UTF-8 (and no ingest.fallback_encoding)
E_EMPTY = "E206"  # no text at all (empty file, blank "text", whitespace only)
E_TOO_LARGE = "E207"  # over ingest.max_bytes (bytes) or nlp.max_chars (characters)
E_NO_SENTENCES = "E208"  # a long run of words with no sentence punctuation (not prose)
E_NOT_ENGLISH = "E209"  # the language check says the text is not English
E_BAD_JSON = "E210"  # a JSONL line that is not valid JSON / not an object
E_NO_TEXT_KEY = "E211"  # a JSONL object without a string "text"
E_BAD_FIELD = "E212"  # a JSONL field of the wrong type (id, title, url, source)
E_BAD_DATE = "E213"  # a user-given "published" that is not a real calendar date
E_DUPLICATE_ID = "E214"  # the same id seen earlier in the batch with different text
E_NO_MAIN_TEXT = "E215"  # HTML in which trafilatura found no main text
E_BAD_FEED = "E216"  # an RSS/Atom document feedparser cannot read, or a feed with no items
E_FETCH = "E217"  # an HTTP fetch that failed (status, timeout, refused, not http/https)


@dataclass
class ItemError:
    code: str
    message: str  # says what is wrong and how to fix it; the origin is prefixed by read_inputs


@dataclass
class RawItem:
    """One article as a reader found it, before the shared checks.

    `published_user` says the date came from the user (a JSONL key): an invalid one is then an error the
    user must fix. Dates a reader extracted itself (HTML meta, feed fields) are dropped with a log line
    instead, because the user cannot fix someone else's page.
    """

    origin: str
    text: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_user: bool = False
    error: ItemError | None = None
    # A language the input declares (JSONL "language", <html lang>); checked, never trusted blindly.
    language: str | None = None

    @classmethod
    def failed(cls, origin: str, code: str, message: str, *, id: str | None = None) -> RawItem:
        return cls(origin=origin, id=id, error=ItemError(code, message))


def short_hash(*parts: str, n: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return h[:n]


# Signatures of binary formats people drop into news folders by mistake; naming them helps the fix.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "a SQLite database"),
    (b"DUCK", "a DuckDB database"),
)


_CONTROL_BYTES = [b for b in range(32) if b not in (9, 10, 12, 13, 27)]


def sniff_binary(head: bytes) -> str | None:
    """Name the binary format of `head` (the first few KB), or None when it looks like text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text has NULs but is text
    # A stray control byte is junk inside text (clean-up removes it); many of them is not text at all.
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if head and controls > max(2, len(head) // 20):
        return "binary data (it is full of NUL and control bytes)"
    return None


def decode_text(data: bytes, *, fallback: str = "") -> tuple[str | None, str | None]:
    """Decode file bytes to str: (text, None) or (None, message saying how to fix it).

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read as such. Anything else is an error unless
    `fallback` names an encoding (setting `ingest.fallback_encoding`, e.g. "cp1252"): guessing an encoding
    silently turns names into mojibake, so the default is to say so and let the user convert the file.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, f"the file starts with a UTF-16 mark but is not valid UTF-16 ({exc.reason}); re-save it as UTF-8"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        if fallback:
            try:
                return data.decode(fallback), None
            except (UnicodeDecodeError, LookupError) as exc2:
                return None, f"the bytes are neither UTF-8 nor {fallback} ({exc2}); re-save the file as UTF-8"
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex()
        return None, (
            f"not UTF-8: byte 0x{bad} at line {line} (offset {exc.start}); re-save the file as UTF-8 "
            "(e.g. `iconv -f cp1252 -t utf-8 IN > OUT`) or set ingest.fallback_encoding=\"cp1252\""
        )
