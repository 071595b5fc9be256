"""Protest by a crowd the text names by no country: "Hundreds marched through central Lima", "riots broke
out across Nairobi overnight", "Dock Workers Join General Strike in Valparaiso".

Without a rule these yield no event (no resolved source), yet protest is what event data counts most
often, and whose protest it is the place says: ICEWS-style data codes such crowds by the country where
they gather ("Protester (Kenya)"), as the actor dictionaries code protesters (agent OPP). We do the same,
marked `resolved_by="crowd_act"` so that it is never mistaken for a named group. Only for a protest act
(CAMEO root 14) whose subject is a crowd word that resolved to no country ("hundreds", "protesters",
"workers"), or a protest noun that is itself what happened ("riots broke out", "protests began", a headline
"Peaceful Protests Across Oslo"), at a place the sentence names or, failing one, the dateline city; never
where the crowd goes "to". `coding.crowd_acts = false` turns the rule off.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Place
from .state_acts import away_place

__all__ = ["CROWD_WORDS", "crowd_source", "happening_anchor"]

# Subjects that count a crowd or name it by role alone, and the CAMEO sector that role takes.
CROWD_WORDS: dict[str, str] = {
    **{w: "OPP" for w in ("hundreds", "thousands", "dozens", "scores", "tens", "crowd", "crowds", "people",
                          "protester", "protesters", "protestor", "protestors", "demonstrator",
                          "demonstrators", "rioter", "rioters", "activist", "activists", "marcher",
                          "marchers", "mob", "mobs", "resident", "residents", "citizen", "citizens",
                          "supporter", "supporters")},
    **{w: "LAB" for w in ("worker", "workers", "employee", "employees", "union", "unions", "unionist",
                          "unionists", "driver", "drivers", "miner", "miners")},
    **{w: "AGR" for w in ("farmer", "farmers")},
    **{w: "EDU" for w in ("student", "students", "teacher", "teachers")},
    **{w: "HLH" for w in ("doctor", "doctors", "nurse", "nurses")},  # CAMEO's health sector (MED is media)
}
# Verbs whose subject is what happened, not who did it ("riots broke out", "protests spread to Mombasa").
_HAPPENING = frozenset({"break", "erupt", "begin", "start", "continue", "spread", "rage", "flare", "resume",
                        "escalate", "grow", "intensify", "enter", "sweep", "engulf", "rock", "hit", "grip",
                        "paralyse", "paralyze", "disrupt"})


def _crowd_subject(subj: Any) -> str | None:
    """The sector of a crowd subject ("hundreds", "striking workers"), None for any other subject; a count
    takes the sector of what it counts ("hundreds of dock workers": labour)."""
    for word in (subj.lower_, subj.lemma_.lower()):
        if word in CROWD_WORDS:
            counted = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
            own = CROWD_WORDS[word]
            return next((CROWD_WORDS[o.lower_] for o in counted if o.lower_ in CROWD_WORDS), own)
    return None


# Conjunctions of a clause that dates another event by this one ("since the protests began"): background.
_TIME_MARKS = frozenset({"since", "after", "before", "until", "till", "when", "as", "while", "once"})


def _happened(tok: Any) -> bool:
    """A protest noun that is itself the news: the subject of a verb of happening (not in a clause that only
    dates another event, "since the protests began"), or a headline's head."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
            return False
        return verb.lemma_.lower() in _HAPPENING
    return tok.dep_ == "ROOT"


def happening_anchor(tok: Any) -> tuple[Any, ...]:
    """The verb of happening an event noun is the subject of ("riots broke out across Lima": broke), whose
    places are the event's; () for any other token."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.lemma_.lower() in _HAPPENING:
        return (tok.head,)
    return ()


def crowd_source(code: str, tok: Any, subj: Any, sources: list[Actor], place: Place | None,
                 doc_text: str) -> Actor | None:
    """The crowd source of a protest act at `place` whose actor has no country, or None.

    `tok` is the trigger, `subj` the subject token the coder found (None when none), `sources` the actors
    it found for that subject (unresolved ones included).
    """
    if not code.startswith("14") or place is None or not place.country \
            or place.country.upper().startswith("IGO") or any(a.resolved for a in sources):
        return None
    if subj is not None:  # "hundreds marched", "workers joined the strike" (the light verb's subject)
        sector = _crowd_subject(subj)
        if sector is None:
            return None
        start = min(t.idx for t in subj.subtree if t.i <= subj.i)
        end = subj.idx + len(subj.text)
    elif tok.pos_ in ("NOUN", "PROPN") and _happened(tok):
        sector, start, end = "OPP", tok.idx, tok.idx + len(tok.text)
    else:
        return None
    if away_place(place, tok.doc):
        return None  # "marched to Lima": where they went, not whose they are
    country = place.country.upper()
    return Actor(start, end, doc_text[start:end], code=f"{country}{sector}", country=country, sector=sector,
                 resolved_by="crowd_act")
