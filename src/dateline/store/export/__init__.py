"""Exports of a store: GDELT 2.0 (events + mentions), POLECAT, PLOVER JSONL, Parquet.

Every export takes the store and the keyword filters of `dateline.store.queries.events` (actor, country,
code, root, since, until, modes, ...), so an export holds exactly what the same `dateline events` query
lists.
"""

from __future__ import annotations

from .gdelt import (GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_event_rows, gdelt_mention_rows, iso3_to_fips,
                    write_gdelt)
from .parquet import write_parquet
from .plover import plover_records, write_plover
from .polecat import POLECAT_COLUMNS, polecat_rows, write_polecat

__all__ = [
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "POLECAT_COLUMNS",
    "gdelt_event_rows",
    "gdelt_mention_rows",
    "iso3_to_fips",
    "plover_records",
    "polecat_rows",
    "write_gdelt",
    "write_parquet",
    "write_plover",
    "write_polecat",
]
