"""Criticism said by naming: "Japan called the launch a grave provocation", "China described the sanctions
as illegal", "Manila called the action dangerous and illegal".

A verb of naming (call, describe, term, label, brand) whose complement is a word of condemnation is itself a
criticism (CAMEO 111); its object is what is criticised, and the object's owner the target as for any verb.
The lexicon cannot say this (its patterns constrain objects and prepositions, not an object's predicate),
so `matching.match_token` asks here before its own entries. Praise by naming ("called the talks
constructive") is left to the lexicon's praise verbs: too many such words also describe neutrally.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Entry

__all__ = ["criticism_by_naming"]

NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand"})
CONDEMNATIONS = frozenset({
    "unacceptable", "unjustified", "unjustifiable", "unreasonable", "illegal", "unlawful", "illegitimate",
    "dangerous", "provocative", "provocation", "irresponsible", "reckless", "baseless", "groundless",
    "absurd", "unfounded", "outrageous", "deplorable", "shameful", "hostile", "aggressive", "aggression",
    "violation", "interference", "meddling", "blackmail", "fraud", "fraudulent", "lie", "lies", "sham",
    "farce", "hypocritical", "hypocrisy", "unprovoked", "barbaric", "criminal", "crime", "abuse",
})
_ENTRIES: dict[str, Entry] = {}


def _complements(tok: Any) -> list[Any]:
    """The predicate words said of the object: "called X a provocation" (oprd), "X dangerous and illegal",
    "described X as illegal" (the words under "as"), with their conjuncts."""
    heads = [c for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN")]
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "as":
            heads += [c for c in p.children if c.dep_ in ("pobj", "amod", "acomp")]
    out = []
    for h in heads:
        out.append(h)
        out += [c for c in h.children if c.dep_ == "conj"]
        out += [c for c in h.children if c.dep_ == "amod"]
    return out


def criticism_by_naming(tok: Any, lemma: str) -> Entry | None:
    """A 111 entry for `tok` when it names its object with a word of condemnation, else None."""
    if lemma not in NAMING_VERBS or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") or (c.dep_ == "relcl") for c in tok.children) \
            and tok.dep_ != "relcl":
        return None  # no object named: nothing is called anything here
    if not any(w.lemma_.lower() in CONDEMNATIONS or w.lower_ in CONDEMNATIONS for w in _complements(tok)):
        return None
    entry = _ENTRIES.get(lemma)
    if entry is None:
        entry = _ENTRIES[lemma] = Entry(id=f"sense.v.{lemma}.as-condemned.111", pos="VERB", lemma=lemma,
                                        code="111", curated=True)
    return entry
