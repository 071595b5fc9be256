"""Allegations are accusations; ruling an act out is rejecting it (CAMEO 112, "charge, blame, incriminate for allegations").

"A alleged that B attacked C" is coded twice: B's act, reported by A (our convention for reported speech),
and A 112 B, because asserting someone else's wrongdoing with an allegation verb is itself an accusation.
A neutral verb of saying ("said", "reported", "announced") makes no accusation: only `ALLEGE_VERBS` do, and
only for acts of coercion or violence (what one can be accused of, roots 15 and 17-20).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import ASSERTED, Actor, Event, Trigger
from .codes import code_info, plover_for
from .context import Ctx
from .roles import active_subject_actors

# Reporting verbs that assert wrongdoing; "claim" only as a reporting verb (claiming responsibility is 015,
# matched as its own trigger before this is reached).
ALLEGE_VERBS = frozenset({"allege", "claim", "charge", "accuse", "contend"})
_ACCUSABLE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
ACCUSE_CODE = "112"


def allegation_verb(reporter_tok: Any, ctx: Ctx) -> Any | None:
    """The allegation verb whose subject is `reporter_tok` (the reporter found by roles._reporter), or None."""
    if reporter_tok is None or reporter_tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = reporter_tok.head
    return verb if ctx.lex.lemma(verb) in ALLEGE_VERBS else None


def accusations(events: list[Event], reporter_tok: Any, reporter_actor: Actor | None, ctx: Ctx) -> list[Event]:
    """A 112 B for each accused source B of the reported, asserted acts in `events` (one trigger's events)."""
    if not events or reporter_actor is None or not reporter_actor.resolved:
        return []
    verb = allegation_verb(reporter_tok, ctx)
    if verb is None:
        return []
    info = code_info(ACCUSE_CODE)
    trigger = Trigger(verb.text, verb.idx, verb.idx + len(verb.text))
    out, seen = [], set()
    for ev in events:
        src = ev.source
        if ev.mode != ASSERTED or ev.root not in _ACCUSABLE_ROOTS or src is None or not src.resolved:
            continue
        if (src.start, src.end) == (reporter_actor.start, reporter_actor.end) or src.code == reporter_actor.code:
            continue  # "X claimed that they had attacked Y": a claim about oneself accuses nobody
        if (src.start, src.end) in seen:
            continue
        seen.add((src.start, src.end))
        out.append(replace(ev, source=reporter_actor, target=src, cameo=ACCUSE_CODE, root=info.root,
                           goldstein=info.goldstein, quad_class=info.quad_class, trigger=trigger,
                           plover=plover_for(ACCUSE_CODE), mode=ASSERTED, reported_by=None,
                           reported_by_actor=None, pattern=f"{ev.pattern}>alleged:{ACCUSE_CODE}"))
    return out


def accused(tok: Any, ctx: Ctx) -> list[Actor]:
    """Whom an allegation verb with no object accuses: the subject of its "that" clause ("alleged that
    Uganda ...") or, for a trailing "..., X alleged", of the clause it comments on."""
    holders = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head)
    for c in holders:
        found = active_subject_actors(c, ctx)
        if found:
            return found
    return []


def out_of_question(clause: Any, matches: dict) -> Any | None:
    """The coded act a reported "... is out of the question" clause rules out ("said lifting the sanctions
    is out of the question", "said talks were out of the question"), or None. CAMEO codes it as a rejection
    by the speaker (12)."""
    out = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "out"), None)
    if out is None or not any(o.lower_ == "question" for p in out.children if p.lower_ == "of" for o in p.children):
        return None
    for c in clause.children:
        if c.dep_ in ("csubj", "nsubj") and c.i in matches and matches[c.i].entry.code:
            return matches[c.i]
    return None
