"""The typer app and the options and output helpers every command shares.

Commands live in small modules beside this one (`core.py`, `store_cmds.py`, ...), each registering on
`app`; they parse options, call library functions and render results. No logic lives only here.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from enum import Enum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from ..config import Settings, load_settings
from ..errors import DatelineError

app = typer.Typer(
    name="dateline",
    help="Political event data from news text: who did what to whom, when, where, said by whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
# soft_wrap: error lines are never wrapped at the terminal width, so they stay whole for grep and tests.
err_console = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = "dateline.duckdb"


class OutFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def db_path(db: str | None) -> str:
    """--db beats DATELINE_DB beats ./dateline.duckdb."""
    return db or os.environ.get("DATELINE_DB") or DEFAULT_DB


DbOption = typer.Option(None, "--db", help="DuckDB file (default: $DATELINE_DB or ./dateline.duckdb).")
FormatOption = typer.Option(OutFormat.table, "--format", "-f", help="Output format.")
ConfigOption = typer.Option(None, "--config", help="TOML settings file overriding the defaults.")
SetOption = typer.Option(None, "--set", help="Override one setting, e.g. --set dedup.window_days=3 (repeatable).")


def make_settings(config: str | None = None, overrides: list[str] | None = None) -> Settings:
    try:
        return load_settings(config, overrides)
    except DatelineError as exc:
        fail(str(exc), code=2)
        raise  # unreachable


def fail(message: str, *, code: int = 1) -> None:
    """Print an error without a traceback and exit with `code` (1 runtime failure, 2 usage error)."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def emit(rows: list[dict[str, Any]], fmt: OutFormat | str, *, columns: list[str] | None = None,
         title: str | None = None) -> None:
    """Render rows as a rich table, JSON, JSON lines or CSV on stdout."""
    fmt = OutFormat(fmt)
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is OutFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutFormat.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(row.get(k)) for k in columns})
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title, show_lines=False)
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*[_flat(row.get(c)) for c in columns])
        console.print(table)


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


@app.callback()
def _root(verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="-v info, -vv debug logs.")) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
