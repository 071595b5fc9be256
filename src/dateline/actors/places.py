"""Places that are not the actors of a story.

Two wire habits make a city look like a party: a reporter's or official's location ("relief officials in
Nairobi said", "diplomats in Islamabad said") and a city naming an event ("the Nairobi bombings", "the
Madrid talks"). Neither says that the city's government acted, nor what country the story is about.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import DictionaryError
from ..nlp_cache import TokenTable, children, doc_table
from ..nlp_spans import span_root

log = logging.getLogger(__name__)

__all__ = ["EVENT_NOUNS", "FACILITIES", "SAY_VERBS", "border_place", "capital_place", "city_country",
           "real_place", "reporting_places"]

MIN_POPULATION = 10_000
NAMESAKE_RATIO = 5  # the largest place must be this many times larger than any namesake in another country

# Heads of names of structures: "the Europe Bridge", "Kabul Airport", "Tahrir Square" name no actor.
FACILITIES = frozenset({"bridge", "airport", "hotel", "square", "street", "stadium", "avenue", "road",
                        "highway", "dam", "mosque", "church", "cathedral", "temple", "hospital", "mall",
                        "station", "tunnel", "canal"})

# Nouns of events a capital may name as their place: the capital is then not its government.
EVENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "massacre", "raid", "shooting", "riot",
                         "siege", "killing", "assault", "ambush", "hijacking", "kidnapping", "incident",
                         "summit", "talks", "conference", "meeting", "accord", "agreement", "declaration",
                         "process", "uprising", "earthquake", "violence", "clash", "unrest"})
# Verbs of reporting: their subject is a source of the story, not (by its location) a party to it.
SAY_VERBS = frozenset({"say", "report", "tell", "announce", "add", "confirm", "quote", "state", "claim"})
_PRESS_SECTORS = frozenset({"MED", "JRN"})
# A border a locative preposition governs says where something happened: "on the Cameroon border", "near
# the Sudanese frontier", "along the Kenya-Somalia border" name no party ("crossed the X border" may).
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "borderlands"})
_BORDER_PREPS = frozenset({"on", "near", "along", "at", "across", "by", "around", "astride"})
_NEAR_WORDS = frozenset({"close", "next"})  # "close to the border"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "punct"})
# "in the capital Mogadishu", "at the Sudanese capital, Khartoum": a capital named beside "the capital" in a
# locative phrase is where something happened, not its government ("Mogadishu accused Nairobi" still is)
_CAPITAL_NOUNS = frozenset({"capital", "city"})
_IN_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"})


def border_place(table: Any, i: int) -> bool:
    """Whether token `i` of a `TokenTable` is a border noun governed by a locative preposition, or a
    modifier of one ("Cameroon" and "border" in "on the Cameroon border", "Kenya" in "near the
    Kenya-Somalia border")."""
    for _ in range(4):  # up through the modifiers of a "X-Y border"
        if table.dep[i] not in _MODIFIER_DEPS or table.head[i] == i:
            break
        i = table.head[i]
    if table.lemma[i].lower() not in BORDER_NOUNS or table.dep[i] != "pobj":
        return False
    prep = table.head[i]
    word = table.lower[prep]
    return word in _BORDER_PREPS or (word == "to" and table.lower[table.head[prep]] in _NEAR_WORDS)


def capital_place(table: Any, i: int) -> bool:
    """Whether token `i` of a `TokenTable` is the apposition of "the capital" (or "city") that a locative
    preposition governs ("Mogadishu" in "in the capital Mogadishu", "in the Somali capital, Mogadishu")."""
    if table.dep[i] != "appos":
        return False
    noun = table.head[i]
    if table.lemma[noun].lower() not in _CAPITAL_NOUNS or table.dep[noun] != "pobj":
        return False
    return table.lower[table.head[noun]] in _IN_PREPS


def _speaker(t: TokenTable, i: int) -> bool:
    """Whether token `i` is the subject of a reporting verb ("officials ... said")."""
    return t.dep[i] in ("nsubj", "nsubjpass") and t.lemma[t.head[i]].lower() in SAY_VERBS


def _based(t: TokenTable, end: int) -> bool:
    """"a UK-based group", "the London-based Observatory" (the mention ending at token `end`): a country or
    city that only says where a group has its office, not what the story is about."""
    return end + 1 < len(t) and t.text[end] == "-" and t.lower[end + 1] == "based"


def reporting_places(out: list) -> set[int]:
    """Indexes into `out` ((mention, actor, span) triples) of actors that are only a reporting source's
    location: the place in "<speaker> in <place> said", the speaker itself when its country came from
    that place (`resolved_by="attachment"`), a news outlet or its reporter telling the story ("an AFP
    correspondent said": the agency's home is not the story's country) and an "X-based" office place."""
    skip: set[int] = set()
    if not out:
        return skip
    # on the token table (context resolution asks this up to three times per article): no Token objects
    doc = out[0][2].doc
    t = doc_table(doc)
    head, dep, lower = t.head, t.dep, t.lower
    kids = None
    for i, (_, actor, span) in enumerate(out):
        root = span_root(t, span.start, span.end)
        prep = head[root]
        if dep[root] == "pobj" and lower[prep] in ("in", "from") and dep[prep] == "prep" \
                and _speaker(t, head[prep]):
            skip.add(i)
        elif _based(t, span.end) or (actor.sector in _PRESS_SECTORS and _speaker(t, root)):
            skip.add(i)
        elif actor.resolved_by == "attachment" and _speaker(t, root):
            kids = kids or children(doc)
            if any(dep[c] == "prep" and lower[c] in ("in", "from") for c in kids[root]):
                skip.add(i)
    return skip


def city_country(name: str) -> str | None:
    """ISO3 country of the place called `name`: its largest populated place or region in the gazetteer,
    when that has at least MIN_POPULATION people and every namesake in another country is NAMESAKE_RATIO
    times smaller; else None (also when the gazetteer is missing)."""
    from ..extract.gazetteer import load_gazetteer

    try:
        found = load_gazetteer().lookup(name)
    except DictionaryError as exc:
        log.debug("no gazetteer for places: %s", exc)
        return None
    places = sorted(((e.population, e.country) for e, _ in found if e.kind in ("P", "A") and e.country),
                    reverse=True)
    if not places or places[0][0] < MIN_POPULATION:
        return None
    top_pop, top = places[0]
    if any(c != top and pop * NAMESAKE_RATIO > top_pop for pop, c in places[1:]):
        return None
    return top


def real_place(name: str) -> bool:
    """Whether a name is a place in the shipped gazetteer (loaded once per process, and only when a word
    looks like a misspelt country, which is rare)."""
    from ..extract.gazetteer import load_gazetteer

    try:
        return name in load_gazetteer()
    except DictionaryError:
        return False
