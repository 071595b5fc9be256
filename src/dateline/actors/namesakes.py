"""Same-named people in the dictionary: the one country they all stand for, when the text gives no more.

"the Bush administration" (several leaders share the name, all led one country); "rebel leader Riek Machar"
out of office (the sources list him twice; his latest office names his country).
"""

from __future__ import annotations

from .data import ActorDictionary

__all__ = ["LEADER_ROLES", "latest_country", "shared_leader_country"]

# The roles of a country's leaders (`resolve` re-exports them).
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "supreme_leader"})


def shared_leader_country(d: ActorDictionary, candidates: list[int]) -> str | None:
    """The one country that every same-named candidate who ever led a country led, else None."""
    led = {t.country for idx in candidates for t in d.people[idx].terms if t.role in LEADER_ROLES}
    return led.pop() if len(led) == 1 else None


def latest_country(d: ActorDictionary, candidates: list[int]) -> str | None:
    """The country of every same-named candidate's latest dated term, when they agree: "rebel leader Riek
    Machar" out of office is still South Sudan's (the title gives the sector), however the sources split
    his entries."""
    latest = set()
    for idx in candidates:
        dated = [t for t in d.people[idx].terms if t.start]
        if dated:
            latest.add(max(dated, key=lambda t: t.start).country)
    return latest.pop() if len(latest) == 1 else None
