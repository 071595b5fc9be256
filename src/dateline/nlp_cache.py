"""Per-article token attribute arrays, read from the spaCy Doc once and shared by every stage.

Each `doc[i]` creates a new Python `Token` object (several microseconds), and each `token.lemma_` /
`token.pos_` is another call into Cython and the string store. Stages that scan every token of every
sentence (actors, times, places, coding) paid that cost again and again; `tokens(article)` pays it once per
article: one `Doc.to_array` call plus one string-store lookup per distinct value, stored in
`article.scratch` (transient; never pickled, never serialised) so later stages reuse it.

Everything here is derived from the Doc and is read-only by convention: a stage must not mutate the lists.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

__all__ = ["TokenTable", "children", "doc_table", "entities", "sent_range", "span_sent_range", "tokens",
           "token_table"]

_KEY = "nlp.tokens"


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Column lists over the Doc's tokens (index = token index)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]  # absolute index of the syntactic head (a root is its own head)
    idx: list[int]  # character offset
    ws: list[bool]  # followed by whitespace
    is_space: list[bool]
    is_punct: list[bool]
    like_num: list[bool]
    ent: list[str]  # entity label or ""

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])


class _StringMemo(dict):
    """hash -> string of one `StringStore`, filled on first sight of each hash (0, no value, is "")."""

    __slots__ = ("store",)

    def __init__(self, store: Any) -> None:
        super().__init__({0: ""})
        self.store = store

    def __missing__(self, h: int) -> str:
        if len(self) >= _MEMO_MAX:  # bounded, so a long-running worker cannot grow it without limit
            self.clear()
            self[0] = ""
        value = self[h] = self.store[h]
        return value


_MEMO_MAX = 500_000
_MEMOS: list[_StringMemo] = []  # one per string store seen (a process normally has one)


def _string_memo(store: Any) -> _StringMemo:
    for memo in _MEMOS:
        if memo.store is store:
            return memo
    memo = _StringMemo(store)
    _MEMOS[:] = [*_MEMOS[-3:], memo]
    return memo


def token_table(doc: Any, ents: Any = None) -> TokenTable:
    """Build the column lists for `doc` (one pass; no per-token Python objects); `ents`: `doc.ents` if the
    caller already has them (each `doc.ents` builds every entity `Span` anew)."""
    from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SPACY, TAG

    n = len(doc)
    strings = doc.vocab.strings
    if n == 0:
        return TokenTable([], [], [], [], [], [], [], [], [], [], [], [], [])
    import numpy as np

    arr = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IDX, SPACY, IS_SPACE, IS_PUNCT, LIKE_NUM])
    # Column-wise, with each distinct string looked up in the string store once per process: much cheaper
    # than a Python loop per token, and news vocabulary repeats from article to article.
    lookup = _string_memo(strings)
    text, lower, lemma, pos, tag, dep = (list(map(lookup.__getitem__, col)) for col in arr[:, :6].T.tolist())
    head = (np.arange(n, dtype=np.int64) + arr[:, 6].view(np.int64)).tolist()
    idx = arr[:, 7].tolist()
    ws, is_space, is_punct, like_num = arr[:, 8:12].astype(bool).T.tolist()
    ent = [""] * n
    for e in doc.ents if ents is None else ents:
        label = e.label_
        for i in range(e.start, e.end):
            ent[i] = label
    return TokenTable(text, lower, lemma, pos, tag, dep, head, idx, ws, is_space, is_punct, like_num, ent)


def tokens(article: Any) -> TokenTable:
    """The article's `TokenTable`, built on first use and kept in `article.scratch`."""
    return _cached(article)[1]


def entities(article: Any) -> tuple:
    """`article.doc.ents`, computed once per article: `doc.ents` walks the whole Doc and builds a new `Span`
    per entity on every access, and four stages read it."""
    return _cached(article)[2]


def _cached(article: Any) -> tuple:
    doc = article.doc
    cached = article.scratch.get(_KEY)
    if cached is None or cached[0] is not doc:  # a re-parsed article gets a fresh table
        ents = doc.ents
        cached = (doc, token_table(doc, ents), ents)
        article.scratch[_KEY] = cached
    if _LAST[0]() is not doc:  # the article a stage works on is the one `doc_table` serves
        _remember(doc, cached[1])
    return cached


