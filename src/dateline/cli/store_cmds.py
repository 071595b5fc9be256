"""Query commands over a store: dyad, timeline, network, top, quotes, amounts, and recode.

Each command opens the store (a DuckDB file or a Parquet directory), calls one library function from
`dateline.analysis` / `dateline.store.queries`, and renders its rows.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

import typer

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
    fail,
    make_settings,
)

SinceOption = typer.Option(None, "--since", help="On or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
UntilOption = typer.Option(None, "--until", help="On or before this date (YYYY-MM-DD, YYYY-MM or YYYY).")
AllModesOption = typer.Option(False, "--all-modes", help="Include negated and hypothetical events.")


@contextmanager
def open_store(db: str | None, *, read_only: bool = True, settings=None) -> Iterator[Any]:
    """Open the store for a command, turning a missing file or any DatelineError into a clean exit."""
    from ..store import Store

    path = db_path(db)
    if not Path(path).exists():
        fail(f"no store at {path}; run `dateline ingest PATH --db {path}` first, or pass --db / DATELINE_DB",
             code=2)
    try:
        with Store(path, read_only=read_only, settings=settings) as store:
            yield store
    except DatelineError as exc:
        fail(str(exc), code=2 if exc.code.startswith("E1") else 1)


def _run(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except DatelineError as exc:
        fail(str(exc), code=2 if exc.code.startswith("E1") else 1)


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


DYAD_COLUMNS = ["period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                "material_conflict", "mean_goldstein", "net_cooperation", "top_codes"]


@app.command()
def dyad(
    a: str = typer.Argument(..., help="First actor: a code (RUSGOV) or a country (RUS)."),
    b: str = typer.Argument(..., help="Second actor."),
    by: Period = typer.Option(Period.month, "--by", help="Period length."),
    since: str = SinceOption,
    until: str = UntilOption,
    directed: bool = typer.Option(False, "--directed", help="Only events from A to B (default: both ways)."),
    all_modes: bool = AllModesOption,
    db: str = DbOption,
    fmt: OutFormat = FormatOption,
) -> None:
    """Per period: events between A and B by QuadClass, mean Goldstein, net cooperation and top codes."""
    from ..analysis import dyad as dyad_fn

    with open_store(db) as store:
        rows = _run(lambda: dyad_fn(store, a, b, by=by.value, since=since, until=until, directed=directed,
                                    modes="all" if all_modes else None))
    if fmt in (OutFormat.table, OutFormat.csv):
        for r in rows:
            r["top_codes"] = " ".join(f"{c['cameo']}x{c['count']}" for c in r["top_codes"])
    emit(rows, fmt, columns=DYAD_COLUMNS if fmt in (OutFormat.table, OutFormat.csv) else None,
         title=f"{a} - {b} by {by.value}")


TIMELINE_COLUMNS = ["date", "role", "source", "cameo", "target", "num_mentions", "evidence"]


class Role(str, Enum):
    any = "any"
    source = "source"
    target = "target"


@app.command()
def timeline(
    actor: str = typer.Option(..., "--actor", help="Actor code (RUSGOV) or country (RUS)."),
    role: Role = typer.Option(Role.any, "--role", help="The actor as source, target, or either."),
    since: str = SinceOption,
    until: str = UntilOption,
    code: str = typer.Option(None, "--code", help="CAMEO code or prefix (e.g. 04)."),
    all_modes: bool = AllModesOption,
    limit: int = typer.Option(100, "--limit", help="At most this many events."),
    db: str = DbOption,
    fmt: OutFormat = FormatOption,
) -> None:
    """An actor's events in date order, each with the sentence that reported it first."""
    from ..analysis import timeline as timeline_fn

    with open_store(db) as store:
        rows = _run(lambda: timeline_fn(store, actor, role=role.value, since=since, until=until, code=code,
                                        modes="all" if all_modes else None, limit=limit))
    emit(rows, fmt, columns=TIMELINE_COLUMNS if fmt in (OutFormat.table, OutFormat.csv) else None,
         title=f"timeline of {actor}")


class NetFormat(str, Enum):
    table = "table"
    json = "json"
    graphml = "graphml"
    csv = "csv"


class Level(str, Enum):
    country = "country"
    actor = "actor"


