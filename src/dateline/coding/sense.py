"""Which sense of a matched trigger the sentence uses, where one lemma codes two different acts.

- "target" and "hit" are force only when force does the targeting: "sanctions targeting its gas exports",
  "tariffs that hit Chinese steel" and "a law targeting migrants" aim a measure, so the measure's own
  trigger ("imposed sanctions") is the event and the participle is not a second one.
- what a text says ("a statement criticising X", "a resolution condemning Y") is no act of anyone's when
  the text was blocked, vetoed or rejected ("Hungary blocked a joint statement criticising Israel").
- "warn" is a threat (CAMEO 130) when what is warned of is still to come ("warned that it would
  retaliate"); a warning that describes how things are ("warned that the situation had become
  catastrophic") is a pessimistic comment (012), as the CAMEO verb dictionary codes "warn of catastrophe".
- an order or force "to leave" ends someone's presence: "ordered French troops to leave the country" is an
  expulsion (CAMEO 166 for groups, 1661/1662 for peacekeepers and observers, 161 for diplomats, 174 for
  individuals), not a bare demand (100); the CAMEO verb dictionary codes "ORDER * (TO LEAVE)" likewise.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BODY_VERBS", "LEAVE_VERBS",
           "MEASURE_NOUNS", "state_as_act", "aerial_code", "aimed_measure", "blocked_content", "body_left",
           "expulsion_code", "left_body", "measure_content", "ordered_custody", "warning_code"]

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
_READY = frozenset({"ready", "prepared", "willing", "determined", "poised"})
_STATE_SUBJECTS = frozenset({"situation", "crisis", "economy", "condition", "conditions", "outlook",
                             "humanitarian", "famine", "shortage", "tension", "tensions", "risk", "danger",
                             # a quarrel's cost forecast ("warned that the dispute could cost 40,000 jobs")
                             "dispute", "standoff", "row", "feud"})


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
    if any(t.lower_ in _READY or (t.dep_ == "mark" and t.lower_ in ("if", "unless")) for t in clause.subtree):
        return False  # "warned that it was ready to respond if talks failed": a threat held out
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
    relative = tok.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in tok.children)
    if not (tok.dep_ == "acl" and tok.tag_ == "VBG" or relative) or _lemma(tok.head) not in _TEXT_NOUNS:
        return False  # "a resolution condemning X", "a resolution that demanded X"
    text = tok.head
    gov = text.head if text.dep_ in ("dobj", "obj", "nsubjpass") else None
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(gov) == "vote":  # "voted down", "voted against" stop it; "voted for" does not
        return any(c.lower_ in ("down", "against") for c in gov.children if c.dep_ in ("prt", "prep"))
    return _lemma(gov) in _STOPPING_VERBS


# Orders that end a presence, and who is made to leave (object lemma -> CAMEO code).
_EXPEL_VERBS = frozenset({"order", "force", "tell", "instruct", "give"})
_LEAVE_VERBS = frozenset({"leave", "quit", "depart", "exit", "vacate"})
_LEAVERS = {
    **dict.fromkeys(("diplomat", "ambassador", "envoy", "attache", "consul", "embassy"), "161"),
    **dict.fromkeys(("peacekeeper", "peacekeeping"), "1661"),
    **dict.fromkeys(("inspector", "observer", "monitor"), "1662"),
    **dict.fromkeys(("agency", "ngo", "charity", "worker"), "1663"),
    **dict.fromkeys(("troop", "force", "soldier", "contingent", "mission", "staff", "personnel", "team",
                     "base", "military", "army", "company", "firm", "mercenary"), "166"),
    **dict.fromkeys(("journalist", "correspondent", "reporter", "national", "citizen", "migrant", "refugee",
                     "official", "man", "woman", "people", "foreigner", "expert", "adviser", "advisor"),
                    "174"),
}


def expulsion_code(tok: Any) -> tuple[str, Any] | None:
    """(code, the one made to leave) when `tok` orders or forces someone to leave ("ordered French troops
    to leave", "gave the ambassador 72 hours to leave"); None otherwise. Whether the leaver is foreign to
    the one giving the order is the caller's to check (own troops told to leave a place withdraw)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _EXPEL_VERBS:
        return None
    kids = list(tok.children)
    leave = [c for c in kids if c.dep_ in ("xcomp", "ccomp", "advcl") and _lemma(c) in _LEAVE_VERBS]
    if _lemma(tok) == "give":  # "gave X 72 hours to leave": the leave clause hangs on the time noun
        leave += [k for c in kids if c.dep_ in ("dobj", "obj") for k in c.children
                  if k.dep_ in ("relcl", "acl", "xcomp") and _lemma(k) in _LEAVE_VERBS]
    if not leave:
        return None
    who = [c for c in kids if c.dep_ in ("dobj", "obj", "dative")]
    who += [c for v in leave for c in v.children if c.dep_ == "nsubj"]  # "ordered that the envoy leave"
    for w in who:
        # "the UN peacekeeping mission", "a team of observers": the modifier or the members say who, before
        # the head noun's general "mission" or "team"
        parts = [c for c in w.children if c.dep_ in ("compound", "amod")]
        parts += [o for p in w.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
        for part in parts + [w]:
            code = _LEAVERS.get(_lemma(part))
            if code is not None:
                return code, w
    return None


# Participles after "ordered X ...": the order itself puts X in custody or frees X (a court's, a ruler's).
_CUSTODY_ACTS = frozenset({"detain", "jail", "imprison", "arrest", "remand", "incarcerate", "hold", "release",
                           "free"})
# "held in custody": holding counts only with a place of custody
_CUSTODY_PLACES = frozenset({"custody", "detention", "jail", "prison"})


def ordered_custody(comp: Any) -> bool:
    """Whether `comp`, a complement of "ordered", is a bare participle of holding or freeing someone, no
    "to" ("a court ordered the journalist detained for two months", "ordered X held in custody", "ordered
    the activists released"): the order does the act (173 / 084), it asks no one for it."""
    if comp.tag_ not in ("VBN", "VBD") or any(a.dep_ in ("aux", "auxpass") for a in comp.children):
        return False
    lemma = _lemma(comp)
    held_in = {o.lemma_.lower() for p in comp.children if p.dep_ == "prep" for o in p.children}
    return lemma in _CUSTODY_ACTS and (lemma != "hold" or bool(held_in & _CUSTODY_PLACES))


# Aircraft and what they fire: an attack carried out by them or with them is aerial (CAMEO 195).
_AIRCRAFT = frozenset({"warplane", "jet", "aircraft", "helicopter", "drone", "bomber", "plane", "gunship",
                       "airstrike", "fighter-bomber", "uav"})
_GENERIC_FORCE = frozenset({"190", "193"})


def aerial_code(tok: Any, code: str) -> str:
    """The code of a generic attack verb ("struck", "targeted", "hit") whose subject is an aircraft
    ("Israeli warplanes struck ...") or that was done with one ("targeted a base with drones"): 195."""
    if code not in _GENERIC_FORCE or tok.pos_ not in ("VERB", "AUX"):
        return code
    held = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    held += [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")
             for o in p.children if o.dep_ == "pobj"]
    for h in held:
        if _lemma(h) in _AIRCRAFT or any(_lemma(c) in ("air", "aerial") for c in h.children
                                         if c.dep_ in ("amod", "compound")):
            return "195"
    return code


_ENACTING = frozenset({"pass", "adopt", "approve", "impose", "introduce", "enact", "sign", "issue",
                       "announce",
                       "unveil", "decree", "implement", "slap", "extend", "renew"})


# Verbs that keep to or break a measure already in force: "violated U.N. sanctions", "helped X evade
# controls".
_ABIDING = frozenset({"violate", "breach", "evade", "circumvent", "flout", "defy", "bust", "skirt", "dodge",
                      "comply", "enforce", "respect", "observe", "honour", "honor", "obey", "break"})


def measure_content(tok: Any) -> bool:
    """Whether `tok` says what a standing measure does, in a relative clause in the present tense: "U.N.
    sanctions that ban any military dealings with Pyongyang", "a law that bars foreign funding". The measure
    is named, not imposed here; its own trigger, if any, is the event. So is a measure kept or broken
    ("violated U.N. sanctions", "breached EU sanctions on Russia"), or invoked ("seized under EU sanctions"):
    the measure stands, nobody imposes it."""
    if tok.pos_ == "NOUN" and _lemma(tok) in MEASURE_NOUNS and tok.dep_ in ("dobj", "obj", "pobj") \
            and _lemma(tok.head if tok.dep_ != "pobj" else tok.head.head) in _ABIDING:
        return True
    if tok.pos_ == "NOUN" and _lemma(tok) in MEASURE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return True  # "detained under EU sanctions": the legal ground, imposed before
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP") or _lemma(tok.head) not in MEASURE_NOUNS:
        return False
    measure = tok.head
    if measure.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(measure.head) in _ENACTING:
        return False  # "passed a law that bans ...": enacting it is doing what it does
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children)


_FORCES = frozenset({"troop", "force", "soldier", "peacekeeper", "contingent", "mission", "army", "unit",
                     "battalion", "brigade", "personnel", "military", "fighter", "staff", "observer"})


def left_body(tok: Any, code: str, target_countries: list[str]) -> str:
    """The code of a withdrawal from an organisation ("announced their withdrawal from ECOWAS", "pulled out
    of the WHO"): leaving a body reduces relations with it (160), it is no military retreat (087x). Forces
    withdrawn from a mission stay a retreat."""
    if not code.startswith("087") or not target_countries or \
            not all(c.startswith("IGO") for c in target_countries):
        return code
    held = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    held += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj"]
    if any(_lemma(h) in _FORCES for h in held):
        return code
    return "160"


# Verbs of leaving a body by its name ("quit ECOWAS", "left the WHO"), which the lexicon does not list.
LEAVE_VERBS = frozenset({"leave", "quit", "exit", "abandon"})


# "engage with": talks when those engaged with are a state, a government or an international body
# ("ready to engage with Washington"); fighting when they are armed ("troops engaged with militants").
ENGAGE = "engage"
BODY_VERBS = LEAVE_VERBS | {ENGAGE}
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "RAD", "CRM", "COP", "SPY"})
_ARMED_NOUNS = frozenset({"troop", "soldier", "force", "fighter", "militant", "gunman", "army", "unit",
                          "rebel", "insurgent", "police", "jet", "warship", "militia"})


