"""Date ranges ("since 1996", "between January and July", "from March to May last year", "2009-2010").

The two ends of a range are read together, not one by one: an end without a year takes its year from the
other end or from a shared tail ("... this year", "..., 2023"), and when neither end names a year the
whole range is placed by the tense of the clause (past: the latest such range ending on or before the
anchor; future: the first one starting on or after it; unknown: the one whose end lies nearest). An end
month later in the calendar than the start month means the range crosses a new year ("between November
and February"). Resolving each end on its own put "between January and July" (published in May, past
tense) at 2024-01/2023-07, a range ending before it starts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .times_rules import _ATOMS, _YEAR, MONTHS, Found, _resolve_atom, resolve_month

__all__ = ["find_ranges", "resolve_range"]

# The atoms an end may be: ISO, numeric, month-day(-year), day-month(-year), month(-year), year.
_END_ATOMS = [(kind, re.compile(p, re.IGNORECASE)) for p, kind in _ATOMS[:5] + _ATOMS[9:10]]
_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", "|".join(f"(?:{p})" for p, _ in _ATOMS[:5] + _ATOMS[9:10]))
RANGE_RE = re.compile(
    r"\b(?:(?P<since>since|from)\s+(?P<a>" + _PLAIN + r")"
    r"(?:\s+(?:to|until|through|till)\s+(?P<b>" + _PLAIN + r"))?"
    r"|between\s+(?P<c>" + _PLAIN + r")\s+and\s+(?P<d>" + _PLAIN + r"))"
    r"(?:,?\s+(?P<tail>(?:last|this|next) year|" + _YEAR + r"))?",
    re.IGNORECASE,
)
# Scanned on its own so that "from 2009-2010" is not swallowed by a "from X" the range above turns down.
YEARS_RE = re.compile(r"\b(?P<y1>" + _YEAR + r")\s*[-–]\s*(?P<y2>" + _YEAR + r"|\d\d)\b")
_REL_YEAR = {"last": -1, "this": 0, "next": 1}


@dataclass
class _End:
    """One end of a range: a calendar month (and day) whose year may still be open, or a finished value."""

    month: int | None = None
    day: int | None = None
    year: int | None = None
    value: str | None = None  # set for ends that need no year (ISO, numeric, a bare year)

    def known_year(self) -> int | None:
        if self.value:
            return int(self.value[:4])
        return self.year

    def key(self) -> tuple[int, int]:
        if self.value:
            parts = self.value.split("-")
            return (int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        return (self.month or 1, self.day or 1)

    def render(self) -> str | None:
        if self.value:
            return self.value
        if self.year is None or self.month is None:
            return None
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None


def _parse_end(span: str, anchor: dt.date | None) -> _End | None:
    """Read one end; "May"/"March" need no extra context here because the range words already give it."""
    for kind, rx in _END_ATOMS:
        m = rx.fullmatch(span)
        if m is None:
            continue
        g = m.groupdict()
        if kind in ("iso", "numeric", "year"):
            res = _resolve_atom(kind, m, span, anchor, "past")
            return _End(value=res[0]) if res and res[0] else None
        mon = g["mon"]
        if not mon[0].isupper():
            return None
        end = _End(month=MONTHS[mon.lower().rstrip(".")])
        if g.get("day"):
            end.day = int(re.match(r"\d+", g["day"]).group())
        if g.get("year"):
            end.year = int(g["year"])
        elif g.get("relyear") and anchor is not None:
            end.year = anchor.year + _REL_YEAR[g["relyear"].lower()]
        elif g.get("relyear"):
            return None
        if g.get("rel") and anchor is not None:  # "since last March": the month kind resolves "last"/"next"
            res = _resolve_atom(kind, m, span, anchor, "past")
            if res and res[0]:
                end.year = int(res[0][:4])
        return end
    return None


def _tail_year(tail: str | None, anchor: dt.date | None) -> int | None:
    if not tail:
        return None
    if tail[:4].isdigit():
        return int(tail[:4])
    if anchor is None:
        return None
    return anchor.year + _REL_YEAR[tail.split()[0].lower()]


def resolve_range(a: str, b: str | None, tail: str | None, anchor: dt.date | None,
                  tense: str) -> tuple[str, bool] | None:
    """The value "start/end" of a range and whether the shared tail was used; None when it cannot be placed.

    `b` None means an open "since X" range, closed at the anchor.
    """
    ea = _parse_end(a, anchor)
    eb = _parse_end(b, anchor) if b else None
    if ea is None or (b and eb is None):
        return None
    shared = _tail_year(tail, anchor)
    used_tail = False
    if eb is None:
        if anchor is None:
            return None
        if ea.known_year() is None:
            if shared is not None:
                ea.year, used_tail = shared, True
            else:
                ea.year = resolve_month(ea.month or 1, anchor, "past", day=ea.day).year
        start = ea.render()
        return (f"{start}/{anchor.isoformat()}", used_tail) if start else None
    if eb.known_year() is None and shared is not None:
        eb.year, used_tail = shared, True
    if ea.known_year() is None and eb.known_year() is None and shared is not None:
        ea.year, used_tail = shared, True
    crossing = ea.key() > eb.key()  # "between November and February": the end falls in the next year
    ya, yb = ea.known_year(), eb.known_year()
    if ya is None and yb is not None:
        ea.year = yb - crossing
    elif yb is None and ya is not None:
        eb.year = ya + crossing
    elif ya is None and yb is None:
        if anchor is None:
            return None
        if tense == "future":
            ea.year = resolve_month(ea.month or 1, anchor, "future", day=ea.day).year
            eb.year = ea.year + crossing
        else:
            eb.year = resolve_month(eb.month or 1, anchor, tense, day=eb.day).year
            ea.year = eb.year - crossing
    start, end = ea.render(), eb.render()
    if not start or not end:
        return None
    return f"{start}/{end}", used_tail


def find_ranges(text: str, anchor: dt.date | None, tense) -> list[Found]:
    """Every range in `text`; `tense(offset)` gives the tense of the clause at an offset."""
    found: list[Found] = []
    for m in YEARS_RE.finditer(text):
        y1, y2 = m.group("y1"), m.group("y2")
        y2 = y2 if len(y2) == 4 else y1[:2] + y2
        if int(y2) > int(y1):
            found.append(Found(m.start(), m.end(), m.group(0), f"{y1}/{y2}", "range"))
    for m in RANGE_RE.finditer(text):
        g = m.groupdict()
        since = bool(g.get("since"))
        a, b = (g["a"], g["b"]) if since else (g["c"], g["d"])
        if since and not b and g["since"].lower() == "from":
            continue  # "from 2020" alone is not a range we can close
        res = resolve_range(a, b, g.get("tail"), anchor, tense(m.start()))
        if res is None:
            continue
        value, used_tail = res
        end = m.end() if used_tail else m.end(("b" if b else "a") if since else "d")
        found.append(Found(m.start(), end, text[m.start():end], value, "range"))
    return found
