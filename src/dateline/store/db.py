"""`Store`: the one owner of the DuckDB connection (or of a Parquet directory opened read-only).

Writes are batched through Arrow (one `INSERT ... SELECT` per table per batch) and idempotent:

- articles are keyed by `id`; an article whose id is stored with the same `content_hash` is skipped, so
  re-ingesting the same input changes nothing;
- an article whose id is stored with a *different* content hash (an edited story), or any article written
  with `replace=True` (`dateline recode`), has all its old rows deleted and its new rows inserted;
- after each batch, cross-article dedup recomputes the events of exactly the dedup keys the batch touched
  (see `dateline.analysis.dedup`), so the `events` table is always what a from-scratch dedup would give.

Each batch is one transaction: a failure leaves the store as it was before the batch.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..analysis.dedup import dedup_sql, recompute_events
from ..config import Settings
from ..errors import StoreError
from ..model import Article
from ..provenance import Provenance
from . import schema as _schema
from .parquet_events import LINKS, sql_list as _sql_list, store_columns, table_files
from .schema import COLUMNS, EVENT_INDEXES, MIGRATIONS, TABLES
from .tables import article_tables

log = logging.getLogger(__name__)

__all__ = ["Store", "WriteSummary"]

_LAYER_TABLES = [t for t in TABLES if t not in ("articles", "events")]

# Physical order `Store.optimize` gives the events table. DuckDB skips a row group whose min/max (zone map)
# cannot match a filter, so on a clustered table: an actor filter (source_country/source_code) reads the
# few row groups of that country in each year, and the top-N of a date-ordered page stops after the first
# year block (its dynamic date filter skips the rest). Year first, not date first: ordering by date alone
# makes a 10-year dyad read every row group (bench/query_scale.py, docs/performance.md "Queries").
EVENTS_CLUSTER_ORDER = ("year(date) NULLS LAST, source_country NULLS LAST, source_code NULLS LAST, "
                        "date NULLS LAST, event_num")


@dataclass(frozen=True)
class WriteSummary:
    """What one `write_articles` call did."""

    inserted: int = 0  # articles new to the store
    replaced: int = 0  # articles whose content changed (or replace=True) and were rewritten
    unchanged: int = 0  # articles already stored with the same content hash: skipped
    mentions: int = 0  # event mentions written
    events: int = 0  # mentions re-clustered by dedup in this batch

    @property
    def written(self) -> int:
        return self.inserted + self.replaced

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(*(a + b for a, b in zip(self._tuple(), other._tuple(), strict=True)))

    def _tuple(self) -> tuple[int, ...]:
        return (self.inserted, self.replaced, self.unchanged, self.mentions, self.events)

    def to_dict(self) -> dict[str, int]:
        return dict(zip(("inserted", "replaced", "unchanged", "mentions", "events"), self._tuple(), strict=True))


class Store:
    """A dateline store: a DuckDB file, `:memory:`, or a directory of Parquet files (read-only).

    >>> with Store("dateline.duckdb") as store:
    ...     store.write_articles(articles)

    `read_only=True` opens the file without taking the write lock (the HTTP server does this); it fails
    with `StoreError` when the file does not exist. A directory is read as Parquet: each table from
    `DIR/<table>.parquet` or `DIR/<table>/**/*.parquet` (Hive partitions allowed); when no `events` files
    exist, events are derived from the mentions by the same dedup as the DuckDB store.

    The connection is not shared across threads: every query runs on its own cursor (`store.query`).
    Raises `StoreError` when the file cannot be opened or migrated.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False,
                 settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.path = str(path if path is not None else self.settings.get("store.path", "dateline.duckdb"))
        self.window_days = int(self.settings.get("dedup.window_days", 2))
        self._lock = threading.RLock()
        self.kind = "parquet" if os.path.isdir(self.path) else "duckdb"
        self.read_only = read_only or self.kind == "parquet"
        if self.kind == "parquet":
            self._con = duckdb.connect()
            self._open_parquet(Path(self.path))
            return
        if read_only and self.path != ":memory:" and not os.path.exists(self.path):
            raise StoreError(
                f"store {self.path} does not exist; create it with `dateline ingest FILE --db {self.path}` "
                "or pass --db / DATELINE_DB to point at an existing store",
                code="E501",
            )
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            hint = ("another process holds the write lock; stop it or open read-only"
                    if "lock" in str(exc).lower() else "check the path and permissions")
            raise StoreError(f"cannot open store {self.path}: {exc}; {hint}", code="E502") from None
        try:
            if read_only:
                self._check_schema()
            else:
                self.migrate()
        except StoreError:
            # a store that cannot be used must not keep its file open: a later writable open of the same
            # file in this process (to apply the pending migrations) would be refused
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, kind={self.kind!r}, read_only={self.read_only})"

    # -- schema --------------------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; returns the names applied now."""
        con = self._con
        con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR, applied_at TIMESTAMP)")
        done = {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            try:
                con.execute("BEGIN TRANSACTION")
                for sql in statements:
                    con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                            [name, dt.datetime.now(dt.UTC).replace(tzinfo=None)])
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed on {self.path}: {exc}; the store was left at the "
                                 "previous migration; upgrade dateline or restore a backup", code="E503") from None
            applied.append(name)
            log.info("store %s: applied migration %s", self.path, name)
        return applied

    def migrations(self) -> list[dict[str, Any]]:
        """Migrations recorded in the store, in the order they were applied."""
        if self.kind == "parquet":
            return []
        return self.query("SELECT name, applied_at FROM schema_migrations ORDER BY applied_at, name")

    def _check_schema(self) -> None:
        names = {r[0] for r in self._con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        missing = [t for t in TABLES if t not in names]
        if missing:
            raise StoreError(f"{self.path} is not a dateline store (missing tables: {', '.join(missing)}); "
                             "open it once without read-only, or ingest into it, to create the schema",
                             code="E504")
        pending = [n for n, _ in MIGRATIONS if n not in
                   {r[0] for r in self._con.execute("SELECT name FROM schema_migrations").fetchall()}]
        if pending:
            raise StoreError(f"{self.path} needs migrations {pending}; open it once for writing "
                             "(e.g. `dateline ingest` or `dateline recode`) to apply them", code="E505")

    def _open_parquet(self, root: Path) -> None:
        con = self._con
        for table in TABLES:
            files = table_files(root, table)
            cols = ", ".join(f'CAST("{n}" AS {t}) AS "{n}"' for n, t in COLUMNS[table])
            target = "_raw_mentions" if table == "mentions" else table
            if files:
                # Views cannot take bound parameters, so the file list is inlined (quoted).
                source = f"read_parquet({_sql_list(files)}, union_by_name=true, hive_partitioning=true)"
                try:
                    con.execute(f"CREATE VIEW {target} AS SELECT {cols} FROM {source}")
                except duckdb.BinderException:  # files of an earlier release: later columns read as NULL
                    cols = store_columns(con, source, table)
                    con.execute(f"CREATE VIEW {target} AS SELECT {cols} FROM {source}")
            elif table != "events":
                con.register(f"_empty_{table}", _schema.ARROW_SCHEMAS[table].empty_table())
                con.execute(f"CREATE VIEW {target} AS SELECT * FROM _empty_{table}")
        has_events = bool(table_files(root, "events"))
        links = table_files(root, LINKS)
        if has_events and links:
            # Events written after a multi-writer run (`write_parquet_events`): the mentions' event ids
            # are in the links table, as no writer of a mention knew its event.
            con.execute(
                f"CREATE VIEW mentions AS SELECT m.* REPLACE (coalesce(l.event_id, m.event_id) AS event_id) "
                f"FROM _raw_mentions m LEFT JOIN read_parquet({_sql_list(links)}) l "
                "ON l.article_id = m.article_id AND l.idx = m.idx"
            )
            return
        if has_events:
            con.execute("CREATE VIEW mentions AS SELECT * FROM _raw_mentions")
            return
        # No events written (e.g. a Ray run): derive them once, by the same dedup as the DuckDB store.
        base = dedup_sql(window_days=self.window_days, mentions_table="_raw_mentions")
        con.execute(f"CREATE TABLE events AS {base} SELECT * FROM events_out")
        con.execute(f"CREATE TABLE _links AS {base} SELECT * FROM links")
        con.execute("CREATE VIEW mentions AS SELECT m.* REPLACE (l.event_id AS event_id) FROM _raw_mentions m "
                    "LEFT JOIN _links l ON l.article_id = m.article_id AND l.idx = m.idx")

    # -- reading -------------------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one read query on a fresh cursor and return rows as dicts (thread-safe)."""
        cur = self.cursor()
        try:
            rel = cur.execute(sql, params or [])
            names = [d[0] for d in rel.description]
            return [dict(zip(names, row, strict=True)) for row in rel.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed on {self.path}: {exc}", code="E506") from None
        finally:
            cur.close()

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def arrow(self, sql: str, params: Sequence[Any] | None = None):
        """Run one read query and return a `pyarrow.Table` (for exports)."""
        cur = self.cursor()
        try:
            res = cur.execute(sql, params or [])
            return res.to_arrow_table() if hasattr(res, "to_arrow_table") else res.arrow()
        except duckdb.Error as exc:
            raise StoreError(f"query failed on {self.path}: {exc}", code="E506") from None
        finally:
            cur.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor on the store's database; use one per thread."""
        with self._lock:
            return self._con.cursor()

    def article_ids(self) -> list[str]:
        """Every stored article id, sorted."""
        return [r["id"] for r in self.query("SELECT id FROM articles ORDER BY id")]

    def has_article(self, id: str, content_hash: str | None = None) -> bool:
        """True when article `id` is stored (with `content_hash`, when given)."""
        if content_hash is None:
            return bool(self.scalar("SELECT count(*) FROM articles WHERE id = ?", [id]))
        return bool(self.scalar("SELECT count(*) FROM articles WHERE id = ? AND content_hash = ?",
                                [id, content_hash]))

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: int(self.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}

    def provenance(self) -> list[dict[str, Any]]:
        """Articles per (dateline_version, data_hash) that coded them."""
        return self.query("SELECT dateline_version, data_hash, count(*) AS articles FROM articles "
                          "GROUP BY ALL ORDER BY articles DESC")

    # -- writing -------------------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            what = "a Parquet directory" if self.kind == "parquet" else "opened read-only"
            raise StoreError(f"store {self.path} is {what}; write to a DuckDB file instead "
                             "(open it without read_only, and stop any process holding it)", code="E507")

    def write_articles(self, articles: Iterable[Article], *, replace: bool = False,
                       provenance: Provenance | None = None) -> WriteSummary:
        """Write a batch of articles with every layer, idempotently, in one transaction.

        An article already stored under its id with the same content hash is skipped (counted as
        `unchanged`) unless `replace=True`; one stored with a different hash is replaced (all of its old
        rows deleted). Then dedup recomputes the events of every dedup key the batch touched.
        Raises `StoreError` when the store is read-only or the write fails (the batch is rolled back).
        """
        self._writable()
        batch: dict[str, Article] = {}
        for art in articles:
            if art.id in batch:
                log.info("article %s appears twice in one batch; keeping the first", art.id)
                continue
            batch[art.id] = art
        if not batch:
            return WriteSummary()
        with self._lock:
            con = self._con
            stored = dict(con.execute(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [list(batch)]).fetchall())
            fresh = [a for a in batch.values() if a.id not in stored]
            redo = [a for a in batch.values() if a.id in stored and (replace or stored[a.id] != a.content_hash)]
            unchanged = len(batch) - len(fresh) - len(redo)
            if not fresh and not redo:
                return WriteSummary(unchanged=unchanged)
            tables = article_tables([*fresh, *redo], provenance=provenance)
            redo_ids = [a.id for a in redo]
            try:
                con.execute("BEGIN TRANSACTION")
                keys: set[str] = set()
                if redo_ids:
                    keys.update(r[0] for r in con.execute(
                        "SELECT DISTINCT dedup_key FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                        [redo_ids]).fetchall())
                    con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [redo_ids])
                    for t in _LAYER_TABLES:
                        con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                                    [redo_ids])
                for name, table in tables.items():
                    if table.num_rows == 0:
                        continue
                    view = f"_in_{name}"
                    con.register(view, table)
                    try:
                        cols = ", ".join(f'"{c}"' for c, _ in COLUMNS[name])
                        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {view}")
                    finally:
                        con.unregister(view)
                keys.update(tables["mentions"].column("dedup_key").to_pylist())
                n_events = recompute_events(con, keys, window_days=self.window_days)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"writing {len(batch)} articles to {self.path} failed: {exc}; nothing from "
                                 "this batch was written", code="E508") from None
        summary = WriteSummary(inserted=len(fresh), replaced=len(redo), unchanged=unchanged,
                               mentions=tables["mentions"].num_rows, events=n_events)
        log.info("store %s: %s", self.path, summary.to_dict())
        return summary

    def delete_articles(self, ids: Iterable[str]) -> int:
        """Delete articles and all their rows; recompute the events they took part in. Returns the count."""
        self._writable()
        ids = list(ids)
        if not ids:
            return 0
        with self._lock:
            con = self._con
            try:
                con.execute("BEGIN TRANSACTION")
                keys = [r[0] for r in con.execute(
                    "SELECT DISTINCT dedup_key FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [ids]).fetchall()]
                n = con.execute("SELECT count(*) FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                [ids]).fetchone()[0]
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
                for t in _LAYER_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
                recompute_events(con, keys, window_days=self.window_days)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"deleting articles from {self.path} failed: {exc}", code="E509") from None
        return int(n)

    def rebuild_events(self, *, window_days: int | None = None) -> int:
        """Re-run dedup over every mention (e.g. after changing `dedup.window_days`)."""
        self._writable()
        if window_days is not None:
            self.window_days = int(window_days)
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                n = recompute_events(con, None, window_days=self.window_days)
                _cluster_events(con)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"rebuilding events in {self.path} failed: {exc}", code="E510") from None
        return n

    def optimize(self) -> None:
        """Rewrite the `events` table in `EVENTS_CLUSTER_ORDER` (year, source country, source code, date).

        Query results do not change, only their speed on large stores: dyad, timeline, events pages and
        date-bounded queries then read a fraction of the row groups. `write_articles` appends the events of
        each batch, so call this after a large ingest (`rebuild_events` does it itself). Costs one sort of
        the events table (about a minute for 10M events on 2 cores). Raises `StoreError` when the store is
        read-only or the rewrite fails (the table is left as it was).
        """
        self._writable()
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                _cluster_events(con)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"optimizing {self.path} failed: {exc}; the events table was left as it "
                                 "was; check free disk space and memory, then retry", code="E511") from None
            if self.path != ":memory:":
                con.execute("CHECKPOINT")  # frees the blocks of the old table in the file now


def _cluster_events(con: duckdb.DuckDBPyConnection) -> None:
    # SELECT * keeps every column's name, type and order; the table has no constraint to carry over, and
    # its indexes (EVENT_INDEXES) are dropped with it and built again on the new rows.
    con.execute("DROP INDEX IF EXISTS events_num")
    con.execute(f"CREATE OR REPLACE TABLE events AS SELECT * FROM events ORDER BY {EVENTS_CLUSTER_ORDER}")
    for sql in EVENT_INDEXES:
        con.execute(sql)
