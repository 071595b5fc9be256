"""The same pipeline over Ray Data: JSONL or Parquet partitions in, a Parquet directory out.

    run_ray_ingest(paths, out="events-parquet/", settings=settings, address=None, workers=None)

Ray Data reads the inputs (`read_text` for JSONL, one row per line; `read_parquet` for Parquet files with the
JSONL keys as columns), and maps `_PipelineActor` over them with a fixed-size actor pool: each actor builds
the pipeline once (one spaCy model per actor) and, per batch, turns rows into `Article`s by the ingest rules
(`dateline.ingest.jsonl.item_from_object`), runs the pipeline, converts the batch with the store's own
`dateline.store.tables.article_tables` and writes every table as Parquet under `out/<table>/month=YYYY-MM/`
(the month the article was published; `month=unknown` without a date). Actors write their own files, so
nothing but a small per-article summary travels back to the driver.

When every actor has finished, the driver clusters all mentions into the deduplicated `events` table
(`out/events/month=YYYY-MM/`, plus `out/event_links/` naming each mention's event) with the same dedup as
the DuckDB store (`dateline.store.parquet_events`): dedup spans articles that different actors processed,
so no actor can do it. `dateline.store.Store(out)` and every query command (`--db out`) read that
directory.

Resumable: articles whose (id, content hash) already appear under `out/articles/` are skipped.
On a cluster, `out` must be a path every node can write (a shared file system), and dateline must be
installed on every node.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..jobs import FailedArticle, IngestSummary
from ..model import Article
from ..store.parquet_events import write_parquet_events

log = logging.getLogger(__name__)

__all__ = ["run_ray_ingest", "input_files"]

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
DEFAULT_BATCH = 64


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError("--engine ray needs Ray: `pip install 'dateline[ray]'` (or use --engine local)",
                          code="E120") from None
    return ray


def input_files(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split `paths` (files or folders, searched recursively) into (JSONL files, Parquet files).

    Raises `ConfigError` for anything else: the Ray engine reads only these two formats.
    """
    jsonl: list[str] = []
    parquet: list[str] = []
    other: list[str] = []
    for p in paths:
        path = Path(p)
        found = sorted(str(f) for f in path.rglob("*") if f.is_file()) if path.is_dir() else [str(path)]
        for f in found:
            low = f.lower()
            if low.endswith(JSONL_SUFFIXES):
                jsonl.append(os.path.abspath(f))
            elif low.endswith(PARQUET_SUFFIXES):
                parquet.append(os.path.abspath(f))
            elif not path.is_dir():
                other.append(f)
    if other:
        raise ConfigError(f"--engine ray reads JSONL or Parquet files, not {other[0]}; convert other inputs "
                          "with `dateline extract ... --format jsonl` or use --engine local", code="E121")
    if not jsonl and not parquet:
        raise ConfigError(f"no .jsonl or .parquet files under {', '.join(paths)}", code="E122")
    return jsonl, parquet


def _stored_keys(out: str) -> set[str]:
    """`id<US>content_hash` of every article already written under `out/articles`."""
    files = glob.glob(os.path.join(out, "articles", "**", "*.parquet"), recursive=True)
    if not files:
        return set()
    import duckdb

    con = duckdb.connect()
    try:
        rows = con.execute("SELECT DISTINCT id, content_hash FROM read_parquet(?, union_by_name=true)",
                           [files]).fetchall()
    finally:
        con.close()
    return {f"{i}\x1f{h}" for i, h in rows}


