"""spaCy span arithmetic on a `TokenTable` (token indices in, token indices out), no `Token`/`Span` objects.

`doc.char_span` and `span.root` build Python `Token`/`Span` objects (several microseconds apiece) and the
stages call them thousands of times per article. These functions give the same answers from the table's
columns, by the definitions spaCy documents for those calls (the token holding a character; the token of a
span whose head lies outside it and is nearest the sentence root), including the corner cases, because the
pipeline's output must not change by a byte when a stage switches to them; tests/test_nlp_cache.py checks
them against spaCy on real parses (noun chunks: tests/test_perf_equivalence.py).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .nlp_cache import TokenTable

__all__ = ["char_root", "expand_span", "noun_chunks", "span_root", "token_at", "token_by_char"]



def token_by_char(t: TokenTable, char: int) -> int:
    """Index of the token whose text or trailing space holds character `char`, else -1 (the token
    `Doc.char_span` starts or ends at)."""
    i = bisect_right(t.idx, char) - 1
    if i < 0 or char >= t.idx[i] + len(t.text[i]) + t.ws[i]:
        return -1
    return i


def expand_span(t: TokenTable, start_char: int, end_char: int) -> tuple[int, int] | None:
    """(start, end) token range of `doc.char_span(start_char, end_char, alignment_mode="expand")`, None
    where that is None. The range may be empty (where spaCy returns an empty Span)."""
    # `token_by_char` twice, inlined: the stages ask this tens of thousands of times per hundred articles
    idx, text, ws = t.idx, t.text, t.ws
    start = bisect_right(idx, start_char) - 1
    if start < 0 or start_char >= idx[start] + len(text[start]) + ws[start]:
        return None
    end = bisect_right(idx, end_char - 1) - 1
    if end < 0 or end_char - 1 >= idx[end] + len(text[end]) + ws[end]:
        return None
    if start_char == idx[start] + len(text[start]):  # trailing whitespace is not the token's
        start += 1
    if start > end + 1:
        raise IndexError(f"empty character range {start_char}:{end_char}")  # spaCy's Span raises too
    return start, end + 1


def token_at(t: TokenTable, offset: int) -> int | None:
    """The first token of `doc.char_span(offset, offset + 1, alignment_mode="expand")`, or None."""
    got = expand_span(t, offset, offset + 1)
    if got is None or got[0] >= got[1]:
        return None
    return got[0]


def char_root(doc: Any, t: TokenTable, start_char: int, end_char: int) -> tuple[int, int, int] | None:
    """(root, start, end) token indices of `doc.char_span(start_char, end_char, alignment_mode="expand")`
    and its `.root`, None where that span is None; `t` is the Doc's table. Only an empty range (which no
    mention or place has) asks spaCy itself."""
    got = expand_span(t, start_char, end_char)
    if got is None:
        return None
    if got[0] < got[1]:
        return span_root(t, *got), got[0], got[1]
    return doc.char_span(start_char, end_char, alignment_mode="expand").root.i, got[0], got[1]


def span_root(t: TokenTable, start: int, end: int) -> int:
    """Index of `doc[start:end].root` (as spaCy defines `Span.root`: a sentence root in the span, else the token
    closest to its sentence root among those whose head is outside the span, the first on ties)."""
    head = t.head
    first, several = -1, False  # the first token whose head is outside; whether there are more
    for i in range(start, end):  # one pass: the first sentence root wins outright, whatever precedes it
        h = head[i]
        if h == i:
            return i
        if not start <= h < end:
            if first < 0:
                first = i
            else:
                several = True
    if first < 0:
        return start
    if not several:  # the usual phrase: one token (its head) hangs on the rest of the sentence
        return first
    outside = [i for i in range(first, end) if not start <= head[i] < end]
    n = len(head)
    best, root = n, -1
    for i in outside:
        steps = _words_to_root(t, i, n)
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


def _words_to_root(t: TokenTable, i: int, n: int) -> int:
    # as in spaCy's root choice, a childless space or punctuation token never wins over a word
    if (t.is_space[i] or t.is_punct[i]) and not _has_children(t, i):
        return n - 1
    head = t.head
    steps = 0
    while head[i] != i:
        i = head[i]
        steps += 1
        if steps >= n:
            raise RuntimeError("dependency cycle")  # spaCy's E039
    return steps


def _has_children(t: TokenTable, i: int) -> bool:
    return any(h == i and j != i for j, h in enumerate(t.head))


def noun_chunks(doc: Any, t: TokenTable | None = None) -> list[tuple[int, int]]:
    """(start, end) token range of every `doc.noun_chunks` span, in order.

    For English, spaCy's rule (`spacy.lang.en.syntax_iterators.noun_chunks`) run over the table `t`: spaCy's
    iterator makes a `Token` of every word and a `Span` per chunk (~1 ms per article). Only a chunk's left
    edge comes from spaCy (`Token.left_edge`, which the parser stores; it is not always the subtree's
    lowest index in a non-projective parse), and only for the nouns and pronouns the rule looks at. Any
    other language's iterator is spaCy's own."""
    if t is None or doc.noun_chunks_iterator is not _en_noun_chunks() or not doc.has_annotation("DEP"):
        return [(c.start, c.end) for c in doc.noun_chunks]
    pos, dep, head = t.pos, t.dep, t.head
    out: list[tuple[int, int]] = []
    prev_end = -1
    for i, p in enumerate(pos):
        if p not in _NP_POS:
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        d = dep[i]
        if d in _NP_DEPS:
            prev_end = i
            out.append((left, i + 1))
        elif d == "conj":
            h = head[i]
            while dep[h] == "conj" and head[h] < h:
                h = head[h]
            if dep[h] in _NP_DEPS:  # coordinated to a noun phrase: a noun phrase
                prev_end = i
                out.append((left, i + 1))
    return out


# The labels and parts of speech of spaCy's English noun-chunk rule (spacy/lang/en/syntax_iterators.py).
_NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})
_NP_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _en_noun_chunks() -> Any:
    from spacy.lang.en.syntax_iterators import noun_chunks as en_noun_chunks

    return en_noun_chunks
