"""Answers to an act the article reported are aimed at whoever did it: "Japan lodged a protest with China ...
China's foreign ministry rejected the protest" (120, China -> Japan); "the EU adopted sanctions against
Russia ... Russia's foreign ministry denounced the measures" (111, Russia -> EU) "and vowed to retaliate"
(13x, Russia -> EU).

The answering sentence names only the act ("the protest", "the accusations", "the measures", "the
strikes"); its author is in an earlier event of the same article: for a statement, one whose trigger (or
the noun its trigger governs) is the same act (protest, accusation, demand, proposal, offer, request,
criticism, claim); for a measure or an attack, one whose CAMEO code is of that kind. A vow to retaliate or
respond answers the latest act aimed at the one who vows. The target becomes that event's source when the
answer has no resolved target of its own (or only one found inside the act's own phrase, or one of its own
country: "China criticised the sanctions on three Chinese firms": the firms were sanctioned, the sanctioner
is criticised) and the author is not the answerer's own country.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Article, Event
from ..nlp_cache import doc_table
from ..nlp_spans import token_at

__all__ = ["answered"]

# A statement noun an answer names -> the lemmas of the act that made it (its verb or its noun).
_PROTEST = frozenset({"protest", "complain", "complaint"})
_ACCUSE = frozenset({"accuse", "accusation", "allege", "allegation", "charge", "blame", "claim"})
_APPEAL = frozenset({"demand", "call", "urge", "appeal", "insist", "request", "ask"})
_PROPOSE = frozenset({"propose", "proposal", "offer", "suggest", "plan", "unveil"})
_STATEMENTS: dict[str, frozenset[str]] = {
    "protest": _PROTEST, "complaint": _PROTEST,
    "accusation": _ACCUSE, "allegation": _ACCUSE, "charge": _ACCUSE, "claim": _ACCUSE,
    "criticism": frozenset({"criticize", "criticise", "criticism", "condemn", "denounce", "slam", "blast"}),
    "demand": _APPEAL, "call": _APPEAL, "appeal": _APPEAL, "request": _APPEAL, "ultimatum": _APPEAL,
    "proposal": _PROPOSE, "offer": _PROPOSE, "plan": _PROPOSE,
}
# An act noun an answer names -> the CAMEO code prefixes of the act it stands for.
_MEASURES = ("16", "17")
_FORCE = ("18", "19", "20")
_DECIDED = ("03", "04", "05", "06", "07", "08", "12", "13", "14", "15", "16", "17")
_ACTS: dict[str, tuple[str, ...]] = {
    **{w: _MEASURES for w in ("measure", "sanction", "restriction", "penalty", "tariff", "ban", "embargo",
                              "blacklisting", "expulsion", "curb")},
    **{w: _FORCE for w in ("strike", "airstrike", "attack", "shelling", "bombardment", "bombing", "raid",
                           "incursion", "offensive", "assault")},
    **{w: ("15",) for w in ("deployment", "buildup", "test", "launch")},
    # joint drills are coded as military cooperation (062) both ways
    **{w: ("15", "062") for w in ("drill", "exercise", "manoeuvre", "maneuver", "wargame")},
    "visit": ("042",), "trip": ("042",), "arrest": ("173",), "detention": ("173",), "seizure": ("17",),
    "kidnapping": ("181",), "abduction": ("181",), "killing": _FORCE,
    # "condemned the decision", "welcomed the move": a policy act decided by its author (not a statement,
    # an appeal or an attack, which the answer would name as such)
    **{w: _DECIDED for w in ("decision", "move", "step")},
    **{w: ("17",) for w in ("warrant", "ruling", "verdict", "indictment", "sentence", "conviction")},
    "veto": ("12",),
}
# Codes that answer an act: a denial (016), praise (05), criticism (11), rejection (12), threat (13).
_ANSWER_ROOTS = ("016", "05", "11", "12", "13")
_RETALIATE = frozenset({"retaliate", "respond", "reciprocate", "avenge", "retaliation", "response",
                        "reprisal"})
_ACT_ROOTS = ("11", "12", "13", "16", "17", "18", "19", "20")


def _token(doc: Any, e: Event) -> Any:
    i = token_at(doc_table(doc), e.trigger.start)
    return None if i is None else doc[i]


def _object(tok: Any) -> Any:
    """The noun an answer governs: its object ("rejected the protest"), or its passive subject."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _act_lemmas(tok: Any) -> set[str]:
    """The lemmas that name an act: its trigger's and its trigger's object's."""
    obj = _object(tok)
    return {tok.lemma_.lower()} | ({obj.lemma_.lower()} if obj is not None else set())


