"""Parquet export: one file per table, events partitioned by month (`events/month=YYYY-MM/*.parquet`).

The directory is itself a store: `Store(DIR)` (or `--db DIR`) reads it back with every query function.
With event filters, the export holds the matching events, their mentions, and the articles (with all
their layers) that reported them; without filters, everything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ...errors import StoreError
from ..db import Store
from ..queries import event_where
from ..schema import COLUMNS, TABLES

__all__ = ["write_parquet"]


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write_parquet(store: Store, out_dir: str | os.PathLike, *, overwrite: bool = False, modes: Any = "all",
                  **filters: Any) -> dict[str, int]:
    """Write every table under `out_dir`; returns rows written per table.

    Unlike the other exports, every mode is kept by default (`modes="all"`): the folder is a copy of the
    store, and the `mode` column says which events were negated or hypothetical.

    Raises `StoreError` when `out_dir` holds files and `overwrite` is false.
    """
    root = Path(out_dir)
    if root.exists() and any(root.iterdir()) and not overwrite:
        raise StoreError(f"{root} is not empty; choose an empty folder or pass --overwrite", code="E520")
    root.mkdir(parents=True, exist_ok=True)
    filtered = modes != "all" or any(v not in (None, "", ()) for v in filters.values())
    where, params = event_where(modes=modes, **filters)
    counts: dict[str, int] = {}
    cur = store.cursor()
    try:
        cur.execute(f"CREATE OR REPLACE TEMP TABLE _x_events AS SELECT * FROM events WHERE {where}", params)
        cur.execute("CREATE OR REPLACE TEMP TABLE _x_articles AS SELECT DISTINCT article_id AS id FROM mentions "
                    "WHERE event_id IN (SELECT event_id FROM _x_events)")
        for table in TABLES:
            cols = ", ".join(f'"{c}"' for c, _ in COLUMNS[table])
            if table == "events":
                sel = f"SELECT {cols}, strftime(coalesce(date, DATE '1970-01-01'), '%Y-%m') AS month FROM _x_events"
                target = root / "events"
                opts = "FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE true"
            else:
                key = "id" if table == "articles" else "article_id"
                cond = ""
                if filtered:
                    cond = (" WHERE event_id IN (SELECT event_id FROM _x_events)" if table == "mentions"
                            else f" WHERE {key} IN (SELECT id FROM _x_articles)")
                sel = f"SELECT {cols} FROM {table}{cond}"
                target = root / f"{table}.parquet"
                opts = "FORMAT parquet"
            n = cur.execute(f"SELECT count(*) FROM ({sel})").fetchone()[0]
            if table == "events" and n == 0:
                # An empty partitioned COPY writes nothing; keep an empty events file so readers see the table.
                target.mkdir(exist_ok=True)
                cur.execute(f"COPY ({sel}) TO {_quote(target / 'empty.parquet')} (FORMAT parquet)")
            else:
                cur.execute(f"COPY ({sel}) TO {_quote(target)} ({opts})")
            counts[table] = int(n)
        cur.execute("DROP TABLE IF EXISTS _x_events")
        cur.execute("DROP TABLE IF EXISTS _x_articles")
    finally:
        cur.close()
    return counts
