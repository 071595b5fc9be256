"""Rebels and opposition named in one breath with a government are that government's country's.

"Talks between the Colombian government and rebels", "the Sudanese government and the opposition signed":
wire copy pairs a state's government with its own armed or political opponents, and names the country only
once. Without this the unnamed group takes the story's country, which in a story from a mediator's capital
is the mediator's ("Norway hosted talks between the Colombian government and rebels in Oslo" gave Norwegian
rebels).

Only a government (sector GOV, not the military: "US troops and insurgents clashed" pairs foes of different
countries) conjoined with the group in one coordination counts, and only for rebels and opposition.
"""

from __future__ import annotations

from typing import Any

__all__ = ["GROUP_SECTORS", "conjoined_government"]

# Sectors of groups that are a government's own opponents.
GROUP_SECTORS = frozenset({"REB", "OPP"})


def conjoined_government(out: list, i: int) -> str | None:
    """The country of the government that mention `i` (an unnamed rebel or opposition group) is coordinated
    with ("the X government and rebels", "rebels and the X government"); None when there is none, or two."""
    span = out[i][2]
    head = span.root
    mates = _coordination(head)
    if len(mates) < 2:
        return None
    found = set()
    for _, actor, sp in out:
        if sp.sent != span.sent or not actor.resolved or actor.sector != "GOV" or not actor.country:
            continue
        if sp.root.i in mates and sp.root.i != head.i:
            found.add(actor.country)
    return next(iter(found)) if len(found) == 1 else None


def _coordination(tok: Any) -> set[int]:
    """Token indices of the heads of every conjunct in `tok`'s coordination (itself included)."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    found = {top.i}
    stack = [top]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.i not in found:
                found.add(c.i)
                stack.append(c)
    return found
