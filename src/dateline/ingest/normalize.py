"""Text clean-up and the sanity checks every input gets before it becomes an `Article`.

Clean-up happens *before* the Article exists, so every layer's offsets point into the cleaned text; nothing
downstream ever sees the raw bytes. What is changed, and why:
- line ends: CRLF/CR, form/vertical feeds and U+2028/U+2029 become "\\n" (paragraph logic and offsets stay simple);
- C0/C1 control characters (other than tab and newline) are removed: they come from broken converters and
  split tokens ("Pu\\x07tin" would never match a dictionary);
- bidirectional marks (U+200E/F, U+202A-E, U+2066-9), zero-width space, soft hyphen, word joiner and stray
  byte-order marks are removed for the same reason; a zero-width (non-)joiner between two letters is
  removed, but kept elsewhere so emoji sequences (family, flags) stay intact;
- no-break and other Unicode spaces become a plain space; the text is NFC-normalised;
- lone surrogates (possible from JSON "\\ud800" escapes) become U+FFFD, because they cannot be stored as
  UTF-8 at all.
Emoji and other symbols are kept: they are text.
"""

from __future__ import annotations

import re
import unicodedata

from ._common import E_EMPTY, E_NO_SENTENCES, E_TOO_LARGE, ItemError

__all__ = ["clean_text", "check_text", "too_long"]

_REMOVE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0/C1 controls except \t \n \r
    "\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_JOINER_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u200c\u200d](?=[^\W\d_])")
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A word run is broken by sentence punctuation or a line break: either is enough for spaCy's splitter.
_BREAK = re.compile(r"[.!?;:\n\u3002]")


def clean_text(text: str) -> str:
    """Return `text` with the clean-up described in the module docstring applied."""
    text = text.replace("\x0c", "\n").replace("\x0b", "\n")  # page/line feeds separate text: keep a break
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", text)
    text = _REMOVE.sub("", text)
    text = _JOINER_IN_WORD.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _longest_unbroken_run(text: str, limit: int) -> tuple[int, int]:
    """(words, start offset) of the first stretch over `limit` words without a sentence break, else (0-ish, 0).

    Only stretches long enough to exceed `limit` are counted, so the usual case costs one regex scan."""
    best, best_start, pos = 0, 0, 0
    for m in _BREAK.finditer(text):
        if m.start() - pos < 2 * limit:
            pos = m.end()  # too short to hold `limit` words (a word and a space take 2+ characters): skip
            continue
        n = len(text[pos : m.start()].split())
        if n > best:
            best, best_start = n, pos
            if best > limit:
                return best, best_start
        pos = m.end()
    n = len(text[pos:].split())
    if n > best:
        best, best_start = n, pos
    return best, best_start


def too_long(n_chars: int, max_chars: int) -> ItemError:
    return ItemError(
        E_TOO_LARGE,
        f"text has {n_chars:,} characters, over nlp.max_chars={max_chars:,}; split it into separate "
        "articles (one JSONL line each) or raise nlp.max_chars",
    )


def check_text(text: str, *, max_chars: int, max_run_words: int) -> ItemError | None:
    """The size and shape checks: None when `text` is fit to parse, else the error saying why and what to do."""
    if not text.strip():
        return ItemError(E_EMPTY, "no text (empty or whitespace only); give the article's text")
    if len(text) > max_chars:
        return too_long(len(text), max_chars)
    run, start = _longest_unbroken_run(text, max_run_words)
    if run > max_run_words:
        return ItemError(
            E_NO_SENTENCES,
            f"{run:,}+ words without sentence punctuation or a line break (from character {start:,}); "
            "dateline needs prose split into sentences: check that the text was not stripped of punctuation, "
            f"or raise ingest.max_sentence_words={max_run_words}",
        )
    return None
