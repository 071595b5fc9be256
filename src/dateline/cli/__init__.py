"""`dateline` command line. Each module below registers its commands on the shared typer app."""

from __future__ import annotations

import importlib
import sys

from .app import app

# One module per area; helpers add their module name here.
_COMMAND_MODULES = [
    "core",  # extract, ingest, events, demo
    "store_cmds",  # dyad, timeline, network, top, quotes, amounts, recode
    "export_cmds",  # export gdelt|polecat|plover|parquet, plot dyad|network
    "serve_cmd",  # serve
    "evaluate",  # evaluate --gold FILE (events, plover, actors, times, places)
    "optimize_cmd",  # optimize (cluster the events table for large-store queries)
    "actors_cmd",  # actors "TEXT" [--date] [--actors FILE]
]

for _name in _COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


__all__ = ["app", "main"]
