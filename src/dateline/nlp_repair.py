"""Narrow repairs of known small-parser errors, applied to each Doc right after parsing.

One repair so far: a coordinated pair of sanction nouns whose second noun is a plural that is also a verb
form ("imposed visa bans and asset freezes on X", "announced export curbs and asset freezes against X").
The small parser reads the plural as a present-tense verb (VBZ, a clausal complement of the trigger) with
the first noun as its subject, so the trigger has no object and the sanction is never coded. The repair
puts the pair back as the trigger's object: the first noun becomes its direct object, the plural a noun
conjunct of it, and the plural's trailing prepositions ("on X") go back to the trigger. It looks only at
tokens spelled as one of a handful of plurals, found by array, so a Doc without them costs one array read.
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ["repair_parse"]

log = logging.getLogger(__name__)

# Plural sanction nouns the parser takes for a VBZ verb, with their singular lemma.
_PLURAL_VERB_FORMS = {"freezes": "freeze", "bans": "ban", "curbs": "curb", "controls": "control",
                      "limits": "limit", "sanctions": "sanction"}
# The first noun of the pair must itself name a measure: "visa bans and asset freezes".
_MEASURE_LEMMAS = {"sanction", "ban", "embargo", "tariff", "restriction", "freeze", "curb", "control",
                   "limit", "measure", "penalty", "duty", "levy"}
# Children of the misread plural that belong to the trigger once the plural is a noun again.
_TO_TRIGGER = {"prep", "punct", "advmod", "npadvmod", "advcl"}
_OBJECT_DEPS = {"dobj", "obj", "dative", "attr"}


def _hashes(doc: Any) -> dict[int, str]:
    return {doc.vocab.strings.add(w): w for w in _PLURAL_VERB_FORMS}


def _candidate(tok: Any) -> tuple[Any, Any] | None:
    """(trigger, first noun) when `tok` is a misread plural of the known shape, else None."""
    if tok.tag_ != "VBZ" or tok.dep_ not in ("ccomp", "conj", "xcomp"):
        return None
    trigger = tok.head
    if trigger.pos_ != "VERB" or trigger.i >= tok.i:
        return None
    kids = list(tok.children)
    # a real clause has a marker, an auxiliary or a negation ("said that curbs limits ...")
    if any(c.dep_ in ("mark", "aux", "auxpass", "neg", "dobj") for c in kids):
        return None
    subj = [c for c in kids if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subj) != 1 or subj[0].i <= trigger.i:
        return None
    first = subj[0]
    if first.lemma_.lower() not in _MEASURE_LEMMAS or first.pos_ != "NOUN":
        return None
    # the pair is coordinated: "N1 and [mod] N2s", the "and" a child of the first noun, right before
    if not any(c.dep_ == "cc" and first.i < c.i < tok.i for c in first.children):
        return None
    if any(c.dep_ in _OBJECT_DEPS for c in trigger.children):
        return None
    return trigger, first


def repair_parse(doc: Any) -> Any:
    """Repair the misparses described in the module docstring in place; return `doc`."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return doc
    from spacy.attrs import LOWER

    import numpy

    hits = numpy.isin(doc.to_array(LOWER), list(_hashes(doc))).nonzero()[0].tolist()
    for i in hits:
        tok = doc[i]
        found = _candidate(tok)
        if found is None:
            continue
        trigger, first = found
        between = [c for c in first.children if c.dep_ == "conj" and first.i < c.i < tok.i]
        movers = [c for c in tok.children if c.i > tok.i and c.dep_ in _TO_TRIGGER]
        first.head = trigger
        first.dep_ = "dobj"
        tok.head = first
        tok.dep_ = "conj"
        tok.tag_ = "NNS"
        tok.pos_ = "NOUN"
        tok.lemma_ = _PLURAL_VERB_FORMS[tok.lower_]
        for c in between:  # "asset" of "asset freezes", read as the first noun's conjunct
            c.head = tok
            c.dep_ = "compound"
        for c in movers:
            c.head = trigger
        log.debug("repaired %r as a noun conjunct of %r under %r", tok.text, first.text, trigger.text)
    return doc
