"""Domestic events with no named target: aimed at the source's own country (CAMEO's reading of protests,
repression, arrests, bans, releases and calls for reform reported without whom they concern).

Used by the coder (`coder._events_for`) when no other rule found a target.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor

__all__ = ["domestic_targets"]


# Event types that are domestic by nature (CAMEO): protests (14), repression, arrests and bans (170, 172,
# 173, 175), yielding to the public (081, 082, 084: easing bans and dissent, releases; not a bare 080),
# the intents (034, 035x; not resignations) and threats (132, 137) of those, demands and refusals of
# political reform (104, 123, 1241-1243; not refusing to ease sanctions, let outsiders in or de-escalate,
# which face abroad). Without a named target they are aimed at the source's own country: a non-state
# source (rebels, opposition, workers) at its government, a state source (police, government) at its own
# population.
_DOMESTIC_PREFIXES = ("14", "170", "172", "173", "175", "081", "082", "084", "034", "0351",
                      "0352", "0353", "104", "123", "1240", "1241", "1242", "1243", "132", "137")
# Curfews and states of emergency are eased where they were imposed (a place target, see `locative`); a
# resignation, or a promise of one, is aimed at nobody.
_DOMESTIC_EXCLUDE = ("0813", "0814", "0341")
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRE", "ELI"}


def domestic_targets(code: str, sources: list[Actor], tok: Any, named: list[Actor] = ()) -> list[Actor]:
    """The source's own country as target of a domestic event with no resolved target (see above).

    Only when every source is an actor of the same state (not an IGO, NGO or region); the target is a
    country-level actor (`resolved_by="domestic"`): `<ISO3>GOV` for a non-state source, `<ISO3>` for a
    state one. It lies on the first unresolved target the parse named ("arrested 41 election monitors":
    those monitors, whose country the story does not say), else on the trigger's span."""
    if not code.startswith(_DOMESTIC_PREFIXES) or code.startswith(_DOMESTIC_EXCLUDE):
        return []
    countries = {a.country for a in sources}
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    if not country or not _is_state(country):
        return []
    state = all(a.sector in _STATE_SECTORS or a.code == country or a.role for a in sources)
    if not state and code.startswith(("084", "0353")):
        return []  # "Hamas will free 33 hostages": an armed group's captives are not its own government
    target = country if state else f"{country}GOV"
    span = next(((a.start, a.end, a.text) for a in named if not a.resolved and a.text), None) \
        or _object_phrase(tok)
    start, end, text = span or (tok.idx, tok.idx + len(tok.text), tok.text)
    return [Actor(start, end, text, code=target, country=country, sector=None if state else "GOV",
                  resolved_by="domestic")]


def _object_phrase(tok: Any) -> tuple[int, int, str] | None:
    """(start, end, text) of the trigger's direct object up to its head noun ("41 election monitors" of
    "arrested 41 election monitors in a raid"), when it names people: counted ("41 election monitors") or
    a people noun of the actor dictionary ("detained protesters"); not a thing ("fired tear gas", "shut
    down the internet"), which is no target."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or not (any(c.dep_ == "nummod" for c in obj.children) or _people_noun(obj.lemma_.lower())):
        return None
    words = obj.doc[obj.left_edge.i : obj.i + 1]  # a span's text, not the whole doc's (doc.text rebuilds it)
    return words.start_char, words.end_char, words.text


def _people_noun(lemma: str) -> bool:
    try:
        from ..actors.data import load_dictionary

        return lemma in load_dictionary().sectors
    except Exception:  # noqa: BLE001 - without the actor dictionary no people nouns
        return False


def _is_state(country: str) -> bool:
    try:
        from ..actors.data import load_dictionary

        return country in load_dictionary().countries and len(country) == 3
    except Exception:  # noqa: BLE001 - without the actor dictionary no domestic targets
        return False
