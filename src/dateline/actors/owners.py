"""A state body owned by a pronoun: "Chile's president said his government would ...", "Peru said its army
had ...", "the two ministers said their countries would ...".

The chunk "his government" names a sector (GOV) but no country; the possessive pronoun points back to an
actor named before it, whose country the body is of: the subject of a clause above it when that fits ("Israel
will release the detainees and withdraw its forces"), else the latest fitting actor in the paragraph. "his"/"her" take the latest person
(a named or titled individual), "its" the latest country or organisation, "their" the latest group or
plural body, as the subject pronouns do (component._resolve_pronoun). The actor is marked
`resolved_by="possessive"`.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .descriptions import _org_named
from .resolve import Context, code_for, is_person_like

__all__ = ["OWNER_PRONOUNS", "owned_actor"]

OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Verbs whose object is someone else's envoy or people, whatever the clause's subject ("summoned its
# ambassador", "expelled their diplomats").
_OTHERS_OBJECTS = frozenset({"summon", "expel",
                             # coercion lands on others: "police raided the party's offices and detained its
                             # spokesman" (the party's, not the police's)
                             "arrest", "detain", "jail", "imprison", "abduct", "kidnap", "kill", "shoot",
                             "deport", "sentence", "interrogate", "question", "sanction"})
# People an organisation has: "its spokesman", "its leader" of a party or an armed group are that body's own
# (its code and sector), not a government official of its country.
_MEMBERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "chief", "head",
                      "official", "officials", "member", "members", "commander", "commanders"})
# Armed people a non-state armed group fields: "JNIM said its fighters had attacked ...", "Hamas and its
# gunmen": the group's own, not its country's army.
_ARMED = frozenset({"fighter", "fighters", "militant", "militants", "gunman", "gunmen", "combatant",
                    "combatants", "force", "forces", "unit", "units", "men", "troops", "cadres"})
_ARMED_GROUPS = frozenset({"REB", "INS", "SEP", "UAF", "RAD"})
# Relative pronouns: "JNIM, which said its fighters ...": the subject is the noun the clause describes.
_RELATIVES = frozenset({"which", "who", "that"})
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around"})


def _fits(prev: Actor, pronoun: str, modifiers: set[int], d: Any = None) -> bool:
    if pronoun in ("his", "her"):
        return is_person_like(prev)
    if pronoun == "its":
        # a named armed group ("JNIM said its fighters ...") has a name, as a person has, but is an "it"
        # (other named bodies keep the old reading: their "its" is still read from the clause's target side)
        body = not is_person_like(prev) or (d is not None and prev.sector in _ARMED_GROUPS
                                            and _org_named(d, prev.name))
        return body and not prev.members and prev.start not in modifiers
    # "their": a group ("both sides"), or a body of many ("the rebels", "Western governments")
    many = bool(prev.members) or (prev.sector is not None and prev.name is None)
    return prev.start not in modifiers and many


def _clause_subject_actor(ctx: Context, head: Any, pronoun: str, d: Any = None) -> Actor | None:
    """The resolved actor that is the subject of a clause above `head` (its own first, a conjoined verb's
    shared subject, then the clause it is reported in) and fits `pronoun`, or None."""
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _OTHERS_OBJECTS:
        return None  # "criticised Mexico and summoned its ambassador": Mexico's, as summoning goes
    node, seen = head, 0
    while node.head.i != node.i and seen < 3:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        verb = node
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "Israel will release ... and withdraw its forces": the first verb's subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subj = verb.head  # "JNIM, which said its fighters ...": the relative stands for JNIM
        seen += 1
        if subj is None or subj.i == head.i:
            continue
        found = [a for a in ctx.actors if a.start <= subj.idx < a.end and a.resolved and a.country]
        if found and _fits(found[0], pronoun, ctx.modifiers, d):
            return found[0]
    return None


def owned_actor(ctx: Context, d: Any, head: Any, sector: str, paragraph_start: int, start: int, end: int,
                text: str) -> Actor | None:
    """The actor for a chunk whose head `head` (of `sector`) is owned by a possessive pronoun, or None.

    `ctx.actors` holds the actors found so far, in text order; only those in the same paragraph and before
    the pronoun count.
    """
    pron = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if pron is None:
        return None
    bound = _clause_subject_actor(ctx, head, pron.lower_, d)
    if bound is not None:  # "Israel will release ... and withdraw its forces": the clause's own subject
        return _owned(bound, head, d, sector, ctx, start, end, text)
    reported = _reported_subject(head)
    if reported is not None:
        # "The group is ready to engage with Washington, its spokesman said": the speaker speaks for the
        # subject of the words reported; when that names no actor, no one named beside it is the owner
        found = [a for a in ctx.actors if a.start <= reported.idx < a.end and a.resolved and a.country]
        if found and _fits(found[0], pron.lower_, ctx.modifiers, d):
            return _owned(found[0], head, d, sector, ctx, start, end, text)
        return None
    for prev in reversed(ctx.actors):
        if prev.start < paragraph_start:
            break
        if not prev.resolved or not prev.country or prev.end > pron.idx or _placed(head.doc, prev):
            continue
        if _fits(prev, pron.lower_, ctx.modifiers, d):
            return _owned(prev, head, d, sector, ctx, start, end, text)
    return None


_SAY = frozenset({"say", "tell", "add", "state"})


def _reported_subject(head: Any) -> Any | None:
    """The noun subject of the clause a trailing "..., its spokesman said" reports, or None."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _SAY:
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i:
            subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
    return None


