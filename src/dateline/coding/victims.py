"""Whose people an attack hit, when the text does not say.

An unnamed group ("nine civilians", "residents", "police officers") takes the article's country in the
actor layer (`actors.context`); when two countries are equally prominent it takes the one named just before
it, which in "Russian shelling killed nine civilians in Kharkiv" is the attacker's. The coder knows more:
the act's place. Victims of force with no country of their own words are the people of the place struck,
so a context-given country that is the attacker's own yields to the place's country.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Place

__all__ = ["victims_where_struck"]

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def victims_where_struck(code: str, sources: list[Actor], targets: list[Actor], place: Place | None) -> list[Actor]:
    """`targets` with context-resolved victims of an act of force moved to the struck place's country."""
    if code[:2] not in _VIOLENT_ROOTS or place is None or not place.country or place.resolved_by == "dateline":
        return targets
    where = place.country.upper()
    attackers = {a.country for a in sources if a.country}
    out = []
    for t in targets:
        if t.resolved_by == "context" and t.country in attackers and where not in attackers \
                and not (t.country or "").startswith("IGO"):
            code_ = f"{where}{t.sector}" if t.sector else where
            t = replace(t, code=code_, country=where, resolved_by="place")
        out.append(t)
    return out
