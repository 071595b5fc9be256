"""Which sense of a matched trigger the sentence uses, where one lemma codes two different acts.

- "target" and "hit" are force only when force does the targeting: "sanctions targeting its gas exports",
  "tariffs that hit Chinese steel" and "a law targeting migrants" aim a measure, so the measure's own
  trigger ("imposed sanctions") is the event and the participle is not a second one.
- what a text says ("a statement criticising X", "a resolution condemning Y") is no act of anyone's when
  the text was blocked, vetoed or rejected ("Hungary blocked a joint statement criticising Israel").
- "warn" is a threat (CAMEO 130) when what is warned of is still to come ("warned that it would
  retaliate"); a warning that describes how things are ("warned that the situation had become
  catastrophic") is a pessimistic comment (012), as the CAMEO verb dictionary codes "warn of catastrophe".
"""

from __future__ import annotations

from typing import Any

__all__ = ["MEASURE_NOUNS", "aimed_measure", "blocked_content", "warning_code"]

# Nouns for a policy instrument: what they "target" or "hit" is the aim of the measure, not of force.
MEASURE_NOUNS = frozenset({
    "sanction", "measure", "law", "bill", "legislation", "policy", "tariff", "duty", "levy", "tax", "ban",
    "embargo", "restriction", "rule", "regulation", "decree", "resolution", "reform", "curb", "control",
    "penalty", "fine", "freeze", "boycott", "quota", "package",
})
_AIM_LEMMAS = frozenset({"target", "hit"})
# Auxiliaries that put what is warned of in the future or the possible: a threat or a forecast.
_TO_COME = frozenset({"will", "would", "shall", "'ll", "wo", "could", "might", "may", "can", "must"})
# Subjects of a warned-of clause that describe a state of affairs rather than anyone's act.
_STATE_SUBJECTS = frozenset({"situation", "crisis", "economy", "condition", "conditions", "outlook",
                             "humanitarian", "famine", "shortage", "tension", "tensions", "risk", "danger"})


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _measure_phrase(tok: Any) -> bool:
    """`tok` names a measure ("sanctions", "new tariffs") or is a verb whose object or passive subject is
    one ("imposed sanctions on Russia, targeting ...")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return _lemma(tok) in MEASURE_NOUNS
    if tok.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(c) in MEASURE_NOUNS for c in tok.children)
    return False


def aimed_measure(tok: Any, lemma: str) -> bool:
    """Whether the force trigger `tok` (lemma "target" or "hit") is what a measure aims at, not force."""
    if lemma not in _AIM_LEMMAS or tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj") and _lemma(c) in MEASURE_NOUNS:
            return True  # "the new sanctions target Russia's banks"
        if c.dep_ == "agent" and any(_lemma(o) in MEASURE_NOUNS for o in c.children if o.dep_ == "pobj"):
            return True  # "banks targeted by the sanctions"
    if tok.dep_ in ("acl", "relcl"):
        return _lemma(tok.head) in MEASURE_NOUNS  # "sanctions targeting its exports", "a law that targets"
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG":
        return _measure_phrase(tok.head)  # "imposed sanctions on X, targeting ..."
    return False


def _describes(clause: Any) -> bool:
    """A warned-of clause that says how things are: no future or modal auxiliary, or a state of affairs
    as its subject ("the humanitarian situation could deteriorate")."""
    kids = list(clause.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and _lemma(subj) in _STATE_SUBJECTS:
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TO_COME for c in kids)


def warning_code(tok: Any, lemma: str, code: str) -> str:
    """The code of a "warn" trigger coded `code`: 012 when it warns that things are (not will be) bad."""
    if lemma != "warn" or code != "130" or tok.pos_ != "VERB":
        return code
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "dobj") for c in kids):
        return code  # "warned of reprisals", "warned Iran": the object says what is threatened
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or not _describes(clause):
        return code
    return "012"


# Texts whose content a participle gives ("a resolution condemning ..."), and verbs that stop a text.
_TEXT_NOUNS = frozenset({"statement", "resolution", "motion", "declaration", "communique", "draft", "bill",
                         "text", "letter", "report"})
_STOPPING_VERBS = frozenset({"block", "veto", "reject", "oppose", "scrap", "withdraw", "prevent", "stall", "shelve",
                             "torpedo", "kill", "sink", "defeat", "vote"})


def blocked_content(tok: Any) -> bool:
    """Whether `tok` gives the content of a text that was stopped: "vetoed a resolution condemning X" (the
    condemnation never passed; the veto is the event) or "voted down a motion criticising Y"."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or _lemma(tok.head) not in _TEXT_NOUNS:
        return False
    text = tok.head
    gov = text.head if text.dep_ in ("dobj", "obj", "nsubjpass") else None
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(gov) == "vote":  # "voted down", "voted against" stop it; "voted for" does not
        return any(c.lower_ in ("down", "against") for c in gov.children if c.dep_ in ("prt", "prep"))
    return _lemma(gov) in _STOPPING_VERBS