class _PipelineActor:
    """One pipeline (one spaCy model) per actor; processes a batch of input rows and writes Parquet."""

    def __init__(self, settings_data: dict, out: str, published: str | None, stored: Any):
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        import ray

        from ..api_lib import get_pipeline

        if isinstance(stored, ray.ObjectRef):  # Ray Data passes constructor refs through unresolved
            stored = ray.get(stored)

        self.settings = Settings(settings_data)
        self.pipeline = get_pipeline(self.settings)
        self.out = out
        self.published = published
        self.stored = stored
        self.token = uuid.uuid4().hex[:12]  # file names unique per actor, ordered per batch
        self.batches = 0
        self._finish = _item_converter(self.settings, published)

    def __call__(self, batch):  # batch: pyarrow.Table
        import pyarrow as pa

        articles = [self._article(row) for row in batch.to_pylist()]
        todo, skipped, known_failures = [], [], []
        for art in articles:
            if f"{art.id}\x1f{art.content_hash}" not in self.stored:
                todo.append(art)
            elif art.errors:
                known_failures.append(art)  # reported again, as the local runner does, but not re-written
            else:
                skipped.append(art)
        done = list(self.pipeline.pipe(todo)) if todo else []
        if done:
            self._write(done)
        done += known_failures
        rows = [_summary_row(a, skipped=False) for a in done]
        rows += [_summary_row(a, skipped=True) for a in skipped]
        return pa.Table.from_pylist(rows, schema=_SUMMARY_SCHEMA())

    def _article(self, row: dict) -> Article:
        from ..ingest._common import E_BAD_JSON, RawItem, short_hash
        from ..ingest.jsonl import item_from_object

        origin = row.pop("_origin", None) or "ray"
        if "_json" in row:
            line = row["_json"]
            # Ray's text reader gives no line numbers: a short hash of the line tells lines apart instead.
            origin = f"{origin}#{short_hash(line, n=8)}"
            try:
                item = item_from_object(json.loads(line), origin)
            except ValueError as exc:
                item = RawItem.failed(origin, E_BAD_JSON, f"not valid JSON ({exc}); each line must be one "
                                      "JSON object with a \"text\" key")
        else:
            obj = {k: v for k, v in row.items() if v is not None}
            if obj.get("published") is not None and not isinstance(obj["published"], str):
                obj["published"] = str(obj["published"])[:10]  # a Parquet date/timestamp column
            item = item_from_object(obj, origin)
        return self._finish(item)

    def _write(self, articles: list[Article]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from ..store.tables import article_tables

        self.batches += 1
        tables = article_tables(articles)
        month = {a.id: (a.published[:7] if a.published and len(a.published) >= 7 else "unknown")
                 for a in articles}
        for name, table in tables.items():
            if table.num_rows == 0:
                continue
            key = "id" if name == "articles" else "article_id"
            months = pa.array([month.get(i, "unknown") for i in table.column(key).to_pylist()], pa.string())
            pq.write_to_dataset(
                table.append_column("month", months), root_path=os.path.join(self.out, name),
                partition_cols=["month"],
                basename_template=f"part-{self.token}-{self.batches:06d}-{{i}}.parquet",
                existing_data_behavior="overwrite_or_ignore",
            )


def _item_converter(settings: Settings, published: str | None) -> Callable[[Any], Article]:
    """RawItem -> Article by the ingest rules (clean-up, checks, dates, dateline header, error articles)."""
    from ..ingest import article_converter

    return article_converter(settings, published=published)


def _SUMMARY_SCHEMA():  # noqa: N802 - built lazily so importing this module does not need pyarrow types
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("origin", pa.string()), ("skipped", pa.bool_()), ("n_events", pa.int32()),
        ("roots", pa.list_(pa.string())), ("err_stage", pa.list_(pa.string())),
        ("err_reason", pa.list_(pa.string())),
    ])


def _summary_row(art: Article, *, skipped: bool) -> dict:
    return {
        "id": art.id, "origin": art.origin, "skipped": skipped, "n_events": len(art.events),
        "roots": [e.root for e in art.events], "err_stage": [e.stage for e in art.errors],
        "err_reason": [e.reason for e in art.errors],
    }


