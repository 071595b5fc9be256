"""What an amount measures and the period it covers, read from the parse of its sentence.

`measured_phrase` returns the noun phrase the amount is about, trying in order:

1. a complement of the amount: "$240 billion *in trade*", "more than a quarter *of exports*";
2. the noun it modifies: "a $400 billion *gas deal*", "a gas deal worth $400 billion";
3. the subject of the verb that governs it: "*Trade between China and Russia* rose 26 percent to $240
   billion", "*Exports* nearly doubled".

A change noun ("a 26% *rise in exports*", "the *increase in spending*") hands over to its complement, so
the record says what changed. `governing_time` picks the time expression in the sentence that shares the
amount's governing verb, else the nearest one.
"""

from __future__ import annotations

from typing import Any

from ..model import TimeExpr
from ..nlp_cache import doc_table, sent_range

__all__ = ["measured_phrase", "governing_time", "governing_verb", "noun_phrase_span"]

CHANGE_NOUNS = frozenset(
    """
    rise increase fall drop decline jump growth gain surge cut reduction slump plunge rebound boost hike
    contraction expansion fell rose share
    """.split()
)
# Verbs whose subject is the quantity itself ("trade rose to $240 billion", "exports totalled ..."). With any
# other verb the subject is an agent ("the bank allocated 1.5 trillion yuan"), never what is measured.
MEASURE_VERBS = frozenset(
    """
    be rise fall grow reach total amount stand hit climb jump drop decline increase decrease exceed top
    surpass double triple halve quadruple slow accelerate shrink expand cost soar plunge contract edge ease
    widen narrow come hover remain account make represent equal gain lose slide sink tumble rebound recover
    dip slip fetch value estimate put near approach run average
    """.split()
)
# Prepositions on a non-measure verb that name what the money is for ("spent $3bn on defence").
_PURPOSE_PREPS = ("on", "for")
_MODIFIER_DEPS = ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos")
_PHRASE_STOP_DEPS = ("relcl", "appos", "punct", "acl", "cc", "conj", "advcl")
_MAX_PHRASE_TOKENS = 12
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def noun_phrase_span(tok: Any, skip: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """Character range of the phrase headed by `tok`, without relative clauses, appositions, conjuncts
    after it, a leading determiner, or the characters `skip` (the amount itself)."""
    right = tok
    for child in tok.rights:
        holds_amount = child.left_edge.idx < skip[1] and child.right_edge.idx >= skip[0]
        if child.dep_ in _PHRASE_STOP_DEPS or holds_amount:  # "a loan worth €3bn" -> "loan"
            break
        right = child.right_edge
    left = tok.left_edge
    toks = [t for t in tok.doc[left.i : right.i + 1] if not (skip[0] <= t.idx < skip[1])]
    # Without the amount, keep the part touching the head ("a $400 billion gas deal" -> "gas deal").
    head_pos = next((k for k, t in enumerate(toks) if t.i == tok.i), 0)
    lo = head_pos
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    toks = toks[lo:]
    # A blanked wire dateline is one whitespace token that the parser may hang under the subject.
    while toks and (toks[0].dep_ == "det" or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return tok.idx, tok.idx + len(tok)
    if len(toks) > _MAX_PHRASE_TOKENS:
        toks = [t for t in toks if t.i <= tok.i]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _complement(tok: Any) -> Any:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _through_change_noun(tok: Any) -> Any:
    if tok.lemma_.lower() in CHANGE_NOUNS:
        comp = _complement(tok)
        if comp is not None:
            return comp
    return tok


def governing_verb(tok: Any) -> Any:
    """The nearest verb above `tok` (or `tok` itself when it is a verb); None when there is none."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _subject_of(verb: Any) -> Any:
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
            v = v.head
            continue
        return None
    return None


def measured_phrase(
    root: Any,
    span: tuple[int, int],
    avoid: list[tuple[int, int]] = (),  # type: ignore[assignment]
    *,
    share: bool = False,
) -> tuple[int, int] | None:
    """Character range of what the amount whose parse head is `root` (covering `span`) measures.

    `avoid` lists character ranges (time expressions) that are never what an amount measures ("5% in
    July" measures nothing called July). `share` (percentages, fractions): "of X" names the whole the
    share is taken of, so a subject that owns the share wins ("the deficit was 2.5% of GDP" measures the
    deficit; "a quarter of exports went to China" measures exports).
    """
    doc = root.doc
    of = root.head
    if not share and root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" \
            and of.head.i != of.i and of.head.lemma_.lower() not in CHANGE_NOUNS:
        # "a loan of $3 billion", "a fine of 2 million euros on the company": the noun the amount is of
        return noun_phrase_span(of.head, span)
    lo, hi = sent_range(root)  # root.sent, without spaCy's walk to its boundaries; offsets from the table
    idx = doc_table(doc).idx
    inside = [doc[j] for j in range(lo, hi) if span[0] <= idx[j] < span[1]]
    complement = None
    for tok in inside or [root]:
        comp = _complement(tok)
        blocked = comp is None or span[0] <= comp.idx < span[1] or any(a <= comp.idx < b for a, b in avoid)
        if not blocked:
            complement = comp
            break
    if complement is not None and not (share and complement.head.lower_ == "of"):
        return noun_phrase_span(_through_change_noun(complement), span)
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i != root.i:
        return noun_phrase_span(_through_change_noun(head), span)
    if head.lower_ == "worth" and head.head.pos_ in ("NOUN", "PROPN"):
        return noun_phrase_span(_through_change_noun(head.head), span)
    from_verb = None if root.dep_ in _SUBJECT_DEPS else _from_verb(root, span, avoid)
    if from_verb is not None:
        return from_verb
    if complement is not None:
        return noun_phrase_span(_through_change_noun(complement), span)
    return None


def _from_verb(root: Any, span: tuple[int, int], avoid: list[tuple[int, int]]) -> tuple[int, int] | None:
    verb = governing_verb(root)
    if verb is None:
        return None
    if verb.lemma_.lower() not in MEASURE_VERBS:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _PURPOSE_PREPS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and not any(a <= obj.idx < b for a, b in avoid):
                    return noun_phrase_span(obj, span)
        return None
    subj = _subject_of(verb)
    if subj is None or span[0] <= subj.idx < span[1] or subj.pos_ == "PRON":
        return None
    return noun_phrase_span(_through_change_noun(subj), span)


def governing_time(root: Any, times: list[TimeExpr]) -> TimeExpr | None:
    """The time expression (already in the amount's sentence) that shares its governing verb, else the
    nearest one by characters."""
    if not times:
        return None
    verb = governing_verb(root)
    if verb is not None:
        doc = root.doc
        for t in times:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and governing_verb(span.root) is verb:
                return t
    return min(times, key=lambda t: min(abs(t.start - root.idx), abs(t.end - root.idx)))
