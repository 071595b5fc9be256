"""Modifiers that do not name the actor of their phrase: stance compounds ("pro-Iranian", "Syrian-backed",
"Israeli-occupied"), an organisation before a country head ("NATO member Turkey"), languages."""

from __future__ import annotations

from typing import Any

__all__ = ["LANGUAGE_NOUNS", "STANCE_PREFIXES", "STANCE_SUFFIXES", "country_head_over_org", "stance_hit",
           "stance_words"]

# "the Russian language" names a language, not the country.
LANGUAGE_NOUNS = frozenset({"language", "dialect", "tongue", "alphabet", "script"})

# "pro-Iranian", "anti-American", "Syrian-backed", "US-funded": a country word that says whom a group favours
# or who backs it does not say whose the group is (CAMEO codes the group itself; "Vietnamese-led" does).
# Likewise "Israeli-occupied West Bank", "Russian-held Crimea": the occupier does not own the place.
STANCE_PREFIXES = frozenset({"pro", "anti"})
STANCE_SUFFIXES = frozenset({"backed", "sponsored", "supported", "funded", "allied", "aligned", "leaning",
                             "friendly", "armed", "trained", "installed", "occupied", "controlled", "held",
                             "annexed", "administered", "ruled"})


def stance_hit(lower: list[str], h: Any) -> bool:
    """Whether a dictionary hit is a country word in a stance compound ("pro-Iranian", "Syrian-backed")."""
    if not any(e.kind in ("country", "adj") for e in h.entries):
        return False
    return stance_words(lower, h.start, h.end)


def stance_words(lower: list[str], start: int, end: int) -> bool:
    """Whether tokens [start, end) follow "pro-"/"anti-" or precede "-backed", "-occupied", ..."""
    before = start >= 2 and lower[start - 1] == "-" and lower[start - 2] in STANCE_PREFIXES
    after = end + 1 < len(lower) and lower[end] == "-" and lower[end + 1] in STANCE_SUFFIXES
    return before or after


def country_head_over_org(cues: Any, head_i: int) -> None:
    """"NATO-member Norway", "EU member Poland", "OPEC member Nigeria": when the phrase's head is a country
    name and the organisations come before it, the phrase is that country, not the organisation."""
    if not cues.orgs or not cues.countries:
        return
    own = [h for h, _iso, how in cues.countries if h.start <= head_i < h.end and how == "dictionary"]
    if own and all(h.end <= own[0].start for h, _idx in cues.orgs):
        cues.orgs = []