def run_ray_ingest(
    paths: Iterable[str],
    *,
    out: str,
    settings: Settings | None = None,
    published: str | None = None,
    address: str | None = None,
    workers: int | None = None,
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Run the pipeline over JSONL/Parquet `paths` on Ray and write a Parquet directory `out`.

    `address` joins a running Ray cluster (e.g. "ray://head:10001" or "auto"); None starts a local Ray
    with `workers` CPUs. `workers` actors (default: the cluster's CPUs) each hold one pipeline;
    `batch_size` articles go to an actor at a time. Returns the same `IngestSummary` as `run_ingest`.
    Raises `ConfigError` when Ray is missing or an input is neither JSONL nor Parquet.
    """
    paths = list(paths)
    settings = settings or Settings()
    ray = _import_ray()
    jsonl, parquet = input_files(paths)
    os.makedirs(out, exist_ok=True)
    out = os.path.abspath(out)
    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "logging_level": logging.WARNING}
        if address:
            kwargs["address"] = address
        else:
            from .local import default_workers

            kwargs["num_cpus"] = workers or default_workers()
            kwargs["object_store_memory"] = 256 * 1024 * 1024
        ray.init(**kwargs)
        started = True
    try:
        n_actors = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False  # the caller draws its own progress bar
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        stored = _stored_keys(out)
        stored_ref = ray.put(stored)
        summary = IngestSummary()
        datasets = []
        if jsonl:
            # Reading is light I/O: it takes no CPU slot, so N actors on N CPUs never wait for a reader.
            ds = ray.data.read_text(jsonl, include_paths=True, num_cpus=0)
            datasets.append(ds.rename_columns({"text": "_json", "path": "_origin"}))
        if parquet:
            # Our own reader task instead of ray.data.read_parquet: it streams row groups, keeps only the
            # input keys as strings (files may differ in columns and types), and avoids Ray's optional
            # HTTP-filesystem import, which fails without aiohttp.
            ds = ray.data.from_items([{"_file": f} for f in parquet])
            datasets.append(ds.map_batches(_read_parquet_files, batch_size=1, batch_format="pyarrow",
                                           num_cpus=0))
        for ds in datasets:
            result = ds.map_batches(
                _PipelineActor,
                fn_constructor_args=(settings.data, out, published, stored_ref),
                batch_size=int(batch_size or DEFAULT_BATCH),
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=n_actors),
                num_cpus=1,
            )
            for batch in result.iter_batches(batch_size=None, batch_format="pyarrow"):
                _tally(summary, batch.to_pylist())
                if progress:
                    progress(batch.num_rows)
        _write_empty_tables(out)
        # No actor saw every mention, so events are clustered here, once, after all of them finished.
        write_parquet_events(out, window_days=int(settings.get("dedup.window_days", 2)))
    finally:
        if started:
            ray.shutdown()
    log.info("ray ingest: %s", summary.to_dict())
    return summary


INPUT_KEYS = ("id", "text", "title", "url", "source", "published", "language")


def _read_parquet_files(batch):
    """Yield the input rows of Parquet files (one table per row-group batch) with a `_origin` column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for path in batch.column("_file").to_pylist():
        pf = pq.ParquetFile(path)
        names = [k for k in INPUT_KEYS if k in pf.schema_arrow.names]
        for rb in pf.iter_batches(batch_size=1024, columns=names):
            cols = {}
            for key in INPUT_KEYS:
                if key in names:
                    col = rb.column(names.index(key))
                    cols[key] = col if col.type == pa.string() else col.cast(pa.string())
                else:
                    cols[key] = pa.nulls(rb.num_rows, pa.string())
            cols["_origin"] = pa.array([path] * rb.num_rows, pa.string())
            yield pa.table(cols)


def _write_empty_tables(out: str) -> None:
    """Give every table at least one (empty) file, so the directory is self-describing and readers never
    meet a missing table (e.g. `errors` after a run without errors)."""
    import pyarrow.parquet as pq

    from ..store.tables import empty_tables

    for name, table in empty_tables().items():
        if glob.glob(os.path.join(out, name, "**", "*.parquet"), recursive=True):
            continue
        folder = os.path.join(out, name, "month=unknown")
        os.makedirs(folder, exist_ok=True)
        pq.write_table(table, os.path.join(folder, "empty-schema.parquet"))


def _tally(summary: IngestSummary, rows: list[dict]) -> None:
    for row in rows:
        summary.read += 1
        if row["skipped"]:
            summary.skipped += 1
            continue
        summary.stored += 1
        summary.events += row["n_events"]
        summary.events_by_root.update(row["roots"] or [])
        for stage, reason in zip(row["err_stage"] or [], row["err_reason"] or [], strict=False):
            summary.failed.append(FailedArticle(row["id"], row["origin"], stage, reason))
