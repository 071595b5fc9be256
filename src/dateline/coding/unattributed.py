"""Violence whose perpetrators the text does not name: "a roadside bomb killed two soldiers near Samarra",
"gunmen opened fire on a bus in Balochistan", "three civilians were killed in a car bombing in Mogadishu".

Without a rule these yield no event (no resolved source), yet an attack with known victims and a known
place is what an analyst counts first. We follow the convention of ICEWS-style data ("Unidentified Gunmen
(Iraq)"): the source is an unidentified armed actor of the country where the act happened, CAMEO agent
UAF (unaligned armed forces), marked `resolved_by="unattributed"` so that it is never mistaken for a named
perpetrator. Only where the act's own sentence names a place in a country (never the dateline city), the
perpetrator is unnamed or an instrument ("a car bomb", "an explosion"), and no one is named as its agent.
Air strikes are left alone: unaligned armed groups do not fly aircraft, and a state's strike unnamed is
not ours to guess. `coding.unattributed_violence = false` turns the rule off.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Place
from ..nlp_cache import sent_range
from .headlines import headline_passive

__all__ = ["INSTRUMENTS", "WEAPONS", "instrument_anchors", "placed_not_acting", "through_series",
           "unattributed_source"]

_ROOTS = frozenset({"18", "19", "20"})
_ARSON = frozenset({"1712"})  # "set fire to a mosque": destroying property, as violent as the rest
_AERIAL = frozenset({"195", "1951", "1952"})
# What a report names instead of a perpetrator: the weapon or the attack. WEAPONS say an attack by
# themselves; the AMBIGUOUS ones also name accidents ("an explosion at a chemical plant", "a fire at a
# factory") and count only beside a word of the first kind ("a bomb blast", "a suicide explosion").
WEAPONS = frozenset({
    "bomb", "bombing", "ied", "landmine", "minefield", "rocket", "mortar", "shell", "shelling", "grenade",
    "explosive", "explosives", "attack", "ambush", "gunfire", "shooting", "bullet", "sniper", "suicide",
    "clash", "fighting", "gunfight", "firefight", "raid", "massacre", "gunman", "gunmen", "bomber",
})
_AMBIGUOUS = frozenset({"explosion", "blast", "device", "mine", "booby"})
INSTRUMENTS = WEAPONS | _AMBIGUOUS
# Acts that are deliberate by their verb alone ("were beheaded", "was shot dead").
_DELIBERATE = frozenset({"shoot", "behead", "abduct", "kidnap", "stab", "torture", "execute", "assassinate",
                         "ambush", "attack", "bomb", "shell", "massacre", "lynch", "gun", "storm", "torch",
                         "set", "open", "fire", "hang", "rape", "loot", "burn"})
# A sentence about an accident or a disaster is about no attacker.
_ACCIDENTS = frozenset({"accident", "crash", "collapse", "flood", "flooding", "earthquake", "quake",
                        "landslide",
                        "storm", "cyclone", "hurricane", "typhoon", "stampede", "derailment", "outbreak",
                        "leak", "wildfire", "blaze", "avalanche", "eruption", "drowning", "heatwave"})
# Perpetrators the text itself leaves unidentified ("gunmen", "masked men", "unknown assailants").
_UNNAMED_AGENTS = frozenset({"gunman", "gunmen", "attacker", "assailant", "bomber", "kidnapper", "abductor",
                             "militant", "fighter", "raider", "sniper", "arsonist", "shooter", "perpetrator"})
_UNNAMED_MARKS = frozenset({"unidentified", "unknown", "masked", "armed", "suspected", "hooded"})


# Weapons only states (or their allies) fly: an unattributed air strike is not an unaligned group's act.
_AERIAL_WORDS = frozenset({"airstrike", "air", "drone", "warplane", "jet", "aircraft", "helicopter", "plane",
                           "missile"})


def _aerial(tok: Any) -> bool:
    """Whether an air weapon is named around the trigger ("killed in an air strike", "a drone attack")."""
    near = [tok] + [o for p in tok.children if p.dep_ in ("prep", "agent") for o in p.children
                    if o.dep_ == "pobj"]
    near += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_lemma(n) in _AERIAL_WORDS or any(_lemma(c) in _AERIAL_WORDS for c in n.children
                                                if c.dep_ in ("compound", "amod"))
               for n in near if n is not tok) or _lemma(tok) in _AERIAL_WORDS


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _unnamed(subj: Any) -> bool:
    """A subject that names no one: an instrument, or an agent noun the text leaves unidentified."""
    lemma = _lemma(subj)
    if lemma in INSTRUMENTS or lemma in _UNNAMED_AGENTS or subj.lower_ in _UNNAMED_AGENTS:
        return True
    return lemma in ("man", "men", "group", "people", "person") and any(
        c.dep_ == "amod" and c.lower_ in _UNNAMED_MARKS for c in subj.children)


def _attack_evidence(tok: Any, subj: Any) -> bool:
    """Whether the sentence says it was an attack, not an accident: an unnamed attacker or a weapon as
    the subject, a deliberate act ("were beheaded"), or a weapon word anywhere beside an ambiguous blast
    or a bare toll ("three died when a bomb exploded"); never in a sentence about an accident."""
    lo, hi = sent_range(tok)
    lemmas = {_lemma(t) for t in tok.doc[lo:hi]}  # tok.sent's words
    if lemmas & _ACCIDENTS:
        return False
    if subj is not None and (_lemma(subj) in _UNNAMED_AGENTS or subj.lower_ in _UNNAMED_AGENTS
                             or _lemma(subj) in WEAPONS or _lemma(subj) in ("man", "men", "group", "people",
                                                                             "person")):
        return True  # "gunmen opened fire", "a roadside bomb killed", "masked men abducted"
    return _lemma(tok) in _DELIBERATE or bool(lemmas & WEAPONS)


# Nouns that count or group acts: "a series of bombings", "a wave of attacks", "a spate of shootings".
_SERIES = frozenset({"series", "wave", "spate", "string", "spree", "number", "round", "barrage", "volley",
                     "flurry", "campaign", "surge", "rash", "succession"})


def through_series(subj: Any) -> Any:
    """The acts a counting noun groups ("a series of bombings": bombings), else `subj` itself."""
    if subj is None or _lemma(subj) not in _SERIES:
        return subj
    return next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), subj)


def _agent_of_passive(tok: Any) -> Any:
    for c in tok.children:
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


# A verb trigger heads a clause of its own; "evacuated the wounded" uses a participle as a noun.
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"})
# Words under which an act's author is given elsewhere in the sentence ("claimed responsibility for the
# attack", "blamed the bombing on X", "accused Y of the killing") or whose act is not going on ("a pause
# in the shelling").
_AUTHOR_GIVEN = frozenset({"responsibility", "claim", "blame", "accuse", "attribute", "suspect", "allege",
                           "pause", "lull", "halt", "end", "cessation", "suspension", "stop", "deny"})


def instrument_anchors(tok: Any) -> list[Any]:
    """Tokens whose places are the act's too: the passive agent ("killed by a device outside Basra"), an
    instrument the act happened in ("died in a car bomb blast near Aden"), and the clause a
    participle hangs on ("a car bomb exploded in Kirkuk, killing six")."""
    out = []
    agent = _agent_of_passive(tok)
    if agent is not None:
        out.append(agent)
    out += [o for p in tok.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" and _lemma(o) in INSTRUMENTS]
    if tok.dep_ in ("advcl", "conj", "xcomp"):
        out.append(tok.head)
    return out


def unattributed_source(code: str, tok: Any, subj: Any, place: Place | None, doc_text: str) -> Actor | None:
    """The unidentified source of an act of force at `place`, or None when the rule does not apply.

    `tok` is the trigger, `subj` the subject token the coder found for it (None when it found none): the
    rule applies only when that subject is unnamed (see module docstring), or absent with no passive agent.
    """
    if tok.pos_ not in ("VERB", "AUX") or (tok.dep_ not in _CLAUSE_DEPS
                                           and not headline_passive(tok, _lemma(tok))):
        return None  # a noun ("the bombing", "a pause in the shelling") or a participle used as a noun
    if any(_lemma(a) in _AUTHOR_GIVEN for a in tok.ancestors) or _aerial(tok):
        return None
    if (code[:2] not in _ROOTS and code not in _ARSON) or code in _AERIAL:
        return None
    if place is None or not place.country or place.resolved_by == "dateline" \
            or place.country.startswith("IGO"):
        return None
    agent = _agent_of_passive(tok)
    if subj is None:
        subj = agent
    subj = through_series(subj)
    if subj is not None and not _unnamed(subj):
        return None
    if not _attack_evidence(tok, subj):
        return None
    country = place.country.upper()
    if subj is not None:
        left = min(t.idx for t in subj.subtree if t.i <= subj.i)
        start, end = left, subj.idx + len(subj.text)
    else:  # "killed in a car bombing": the instrument names the act's unknown author best
        held = [o for p in tok.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj" and _lemma(o) in INSTRUMENTS]
        start, end = tok.idx, tok.idx + len(tok.text)
        if held:
            start = min(t.idx for t in held[0].subtree if t.i <= held[0].i)
            end = held[0].idx + len(held[0].text)
    return Actor(start, end, doc_text[start:end], code=f"{country}UAF", country=country, sector="UAF",
                 resolved_by="unattributed")


# Prepositions under an instrument that name who did it ("an attack by X", "rockets from Gaza"); the
# others locate it ("a bombing in Kabul", "a device near the Iraqi border").
_AUTHOR_PREPS = frozenset({"by", "from"})


def placed_not_acting(tok: Any, subj: Any, sources: list[Actor]) -> list[Actor]:
    """`sources` without the places named inside an instrument subject: in "the bombing in Kabul killed
    14" or "killed by a device near the Iraqi border", Kabul and Iraq locate the weapon, they did not use
    it. Modifiers of the instrument itself ("Russian shelling") still name the attacker."""
    def weapon(x: Any) -> bool:
        return _lemma(x) in INSTRUMENTS or _lemma(x) in _ACCIDENTS or _lemma(x) == "fire"

    heads = []
    for x in (subj, _agent_of_passive(tok) if tok.pos_ in ("VERB", "AUX") else None):
        if x is not None and weapon(through_series(x)):
            # "a spate of shootings in Lima": the places under the counting noun locate the acts too
            heads += [x, through_series(x)] if through_series(x) is not x else [x]
    spans = []
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ not in _AUTHOR_PREPS:
                toks = list(p.subtree)
                spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    if not spans:
        return sources
    return [a for a in sources if not any(s <= a.start < e for s, e in spans)]
