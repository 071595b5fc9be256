"""Finding quoted spans in raw text: pairing quotation marks, before any parsing.

Works on characters, not tokens, because a quotation routinely spans sentences ("We will not back down.
Never," she said) and the sentence splitter cuts it. Rules, in the order wire copy needs them:

- Curly marks pair by direction: `“` opens, `”` closes; `«`/`»` and `„`/`“` likewise.
- A straight `"` is an opener when nothing is open, a closer when something is. A stray closer (a mark
  glued to the end of a word while nothing is open) is ignored rather than allowed to flip the parity of
  every later quote in the paragraph.
- A quotation is never paired across a paragraph break. Wire style repeats the opening mark at the start of
  each paragraph of a multi-paragraph quotation and closes only the last one, so an unclosed quotation
  ends where its paragraph ends (`continues=True`) and the next paragraph's quotation is its continuation.
  Paragraphs are separated by blank lines when the text has any (then single newlines are hard wraps);
  otherwise by single newlines (JSONL bodies).

Single quotes are not paired: in English they are apostrophes far more often than quotation marks, and in
wire copy they only nest inside a double-quoted quotation, which is already found whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quote_spans", "paragraph_spans"]

_OPENERS = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = {"”", "»"}
_MARK_RE = re.compile("[\"“”«»„]")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n\s*")
_NEWLINE_RE = re.compile(r"\n\s*")
# Inner text must contain a letter or a digit to be a quotation ("" or " -- " is not).
_WORDISH_RE = re.compile(r"\w")
# A quotation longer than this is almost certainly an unbalanced mark swallowing the paragraph.
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: `open_at`/`close_at` are the marks (close_at == end of paragraph when unclosed);
    `start`/`end` the quoted words inside them, trimmed of spaces and of a trailing comma."""

    open_at: int
    close_at: int
    start: int
    end: int
    closed: bool
    paragraph: int
    para_start: int
    para_end: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs of `text` (see the module docstring for what separates them)."""
    sep = _BLANK_LINE_RE if _BLANK_LINE_RE.search(text) else _NEWLINE_RE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _looks_like_closer(text: str, i: int) -> bool:
    """A straight mark glued to the preceding word and followed by a space/punctuation/end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]-—")


def find_quote_spans(text: str, *, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """All quotations in `text[start:end]`, in text order.

    >>> [text[q.start:q.end] for q in find_quote_spans(text := 'She said "yes," twice.')]
    ['yes']
    """
    end = len(text) if end is None else end
    out: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text[start:end])):
        p_start += start
        p_end += start
        open_at: int | None = None
        expect: str | None = None  # the closing mark the open quotation waits for
        for m in _MARK_RE.finditer(text, p_start, p_end):
            i, ch = m.start(), m.group()
            if open_at is None:
                if ch in _OPENERS:
                    open_at, expect = i, _OPENERS[ch]
                elif ch == '"' and not _looks_like_closer(text, i):
                    open_at, expect = i, '"'
                continue  # a closer with nothing open is a stray: ignored
            # Mixed marks happen in hand-edited copy: any closer (or a straight mark) ends what is open.
            if ch == expect or ch in _CLOSERS or ch == '"':
                _emit(out, text, open_at, i, True, (p_index, p_start, p_end))
                open_at, expect = None, None
            elif ch in _OPENERS and expect != ch:
                # A second opener while one is open: the first was never closed; restart here.
                open_at, expect = i, _OPENERS[ch]
        if open_at is not None:
            _emit(out, text, open_at, p_end, False, (p_index, p_start, p_end))
    return out


def _emit(
    out: list[QuoteSpan], text: str, open_at: int, close_at: int, closed: bool, para: tuple[int, int, int]
) -> None:
    s, e = _trim(text, open_at + 1, close_at)
    if e <= s or e - s > MAX_QUOTE_CHARS or not _WORDISH_RE.search(text, s, e):
        return
    out.append(QuoteSpan(open_at, close_at, s, e, closed, *para))