# The table of the Doc a stage is working on, for helpers that get a `Token` and no article (parse walks in
# coding): one entry, holding the Doc by a weak reference (a finished article's Doc is never kept alive by
# it). The entry is replaced whole and read once per call, so threads working on different Docs at once may
# rebuild it but never read another Doc's table.
class _Entry:
    __slots__ = ("ref", "table", "kids", "sents")

    def __init__(self, doc: Any, table: TokenTable) -> None:
        self.ref = weakref.ref(doc)
        self.table = table
        self.kids: list[list[int]] | None = None
        self.sents: tuple[list[int], list[int]] | bool | None = None  # False: ask spaCy (see _sent_bounds)


def _dead() -> None:
    return None


_LAST: tuple = (_dead, None)  # (weak reference to the Doc, its _Entry)


def _remember(doc: Any, table: TokenTable) -> _Entry:
    global _LAST
    entry = _Entry(doc, table)
    _LAST = (entry.ref, entry)
    return entry


def _entry(doc: Any) -> _Entry:
    ref, entry = _LAST
    if ref() is not doc:
        entry = _remember(doc, token_table(doc))
    return entry


def doc_table(doc: Any) -> TokenTable:
    """The `TokenTable` of `doc`: the article's shared one while a stage works on it, else built once."""
    ref, entry = _LAST  # `_entry`, inlined: the coder asks thousands of times per article
    if ref() is not doc:
        entry = _remember(doc, token_table(doc))
    return entry.table


def children(doc: Any) -> list[list[int]]:
    """Per token index, the indices of its syntactic children in ascending order: what `Token.children`
    yields (spaCy lists left then right children, each in document order), without a `Token` per child."""
    ref, entry = _LAST  # `_entry`, inlined (as in doc_table)
    if ref() is not doc:
        entry = _remember(doc, token_table(doc))
    kids = entry.kids
    if kids is None:
        kids = [[] for _ in range(len(entry.table))]
        for j, h in enumerate(entry.table.head):
            if h != j:
                kids[h].append(j)
        entry.kids = kids
    return kids


def sent_range(tok: Any) -> tuple[int, int]:
    """(start, end) token indices of `tok.sent`. spaCy builds that Span by walking the Doc from the token to
    both sentence boundaries and then slicing (~10-20 us per call, and the stages ask per trigger); here the
    boundaries of every token are listed once per Doc from the same `sent_start` flags spaCy walks."""
    entry = _entry(tok.doc)
    bounds = entry.sents
    if bounds is None:
        bounds = entry.sents = _sent_bounds(tok.doc)
    if bounds is False:
        sent = tok.sent
        return sent.start, sent.end
    return bounds[0][tok.i], bounds[1][tok.i]  # type: ignore[index]


def span_sent_range(span: Any) -> tuple[int, int]:
    """(start, end) of `span.sent` (the sentence of the span's first token) without building that Span;
    two spans of one Doc share a sentence exactly when these are equal."""
    doc = span.doc
    entry = _entry(doc)
    bounds = entry.sents
    if bounds is None:
        bounds = entry.sents = _sent_bounds(doc)
    if bounds is False:
        sent = span.sent
        return sent.start, sent.end
    return bounds[0][span.start], bounds[1][span.start]  # type: ignore[index]


def _sent_bounds(doc: Any) -> tuple[list[int], list[int]] | bool:
    """Per token, the start and end of its sentence as `Span.sent` finds them: back to the nearest token
    flagged `sent_start == 1` (or the first token), forward to the next one (or the end). False where spaCy
    would not use the flags (a user hook for sentences) or would raise (no sentence boundaries): then
    `sent_range` asks spaCy itself."""
    from spacy.attrs import SENT_START

    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
            or not doc.has_annotation("SENT_START"):
        return False
    flags = doc.to_array([SENT_START]).tolist() if len(doc) else []
    n = len(flags)
    lo, hi = [0] * n, [n] * n
    cur = 0
    for i, f in enumerate(flags):
        if f == 1:
            cur = i
        lo[i] = cur
    nxt = n
    for i in range(n - 1, -1, -1):
        hi[i] = nxt
        if flags[i] == 1:
            nxt = i
    return lo, hi