def _owned(owner: Actor, head: Any, d: Any, sector: str, ctx: Context, start: int, end: int,
           text: str) -> Actor:
    own_men = head.lower_ in _MEMBERS or (head.lower_ in _ARMED and owner.sector in _ARMED_GROUPS)
    body = not is_person_like(owner) or _org_named(d, owner.name)
    if own_men and owner.sector and owner.sector != "GOV" and body:
        # "the opposition party ... its spokesman", "Hamas said its leader": the body's own people
        return Actor(start, end, text, code=owner.code, country=owner.country, sector=owner.sector,
                     resolved_by="possessive", role_date=ctx.date)
    return Actor(start, end, text, code=code_for(d, owner.country, sector), country=owner.country,
                 sector=sector, resolved_by="possessive", role_date=ctx.date)


def _placed(doc: Any, prev: Actor) -> bool:
    """A city standing for its government only where it acts, not as the place of a locative phrase ("in
    Harare"): there it owns nothing."""
    if prev.resolved_by != "metonym":
        return False
    span = doc.char_span(prev.start, prev.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE


_GROUP_SECTORS = frozenset({"REB", "OPP", "UAF", "INS", "SEP"})


def person_owned(ctx: Context, head: Any, sector: str, start: int, end: int, text: str, d: Any) -> Actor | None:
    """The actor for a chunk whose sector head a person named before owns by name ("Machar's forces",
    "Kiir's government"), or None: the person's country, and the person's own group where the person leads
    one and the head is that group's people ("rebel leader Riek Machar ... Machar's forces": his rebels)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None:
        return None
    name = poss.text.lower()
    for prev in reversed(ctx.actors):
        if prev.end > poss.idx or not prev.resolved or not prev.country or not is_person_like(prev):
            continue
        if prev.text.lower().replace("'s", "").split()[-1:] != [name]:
            continue
        if prev.sector in _GROUP_SECTORS and (head.lower_ in _MEMBERS or head.lower_ in _ARMED):
            return Actor(start, end, text, code=prev.code, country=prev.country, sector=prev.sector,
                         resolved_by="possessive", role_date=ctx.date)
        return Actor(start, end, text, code=code_for(d, prev.country, sector), country=prev.country,
                     sector=sector, resolved_by="possessive", role_date=ctx.date)
    return None
