"""Acts only a state performs, reported without their author: "a curfew was imposed in Mombasa", "Social
Media Platforms Suspended in Lesotho", "a state of emergency was declared across three provinces of Peru",
"dozens were arrested in Cairo after the protest".

Without a rule these yield no event (no resolved source), yet who imposed a curfew in Mombasa is not in
doubt: only Kenya's authorities can. ICEWS-style data name such sources by the country's sector
("Government (Kenya)", "Police (Egypt)"); we do the same, marked `resolved_by="state_act"` so that it is
never mistaken for a named actor. Only for an agentless clause (a passive without "by", a headline's
passive, or a subject that is a bare authority noun the text gives no country for) of an act that is a
state's by its code, at a place the sentence names or, failing one, the dateline city. A place the act
goes "to" is its destination, not where the state acted. `coding.state_acts = false` turns the rule off.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Place
from .headlines import headline_passive

__all__ = ["STATE_CODES", "away_place", "state_source"]

# CAMEO codes whose author can only be a state, and the sector that performs them: administrative
# sanctions (bans), restrictions on political freedoms, bans of parties, curfews, states of emergency
# (government), and the lifting of each ("the curfew was lifted in Lima"); arrests and violent repression
# of protesters (police; a court for sentences).
STATE_CODES: dict[str, str] = {"172": "GOV", "1721": "GOV", "1722": "GOV", "1723": "GOV", "1724": "GOV",
                               "081": "GOV", "0811": "GOV", "0812": "GOV", "0813": "GOV", "0814": "GOV",
                               "173": "COP", "175": "COP"}
# Subjects that name an authority but no country ("police detained 40 people"): the place says whose.
_AUTHORITY_NOUNS = frozenset({"authority", "authorities", "police", "policeman", "government", "official",
                              "officer", "security", "force", "forces", "regime"})
# Arrests are the police's; sentences and indictments a court's ("were sentenced to prison in Minsk").
_COURT_VERBS = frozenset({"sentence", "convict", "indict", "charge", "jail", "imprison", "prosecute", "try",
                          "fine"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"})
# Prepositions that name where an act goes or comes from, not where it happens ("deported to Niger").
_AWAY_PREPS = frozenset({"to", "into", "from", "toward", "towards"})


def _agent(tok: Any) -> Any:
    for c in tok.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), tok)
    return None


def _bare_authority(subj: Any, sources: list[Actor]) -> bool:
    """A subject like "police" or "the authorities" that resolved to no country."""
    if subj.lemma_.lower() not in _AUTHORITY_NOUNS and subj.lower_ not in _AUTHORITY_NOUNS:
        return False
    return not any(a.resolved for a in sources)


def away_place(place: Place, doc: Any) -> bool:
    """Whether `place` is where an act goes or comes from ("deported to Niger"), not where it happens."""
    tok = next((t for t in doc if t.idx == place.start), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "pobj", "appos") and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _AWAY_PREPS
        tok = tok.head
    return False


def state_source(code: str, tok: Any, subj: Any, sources: list[Actor], place: Place | None,
                 doc_text: str) -> Actor | None:
    """The state source of an agentless state act at `place`, or None when the rule does not apply.

    `tok` is the trigger, `subj` the subject token the coder found (None when none), `sources` the actors
    it found for that subject (unresolved ones included).
    """
    sector = STATE_CODES.get(code)
    if sector is None or place is None or not place.country or place.country.upper().startswith("IGO"):
        return None
    if tok.pos_ not in ("VERB", "AUX") or (tok.dep_ not in _CLAUSE_DEPS
                                           and not headline_passive(tok, tok.lemma_.lower())):
        return None
    if _agent(tok) is not None:
        return None  # "detained by rebels": the author is named, resolved or not
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pcomp":
        return None  # "accused of crossing the border and detaining miners": the accused did it
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or headline_passive(
        tok, tok.lemma_.lower())
    if subj is not None and not passive and not _bare_authority(subj, sources):
        return None
    if away_place(place, tok.doc):
        return None
    country = place.country.upper()
    if code == "173" and tok.lemma_.lower() in _COURT_VERBS:
        sector = "JUD"
    if subj is not None and not passive:
        left = min(t.idx for t in subj.subtree if t.i <= subj.i)
        start, end = left, subj.idx + len(subj.text)
    else:  # "a curfew was imposed": the act's verb stands for its unnamed author
        start, end = tok.idx, tok.idx + len(tok.text)
    return Actor(start, end, doc_text[start:end], code=f"{country}{sector}", country=country, sector=sector,
                 resolved_by="state_act")
