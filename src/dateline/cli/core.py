"""Core commands: extract (no store), ingest (extract + store), events (query), demo."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import DatelineError
from .app import (
    ConfigOption,
    DbOption,
    FormatOption,
    OutFormat,
    SetOption,
    app,
    console,
    db_path,
    emit,
    err_console,
    fail,
    make_settings,
)


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        fail(f"{option} {value!r} is not a date; use YYYY-MM-DD", code=2)
    return None


def _check_paths(paths: list[str]) -> None:
    for p in paths:
        if "://" not in p and not Path(p).exists():
            fail(f"no such file or folder: {p}", code=2)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, JSONL, HTML, RSS/Atom feeds or feed URLs."),
    published: str = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for articles without one."),
    fmt: OutFormat = typer.Option(OutFormat.json, "--format", "-f", help="json (pretty) or jsonl (one per line)."),
    explain: bool = typer.Option(False, "--explain", help="Also show, per sentence, what the coder matched or why not."),
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Extract events, actors, quotes, amounts, times and places; print the contract JSON (no store).

    Exit status: 0 when every article succeeded, 1 when some failed (their errors are in the JSON), 2 on
    usage errors.
    """
    published = _check_date(published, "--published")
    _check_paths(paths)
    settings = make_settings(config, set_)
    from ..api_lib import get_pipeline
    from ..jobs import iter_inputs

    failed = 0
    try:
        pipeline = get_pipeline(settings)
        articles = iter_inputs(paths, settings=settings, published=published)
        for art in pipeline.pipe(articles, keep_docs=explain):
            failed += bool(art.errors)
            obj = art.to_dict()
            if explain:
                obj["explain"] = _explain(art)
            if fmt is OutFormat.jsonl:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
            art.doc = None
    except DatelineError as exc:
        fail(str(exc), code=1)
    if failed:
        err_console.print(f"[yellow]{failed} article(s) had errors; see their \"errors\" lists[/]")
        raise typer.Exit(1)


def _explain(article) -> list[dict]:
    try:
        from ..coding.explain import explain_article
    except ImportError:
        return [{"reason": "the coder in this build cannot explain itself"}]
    if article.doc is None and article.errors:
        # an article that failed before the parse (not English, empty, unreadable) has nothing to trace; it
        # must not stop the batch (its error is in its own record)
        return [{"reason": f"not coded: {article.errors[0].reason}", "code": article.errors[0].code}]
    return explain_article(article)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, JSONL, HTML, RSS/Atom feeds or feed URLs."),
    db: str = DbOption,
    published: str = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for articles without one."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary table."),
    workers: int = typer.Option(None, "--workers", "-w", min=1,
                                help="Worker processes, each with its own spaCy model (default: all cores)."),
    engine: Engine = typer.Option("local", "--engine",
                                  help="local: worker processes, DuckDB file. ray: Ray Data over JSONL/Parquet "
                                       "inputs, writes a Parquet directory (--db DIR); needs the ray extra."),
    address: str = typer.Option(None, "--address",
                                help="Ray cluster to join with --engine ray (default: start a local Ray)."),
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Extract and store articles in a DuckDB file. Re-running skips what is already stored.

    Exit status: 0 when all articles succeeded, 1 when some failed (each listed with its reason), 2 on usage
    errors.
    """
    published = _check_date(published, "--published")
    _check_paths(paths)
    settings = make_settings(config, set_)
    from ..jobs import run_ingest
    from ..scale.local import default_workers

    if address and engine is not Engine.ray:
        fail("--address is for --engine ray; add --engine ray or drop --address", code=2)
    if engine is Engine.ray:
        _ingest_ray(paths, db, settings=settings, published=published, quiet=quiet, workers=workers,
                    address=address)
        return

    try:
        with _progress("ingest", quiet=quiet) as tick:
            summary = run_ingest(paths, db=db_path(db), settings=settings, published=published, progress=tick,
                                 workers=workers or default_workers())
    except DatelineError as exc:
        fail(str(exc), code=1)
        return
    if not quiet:
        _print_summary(summary, db_path(db))
    _print_failures(summary)
    raise typer.Exit(summary.exit_code)


def _ingest_ray(paths: list[str], db: str | None, *, settings, published: str | None, quiet: bool,
                workers: int | None, address: str | None) -> None:
    """`dateline ingest --engine ray`: the same pipeline over Ray Data, into a Parquet directory."""
    out = db_path(db)
    if out.endswith(".duckdb") or (Path(out).exists() and not Path(out).is_dir()):
        fail(f"--engine ray writes a Parquet directory, not the DuckDB file {out}; pass --db DIR "
             "(query it later with --db DIR)", code=2)
    from ..scale.ray_runner import run_ray_ingest

    try:
        with _progress("ingest (ray)", quiet=quiet) as tick:
            summary = run_ray_ingest(paths, out=out, settings=settings, published=published, address=address,
                                     workers=workers, progress=tick)
    except DatelineError as exc:
        fail(str(exc), code=2 if exc.code.startswith("E1") else 1)
        return
    if not quiet:
        _print_summary(summary, out)
    _print_failures(summary)
    raise typer.Exit(summary.exit_code)


@contextmanager
def _progress(label: str, *, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr with articles/s; yields the `progress(n)` callback the runners call."""
    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err_console, disable=quiet, transient=True,
    ) as bar:
        task = bar.add_task(label, total=None, rate="")

        def tick(n: int) -> None:
            bar.advance(task, n)
            done = bar.tasks[0].completed
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(task, rate=f"{done / elapsed:.1f} articles/s" if elapsed else "")

        yield tick