def _engaged_with(tok: Any, finder: Any) -> Any:
    """A match (CAMEO 040, consult) for "engage with X" where X is a state, its government or an
    international body and no armed side is engaged ("the group is ready to engage with Washington");
    "troops engaged with militants" is combat and is left alone. None otherwise."""
    from .lexicon import Entry
    from .matching import Match, pobjs_of, prep_children

    if any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _ARMED_NOUNS for c in tok.children):
        return None
    found = [a for p in prep_children(tok, "with") for o in pobjs_of(p) for a in finder.actors(o)
             if a.resolved]
    if not found or any(a.sector in _ARMED_SECTORS or _lemma_in(a.text, _ARMED_NOUNS) for a in found):
        return None
    return Match(tok, Entry(id="cur.v.engage.with.+state.040", pos="VERB", lemma=ENGAGE, code="040",
                            curated=True, prep="with", tprep=("with",)))


def _lemma_in(text: str, nouns: frozenset[str]) -> bool:
    return any(w.rstrip("s") in nouns or w in nouns for w in text.lower().split())


def body_left(tok: Any, finder: Any) -> Any:
    """A match (CAMEO 160) for a verb of leaving whose object is a named international body: leaving an
    organisation reduces relations with it, as "withdrawal from" does (`left_body`); leaving a city does
    not; for "engage with" a state or body, a consultation (040, `_engaged_with`). `finder` is the
    sentence's ActorFinder. None when the object is no such body."""
    from .lexicon import Entry
    from .matching import Match, objects_of

    if _lemma(tok) == ENGAGE:
        return _engaged_with(tok, finder)

    if not any(a.resolved and (a.country or "").startswith("IGO") for o in objects_of(tok)
               for a in finder.actors(o)):
        return None
    lemma = _lemma(tok)
    return Match(tok, Entry(id=f"cur.v.{lemma}.+body.160", pos="VERB", lemma=lemma, code="160", curated=True))


