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


def past_namesake_of_group(d: ActorDictionary, idx: int, org_idx: int, date: str) -> bool:
    """Whether person `idx`, named after a group's name ("ELN commander Antonio Garcia", "Hamas commander
    X"), is only a namesake: a group or state organ of one country (no international body) prefixes the
    name, and every office the data gives the person ended, in another country, years before `date` (a
    Spanish ambassador of that name who left in 2006 is not the rebel commander of 2023). The group then
    names who the person acts for."""
    org = d.orgs[org_idx]
    if not org.country or len(org.country) != 3 or org.code.startswith(("IGO", "NGO", "IMG")):
        return False
    terms = d.people[idx].terms
    if not terms or any(t.country == org.country for t in terms):
        return False
    cutoff = f"{int(date[:4]) - 3:04d}{date[4:]}" if date and date[:4].isdigit() else ""
    return bool(cutoff) and all(t.end and t.end < cutoff for t in terms)
