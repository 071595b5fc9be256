"""Who used the weapon: the agent of an act of force named only through its instrument.

Wire copy often names a weapon where the actor should be, and the actor in a clause on the weapon:
"the tanker was hit by a rocket that Houthi fighters launched", "two soldiers were killed by a mine that
rebels had laid", "a drone launched by Ukrainian troops hit the depot", "a missile believed to have been
fired by the rebels". The weapon names no actor, so without this the act has no source (or only the place's
unidentified forces); the clause on the weapon names who fired it.

Only the weapon's own participle or relative clause is read (and a reporting or believing verb under it:
"a missile that officials said was fired by X", "believed to be fired by X"), and only verbs of firing,
launching or laying a weapon, so "a drone made in Iran" or "a bomb found by police" names no attacker.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .arguments import subject_of
from .context import Ctx
from .matching import pobjs_of

# Nouns of weapons and munitions: the instrument, never the actor.
WEAPON_NOUNS = frozenset({
    "missile", "rocket", "drone", "bomb", "shell", "mine", "landmine", "grenade", "mortar", "torpedo",
    "bullet", "munition", "projectile", "explosive", "device", "warhead", "car-bomb", "ied", "interceptor",
})

# Verbs of using a weapon: the one who does them is the attacker.
_FIRING_VERBS = frozenset({
    "fire", "launch", "plant", "lay", "drop", "throw", "detonate", "hurl", "shoot", "set", "fly", "lob",
    "send", "use", "deploy", "place", "trigger", "explode",
})

# Verbs under which the firing clause may sit: "officials said was fired by X", "believed to be fired".
_FRAME_VERBS = frozenset({"say", "believe", "think", "suspect", "claim", "allege", "report", "appear",
                          "seem"})


def weapon_agents(weapon: Any, ctx: Ctx) -> list[Actor]:
    """Resolved actors who fired, launched or laid `weapon` (a token whose lemma is a weapon noun), from
    its own participle or relative clause; [] when the clause names none."""
    if weapon.lemma_.lower() not in WEAPON_NOUNS:
        return []
    for clause in weapon.children:
        if clause.dep_ not in ("acl", "relcl") or clause.i < weapon.i:
            continue
        for verb in _firing_verbs(clause):
            found = _agents_of(verb, weapon, ctx)
            if found:
                return found
    return []


def instrument_agents(tok: Any, ctx: Ctx) -> list[Actor]:
    """Sources of a passive act of force whose "by" agent is a weapon: who fired it ("was hit by a missile
    fired by X")."""
    for p in tok.children:
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
            for o in pobjs_of(p):
                found = weapon_agents(o, ctx)
                if found:
                    return found
    return []


def _firing_verbs(clause: Any) -> list[Any]:
    """The clause's verb when it is one of firing, else such a verb one reporting or believing verb below
    it (ccomp or xcomp)."""
    lemma = clause.lemma_.lower()
    if lemma in _FIRING_VERBS:
        return [clause]
    if lemma not in _FRAME_VERBS:
        return []
    found = []
    for c in clause.children:
        if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _FIRING_VERBS:
            found.append(c)
    return found


def _agents_of(verb: Any, weapon: Any, ctx: Ctx) -> list[Actor]:
    """Resolved agents of a firing verb: its "by" phrase when passive ("fired by X"), else its subject
    ("that X fired", "X launched"), never the weapon itself or a relative pronoun standing for it."""
    by = [o for p in verb.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
          for o in pobjs_of(p)]
    if by:
        return [a for o in by for a in ctx.finder.actors(o) if a.resolved]
    subj, passive = subject_of(verb, ctx.lex.speech_verbs)
    if subj is None or passive or subj.i == weapon.i or subj.tag_ in ("WDT", "WP") or subj.pos_ == "PRON":
        return []
    return [a for a in ctx.finder.actors(subj) if a.resolved]
