"""Top-N lists over deduplicated events: actors, CAMEO codes, places, dyads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError
from ..store.db import Store
from ..store.queries import event_where

__all__ = ["TOP_KINDS", "top"]

TOP_KINDS = ("actors", "codes", "places", "dyads")


def top(
    store: Store, what: str, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
    limit: int = 10, modes: Sequence[str] | str | None = None, country: str | None = None,
) -> list[dict[str, Any]]:
    """The `limit` most frequent actors, codes, places or dyads among events matching the filters.

    Rows, by `what`:
      actors  `code`, `name` (most frequent), `country`, `events`, `as_source`, `as_target`, `mentions`
      codes   `cameo`, `root`, `quad_class`, `goldstein`, `events`, `mentions`
      places  `place`, `country`, `lat`, `lon`, `events`, `mentions`
      dyads   `source`, `target`, `events`, `mean_goldstein`, `mentions`
    Ties break alphabetically. Raises `ConfigError` for an unknown `what` or a bad date.
    """
    if what not in TOP_KINDS:
        raise ConfigError(f"unknown list {what!r}; use one of {', '.join(TOP_KINDS)}", code="E117")
    where, params = event_where(since=since, until=until, modes=modes, country=country)
    lim = int(limit)
    if what == "actors":
        sql = f"""
            WITH e AS (SELECT * FROM events WHERE {where}),
            s AS (
                SELECT source_code AS code, source_name AS name, source_country AS country, num_mentions,
                       1 AS src, 0 AS tgt FROM e WHERE source_code IS NOT NULL
                UNION ALL
                SELECT target_code, target_name, target_country, num_mentions, 0, 1
                FROM e WHERE target_code IS NOT NULL
            )
            SELECT code, mode(name) AS name, any_value(country) AS country, count(*) AS events,
                   sum(src) AS as_source, sum(tgt) AS as_target, sum(num_mentions) AS mentions
            FROM s GROUP BY code ORDER BY events DESC, code LIMIT {lim}"""
    elif what == "codes":
        sql = f"""
            SELECT cameo, any_value(root) AS root, any_value(quad_class) AS quad_class,
                   any_value(goldstein) AS goldstein, count(*) AS events, sum(num_mentions) AS mentions
            FROM events WHERE {where} GROUP BY cameo ORDER BY events DESC, cameo LIMIT {lim}"""
    elif what == "places":
        sql = f"""
            SELECT place_name AS place, place_country AS country, any_value(place_lat) AS lat,
                   any_value(place_lon) AS lon, count(*) AS events, sum(num_mentions) AS mentions
            FROM events WHERE {where} AND place_name IS NOT NULL
            GROUP BY place_name, place_country ORDER BY events DESC, place LIMIT {lim}"""
    else:
        sql = f"""
            SELECT source_code AS source, target_code AS target, count(*) AS events,
                   round(avg(goldstein), 3) AS mean_goldstein, sum(num_mentions) AS mentions
            FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, source, target LIMIT {lim}"""
    rows = store.query(sql, params)
    for r in rows:
        for k in ("events", "mentions", "as_source", "as_target"):
            if k in r and r[k] is not None:
                r[k] = int(r[k])
    return rows
