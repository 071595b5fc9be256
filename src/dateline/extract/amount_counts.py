"""Counts of people: "at least 12 people were killed", "30 wounded", "detained more than 200 protesters".

A number is a count of people when it counts a person noun ("protesters", "civilians", "Palestinians") or
when a casualty word governs it ("killed", "dead", "displaced", "the death toll rose to 45"). Other bare
numbers (rounds of talks, tanks, years) are left alone: an amount without a unit is noise.

`measures` is normalised as "<counted noun> <participle>" ("people killed", "protesters detained",
"wounded" when the noun is elided); `measures_start/end` cover the noun and the casualty word in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..records import fast_init
from .amount_patterns import parse_number, qualifier_of

__all__ = ["CountMatch", "find_counts"]

# Casualty lemmas -> the participle used in `measures`.
CASUALTY = {
    "kill": "killed", "killed": "killed", "wound": "wounded", "wounded": "wounded", "injure": "injured",
    "injured": "injured", "hurt": "hurt", "arrest": "arrested", "detain": "detained", "displace": "displaced",
    "evacuate": "evacuated", "die": "dead", "dead": "dead", "missing": "missing", "abduct": "abducted",
    "kidnap": "kidnapped", "capture": "captured", "execute": "executed", "jail": "jailed",
    "imprison": "imprisoned", "rescue": "rescued", "flee": "fled", "deport": "deported",
    "expel": "expelled", "sentence": "sentenced", "release": "released", "free": "freed",
    "slay": "killed", "massacre": "killed",
}
# Subjects whose number is a casualty count: "the death toll rose to 45".
TOLL_NOUNS = frozenset({"toll", "casualty", "casualties", "fatality", "fatalities"})
PERSON_NOUNS = frozenset(
    """
    people person civilian soldier troop serviceman servicemen child woman man protester demonstrator migrant
    refugee militant fighter rebel insurgent officer policeman policemen police worker resident journalist
    student passenger prisoner hostage detainee activist citizen national tourist pilot sailor crew member
    villager miner employee personnel victim casualty evacuee delegate official diplomat lawmaker voter
    marine paratrooper reservist conscript recruit volunteer mercenary guard patient pilgrim worshipper
    settler asylum-seeker household family
    """.split()
)
_VAGUE = {"dozens": None, "scores": None, "hundreds": None, "thousands": None, "tens of thousands": None,
          "millions": None}
_SCALE_WORDS = ("thousand", "million", "billion")
_DIGITS_RE = re.compile(r"\d")
_NOT_COUNTS = ("ORDINAL", "DATE", "TIME")


@fast_init
@dataclass(frozen=True, slots=True)
class CountMatch:
    start: int
    end: int
    value: float | None
    qualifier: str | None
    measures: str
    measures_start: int
    measures_end: int
    root: Any  # the token the period is looked up from


def _is_person_noun(tok: Any) -> bool:
    if tok.lemma_.lower() in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS:
        return True
    # "Palestinians", "Ukrainians": a plural nationality noun.
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")


def _casualty_word(x: Any) -> Any:
    """The casualty word governing the counted token `x` (noun or bare number), or None."""
    head = x.head
    if head.i != x.i and x.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") and _cas(head):
        return head
    for child in x.children:
        if child.dep_ in ("amod", "acl", "relcl") and _cas(child):
            return child
    if head.i != x.i:
        for sib in head.children:  # "left five people dead"
            if sib.dep_ in ("oprd", "acomp", "xcomp") and _cas(sib) and sib.i > x.i:
                return sib
    doc = x.doc
    for k in (x.i + 1, x.i + 2):  # "12 dead", "30 wounded" read as modifiers
        if k < len(doc) and not doc[k].is_sent_start and doc[k].tag_ in ("JJ", "VBN") and _cas(doc[k]):
            return doc[k]
    if x.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in TOLL_NOUNS:
            return subj
    return None


def _cas(tok: Any) -> bool:
    return tok.lemma_.lower() in CASUALTY or tok.lower_ in CASUALTY


def _number_groups(tokens: list[Any]) -> list[list[Any]]:
    groups: list[list[Any]] = []
    cur: list[Any] = []
    for tok in tokens:
        is_num = (tok.like_num or tok.lower_ in _SCALE_WORDS) and tok.ent_type_ not in _NOT_COUNTS
        if is_num or (cur and tok.text == "-" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num):
            cur.append(tok)
        else:
            if cur:
                groups.append(cur)
            cur = []
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not is_num and tok.lower_ in _VAGUE and nxt is not None and nxt.lower_ == "of":
            groups.append([tok])
    if cur:
        groups.append(cur)
    return groups


def _group_value(group: list[Any]) -> float | None:
    if group[0].lower_ in _VAGUE:
        return None
    text = "".join(t.text_with_ws for t in group).strip()
    value = parse_number(text)
    if value is None and group[-1].lower_ in _SCALE_WORDS and len(group) > 1:
        value = parse_number("".join(t.text_with_ws for t in group[:-1]).strip(), group[-1].lower_)
    return value


def count_cues(table: Any) -> list[bool]:
    """Per token of a `dateline.nlp_cache.TokenTable`: could it start a number group? A sentence with
    none has no counts, so `find_counts` need not walk it."""
    cue = set(_SCALE_WORDS) | set(_VAGUE)
    return [n or low in cue for n, low in zip(table.like_num, table.lower, strict=True)]


def _number_group_indices(doc: Any, table: Any, idxs: list[int]) -> list[list[int]]:
    """`_number_groups` over token indices, reading the token table: the same groups, without a `Token`
    object per word of the sentence (only number-like words build one, for their entity type)."""
    like_num, lower, text = table.like_num, table.lower, table.text
    n = len(table)
    groups: list[list[int]] = []
    cur: list[int] = []
    for k in idxs:
        is_num = (like_num[k] or lower[k] in _SCALE_WORDS) and doc[k].ent_type_ not in _NOT_COUNTS
        if is_num or (cur and text[k] == "-" and k + 1 < n and like_num[k + 1]):
            cur.append(k)
        else:
            if cur:
                groups.append(cur)
            cur = []
        if not is_num and lower[k] in _VAGUE and k + 1 < n and lower[k + 1] == "of":
            groups.append([k])
    if cur:
        groups.append(cur)
    return groups


def find_counts(sent: Any, text: str, blocked: list[tuple[int, int]], table: Any = None) -> list[CountMatch]:
    """Counts of people in the spaCy sentence `sent`, skipping tokens inside the `blocked` ranges (amounts
    already found, time expressions). `table`: the Doc's `dateline.nlp_cache.TokenTable`, if at hand
    (faster; same result)."""
    if table is None:
        toks = [t for t in sent if not any(a <= t.idx < b for a, b in blocked)]
        groups = _number_groups(toks)
    else:
        doc, idx = sent.doc, table.idx
        keep = [k for k in range(sent.start, sent.end) if not any(a <= idx[k] < b for a, b in blocked)]
        groups = [[doc[k] for k in g] for g in _number_group_indices(doc, table, keep)]
    out: list[CountMatch] = []
    for group in groups:
        last = group[-1]
        value = _group_value(group)
        if value is None and group[0].lower_ not in _VAGUE:
            continue
        noun = None
        if last.dep_ in ("nummod", "quantmod", "compound") and last.head.pos_ in ("NOUN", "PROPN"):
            noun = last.head
        elif group[0].lower_ in _VAGUE:
            of = next((c for c in last.children if c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        counted = noun if noun is not None else last
        cas = _casualty_word(counted)
        person = noun is not None and _is_person_noun(noun)
        if cas is None and not person:
            continue
        if noun is not None and not person:
            continue  # "12 tanks were destroyed", "killed 40 cattle"
        if cas is None and not (_DIGITS_RE.search(last.text) or last.lower_ in _SCALE_WORDS or value is None):
            continue  # "the two leaders": a spelled-out small number of people is no statistic
        start = group[0].idx
        qual, qlen = qualifier_of(text[max(sent.start_char, start - 24) : start])
        end = last.idx + len(last)
        if noun is not None and noun.i > last.i and all(
            t.head.i == noun.i for t in noun.doc[last.i + 1 : noun.i]
        ):  # "12 people", "10,000 Ukrainian civilians"
            end = noun.idx + len(noun)
        noun_text = _noun_words(noun) if noun is not None else ""
        if cas is not None:
            word = cas.text.lower() if cas.lemma_.lower() in TOLL_NOUNS else CASUALTY.get(
                cas.lemma_.lower(), CASUALTY.get(cas.lower_, cas.lower_))
            if cas.lemma_.lower() in TOLL_NOUNS:
                word = text[cas.left_edge.idx : cas.idx + len(cas)].lower().removeprefix("the ")
            measures = f"{noun_text} {word}".strip()
            pieces = [cas] + ([noun] if noun is not None else [counted])
        else:
            measures = noun_text
            pieces = [noun]
        m_start = min(p.idx for p in pieces)
        m_end = max(p.idx + len(p) for p in pieces)
        out.append(CountMatch(start - qlen, end, value, qual, measures, m_start, m_end, counted))
    return out


def _noun_words(noun: Any) -> str:
    """The counted noun with its adjective/compound modifiers ("Ukrainian soldiers"), no number."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and not c.like_num]
    words = [*(m.text for m in mods), noun.text]
    return " ".join(words)
