"""Read inputs into `Article`s: files, folders, JSONL, HTML, RSS/Atom feeds and URLs.

    read_inputs(paths, *, settings, published=None) -> Iterator[Article]

What is read (dispatch by extension; folders are walked recursively in sorted name order, skipping hidden
entries and files of other types; a file named explicitly with another type is an E203 error):

    .txt .text .md .markdown        one article per file                      ingest/text.py
    .jsonl .ndjson .json (+ .gz)    one article per line / array element      ingest/jsonl.py
    .html .htm .xhtml               main text, title, date via trafilatura    ingest/html.py
    .rss .atom .xml                 one article per feed item (page fetched)  ingest/rss.py
    http(s)://...                   a feed (every item) or a single page      ingest/rss.py

Every item then gets the same checks and clean-up, in this order (`_finish`): Unicode clean-up
(normalize.py), size and sentence-shape checks, the English check (language.py), `published` validation
(dates.py), the wire dateline header (dateline_header.py), the content hash, and the duplicate-id check.

Never an exception that stops the batch: an item that cannot be read or fails a check is yielded as an
`Article` with empty text, `origin` "file[:line]", and one `ErrorRecord(stage="ingest", code="E2xx")` whose
reason names the file and line and says how to fix it. The pipeline passes such articles through
untouched and the store records them. Its id is the user's id when there was one, else
"ingest-error-<hash of origin>"; its content hash is derived from the origin and error (never the hash of
empty text, so distinct failures are not merged as duplicates).

Ids and duplicates: a user-given id (JSONL `id`, Markdown front matter, a feed item's guid) is the
article's id everywhere; without one the id is the content hash. `content_hash` (whitespace- and
NFC-normalised text) lets the store skip articles it already has. Within one run, an id seen again with
*different* text is an E214 error on the later item (id "<id>#dup-<hash>"), because silently keeping
either would lose or overwrite a story; the same id with the same text is passed on (the store keeps one).
The ids seen are held in memory (a dict of id → 8-byte hash) up to `ingest.max_tracked_ids`; past that,
later duplicates are left to the store, which keeps the last version written.

Error codes: see `_common.py` (E201 not found ... E217 fetch failed).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError
from ..model import Article, ErrorRecord
from ._common import (
    E_BAD_DATE,
    E_DUPLICATE_ID,
    E_NOT_ENGLISH,
    E_NOT_FOUND,
    E_UNREADABLE,
    E_UNSUPPORTED,
    ItemError,
    RawItem,
    short_hash,
)
from .dateline_header import apply_dateline
from .dates import parse_published
from .fetch import is_url
from .language import detect_language
from .normalize import check_text, clean_text, too_long

log = logging.getLogger(__name__)

__all__ = ["read_inputs", "article_converter", "iter_files", "SUPPORTED_SUFFIXES"]

_TEXT = (".txt", ".text", ".md", ".markdown")
_JSONL = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
_HTML = (".html", ".htm", ".xhtml")
_FEED = (".rss", ".atom", ".xml")
SUPPORTED_SUFFIXES = _TEXT + _JSONL + _HTML + _FEED


@dataclass(frozen=True)
class _Options:
    max_bytes: int
    max_chars: int
    max_run_words: int
    fetch_timeout_s: float
    fallback_encoding: str
    check_language: bool
    max_tracked_ids: int
    published: str | None

    @classmethod
    def from_settings(cls, settings: Settings, published: str | None) -> _Options:
        return cls(
            max_bytes=int(settings.get("ingest.max_bytes", 60_000_000)),
            max_chars=int(settings.get("nlp.max_chars", 200_000)),
            max_run_words=int(settings.get("ingest.max_sentence_words", 1000)),
            fetch_timeout_s=float(settings.get("ingest.fetch_timeout_s", 10)),
            fallback_encoding=str(settings.get("ingest.fallback_encoding", "") or ""),
            check_language=bool(settings.get("ingest.check_language", True)),
            max_tracked_ids=int(settings.get("ingest.max_tracked_ids", 1_000_000)),
            published=published,
        )


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in SUPPORTED_SUFFIXES:
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


def iter_files(root: Path) -> Iterator[Path | RawItem]:
    """Supported files under folder `root`, depth first in sorted name order (a RawItem for an unlistable folder).

    Hidden files and folders (name starting with ".") are skipped; symlinked folders are not followed, so
    a link loop cannot make the walk endless.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield RawItem.failed(str(root), E_UNREADABLE, f"cannot list the folder ({exc.strerror or exc}); check "
                             "its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from iter_files(path)
        elif _suffix(path) in SUPPORTED_SUFFIXES:
            yield path
        else:
            log.debug("skipping %s: not a type dateline reads", path)


def _read_file(path: Path, opts: _Options) -> Iterator[RawItem]:
    from .html import read_html_file
    from .jsonl import read_jsonl_file
    from .rss import read_feed
    from .text import read_text_file

    suf = _suffix(path)
    if suf in _TEXT:
        yield from read_text_file(path, max_bytes=opts.max_bytes, fallback_encoding=opts.fallback_encoding)
    elif suf in _JSONL:
        yield from read_jsonl_file(path, max_bytes=opts.max_bytes, fallback_encoding=opts.fallback_encoding)
    elif suf in _HTML:
        yield from read_html_file(path, max_bytes=opts.max_bytes)
    elif suf in _FEED:
        yield from read_feed(path, timeout=opts.fetch_timeout_s, max_bytes=opts.max_bytes)
    else:
        known = " ".join(SUPPORTED_SUFFIXES)
        yield RawItem.failed(str(path), E_UNSUPPORTED, f"dateline does not read {suf or 'extension-less'} files; "
                             f"give one of: {known} (rename a plain-text file to .txt)")


def _guarded(items: Iterator[RawItem], origin: str) -> Iterator[RawItem]:
    """Pass items on; turn an unexpected reader crash into one failed item so the batch goes on."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - per-input isolation is the contract of read_inputs
        log.debug("reader crashed on %s", origin, exc_info=True)
        yield RawItem.failed(origin, E_UNREADABLE, f"reading stopped with {type(exc).__name__}: {exc}; the items "
                             "before were read — please report this with the file if it is not broken")


def _raw_items(paths: Iterable[str | os.PathLike], opts: _Options) -> Iterator[RawItem]:
    from .rss import read_url

    for p in paths:
        s = os.fspath(p)
        if isinstance(s, str) and is_url(s):
            yield from _guarded(read_url(s, timeout=opts.fetch_timeout_s, max_bytes=opts.max_bytes), s)
            continue
        path = Path(s)
        if path.is_dir():
            for f in iter_files(path):
                if isinstance(f, RawItem):
                    yield f
                else:
                    yield from _guarded(_read_file(f, opts), str(f))
        elif path.exists():
            yield from _guarded(_read_file(path, opts), str(path))
        else:
            yield RawItem.failed(str(path), E_NOT_FOUND, "no such file, folder or http(s) URL; check the path")


def _error_article(raw: RawItem, error: ItemError, *, id: str | None = None) -> Article:
    reason = f"{raw.origin}: {error.message}"
    log.warning("[%s] %s", error.code, reason)
    art = Article(
        id=id or raw.id or f"ingest-error-{short_hash(raw.origin)}",
        text="",
        title=raw.title if isinstance(raw.title, str) else None,
        url=raw.url,
        source=raw.source,
        content_hash=short_hash("ingest-error", raw.origin, error.code, error.message, n=32),
        origin=raw.origin,
    )
    art.errors.append(ErrorRecord(stage="ingest", reason=reason, code=error.code))
    return art


class _Reader:
    """Turns RawItems into Articles, remembering ids across one `read_inputs` call."""

    def __init__(self, opts: _Options):
        self.opts = opts
        self.seen: dict[str, bytes] = {}
        self.warned_full = False

    def finish(self, raw: RawItem) -> Article:
        if raw.error is not None:
            return _error_article(raw, raw.error)
        raw_text = raw.text or ""
        if len(raw_text) > 4 * self.opts.max_chars:
            # Clean-up only removes stray characters; it cannot bring a text this long under the limit,
            # so skip it (seconds on a 50 MB file) and refuse now.
            return _error_article(raw, too_long(len(raw_text), self.opts.max_chars))
        text = clean_text(raw_text)
        problem = check_text(text, max_chars=self.opts.max_chars, max_run_words=self.opts.max_run_words)
        if problem is not None:
            return _error_article(raw, problem)
        if raw.language and not raw.language.lower().startswith("en"):
            return _error_article(raw, ItemError(
                E_NOT_ENGLISH, f"not English (declared language {raw.language!r}); dateline codes English text "
                "only — translate it first, or fix the \"language\" key if the text is English"))
        if self.opts.check_language:
            guess = detect_language(text)
            if not guess.english:
                return _error_article(raw, ItemError(E_NOT_ENGLISH, f"not English (detected {guess.language}: "
                                      f"{guess.detail}); dateline codes English text only — translate it "
                                      "first, or set ingest.check_language=false if this is English"))
        published = None
        if raw.published:
            try:
                published = parse_published(raw.published)
            except ValueError as exc:
                if raw.published_user:
                    return _error_article(raw, ItemError(E_BAD_DATE, str(exc)))
                log.info("%s: dropping the page's date: %s", raw.origin, exc)
        title = (" ".join(clean_text(raw.title).split()) or None) if raw.title else None
        art = Article.create(
            text, id=raw.id, title=title, url=raw.url, source=raw.source,
            published=published or self.opts.published, language="en", origin=raw.origin,
        )
        apply_dateline(art)
        if raw.id:
            return self._check_id(raw, art)
        return art

    def _check_id(self, raw: RawItem, art: Article) -> Article:
        key = bytes.fromhex(art.content_hash[:16])
        prev = self.seen.get(art.id)
        if prev is None:
            if len(self.seen) < self.opts.max_tracked_ids:
                self.seen[art.id] = key
            elif not self.warned_full:
                self.warned_full = True
                log.warning("tracking %d ids; duplicate ids past this point are left to the store "
                            "(raise ingest.max_tracked_ids to check more)", len(self.seen))
            return art
        if prev == key:
            return art
        return _error_article(
            raw,
            ItemError(E_DUPLICATE_ID, f"duplicate id {art.id!r} with different text (the id was used earlier "
                      "in this run); give this article a unique id"),
            id=f"{art.id}#dup-{short_hash(raw.origin, n=8)}",
        )


def article_converter(settings: Settings, *, published: str | None = None) -> Callable[[RawItem], Article]:
    """The function `read_inputs` turns each `RawItem` into an `Article` with: text clean-up and checks,
    language, dates, the wire dateline, duplicate ids (remembered across the calls of one converter).

    For runners that read items themselves (the Ray engine reads JSONL lines with Ray Data): the result is
    the same Article `read_inputs` would give, and like it the converter never raises for a bad item.
    `published` must already be an ISO date.
    """
    reader = _Reader(_Options.from_settings(settings, published))

    def convert(raw: RawItem) -> Article:
        try:
            return reader.finish(raw)
        except Exception as exc:  # noqa: BLE001 - one odd item must not stop the batch
            log.debug("ingest checks crashed on %s", raw.origin, exc_info=True)
            return _error_article(raw, ItemError(E_UNREADABLE, f"unexpected {type(exc).__name__}: {exc}; "
                                  "please report this with the input"))

    return convert


def read_inputs(
    paths: Iterable[str | os.PathLike], *, settings: Settings, published: str | None = None
) -> Iterator[Article]:
    """Yield one `Article` per input item, lazily (bounded memory on large JSONL files).

    `paths` are files, folders or http(s) URLs (feeds or pages). `published` (ISO date) is used for articles
    that carry no date of their own, and anchors the year of a dateline such as "Aug 21". Items that cannot
    be read come back as articles with empty text and an `ErrorRecord(stage="ingest")`; this never raises
    for a bad input. Settings used: ingest.max_bytes, ingest.fetch_timeout_s, ingest.fallback_encoding,
    ingest.max_sentence_words, ingest.check_language, ingest.max_tracked_ids, nlp.max_chars.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if published is not None:
        try:
            published = parse_published(published)
        except ValueError as exc:
            raise ConfigError(f"--published: {exc}", code="E107") from None
    convert = article_converter(settings, published=published)
    for raw in _raw_items(paths, _Options.from_settings(settings, published)):
        yield convert(raw)

