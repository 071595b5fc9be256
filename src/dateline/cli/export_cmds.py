"""`dateline export gdelt|polecat|plover|parquet` and `dateline plot dyad|network`.

Exports take the same filters as `dateline events`; each calls one function of `dateline.store.export`.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from .app import DbOption, app, console, fail
from .store_cmds import AllModesOption, Level, Period, SinceOption, UntilOption, _run, open_store

export_app = typer.Typer(help="Export stored events: GDELT 2.0, POLECAT, PLOVER JSONL or Parquet.",
                         no_args_is_help=True)
plot_app = typer.Typer(help="Plot a dyad series or the actor network to an image file (PNG, SVG, PDF).",
                       no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(plot_app, name="plot")

OutOption = typer.Option(None, "--output", "-o", help="Output file, or a folder to write into (default: stdout).")
ActorOption = typer.Option(None, "--actor", help="Actor code as source or target (e.g. RUSGOV, CHN).")
CountryOption = typer.Option(None, "--country", help="ISO3 country of source or target.")
CodeOption = typer.Option(None, "--code", help="CAMEO code or prefix (e.g. 04, 042).")


def _filters(actor: str | None, country: str | None, code: str | None, since: str | None, until: str | None,
             all_modes: bool) -> dict[str, Any]:
    return {"actor": actor, "country": country, "code": code, "since": since, "until": until,
            "modes": "all" if all_modes else None}


def _target(output: str | None, default_name: str) -> Path | None:
    if not output:
        return None
    path = Path(output)
    if path.is_dir() or output.endswith(("/", "\\")):
        path.mkdir(parents=True, exist_ok=True)
        return path / default_name
    if path.parent and not path.parent.exists():
        fail(f"folder {path.parent} does not exist; create it or choose another --output", code=2)
    return path


@contextmanager
def _opened(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def _mentions_path(events_path: Path) -> Path:
    name = events_path.name
    if ".export." in name:
        return events_path.with_name(name.replace(".export.", ".mentions."))
    return events_path.with_name(f"{events_path.stem}.mentions{events_path.suffix}")


@export_app.command("gdelt")
def export_gdelt(
    output: str = OutOption,
    mentions: bool = typer.Option(False, "--mentions", help="Also write the 16-column mentions table (needs -o)."),
    actor: str = ActorOption, country: str = CountryOption, code: str = CodeOption,
    since: str = SinceOption, until: str = UntilOption, all_modes: bool = AllModesOption,
    db: str = DbOption,
) -> None:
    """GDELT 2.0 event table: 61 tab-separated columns, no header (and the mentions table with --mentions).

    With -o DIR the files are DIR/dateline.export.CSV and DIR/dateline.mentions.CSV (GDELT's naming; the
    content is tab-separated, as GDELT's is). With -o FILE the mentions go beside it (X.export.CSV ->
    X.mentions.CSV, else X.mentions.<suffix>).
    """
    from ..store.export import write_gdelt

    if mentions and not output:
        fail("--mentions writes a second file; add -o FILE or -o DIR", code=2)
    target = _target(output, "dateline.export.CSV")
    filters = _filters(actor, country, code, since, until, all_modes)
    with open_store(db) as store, _opened(target) as out:
        if mentions:
            assert target is not None
            with open(_mentions_path(target), "w", encoding="utf-8", newline="") as mout:
                counts = _run(lambda: write_gdelt(store, out, mentions_out=mout, **filters))
        else:
            counts = _run(lambda: write_gdelt(store, out, **filters))
    if target:
        extra = f" and {counts['mentions']} mentions -> {_mentions_path(target)}" if mentions else ""
        console.print(f"{counts['events']} events -> {target}{extra}")


@export_app.command("polecat")
def export_polecat(
    output: str = OutOption,
    actor: str = ActorOption, country: str = CountryOption, code: str = CodeOption,
    since: str = SinceOption, until: str = UntilOption, all_modes: bool = AllModesOption,
    db: str = DbOption,
) -> None:
    """POLECAT layout: a header and 40 tab-separated columns per event."""
    from ..store.export import write_polecat

    _export_events(write_polecat, output, "dateline.polecat.tsv", db,
                   _filters(actor, country, code, since, until, all_modes))


@export_app.command("plover")
def export_plover(
    output: str = OutOption,
    actor: str = ActorOption, country: str = CountryOption, code: str = CodeOption,
    since: str = SinceOption, until: str = UntilOption, all_modes: bool = AllModesOption,
    db: str = DbOption,
) -> None:
    """PLOVER JSONL: one event record per line."""
    from ..store.export import write_plover

    _export_events(write_plover, output, "dateline.plover.jsonl", db,
                   _filters(actor, country, code, since, until, all_modes))


def _export_events(writer, output: str | None, default_name: str, db: str | None, filters: dict) -> None:
    """Open the store and the target, run one event writer with the `events` filters, report the count."""
    target = _target(output, default_name)
    with open_store(db) as store, _opened(target) as out:
        n = _run(lambda: writer(store, out, **filters))
    if target:
        console.print(f"{n} events -> {target}")


@export_app.command("parquet")
def export_parquet(
    directory: str = typer.Argument(None, help="Folder to write (or use -o)."),
    output: str = OutOption,
    overwrite: bool = typer.Option(False, "--overwrite", help="Write into a folder that is not empty."),
    actor: str = ActorOption, country: str = CountryOption, code: str = CodeOption,
    since: str = SinceOption, until: str = UntilOption,
    db: str = DbOption,
) -> None:
    """Parquet: one file per table, events partitioned by month. The folder can be queried with --db DIR.

    Every event mode is kept (the `mode` column tells negated and hypothetical events apart).
    """
    from ..store.export import write_parquet

    out_dir = directory or output
    if not out_dir:
        fail("give the folder to write: `dateline export parquet DIR`", code=2)
    with open_store(db) as store:
        counts = _run(lambda: write_parquet(store, out_dir, overwrite=overwrite,
                                            **_filters(actor, country, code, since, until, True)))
    console.print(", ".join(f"{t} {n}" for t, n in counts.items()) + f" -> {out_dir}")


def _image_path(output: str) -> str:
    if not output.lower().endswith((".png", ".svg", ".pdf", ".jpg", ".jpeg")):
        fail(f"{output}: use a .png, .svg, .pdf or .jpg file name", code=2)
    parent = Path(output).parent
    if not parent.exists():
        fail(f"folder {parent} does not exist; create it or choose another -o", code=2)
    return output


@plot_app.command("dyad")
def plot_dyad_cmd(
    a: str = typer.Argument(..., help="First actor (code or country)."),
    b: str = typer.Argument(..., help="Second actor."),
    output: str = typer.Option(..., "--output", "-o", help="Image file (.png, .svg, .pdf)."),
    by: Period = typer.Option(Period.month, "--by", help="Period length."),
    since: str = SinceOption, until: str = UntilOption,
    directed: bool = typer.Option(False, "--directed", help="Only events from A to B."),
    all_modes: bool = AllModesOption,
    db: str = DbOption,
) -> None:
    """Plot events between A and B per period by QuadClass, with the mean Goldstein score."""
    from ..analysis import dyad, plot_dyad

    path = _image_path(output)
    with open_store(db) as store:
        rows = _run(lambda: dyad(store, a, b, by=by.value, since=since, until=until, directed=directed,
                                 modes="all" if all_modes else None))
    if not rows:
        fail(f"no events between {a} and {b} in {db or 'the store'}; check the codes with `dateline top actors`")
    plot_dyad(rows, path, title=f"{a} {'->' if directed else '-'} {b} by {by.value}")
    console.print(f"{len(rows)} periods -> {path}")


@plot_app.command("network")
def plot_network_cmd(
    output: str = typer.Option(..., "--output", "-o", help="Image file (.png, .svg, .pdf)."),
    since: str = SinceOption, until: str = UntilOption,
    min_events: int = typer.Option(1, "--min-events", min=1, help="Keep edges with at least this many events."),
    level: Level = typer.Option(Level.country, "--level", help="Nodes are countries or full actor codes."),
    max_nodes: int = typer.Option(40, "--max-nodes", min=2, help="Draw at most this many (busiest) nodes."),
    all_modes: bool = AllModesOption,
    db: str = DbOption,
) -> None:
    """Plot the actor network: node size = events, edge colour = mean Goldstein."""
    from ..analysis import network, plot_network

    path = _image_path(output)
    with open_store(db) as store:
        graph = _run(lambda: network(store, since=since, until=until, min_events=min_events, level=level.value,
                                     modes="all" if all_modes else None))
    plot_network(graph, path, max_nodes=max_nodes)
    console.print(f"{len(graph['nodes'])} nodes, {len(graph['edges'])} edges -> {path}")