def _print_failures(summary) -> None:
    """One unwrapped line per failure: `failed [stage] FILE:LINE: reason and fix` (grep-able).

    Escaped because rich would eat `[ingest]` and any `[...]` in a path or reason as markup.
    """
    from rich.markup import escape

    for f in summary.failed:
        where = f.origin or f.id
        reason = f.reason if f.reason.startswith(where) else f"{where}: {f.reason}"
        err_console.print(f"[red]failed[/] {escape(f'[{f.stage}]')} {escape(reason)}", highlight=False,
                          soft_wrap=True)


def _print_summary(summary, db: str) -> None:
    console.print(
        f"[bold]{summary.read}[/] articles read, [bold]{summary.stored}[/] stored, "
        f"{summary.skipped} already stored, [bold]{summary.failed_articles}[/] failed, "
        f"[bold]{summary.events}[/] events -> {db}"
    )


EVENT_COLUMNS = ["article_id", "date", "source", "cameo", "target", "mode", "evidence"]


@app.command()
def events(
    db: str = DbOption,
    actor: str = typer.Option(None, "--actor", help="Actor code as source or target (e.g. RUSGOV, CHN)."),
    country: str = typer.Option(None, "--country", help="ISO3 country of source or target."),
    code: str = typer.Option(None, "--code", help="CAMEO code or prefix (e.g. 04, 042)."),
    since: str = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD)."),
    all_modes: bool = typer.Option(False, "--all-modes", help="Include negated and hypothetical events."),
    limit: int = typer.Option(100, "--limit", help="At most this many events."),
    fmt: OutFormat = FormatOption,
) -> None:
    """List stored events with article id, date, source, code, target and the evidence sentence."""
    since = _check_date(since, "--since")
    until = _check_date(until, "--until")
    path = db_path(db)
    if not Path(path).exists():
        fail(f"no database at {path}; run `dateline ingest PATH --db {path}` first", code=2)
    from ..store import Store
    from ..store.queries import events as query_events

    try:
        with Store(path, read_only=True) as store:
            rows = query_events(store, actor=actor, country=country, code=code, since=since, until=until,
                                modes=None if not all_modes else "all", limit=limit)
    except DatelineError as exc:
        fail(str(exc), code=1)
        return
    emit(rows, fmt, columns=EVENT_COLUMNS if fmt in (OutFormat.table, OutFormat.csv) else None, title="events")


@app.command()
def demo(
    db: str = typer.Option("demo.duckdb", "--db", help="DuckDB file to create."),
    path: str = typer.Argument("examples", help="Folder of sample articles."),
) -> None:
    """Ingest the bundled sample articles and print a summary: articles, events by type, a few events."""
    if not Path(path).exists():
        fail(f"no sample folder at {path}; run from the dateline checkout or pass a folder", code=2)
    from ..analysis import top
    from ..jobs import run_ingest
    from ..store import Store
    from ..store.queries import events as query_events
    from ..store.queries import stats

    settings = make_settings()
    with console.status("extracting events from the sample articles..."):
        summary = run_ingest([path], db=db, settings=settings, workers=1)
    _print_summary(summary, db)
    with Store(db, read_only=True) as store:
        info = stats(store)
        codes = top(store, "codes", limit=12)
        dyads = top(store, "dyads", limit=5)
        rows = query_events(store, limit=200)
    counts = info["counts"]
    console.print(
        f"[bold]{counts.get('articles', 0)}[/] articles, [bold]{counts.get('events', 0)}[/] events "
        f"({counts.get('mentions', 0)} mentions), {counts.get('quotes', 0)} quotes, "
        f"{counts.get('amounts', 0)} amounts, {counts.get('places', 0)} places, "
        f"events from {info['first_event']} to {info['last_event']}"
    )
    emit([{"cameo": c["cameo"], "name": _code_name(c["cameo"]), "events": c["events"]} for c in codes],
         OutFormat.table, columns=["cameo", "name", "events"], title="events by type (top CAMEO codes)")
    emit(dyads, OutFormat.table, columns=["source", "target", "events", "mean_goldstein"], title="top dyads")
    console.print("[bold]A few events with their evidence[/]")
    seen: set[str] = set()
    for row in rows:  # one event per article, for variety
        if row.get("article_id") in seen or not row.get("target"):
            continue
        seen.add(row.get("article_id"))
        console.print(
            f"[cyan]{row.get('date')}[/] {row.get('source') or '?'} [bold]{row.get('cameo')}[/] "
            f"{row.get('target') or '-'}  [dim]({row.get('article_id')})[/]\n    {row.get('evidence')}",
            highlight=False,
        )
        if len(seen) == 6:
            break
    for f in summary.failed:
        err_console.print(f"[red]failed[/] {f.origin or f.id} [{f.stage}]: {f.reason}", highlight=False)
    raise typer.Exit(summary.exit_code)


def _code_name(code: str) -> str:
    try:
        from ..coding.codes import code_info

        return code_info(code).name
    except Exception:  # noqa: BLE001 - a name is decoration; never fail the summary over it
        return ""