def state_as_act(tok: Any, lex: Any) -> bool:
    """Whether a state noun ("war", "occupation", "hostilities") is used as an act: a subject or object of a
    verb, or the object of a light verb's preposition ("engaged in hostilities"), not a mere setting."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
        return True
    return tok.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and lex.lemma(head.head) in lex.light_verbs


_TIME_ENTS = frozenset({"DATE", "TIME"})
# Verbs of a standing tie in the present perfect ("which has invested in both countries", "who has backed
# the rebels"): what a party has long been doing. Other acts ("which have mediated talks") stay events.
_STANDING_TIES = frozenset({"invest", "finance", "fund", "bankroll", "back", "support", "supply",
                            "sell", "arm", "train", "equip", "host", "shelter", "harbour", "harbor", "control",
                            "rule", "govern", "hold", "occupy", "own", "maintain", "trade", "export", "import",
                            "buy", "lend", "sponsor", "bolster", "champion"})


def background_relative(tok: Any) -> bool:
    """Whether `tok` heads a non-restrictive relative clause in the present, or the present perfect of a
    standing tie, that says what its noun is or has long done: "China, which has invested in both countries,
    offered to mediate", "the group, which controls the north, said ...". Such a clause describes a party in
    passing; the sentence's own verb is the event. A clause in the past tense ("the militia, which seized
    the town on Monday"), a past perfect, another act in the present perfect ("which have mediated talks"),
    or one with a date or time of its own ("which has shelled the port since Sunday") still reports an act."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBN", "VBZ", "VBP"):
        return False
    rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who")),
               None)
    if rel is None or rel.i == 0 or rel.doc[rel.i - 1].text != ",":
        return False  # "the town that has fallen": a restrictive clause picks the noun out by the act
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBN" and (not any(a.lower_ in ("has", "have") for a in auxes)
                              or _lemma(tok) not in _STANDING_TIES):
        return False  # "which had seized", "which was attacked": past; "which have mediated talks": an act
    if any(a.tag_ == "MD" or a.lower_ in ("had", "was", "were") for a in auxes):
        return False  # "which will host the talks": a plan, coded with its own mode
    return not any(t.ent_type_ in _TIME_ENTS for t in tok.subtree)
