"""Events dated by an offset from another: "The exchange came a week after Moscow and Kyiv agreed to a
ceasefire", "two days before the vote, the opposition withdrew"; and by the story's own clock: "Iran seized two tankers
two days later" (`narrative_date`: counted from the last date the story named).

The agreement is not dated by the article's dateline (the exchange is): it happened a week before whatever
date the main clause has. The offset is a duration ("a week", "two days", "three months") that modifies the
"after"/"before" introducing the event, and the reference is the date of the clause that word hangs from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from ..model import TimeExpr

__all__ = ["narrative_date", "offset_date"]

_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_SIDES = {"after": -1, "before": 1}


def _duration_of(tok: Any, times: list[TimeExpr]) -> tuple[int, str] | None:
    """(amount, unit) of a duration expression that covers the npadvmod `tok` ("a week" under "after")."""
    for t in times:
        if t.precision == "duration" and t.start <= tok.idx < t.end:
            m = _DURATION.match(t.value or "")
            if m:
                return int(m.group(1)), m.group(2)
    return None


def _offset_word(trig: Any) -> tuple[Any, Any, Any] | None:
    """(the "after"/"before" word, the event's clause or noun the duration may hang on instead, the token
    whose clause is the reference)."""
    node = trig
    for _ in range(3):
        for c in node.children:  # "came a week after [Moscow agreed]": a mark of the event's own clause
            if c.dep_ == "mark" and c.lower_ in _SIDES and node.dep_ == "advcl":
                return c, node, node.head
        if node.dep_ == "pobj" and node.head.lower_ in _SIDES and node.head.dep_ == "prep":
            return node.head, node, node.head.head  # "came a week after the agreement"
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    return None


def _shift(day: dt.date, amount: int, unit: str, sign: int) -> tuple[str, str]:
    if unit == "D":
        return (day + dt.timedelta(days=sign * amount)).isoformat(), "day"
    if unit == "W":
        iso = (day + dt.timedelta(weeks=sign * amount)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}", "week"
    if unit == "M":
        month = day.year * 12 + day.month - 1 + sign * amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "month"
    return f"{day.year + sign * amount:04d}", "year"


def offset_date(trig: Any, times: list[TimeExpr],
                reference: Callable[[int], tuple[str | None, str | None, str]]) -> tuple[str, str] | None:
    """(value, precision) of the event triggered by `trig` when a duration before "after"/"before" dates it
    from its main clause, whose (value, precision, source) `reference(char offset)` gives; else None."""
    found = _offset_word(trig)
    if found is None:
        return None
    word, clause, head = found
    # the parser hangs "a week" on "after" or on the clause it introduces ("two days after Russia attacked")
    durations = [_duration_of(c, times) for c in (*word.children, *clause.children) if c.dep_ == "npadvmod"]
    duration = next((d for d in durations if d is not None), None)
    if duration is None:
        return None
    value, precision, _source = reference(head.idx)
    if precision != "day" or not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return _shift(day, duration[0], duration[1], _SIDES[word.lower_])


# "two days later", "a week earlier": the narrative's own clock, counted from the last date the story gave.
_NARRATIVE = {"later": 1, "earlier": -1}


def narrative_date(trig: Any, spanned: list[TimeExpr], before: list[TimeExpr]) -> tuple[str, str] | None:
    """(value, precision) of the event `trig` triggers when a duration followed by "later"/"earlier" in its
    own clause ("Iranian forces seized two tankers two days later") dates it from the last day-precise date
    the story named before (`before`, in text order; the dateline header is no such date); else None.
    `spanned`: the time expressions of the trigger's sentence."""
    doc = trig.doc
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    for t in spanned:
        m = _DURATION.match(t.value or "") if t.precision == "duration" else None
        if m is None:
            continue
        word = _token_after(doc, t.end)
        if word is None or word.lower_ not in _NARRATIVE:
            continue
        clause = word.head
        if clause.i != verb.i and not (verb.dep_ == "conj" and verb.head.i == clause.i):
            continue  # "later" dates another clause of the sentence
        anchor = next((b for b in reversed(before) if b.precision == "day" and b.value and b.end <= t.start), None)
        if anchor is None:
            return None
        try:
            day = dt.date.fromisoformat(anchor.value[:10])
        except ValueError:
            return None
        return _shift(day, int(m.group(1)), m.group(2), _NARRATIVE[word.lower_])
    return None


def _token_after(doc: Any, offset: int) -> Any:
    """The first token starting at or after character `offset` (skipping spaces), or None."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    while lo < len(doc) and doc[lo].is_space:
        lo += 1
    return doc[lo] if lo < len(doc) else None
