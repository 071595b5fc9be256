"""Summaries the dashboard and API need beyond `store.queries` and the other `analysis` modules:
events per period by QuadClass for one actor or all events (the chart under an actor's page), and a
free-text event search.

Library functions like the others (store first, keyword-only filters, JSON-ready rows), all built on
`store.queries.event_where`, so every filter means the same here as in `dateline events`. Only
parameterised SQL: user strings are always bound values, never spliced into the statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError
from ..store import Store
from ..store import queries as q
from .dyads import PERIODS, period_label

__all__ = ["count_search_events", "quad_timeline", "search_events"]

_QUAD_COLUMNS = """
    count(*) AS events,
    count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
    count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
    count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
    avg(goldstein) AS mean_goldstein
"""


def _round(v: float | None) -> float | None:
    return round(float(v), 3) if v is not None else None


def quad_timeline(
    store: Store, *, actor: str | None = None, by: str = "month", since: str | dt.date | None = None,
    until: str | dt.date | None = None, modes: Sequence[str] | str | None = None,
) -> list[dict[str, Any]]:
    """Events per period by QuadClass with their mean Goldstein, for one actor (as source or target;
    a country code matches all its actors) or for every event. Rows have the keys of
    `analysis.dyads.dyad` rows: `period`, `period_start`, `events`, `verbal_cooperation`,
    `material_cooperation`, `verbal_conflict`, `material_conflict`, `mean_goldstein`. Periods without
    events are left out.

    Raises `ConfigError` for an unknown period or a bad date.
    """
    if by not in PERIODS:
        raise ConfigError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}", code="E113")
    where, params = q.event_where(actor=actor, since=since, until=until, modes=modes)
    rows = store.query(f"""
        SELECT CAST(date_trunc('{by}', date) AS DATE) AS period_start, {_QUAD_COLUMNS}
        FROM events WHERE date IS NOT NULL AND {where}
        GROUP BY period_start ORDER BY period_start""", params)
    for r in rows:
        r["period"] = period_label(r["period_start"], by)
        r["period_start"] = r["period_start"].isoformat()
        r["mean_goldstein"] = _round(r["mean_goldstein"])
    return rows






def _search_clause(text: str) -> tuple[str, list[Any]]:
    like = f"%{text}%"
    clause = ("(source_name ILIKE ? OR target_name ILIKE ? OR source_code ILIKE ? OR target_code ILIKE ? "
              "OR event_id IN (SELECT event_id FROM mentions WHERE trigger_text ILIKE ? OR source_text ILIKE ? "
              "OR target_text ILIKE ?))")
    return clause, [like] * 7


def search_events(store: Store, text: str, *, order: str = "-date", limit: int = 100, offset: int = 0,
                  **filters: Any) -> list[dict[str, Any]]:
    """`store.queries.events` rows whose actors (code or name) or any mention's trigger or actor text
    contain `text` (case-insensitive), with the same `filters`, `order` and paging."""
    if order not in q.EVENT_ORDERS:
        raise ConfigError(f"unknown order {order!r}; use one of {', '.join(q.EVENT_ORDERS)}", code="E112")
    if limit < 0 or offset < 0:
        raise ConfigError("limit and offset must be zero or positive", code="E111")
    where, params = q.event_where(**filters)
    clause, extra = _search_clause(text)
    ids = [r["event_id"] for r in store.query(
        f"SELECT event_id FROM events WHERE {where} AND {clause} ORDER BY {q.EVENT_ORDERS[order]} "
        "LIMIT ? OFFSET ?", [*params, *extra, int(limit), int(offset)])]
    rows = [q.get_event(store, i) for i in ids]
    for r in rows:
        r.pop("mentions", None)
    return rows


def count_search_events(store: Store, text: str, **filters: Any) -> int:
    """How many events `search_events` would find without paging."""
    where, params = q.event_where(**filters)
    clause, extra = _search_clause(text)
    return int(store.scalar(f"SELECT count(*) FROM events WHERE {where} AND {clause}", [*params, *extra]))
