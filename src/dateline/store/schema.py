"""The store's tables, their column types (DuckDB and Arrow from one definition), and ordered migrations.

Tables (one row per record; every layer row is keyed by `(article_id, idx)`, `idx` being the record's
position in its article layer):

    articles      one row per article: metadata, text, dateline header, sentences and entity mentions (JSON)
    mentions      one row per coded event *as reported in one sentence of one article* (GDELT's mentions)
    events        one row per deduplicated event, with num_mentions/num_sources/num_articles (GDELT's events)
    actors        every actor mention, resolved or not
    quotes, amounts, times, places, errors    the other layers

Offsets are stored as `char_start`/`char_end` (`end` is an SQL keyword). Every row carries
`dateline_version` and `data_hash` (see `dateline.provenance`).

Migrations are `(name, sql)` pairs applied in order and recorded in `schema_migrations`; a migration is
never edited once released: add a new one instead.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["ARROW_SCHEMAS", "COLUMNS", "EVENT_INDEXES", "MIGRATIONS", "TABLES", "create_table_sql"]

_PROV = [("dateline_version", "VARCHAR"), ("data_hash", "VARCHAR")]

_ACTOR_COLS = ["code", "country", "sector", "name", "text", "start", "end", "members"]


def _actor(prefix: str) -> list[tuple[str, str]]:
    return [
        (f"{prefix}_code", "VARCHAR"),
        (f"{prefix}_country", "VARCHAR"),
        (f"{prefix}_sector", "VARCHAR"),
        (f"{prefix}_name", "VARCHAR"),
        (f"{prefix}_text", "VARCHAR"),
        (f"{prefix}_start", "INTEGER"),
        (f"{prefix}_end", "INTEGER"),
        (f"{prefix}_members", "VARCHAR[]"),
    ]


_PLACE = [
    ("place_text", "VARCHAR"),
    ("place_name", "VARCHAR"),
    ("place_country", "VARCHAR"),
    ("place_admin1", "VARCHAR"),
    ("place_lat", "DOUBLE"),
    ("place_lon", "DOUBLE"),
    ("place_geonames_id", "BIGINT"),
    ("place_feature_class", "VARCHAR"),
]

_EVENT_EVIDENCE = [
    ("trigger_text", "VARCHAR"),
    ("sentence_start", "INTEGER"),
    ("sentence_end", "INTEGER"),
    ("source_text", "VARCHAR"),
    ("target_text", "VARCHAR"),
    ("reported_by", "VARCHAR"),
]

# The outlet a mention's sentence is attributed to ("according to Xinhua", "..., state media reported"),
# beside its speaker in reported_by (model.Event.according_to).
_ACCORDING_TO = [("according_to", "VARCHAR"), ("according_to_code", "VARCHAR")]

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR"),
        ("content_hash", "VARCHAR"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("source", "VARCHAR"),
        ("published", "DATE"),
        ("published_raw", "VARCHAR"),
        ("language", "VARCHAR"),
        ("origin", "VARCHAR"),
        ("text", "VARCHAR"),
        ("body_start", "INTEGER"),
        ("dateline", "VARCHAR"),  # JSON of model.Dateline or NULL
        ("sentences", "VARCHAR"),  # JSON [[start, end], ...]
        ("entity_mentions", "VARCHAR"),  # JSON list of model.Mention dicts
        ("n_events", "INTEGER"),
        ("n_errors", "INTEGER"),
        ("ingested_at", "TIMESTAMP"),
        *_PROV,
    ],
    "mentions": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("event_id", "VARCHAR"),  # the deduplicated event this mention belongs to
        ("dedup_key", "VARCHAR"),
        *_actor("source"),
        *_actor("target"),
        ("cameo", "VARCHAR"),
        ("base_code", "VARCHAR"),
        ("root", "VARCHAR"),
        ("goldstein", "DOUBLE"),
        ("quad_class", "INTEGER"),
        ("plover_type", "VARCHAR"),
        ("plover_mode", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("trigger_text", "VARCHAR"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("date", "DATE"),  # first day of the period for month/week/year precision
        ("date_value", "VARCHAR"),  # as coded: 2024-08-07, 2024-08, 2024-W33, 2024
        ("date_precision", "VARCHAR"),
        ("date_source", "VARCHAR"),
        *_PLACE,
        ("reported_by", "VARCHAR"),
        ("reported_by_code", "VARCHAR"),
        ("pattern", "VARCHAR"),
        ("record", "VARCHAR"),  # the full model.Event as JSON (exact round trip)
        *_PROV,
        *_ACCORDING_TO,  # migration 0005
    ],
    "events": [
        ("event_id", "VARCHAR"),
        ("event_num", "BIGINT"),  # numeric id (GDELT GlobalEventID)
        ("dedup_key", "VARCHAR"),
        *[c for c in _actor("source") if not c[0].endswith(("_start", "_end", "_text"))],
        *[c for c in _actor("target") if not c[0].endswith(("_start", "_end", "_text"))],
        ("cameo", "VARCHAR"),
        ("base_code", "VARCHAR"),
        ("root", "VARCHAR"),
        ("goldstein", "DOUBLE"),
        ("quad_class", "INTEGER"),
        ("plover_type", "VARCHAR"),
        ("plover_mode", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("date", "DATE"),
        ("date_precision", "VARCHAR"),
        *[c for c in _PLACE if c[0] != "place_text"],
        ("num_mentions", "INTEGER"),
        ("num_sources", "INTEGER"),
        ("num_articles", "INTEGER"),
        ("first_article_id", "VARCHAR"),
        ("first_mention_idx", "INTEGER"),
        ("first_seen", "DATE"),
        ("last_seen", "DATE"),
        ("source_url", "VARCHAR"),
        *_PROV,
        # The first mention's evidence, copied so that event pages never scan the mentions table
        # (migration 0003).
        *_EVENT_EVIDENCE,
        _ACCORDING_TO[0],  # the first mention's report source (migration 0005)
    ],
    "actors": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("code", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("name", "VARCHAR"),
        ("role", "VARCHAR"),
        ("resolved_by", "VARCHAR"),
        ("role_date", "VARCHAR"),
        ("members", "VARCHAR[]"),
        *_PROV,
    ],
    "quotes": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("speaker_code", "VARCHAR"),
        ("speaker_country", "VARCHAR"),
        ("speaker_sector", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_text", "VARCHAR"),
        ("cue", "VARCHAR"),
        ("reported_by", "VARCHAR"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
        ("partial", "BOOLEAN"),
        ("record", "VARCHAR"),  # the full model.Quote as JSON
        *_PROV,
    ],
    "amounts": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("measures", "VARCHAR"),
        ("measures_start", "INTEGER"),
        ("measures_end", "INTEGER"),
        ("period", "VARCHAR"),
        *_PROV,
    ],
    "times": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("value", "VARCHAR"),
        ("precision", "VARCHAR"),
        ("anchor", "VARCHAR"),
        *_PROV,
    ],
    "places": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("admin1", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("geonames_id", "BIGINT"),
        ("feature_class", "VARCHAR"),
        ("resolved_by", "VARCHAR"),
        *_PROV,
    ],
    "errors": [
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("stage", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("code", "VARCHAR"),
        *_PROV,
    ],
}

TABLES = tuple(COLUMNS)

_ARROW_TYPES = {
    "VARCHAR": "string",
    "INTEGER": "int32",
    "BIGINT": "int64",
    "DOUBLE": "float64",
    "BOOLEAN": "bool_",
    "DATE": "date32",
}


@functools.cache
def _arrow_schemas() -> dict[str, Any]:
    # pyarrow is imported on first use only: read-only query processes (the HTTP server, the query
    # benchmark) never need it.
    import pyarrow as pa

    def typ(name: str) -> Any:
        if name == "TIMESTAMP":
            return pa.timestamp("us")
        if name == "VARCHAR[]":
            return pa.list_(pa.string())
        return getattr(pa, _ARROW_TYPES[name])()

    return {table: pa.schema([(n, typ(t)) for n, t in cols]) for table, cols in COLUMNS.items()}


def __getattr__(name: str) -> Any:
    if name == "ARROW_SCHEMAS":  # {table: pyarrow.Schema}, built lazily
        return _arrow_schemas()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def create_table_sql(table: str) -> str:
    cols = ", ".join(f'"{name}" {typ}' for name, typ in COLUMNS[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


# Indexes on the events table, also re-created by `Store.optimize` (which rewrites the table).
EVENT_INDEXES = ("CREATE INDEX IF NOT EXISTS events_num ON events (event_num)",)

# Ordered, named migrations. Each is applied once, in a transaction, and recorded in schema_migrations.
# 0001 creates tables in the current layout; later migrations add columns with IF NOT EXISTS, so a store
# created by any earlier release ends with the same columns, in the same order, as a new one.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_initial_tables", [create_table_sql(t) for t in TABLES]),
    (
        "0002_lookup_indexes",
        [
            "CREATE INDEX IF NOT EXISTS articles_id ON articles (id)",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)",
        ],
    ),
    (
        "0003_event_evidence_columns",
        [f'ALTER TABLE events ADD COLUMN IF NOT EXISTS "{name}" {typ}' for name, typ in _EVENT_EVIDENCE],
    ),
    # An events page reads its (at most a few thousand) wide rows through this index instead of scanning
    # row groups: 0.05 s instead of 0.2 s for a 100-row timeline page at 10M events (docs/performance.md).
    ("0004_events_num_index", list(EVENT_INDEXES)),
    (
        "0005_according_to_columns",
        [f'ALTER TABLE mentions ADD COLUMN IF NOT EXISTS "{name}" {typ}' for name, typ in _ACCORDING_TO]
        + [f'ALTER TABLE events ADD COLUMN IF NOT EXISTS "{name}" {typ}' for name, typ in _ACCORDING_TO[:1]],
    ),
]
