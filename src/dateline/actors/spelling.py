"""Misspelt names: a full name whose given name is known and whose surname is one typing slip off.

Wire copy misspells foreign leaders ("Mitterand", "Bouteflicka", "Gbago"). A bare misspelt surname is too
weak a cue (many real surnames are one letter apart), so a name qualifies only when its first word is the
given name of exactly one person whose surname (5+ letters, same first letter) is one insertion, deletion,
substitution or swap from the written one.
"""

from __future__ import annotations

import gc

from .data import ActorDictionary, _one_slip, norm

__all__ = ["near_person"]

MIN_SURNAME = 5


def _index(d: ActorDictionary) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(given name, surname initial) -> [(surname, person index)], built once per dictionary."""
    index = d.__dict__.get("_given_index")
    if index is None:
        index = _build(d)
        d.__dict__["_given_index"] = index
    return index


def _build(d: ActorDictionary) -> dict[tuple[str, str], list[tuple[str, int]]]:
    # tens of thousands of small long-lived tuples and nothing cyclic: the cyclic collector's passes over
    # them would cost several times the build itself (as in data._load)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        index: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for idx, p in enumerate(d.people):
            surname = p.surname
            if len(surname) < MIN_SURNAME - 1:
                continue
            name = p.name
            space = name.find(" ")
            if space < 0:
                continue
            given = name[:space].split("-", 1)[0]  # "Jean-Bertrand" is written "Jean-Bertrand" or "Jean"
            given = given.lower() if given.isascii() else norm(given)
            index.setdefault((given, surname[:1]), []).append((surname, idx))
    finally:
        if was_enabled:
            gc.enable()
    return index


def near_person(d: ActorDictionary, words: list[str]) -> int | None:
    """The one person named `words[0] ... <surname>` with `words[-1]` one slip from the surname, else None."""
    if len(words) < 2 or len(words[-1]) < MIN_SURNAME or not words[-1].isalpha():
        return None
    written = words[-1]
    if written in d.surnames:
        return None  # a real surname of someone else, not a slip
    found = {idx for surname, idx in _index(d).get((words[0], written[:1]), ())
             if _one_slip(written, surname)}
    return found.pop() if len(found) == 1 else None
