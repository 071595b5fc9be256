"""A dateline that is only where a story is told from.

A correspondent in Vientiane or Mexico City writing about Myanmar or Colombia names that other country far
more often than the dateline's own, and places in it ("Sagaing region", "Arauca province"); the story's unnamed
groups ("civilians", "its forces", "opposition senators") are then that country's. A war story told from the
victim's capital names the attacker more often too ("KYIV - Russian missiles struck ..."), but its places are
the dateline country's ("Kharkiv"), so the dateline keeps it: both kinds of evidence must point away.

The places are the body's named places (spaCy GPE/LOC entities) that the shipped gazetteer knows as regions or
towns of one country only. The `places` stage reads them properly later; this is only a count.
"""

from __future__ import annotations

import logging
from typing import Any

from ..model import Article

__all__ = ["told_from"]

log = logging.getLogger(__name__)

# A rival must be named at least this often as an actor, and this many times as often as the dateline's
# country, before places are even looked at.
_MIN_NAMED = 3
_RATIO = 2
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Trailing place nouns a name carries in wire copy ("Norte de Santander province") but not in the gazetteer.
_PLACE_NOUNS = frozenset({"province", "region", "state", "district", "county", "governorate", "village", "town"})


def told_from(article: Article, home: str, counts: dict[str, int], out: list) -> str:
    """The country the story is about: `home` (the dateline's), unless another country is named much more
    often as an actor (`counts`: `context._named_counts`) and more often as a place (module docstring)."""
    rival, n = max(((c, k) for c, k in counts.items() if c != home), key=lambda t: t[1], default=(home, 0))
    if rival == home or n < _MIN_NAMED or n < _RATIO * max(counts.get(home, 0), 1) or not out:
        return home
    places = _place_countries(article, out[0][2].doc)
    if places.get(rival, 0) <= places.get(home, 0):
        return home
    log.debug("dateline country %s is only where the story is told from: unnamed groups go to %s", home, rival)
    return rival


def _place_countries(article: Article, doc: Any) -> dict[str, int]:
    """How many of the body's place names each country has (names of one country only)."""
    from ..extract.gazetteer import load_gazetteer  # the shipped file, loaded once per process

    gaz = load_gazetteer()
    body = article.body_start or 0
    found: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS or ent.start_char < body:
            continue
        words = ent.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and words[-1].lower() in _PLACE_NOUNS:
            words = words[:-1]
        entries = [e for e, _primary in gaz.lookup(" ".join(words)) if e.kind in ("A", "P")] if words else []
        owners = {e.country for e in entries if e.country}
        if len(owners) == 1:
            country = owners.pop()
            found[country] = found.get(country, 0) + 1
    return found
