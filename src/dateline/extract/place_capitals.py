"""Capitals named by their country's adjective: "marched in the Ugandan capital", "a report released in the
Rwandan capital".

Wire copy often names a capital only this way, and the phrase is a place like any other: events there take
it as their place, and a protest or attack with no actor as target takes its country as host. The country
comes from the actor layer (the adjective resolved as a demonym); the town from the actor dictionary's
seats of government that the gazetteer knows as a town of that country (the country itself when none is).
"""

from __future__ import annotations

import logging
from typing import Any

from ..model import Article, Place
from .gazetteer import Entry, Gazetteer

log = logging.getLogger(__name__)

__all__ = ["capital_places"]

_CAPITALS_KEY = "_dateline_capitals"


def _capital_entry(dictionary: Any, gaz: Gazetteer, iso3: str) -> Entry | None:
    """The largest town of `iso3` among its seats of government, else the country's own entry (memoised on
    the dictionary: both are loaded once per process)."""
    memo = dictionary.__dict__.setdefault(_CAPITALS_KEY, {}).setdefault(id(gaz), {})
    if iso3 in memo:
        return memo[iso3]
    seats = memo.get("_seats")
    if seats is None:  # every country's seats at once, rather than a scan of the phrases per country
        seats = memo["_seats"] = {}
        for key, entries in dictionary.phrases.items():
            for e in entries:
                if e.kind == "seat":
                    seats.setdefault(e.value, []).append(key)
    names = seats.get(iso3, [])
    best = None
    for name in names:
        for e, _primary in gaz.lookup(name):
            if e.kind == "P" and e.country == iso3 and (best is None or e.population > best.population):
                best = e
    if best is None:
        country = dictionary.countries.get(iso3)
        best = next((e for e, _p in gaz.lookup(country.name) if e.kind == "C" and e.country == iso3), None) \
            if country is not None else None
    memo[iso3] = best
    return best


def _capital_tokens(article: Article) -> list[Any]:
    """Tokens spelled "capital", found in the text (no walk over every token of the article)."""
    text, doc = article.text.lower(), article.doc
    out, at = [], text.find("capital")
    while at >= 0:
        span = doc.char_span(at, at + len("capital"))
        if span is not None and len(span) == 1:
            out.append(span[0])
        at = text.find("capital", at + 1)
    return out


def capital_places(article: Article, gaz: Gazetteer, dictionary: Any, taken: list[tuple[int, int]]) -> list[Place]:
    """Places for "the <Demonym> capital" phrases not already covered by a place in `taken`."""
    doc = article.doc
    if doc is None or dictionary is None or "capital" not in article.text.lower():
        return []
    adjectives = {a.start: a for a in article.actors if a.resolved_by == "demonym" and a.country}
    out: list[Place] = []
    for tok in _capital_tokens(article):
        if tok.tag_ != "NN" or tok.dep_ == "compound":
            continue  # "capital flight", "capital markets": money, not a city
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            continue  # "Chinese capital flowed in": without "the" the word is usually money
        adj = next((adjectives[c.idx] for c in kids if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                    and c.idx in adjectives), None)
        if adj is None:
            continue
        start, end = adj.start, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken):
            continue
        entry = _capital_entry(dictionary, gaz, adj.country)
        if entry is None:
            continue
        out.append(Place(start, end, article.text[start:end], name=entry.name, country=adj.country,
                         admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonames_id=entry.geonames_id,
                         feature_class=entry.feature_class, resolved_by="capital"))
    return out
