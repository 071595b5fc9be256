"""A rejection of a statement the article reported is aimed at whoever made it: "Japan lodged a protest with
China ... China's foreign ministry rejected the protest" (120, China -> Japan).

The rejecting sentence names only the statement ("the protest", "the accusations", "the proposal"); its
author is in an earlier event of the same article, whose trigger (or the noun its trigger governs) is the
same act: protest, accusation, demand, proposal, offer, request, criticism, claim. The target is that
event's source, when the rejection has no resolved target and is not the author's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Article, Event
from ..nlp_cache import doc_table
from ..nlp_spans import token_at

__all__ = ["answered"]

# The statement noun a rejection names -> the lemmas of the act that made it (its verb or its noun).
_STATEMENTS: dict[str, frozenset[str]] = {
    "protest": frozenset({"protest", "complain", "complaint"}),
    "complaint": frozenset({"protest", "complain", "complaint"}),
    "accusation": frozenset({"accuse", "accusation", "allege", "allegation", "charge", "blame"}),
    "allegation": frozenset({"accuse", "accusation", "allege", "allegation", "charge", "claim"}),
    "charge": frozenset({"accuse", "accusation", "charge", "allege"}),
    "claim": frozenset({"claim", "allege", "allegation", "accuse"}),
    "criticism": frozenset({"criticize", "criticise", "criticism", "condemn", "denounce", "slam", "blast"}),
    "demand": frozenset({"demand", "call", "urge", "appeal", "insist"}),
    "call": frozenset({"call", "urge", "appeal", "demand"}),
    "appeal": frozenset({"appeal", "call", "urge"}),
    "request": frozenset({"request", "ask", "call", "appeal"}),
    "proposal": frozenset({"propose", "proposal", "offer", "suggest", "plan"}),
    "offer": frozenset({"offer", "propose", "proposal"}),
    "plan": frozenset({"propose", "proposal", "plan", "unveil"}),
    "ultimatum": frozenset({"ultimatum", "demand", "issue"}),
}


def _statement(doc: Any, e: Event) -> str | None:
    """The statement noun the rejection `e` governs as its object, or None."""
    i = token_at(doc_table(doc), e.trigger.start)
    if i is None:
        return None
    tok = doc[i]
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STATEMENTS:
            return c.lemma_.lower()
    return None


def _act_lemmas(doc: Any, e: Event) -> set[str]:
    """The lemmas that name the act of event `e`: its trigger's and its trigger's object's."""
    i = token_at(doc_table(doc), e.trigger.start)
    if i is None:
        return set()
    tok = doc[i]
    return {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}


def answered(events: list[Event], article: Article) -> list[Event]:
    """`events` with each rejection of an earlier reported statement aimed at that statement's author."""
    doc = article.doc
    if doc is None or not any(e.cameo.startswith("12") for e in events):
        return events
    out = list(events)
    for k, e in enumerate(out):
        if not e.cameo.startswith("12") or (e.target is not None and e.target.resolved) or e.source is None:
            continue
        noun = _statement(doc, e)
        if noun is None:
            continue
        acts = _STATEMENTS[noun]
        prior = [p for p in out[:k] if p.source is not None and p.source.resolved
                 and p.trigger.start < e.trigger.start and acts & _act_lemmas(doc, p)]
        if prior and prior[-1].source.country != e.source.country:
            out[k] = replace(e, target=prior[-1].source)
    return out