@app.command()
def network(
    since: str = SinceOption,
    until: str = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1, help="Keep edges with at least this many events."),
    level: Level = typer.Option(Level.country, "--level", help="Nodes are countries or full actor codes."),
    code: str = typer.Option(None, "--code", help="Only events with this CAMEO code or prefix."),
    all_modes: bool = AllModesOption,
    db: str = DbOption,
    fmt: NetFormat = typer.Option(NetFormat.table, "--format", "-f", help="table, json, graphml or csv (edges)."),
    output: str = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """The weighted, directed actor network of stored events (JSON, GraphML or CSV edges)."""
    from ..analysis import network as network_fn
    from ..analysis import network_csv, network_graphml

    with open_store(db) as store:
        graph = _run(lambda: network_fn(store, since=since, until=until, min_events=min_events,
                                        level=level.value, code=code, modes="all" if all_modes else None))
    if fmt is NetFormat.table and not output:
        emit(graph["edges"], OutFormat.table, columns=["source", "target", "events", "mentions", "mean_goldstein",
                                                        "cooperation", "conflict"], title="network edges")
        return
    text = {
        NetFormat.json: lambda: json.dumps(graph, ensure_ascii=False, indent=2, default=str) + "\n",
        NetFormat.graphml: lambda: network_graphml(graph),
        NetFormat.csv: lambda: network_csv(graph),
        NetFormat.table: lambda: json.dumps(graph, ensure_ascii=False, indent=2, default=str) + "\n",
    }[fmt]()
    if output:
        Path(output).write_text(text, encoding="utf-8")
        console.print(f"{len(graph['nodes'])} nodes, {len(graph['edges'])} edges -> {output}")
    else:
        sys.stdout.write(text)


class TopKind(str, Enum):
    actors = "actors"
    codes = "codes"
    places = "places"
    dyads = "dyads"


@app.command()
def top(
    what: TopKind = typer.Argument(..., help="actors, codes, places or dyads."),
    since: str = SinceOption,
    until: str = UntilOption,
    country: str = typer.Option(None, "--country", help="Only events with an actor of this country."),
    limit: int = typer.Option(10, "--limit", min=1, help="How many to list."),
    all_modes: bool = AllModesOption,
    db: str = DbOption,
    fmt: OutFormat = FormatOption,
) -> None:
    """The most frequent actors, CAMEO codes, places or dyads among stored events."""
    from ..analysis import top as top_fn

    with open_store(db) as store:
        rows = _run(lambda: top_fn(store, what.value, since=since, until=until, country=country, limit=limit,
                                   modes="all" if all_modes else None))
    emit(rows, fmt, title=f"top {what.value}")


QUOTE_COLUMNS = ["published", "speaker_code", "speaker_name", "cue", "text", "article_id"]


@app.command()
def quotes(
    speaker: str = typer.Option(None, "--speaker", help="Speaker code (RUSGOV) or part of the name (Putin)."),
    country: str = typer.Option(None, "--country", help="Speaker's country (ISO3)."),
    contains: str = typer.Option(None, "--contains", help="Quote text contains this (case-insensitive)."),
    since: str = SinceOption,
    until: str = UntilOption,
    limit: int = typer.Option(100, "--limit", help="At most this many quotes."),
    db: str = DbOption,
    fmt: OutFormat = FormatOption,
) -> None:
    """Stored quotes with their speakers, newest first."""
    from ..store.queries import quotes as quotes_fn

    with open_store(db) as store:
        rows = _run(lambda: quotes_fn(store, speaker=speaker, country=country, q=contains, since=since,
                                      until=until, limit=limit))
    emit(rows, fmt, columns=QUOTE_COLUMNS if fmt in (OutFormat.table, OutFormat.csv) else None, title="quotes")


AMOUNT_COLUMNS = ["published", "text", "value", "unit", "kind", "measures", "article_id"]


@app.command()
def amounts(
    unit: str = typer.Option(None, "--unit", help="USD, percent, people, ..."),
    kind: str = typer.Option(None, "--kind", help="money, percent, fraction, count or change."),
    measures: str = typer.Option(None, "--measures", help="What it measures contains this (e.g. trade)."),
    min_value: float = typer.Option(None, "--min", help="Normalised value at least this."),
    max_value: float = typer.Option(None, "--max", help="Normalised value at most this."),
    since: str = SinceOption,
    until: str = UntilOption,
    limit: int = typer.Option(100, "--limit", help="At most this many amounts."),
    db: str = DbOption,
    fmt: OutFormat = FormatOption,
) -> None:
    """Stored amounts (money, percentages, counts) with what they measure, newest first."""
    from ..store.queries import amounts as amounts_fn

    with open_store(db) as store:
        rows = _run(lambda: amounts_fn(store, unit=unit, kind=kind, measures=measures, min_value=min_value,
                                       max_value=max_value, since=since, until=until, limit=limit))
    emit(rows, fmt, columns=AMOUNT_COLUMNS if fmt in (OutFormat.table, OutFormat.csv) else None, title="amounts")


@app.command()
def recode(
    all_: bool = typer.Option(False, "--all", help="Recode every article, not only those coded by another "
                                                   "dateline version or other dictionaries."),
    since: str = typer.Option(None, "--since", help="Only articles published on or after this date."),
    article: list[str] = typer.Option(None, "--article", help="Recode this article id (repeatable)."),
    db: str = DbOption,
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Re-run stored articles through the current coder and replace their records (events are re-deduplicated)."""
    from ..store.recode import recode as recode_fn

    settings = make_settings(config, set_)
    with open_store(db, read_only=False, settings=settings) as store:
        summary = _run(lambda: recode_fn(store, settings=settings, ids=article or None, stale_only=not all_,
                                         since=since))
    console.print(f"{summary.written} articles recoded, {summary.mentions} event mentions -> {db_path(db)}")
