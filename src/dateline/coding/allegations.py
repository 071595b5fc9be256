"""Allegations are accusations; ruling an act out is rejecting it (CAMEO 112, "charge, blame, incriminate for allegations").

"A alleged that B attacked C" is coded as A 112 B: asserting someone else's wrongdoing with an allegation
verb is itself an accusation, and the act, only alleged, is contested, so it is not coded as well (the
accusation's pattern keeps its code: "cur.v.attack.190>alleged:112"). A neutral verb of saying accuses only
when a party, not the press, opens its statement with another side's act of force ("Ukraine said Russian
artillery shelled Kharkiv": `claims.says_accusation`); wire copy reports acts that way, so that act stays,
reported by the speaker. A trailing "..., officials said" only sources the news. Accusable acts are
coercion and violence (roots 13, 15, 17-20 for allegation verbs; 17-20 for plain statements). Telling of
one's own act with "claim"/"admit" is a claim of responsibility (015, `claims.own_claim`), not an accusation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import ASSERTED, Actor, Event, Trigger
from .codes import code_info, plover_for
from .context import Ctx
from .claims import CLAIM_CODE, CLAIM_OWN_VERBS, issuer, own_claim, says_accusation
from .roles import active_subject_actors

# Reporting verbs that assert wrongdoing; "claim" only as a reporting verb (claiming responsibility is 015,
# matched as its own trigger before this is reached).
ALLEGE_VERBS = frozenset({"allege", "claim", "charge", "accuse", "contend"})
_ACCUSABLE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
ACCUSE_CODE = "112"


def _speech_verb(reporter_tok: Any) -> Any | None:
    """The verb of saying `reporter_tok` is the subject of ("X said ...", "..., X said"); None for "according
    to X"."""
    if reporter_tok is None or reporter_tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return reporter_tok.head


def accusations(events: list[Event], reporter_tok: Any, reporter_actor: Actor | None, ctx: Ctx) -> list[Event]:
    """One trigger's `events` as its reporter stands behind them: an act its reporter claims as its own
    becomes the claim (015, claimant -> target); for each accused source B of the other asserted acts, the
    reporter's A 112 B is added (allegation verbs always, a party's statement opening with B's act too)."""
    if not events or reporter_tok is None:
        return events
    verb = _speech_verb(reporter_tok)
    if reporter_actor is None or not reporter_actor.resolved:
        reporter_actor = issuer(reporter_tok, ctx)  # "a report released in <capital> alleged that ..."
    if verb is None or reporter_actor is None:
        return events
    alleging = ctx.lex.lemma(verb) in ALLEGE_VERBS
    trigger = Trigger(verb.text, verb.idx, verb.idx + len(verb.text))
    kept, out, seen = [], [], set()
    for ev in events:
        src = ev.source
        if ev.mode != ASSERTED or ev.root not in _ACCUSABLE_ROOTS or src is None or not src.resolved:
            kept.append(ev)
            continue
        if own_claim(ev, reporter_actor):
            # "X claimed that they had attacked Y", "X admitted it shelled Y": a claim of responsibility
            if ctx.lex.lemma(verb) in CLAIM_OWN_VERBS:
                kept.append(_recode(ev, CLAIM_CODE, reporter_actor, ev.target, trigger, "claimed"))
            else:
                kept.append(ev)  # "X said it had attacked Y": its own act, told
            continue
        if not (alleging or says_accusation(verb, reporter_tok, reporter_actor, ev)):
            kept.append(ev)
            continue
        if not alleging:
            # "Ukraine said Russian artillery shelled Kharkiv": wire copy reports acts of force this way, so
            # the act stays (reported_by the speaker); an act only *alleged* is contested and is coded as
            # the accusation alone (GSR codes only the 112; PLOVER is unchanged either way, docs/accuracy.md)
            kept.append(ev)
        if (src.start, src.end) not in seen:
            seen.add((src.start, src.end))
            out.append(_recode(ev, ACCUSE_CODE, reporter_actor, src, trigger, "alleged"))
    return kept + out


def _recode(ev: Event, code: str, source: Actor, target: Actor | None, trigger: Trigger, how: str) -> Event:
    info = code_info(code)
    return replace(ev, source=source, target=target, cameo=code, root=info.root, goldstein=info.goldstein,
                   quad_class=info.quad_class, trigger=trigger, plover=plover_for(code), mode=ASSERTED,
                   reported_by=None, reported_by_actor=None, pattern=f"{ev.pattern}>{how}:{code}")


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
