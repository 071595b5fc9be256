"""Dyad series: how relations between two actors moved, period by period, on deduplicated events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError
from ..store.db import Store
from ..store.queries import event_where, parse_date

__all__ = ["PERIODS", "dyad", "period_label"]

PERIODS = ("day", "week", "month", "year")


def period_label(start: dt.date, by: str) -> str:
    """ISO label of the period starting at `start`: 2024-08-07, 2024-W32, 2024-08 or 2024."""
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    return str(start.year)


def _next(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(weeks=1)
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


def _floor(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return dt.date(day.year, 1, 1)


def _match(prefix: str) -> str:
    return f"({prefix}_code = ? OR {prefix}_country = ?)"


def dyad(
    store: Store, a: str, b: str, *, by: str = "month", since: str | dt.date | None = None,
    until: str | dt.date | None = None, directed: bool = False, modes: Sequence[str] | str | None = None,
    top_codes: int = 3, fill: bool = True,
) -> list[dict[str, Any]]:
    """Per-period summary of events between actors `a` and `b` (codes such as `RUS`, `CHNGOV`).

    Undirected by default (a→b and b→a); `directed=True` keeps only a→b. Periods are `by` = day, week
    (ISO), month or year; with `fill`, periods without events appear with zero counts between the first
    and last period (or `since`/`until` when given). Each row:

        period, period_start, events, mentions, a_to_b, b_to_a,
        verbal_cooperation, material_cooperation, verbal_conflict, material_conflict  (QuadClass 1-4),
        mean_goldstein (None when no events), net_cooperation (QuadClass 1+2 minus 3+4 events),
        top_codes [{"cameo", "count"}] (most frequent first)

    Raises `ConfigError` for an unknown period or a bad date.
    """
    if by not in PERIODS:
        raise ConfigError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}", code="E113")
    if not a or not b:
        raise ConfigError("a dyad needs two actor codes, e.g. `dateline dyad RUS CHN`", code="E114")
    where, params = event_where(since=since, until=until, modes=modes)
    ab = f"({_match('source')} AND {_match('target')})"
    ba = ab
    if directed:
        pair = ab
        pair_params = [a] * 2 + [b] * 2
    else:
        pair = f"({ab} OR {ba})"
        pair_params = [a] * 2 + [b] * 2 + [b] * 2 + [a] * 2
    trunc = {"day": "day", "week": "week", "month": "month", "year": "year"}[by]
    # One scan grouped by (period, code): the per-period figures and the top codes both come from these
    # few thousand groups, so no list of codes is built per period.
    sql = f"""
        SELECT CAST(date_trunc('{trunc}', date) AS DATE) AS period_start, cameo, quad_class,
               count(*) AS n, sum(num_mentions) AS mentions, sum(goldstein) AS goldstein_sum,
               count(*) FILTER (WHERE {_match('source')}) AS forward
        FROM events WHERE date IS NOT NULL AND {pair} AND {where}
        GROUP BY ALL
    """
    quad_names = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
                  4: "material_conflict"}
    found: dict[dt.date, dict[str, Any]] = {}
    codes: dict[dt.date, dict[str, int]] = {}
    sums: dict[dt.date, float] = {}
    for g in store.query(sql, [a] * 2 + pair_params + params):
        k = g["period_start"]
        r = found.setdefault(k, {"period_start": k, "events": 0, "mentions": 0, "a_to_b": 0, "b_to_a": 0,
                                 **{name: 0 for name in quad_names.values()}})
        r["events"] += g["n"]
        r["mentions"] += int(g["mentions"] or 0)
        r["a_to_b"] += g["forward"]
        r["b_to_a"] += g["n"] - g["forward"]
        if g["quad_class"] in quad_names:
            r[quad_names[g["quad_class"]]] += g["n"]
        sums[k] = sums.get(k, 0.0) + (g["goldstein_sum"] or 0.0)
        codes.setdefault(k, {})
        codes[k][g["cameo"]] = codes[k].get(g["cameo"], 0) + g["n"]
    for k, r in found.items():
        ranked = sorted(codes[k].items(), key=lambda kv: (-kv[1], kv[0]))[:top_codes]
        r["mean_goldstein"] = round(sums[k] / r["events"], 3)
        r["net_cooperation"] = (r["verbal_cooperation"] + r["material_cooperation"]
                                - r["verbal_conflict"] - r["material_conflict"])
        r["top_codes"] = [{"cameo": c, "count": n} for c, n in ranked]
    if not found and not (since and until):
        return []
    starts = sorted(found)
    first = _floor(parse_date(since) or starts[0], by) if fill else None
    last = _floor(parse_date(until) or starts[-1], by) if fill else None
    keys = starts
    if fill and first and last:
        keys, cur = [], first
        while cur <= last:
            keys.append(cur)
            cur = _next(cur, by)
    out = []
    for k in keys:
        r = found.get(k) or {
            "period_start": k, "events": 0, "mentions": 0, "a_to_b": 0, "b_to_a": 0,
            "verbal_cooperation": 0, "material_cooperation": 0, "verbal_conflict": 0, "material_conflict": 0,
            "mean_goldstein": None, "top_codes": [], "net_cooperation": 0,
        }
        out.append({"period": period_label(k, by), **r, "period_start": k.isoformat()})
    return out