# Act nouns and the trigger words that name the same act ("the strike" for "struck", "the sentence" for
# "sentenced"), beyond a shared lemma.
_SAME_ACT = {"airstrike": {"strike", "airstrike", "bomb"}, "strike": {"strike", "airstrike", "bomb"},
             "shelling": {"shell", "shelling"}, "bombing": {"bomb", "bombing"}, "detention": {"detain"},
             "sentence": {"sentence", "jail", "imprison"}, "verdict": {"sentence", "convict", "acquit"},
             "ruling": {"rule"}, "expulsion": {"expel"}, "veto": {"veto"}}


def _names(noun: str, ptok: Any) -> bool:
    """Whether an earlier event's trigger (or its object) is the act `noun` names."""
    return bool(({noun} | _SAME_ACT.get(noun, set())) & _act_lemmas(ptok))


def _retaliation(tok: Any) -> bool:
    """A vow to hit back: the trigger, its complement or its object is "retaliate", "respond" ..."""
    words = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    return any(w.lemma_.lower() in _RETALIATE for w in words)


def _open(e: Event, obj: Any) -> bool:
    """Whether `e` still lacks its own target: none resolved, or one from inside the act's own phrase."""
    t = e.target
    if t is None or not t.resolved:
        return True
    if e.source is not None and t.country == e.source.country:
        return True  # "China criticised the sanctions on three Chinese firms" (the parser hangs the firms on
        # the verb): the answerer's own people are what the act struck, not whom the answer is aimed at
    if obj is None:
        return False
    last = obj.right_edge
    return obj.left_edge.idx <= t.start and t.end <= last.idx + len(last.text)


def _author(e: Event, prior: list[tuple[Event, Any]], tok: Any) -> Any:
    """The actor whose earlier act the answer `e` (trigger `tok`) answers, or None. `prior`: the earlier
    events with their trigger tokens."""
    obj = _object(tok)
    noun = obj.lemma_.lower() if obj is not None else ""
    if noun in _STATEMENTS:
        found = [p for p, ptok in prior if _STATEMENTS[noun] & _act_lemmas(ptok)]
    elif noun in _ACTS and e.cameo.startswith(_ANSWER_ROOTS):
        found = [p for p, _t in prior if p.cameo.startswith(_ACTS[noun])]
        # "condemned the strike" after a strike and a rocket attack: the act named by its own word first
        named = [p for p, ptok in prior if p.cameo.startswith(_ACTS[noun]) and _names(noun, ptok)]
        found = named or found
    elif e.cameo.startswith("13") and _retaliation(tok):
        own = e.source.country
        found = [p for p, _t in prior if p.cameo.startswith(_ACT_ROOTS) and p.target is not None
                 and p.target.resolved and p.target.country == own]
    else:
        return None
    found = [p for p in found if p.source.country != e.source.country]
    return found[-1].source if found else None


def answered(events: list[Event], article: Article) -> list[Event]:
    """`events` with each answer to an earlier reported act aimed at that act's author."""
    doc = article.doc
    if doc is None or not any(e.cameo.startswith(_ANSWER_ROOTS) for e in events):
        return events
    out = list(events)
    toks = [_token(doc, e) for e in out]  # once per event: every answer reads all the events before it
    for k, e in enumerate(out):
        if not e.cameo.startswith(_ANSWER_ROOTS) or e.source is None:
            continue
        tok = toks[k]
        if tok is None or not _open(e, _object(tok)):
            continue
        prior = [(p, toks[j]) for j, p in enumerate(out[:k]) if p.source is not None and p.source.resolved
                 and p.trigger.start < e.trigger.start and toks[j] is not None]
        author = _author(e, prior, tok)
        if author is not None:
            out[k] = replace(e, target=author)
    return out
