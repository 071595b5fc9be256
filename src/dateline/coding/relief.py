"""Relief work read as what it is: aid, not a visit or military aid.

- "Rescue teams from India and Japan arrived in Nepal": teams of rescuers or medics arriving somewhere bring
  humanitarian aid (CAMEO 073); a visit (042) and the paired hosting (043) are acts of officials.
- "India sent two military aircraft carrying rescuers and medical supplies": what the aircraft carry decides
  the act; relief cargo is humanitarian aid (073), not military aid (072) or a deployment (154).
- aid reported from the country that receives it ("KATHMANDU (Wire) - India sent ... China pledged $15
  million in emergency aid") goes to that country when the sentence names no recipient: the dateline's
  country, when the article names it as an actor and no source is its own.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .context import Ctx
from .targets import _article_places

__all__ = ["aid_recipient", "relief_code"]

_AID_PREFIXES = ("07", "033")

# People and goods that make an arrival or a shipment relief work.
_RELIEF_NOUNS = frozenset({
    "rescuer", "rescuers", "medic", "medics", "doctor", "doctors", "nurse", "nurses", "firefighter",
    "firefighters", "volunteer", "volunteers", "supply", "supplies", "medicine", "medicines", "food", "tent",
    "tents", "blanket", "blankets", "water", "relief", "aid",
})
# Modifiers that make a team or unit a relief team ("rescue teams", "a medical unit", "aid workers").
_RELIEF_MODS = frozenset({"rescue", "search", "relief", "aid", "medical", "humanitarian", "emergency"})
_GROUP_NOUNS = frozenset({"team", "unit", "worker", "crew", "mission", "contingent", "squad"})
_ARRIVALS = frozenset({"arrive", "land", "reach"})
_SHIPMENTS = frozenset({"send", "dispatch", "fly", "deploy", "deliver"})
_CARRYING = frozenset({"carry", "bring", "transport", "ferry"})


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _relief_noun(tok: Any) -> bool:
    """`tok` names relief people or goods: "rescuers", "medical supplies", "a 68-member search team"."""
    lem = _lemma(tok)
    if lem in _RELIEF_NOUNS or tok.lower_ in _RELIEF_NOUNS:
        return True
    return lem in _GROUP_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _RELIEF_MODS for c in tok.children)


def _with_conjuncts(tok: Any) -> list[Any]:
    return [tok] + [c for c in tok.conjuncts]


def _carries_relief(noun: Any) -> bool:
    """The vehicle `noun` carries relief: "aircraft carrying 150 rescuers, sniffer dogs and supplies"."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and _lemma(c) in _CARRYING:
            objs = [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if any(_relief_noun(x) for o in objs for x in _with_conjuncts(o)):
                return True
    return False


def relief_code(tok: Any, code: str) -> str:
    """The code of trigger `tok` coded `code` when relief work is what it does: 073 for relief teams that
    arrive (a visit, 042) and for aircraft or ships sent with relief cargo (072 or 154); else `code`."""
    if tok.pos_ not in ("VERB", "AUX") or not code:
        return code
    lem = _lemma(tok)
    if code.startswith("042") and lem in _ARRIVALS:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(_relief_noun(x) for s in subj for x in _with_conjuncts(s)):
            return "073"
    if code[:3] in ("072", "154") and lem in _SHIPMENTS:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if any(_carries_relief(x) for o in objs for x in _with_conjuncts(o)):
            return "073"
    return code


# What support can be given for instead of to someone: an operation, a process, an effort.
_UNDERTAKINGS = frozenset({"operation", "process", "effort", "work", "mission", "campaign", "plan", "initiative",
                           "project", "programme", "program", "talks", "dialogue", "negotiation", "strike",
                           "offensive", "election", "reform", "demarcation", "deal", "agreement", "ceasefire"})
_SUPPORT_VERBS = frozenset({"support", "fund", "finance", "back", "help", "assist"})


def _for_an_undertaking(tok: Any) -> bool:
    """Trigger `tok` gives something for an undertaking: "provided support for the operation" (the object's
    or the verb's "for" phrase), "promised 5 million euros to support the peace process" (a purpose clause)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "for" \
                    and any(o.dep_ == "pobj" and _lemma(o) in _UNDERTAKINGS for o in p.children):
                return True
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in _SUPPORT_VERBS \
                and any(o.dep_ in ("dobj", "obj") and _lemma(o) in _UNDERTAKINGS for o in c.children):
            return True
    return False


def aid_recipient(code: str, sources: list[Actor], tok: Any, ctx: Ctx) -> list[Actor]:
    """The dateline's country as the recipient of aid (07x) or a pledge of it (033x) that names none (module
    docstring); [] when the article does not name that country as an actor or a source is its own."""
    if not code.startswith(_AID_PREFIXES) or not sources:
        return []
    helped = purpose_beneficiaries(tok, ctx)
    if helped:
        return helped
    if _for_an_undertaking(tok):
        return []
    line = next((p for p in _article_places(ctx) if p.resolved_by == "dateline" and p.country), None)
    if line is None:
        return []
    iso3 = line.country.upper()
    if any(a.country == iso3 for a in sources):
        return []
    named = next((a for a in ctx.article.actors if a.resolved and a.country == iso3 and a.code), None)
    if named is None:
        return []
    return [Actor(tok.idx, tok.idx + len(tok.text), tok.text, code=named.code[:3], country=iso3,
                  resolved_by="dateline")]


# Verbs of a purpose infinitive whose object is who the aid is for ("to help defend Poland").
_HELPING_VERBS = frozenset({"help", "defend", "protect", "assist", "support", "rebuild", "bolster", "strengthen",
                            "aid", "secure", "feed", "shelter"})


def purpose_beneficiaries(tok: Any, ctx: Ctx) -> list[Actor]:
    """"willing to send equipment to help defend Poland", "shipped grain to feed Yemen": aid whose purpose
    infinitive helps, defends or protects someone is for them (resolved actors of that verb's object, or of
    the verb under "help"), searched below the trigger and the verb of a frame ("willing to send")."""
    # "is ready to send jets to help defend X": the parser may hang the purpose on the frame's copula
    stack, seen = [tok] + ([tok.head] if tok.dep_ == "acomp" else []), 0
    while stack and seen < 12:
        t = stack.pop()
        seen += 1
        for c in t.children:
            if c.dep_ not in ("advcl", "xcomp", "ccomp", "acl"):
                continue
            if c.lemma_.lower() in _HELPING_VERBS and any(a.dep_ == "aux" and a.lower_ == "to"
                                                          for a in c.children):
                for v in [c] + [x for x in c.children
                                if x.dep_ == "xcomp" and x.lemma_.lower() in _HELPING_VERBS]:
                    found = [a for o in v.children if o.dep_ in ("dobj", "obj")
                             for a in ctx.finder.actors(o) if a.resolved]
                    if found:
                        return found
            stack.append(c)
    return []
