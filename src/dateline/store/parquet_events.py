"""The deduplicated `events` table of a Parquet directory, written next to the per-article tables.

A Parquet directory written by several processes (the Ray runner's actors) holds every article's event
mentions under `mentions/`, but no single writer sees all of them, so none can cluster mentions into
events. `write_parquet_events(root)` does that once, after the writers finish, with the same dedup SQL as
the DuckDB store (`dateline.analysis.dedup`):

    root/events/month=YYYY-MM/*.parquet     one row per event (month of the event's date, or `unknown`)
    root/event_links/links.parquet          (article_id, idx, event_id): which event each mention is in

Both are derived data: each call recomputes them from every mention under `root`, so a resumed run that
added articles leaves the same files a from-scratch run would. The new files are written to a temporary
folder and then swapped in, so a reader never sees half of them. `dateline.store.Store(root)` reads
`events/` and joins `event_links/` onto the mentions; a directory without them still opens (events are
then derived in memory).
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import uuid
from pathlib import Path

import duckdb

from ..analysis.dedup import dedup_sql
from .schema import COLUMNS

log = logging.getLogger(__name__)

__all__ = ["write_parquet_events", "table_files", "sql_list", "store_columns", "LINKS"]

LINKS = "event_links"


def table_files(root: str | os.PathLike, table: str) -> list[str]:
    """Parquet files of `table` in the directory `root`: `root/<table>.parquet` or `root/<table>/**`."""
    base = Path(root)
    return sorted({*glob.glob(str(base / f"{table}.parquet")),
                   *glob.glob(str(base / table / "**" / "*.parquet"), recursive=True)})


def sql_list(items: list[str]) -> str:
    """A DuckDB list literal of quoted strings (file lists: views cannot take bound parameters)."""
    return "[" + ", ".join("'" + s.replace("'", "''") + "'" for s in items) + "]"


def store_columns(con: duckdb.DuckDBPyConnection, source: str, table: str) -> str:
    """A SELECT list that reads `source` (a `read_parquet(...)` call) in the store layout of `table`.

    Files written by an earlier release lack the columns later migrations added (e.g. `according_to`,
    migration 0005): those read as typed NULLs, as they do in a migrated DuckDB file.
    """
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    return ", ".join(f'CAST("{n}" AS {t}) AS "{n}"' if n in present else f'CAST(NULL AS {t}) AS "{n}"'
                     for n, t in COLUMNS[table])


def write_parquet_events(root: str | os.PathLike, *, window_days: int = 2) -> int:
    """Cluster every mention under `root` into events and write `events/` and `event_links/`.

    Returns the number of events written (0, with empty files, when there are no mentions).
    """
    root = Path(root)
    mentions, articles = table_files(root, "mentions"), table_files(root, "articles")
    con = duckdb.connect()
    try:
        if not mentions or not articles:
            return 0
        source = f"read_parquet({sql_list(mentions)}, union_by_name=true, hive_partitioning=true)"
        con.execute(f"CREATE VIEW mentions AS SELECT {store_columns(con, source, 'mentions')} FROM {source}")
        con.execute("CREATE VIEW articles AS SELECT * FROM read_parquet("
                    f"{sql_list(articles)}, union_by_name=true, hive_partitioning=true)")
        base = dedup_sql(window_days=window_days)
        con.execute(f"CREATE TEMP TABLE _events AS {base} SELECT * FROM events_out")
        con.execute(f"CREATE TEMP TABLE _links AS {base} SELECT * FROM links")
        n = con.execute("SELECT count(*) FROM _events").fetchone()[0]
        token = uuid.uuid4().hex[:8]
        new_events = root / f".events-{token}"
        new_links = root / f".{LINKS}-{token}"
        new_links.mkdir()
        # Hive partition by month so a date-bounded query reads only its months, like the other tables.
        con.execute(
            "COPY (SELECT *, coalesce(strftime(date, '%Y-%m'), 'unknown') AS month FROM _events) "
            f"TO '{new_events}' (FORMAT parquet, PARTITION_BY (month))"
        )
        if not n:  # COPY writes no folder for zero rows: keep one empty file so the schema is known
            (new_events / "month=unknown").mkdir(parents=True)
            con.execute(f"COPY (SELECT * FROM _events) TO '{new_events / 'month=unknown' / 'empty.parquet'}' "
                        "(FORMAT parquet)")
        con.execute(f"COPY (SELECT * FROM _links) TO '{new_links / 'links.parquet'}' (FORMAT parquet)")
    finally:
        con.close()
    for new, name in ((new_events, "events"), (new_links, LINKS)):
        final = root / name
        old = root / f".{name}-old-{token}"
        if final.exists():
            final.rename(old)
        new.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    log.info("parquet events: %d events from %d mention files under %s", n, len(mentions), root)
    return int(n)
