"""Actors attached to a phrase by a preposition: "a spokesperson for China's Foreign Ministry", "the
president of Armenia", "protesters in Nairobi".

`attachment` finds the resolved actor of a prepositional phrase hanging off the phrase's head. `placed_in`
is the fallback for the place a group is "in" when no actor covers that phrase's head; two habits of the
parse left that empty for places every reader knows:

- a Title Case headline ("Activists in Madrid Decry Pension Reform") makes the city the first word of one
  proper-noun chunk with the words after it; the chunk's head is "Reform", and the city's actor (a
  modifier span) does not cover it. A place actor that starts the "in" phrase is the place meant.
- a large city that is no seat of government ("Istanbul", "Karachi", "Sao Paulo") is no dictionary entry,
  so no actor at all; the gazetteer places it in one country (`places.city_country`: the largest place of
  that name, when no namesake elsewhere comes close).
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .context import CONTEXT_SECTORS
from .data import ActorDictionary, norm
from .places import city_country

__all__ = ["ATTACH_PREPS", "NO_COUNTRY", "TRAVELLERS", "attachment", "placed_in", "in_place_objects"]

PLACED = frozenset({"base", "operate", "station", "headquarter"})
ATTACH_PREPS = frozenset({"for", "of", "from", "at", "in"})
# People who travel to negotiate: "the two delegations in Doha", "negotiators in Geneva" are where the talks
# are, not whose they are ("the delegation from Kyiv", "Ukraine's delegation" still say whose).
TRAVELLERS = frozenset({"delegation", "delegations", "delegate", "delegates", "negotiator", "negotiators",
                        "envoy", "envoys", "mediator", "mediators", "side", "sides", "party", "parties", "team",
                        "teams", "visitor", "visitors"})
# Modifiers that say a group belongs to no one country ("world leaders", "global leaders in Paris"): no
# country from an attached place either.
NO_COUNTRY = frozenset({"world", "global", "international", "multinational"})

# Place nouns whose "of" phrase names the place ("in the southern city of Karachi").
_PLACE_NOUNS = frozenset({"city", "town", "province", "capital", "district", "region", "port", "village"})
_MAX_NAME = 4  # words of a place name read off the start of a longer proper-noun run
_IN = frozenset({"in"})
_PLACED_PREPS = frozenset({"in", "from"})


def in_place_objects(head: Any, preps: frozenset[str] = frozenset({"in"})) -> list[Any]:
    """Objects of "in" phrases (or of `preps`) hanging off `head`, through "the city of X" to X."""
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in _PLACE_NOUNS:
                pobj = next((p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"), pobj)
            found.append(pobj)
    return found


def _first_word(pobj: Any) -> int:
    """Index of the first word of the phrase `pobj` heads, after determiners."""
    i = pobj.left_edge.i
    while i < pobj.i and pobj.doc[i].tag_ in ("DT", "PDT"):
        i += 1
    return i


def _gazetteer_place(d: ActorDictionary, doc: Any, start: int, end: int) -> tuple[str, int] | None:
    """(ISO3, end token) of the longest run of proper nouns from `start` (at most `_MAX_NAME` words, before
    `end`) that the gazetteer places in one country; None when the dictionary knows the name (its own rules
    read it) or no such place exists."""
    stop = start
    while stop < min(end, start + _MAX_NAME) and doc[stop].pos_ == "PROPN":
        stop += 1
    for k in range(stop, start, -1):
        name = doc[start:k].text
        if norm(name) in d.phrases:
            return None
        country = city_country(name)
        if country in d.countries:
            return country, k
    return None


def placed_in(d: ActorDictionary, out: list, span: Any, head_lex: list) -> Actor | None:
    """The place the group `span` is "in", as an Actor carrying only its country and extent (what
    `attachment` callers read), when no actor covers the "in" phrase's head (module docstring); else None.
    `out`: the article's (mention, actor, span) triples so far; `head_lex`: the lexicon hits on the
    span's head. A city found only in the gazetteer places groups of the context sectors (protesters,
    police, students), not officials: "state officials in Seattle" are no national government."""
    local = head_lex[-1].kind == "sector" and head_lex[-1].value in CONTEXT_SECTORS
    # "a tourist from Osaka", "students from Lyon": where people come from is whose they are
    for pobj in in_place_objects(span.root, _PLACED_PREPS if local else _IN):
        if any(other.start <= pobj.i < other.end and actor.resolved for _, actor, other in out):
            continue  # a resolved actor covers the place: `_attachment` has judged it
        first = _first_word(pobj)
        for _, actor, other in out:
            # a place's name ("Madrid", "Peru"), not an adjective ("in the Egyptian square" says less)
            if other.start == first and other.end <= pobj.i and actor.resolved \
                    and actor.country in d.countries and actor.name is None \
                    and actor.resolved_by in ("metonym", "dictionary") \
                    and (actor.sector is None or actor.resolved_by == "metonym"):
                return Actor(actor.start, actor.end, actor.text, country=actor.country, resolved_by="place")
        found = _gazetteer_place(d, pobj.doc, first, pobj.i + 1) if local else None
        if found is not None:
            country, end = found
            last = pobj.doc[end - 1]
            start_char, end_char = pobj.doc[first].idx, last.idx + len(last.text)
            return Actor(start_char, end_char, pobj.doc[first:end].text, country=country,
                         resolved_by="place")  # the span's own text: `doc.text` rebuilds the whole text
    return None


def attachment(out: list, span: Any, preps: Any = ATTACH_PREPS) -> Actor | None:
    """The resolved actor of a prepositional phrase hanging off the span's head ("spokesperson for X")."""
    children = list(span.root.children)
    # "a group based in Trinidad", "rebels operating in Chad": the place hangs off the participle
    children += [c for k in children if k.dep_ == "acl" and k.lemma_.lower() in PLACED for c in k.children]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for _, actor, other in out:
                        if other.start <= pobj.i < other.end and actor.resolved and actor.country:
                            return actor
    return None
