"""Read queries over a `Store`: the functions the CLI, HTTP API and dashboard all call.

Every function takes the store first and keyword-only filters, returns plain rows (lists of dicts whose
values are JSON-ready: dates as ISO strings) or model records, and raises `ConfigError` for a bad filter
value and `NotFound` for a missing id. Signatures are stable: new filters are added as new keyword
arguments with defaults.

Actor filters (`actor`, `source`, `target`) match the full actor code (`RUSGOV`), or, given a country or
IGO code (`RUS`, `NATO`), every actor of that country. (Coordinated actors keep their `members` column,
but filters do not look inside it: scanning list columns made actor queries ten times slower at 10M
events, and the coder codes one event per conjunct.)
Mode filter: by default events whose mode is negated or hypothetical are left out (`modes=None`);
pass `modes="all"` or a list of modes to choose.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError, NotFound
from ..model import (
    HYPOTHETICAL,
    NEGATED,
    Actor,
    Amount,
    Article,
    Dateline,
    ErrorRecord,
    Event,
    Mention,
    Place,
    Quote,
    Sentence,
    TimeExpr,
)
from .db import Store

__all__ = [
    "EVENT_ORDERS",
    "actors",
    "amounts",
    "articles",
    "count_articles",
    "count_events",
    "event_mentions",
    "event_where",
    "events",
    "get_article",
    "get_event",
    "parse_date",
    "places",
    "quotes",
    "stats",
]

# Ties break on event_num (the numeric form of event_id): an integer sort key keeps top-N cheap on large
# stores, where a string tie-break had DuckDB materialise every matching event id.
EVENT_ORDERS = {
    "date": "date ASC NULLS LAST, event_num",
    "-date": "date DESC NULLS LAST, event_num",
    "num_mentions": "num_mentions ASC, date, event_num",
    "-num_mentions": "num_mentions DESC, date, event_num",
    "goldstein": "goldstein ASC, date, event_num",
    "-goldstein": "goldstein DESC, date, event_num",
}

DEFAULT_EXCLUDED_MODES = (NEGATED, HYPOTHETICAL)


def _qualified(order_sql: str, alias: str) -> str:
    """Prefix the column of each ORDER BY item with a table alias."""
    return ", ".join(f"{alias}.{item.strip()}" for item in order_sql.split(","))


def parse_date(value: str | dt.date | None, *, name: str = "date") -> dt.date | None:
    """Read a user-given date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; first day of the period).

    Raises `ConfigError` [E110] when the value is not such a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ConfigError(f"{name} {value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)", code="E110")


def _actor_sql(prefix: str) -> str:
    return f"({prefix}_code = ? OR {prefix}_country = ?)"


def event_where(
    *, actor: str | None = None, source: str | None = None, target: str | None = None,
    country: str | None = None, code: str | None = None, root: str | None = None,
    quad_class: int | None = None, since: str | dt.date | None = None, until: str | dt.date | None = None,
    modes: Sequence[str] | str | None = None, article: str | None = None, place: str | None = None,
    table_alias: str = "",
) -> tuple[str, list[Any]]:
    """Build the WHERE clause (without the keyword) and parameters shared by every event query and export.

    `country` matches either actor's country; `code` a CAMEO code or prefix (`04` matches 040..046);
    `root` a root code; `since`/`until` are inclusive dates; `article` keeps events with a mention in that
    article; `place` matches the event place's country or name.
    """
    p = f"{table_alias}." if table_alias else ""
    clauses: list[str] = []
    params: list[Any] = []
    if actor:
        clauses.append(f"({_actor_sql(p + 'source')} OR {_actor_sql(p + 'target')})")
        params += [actor] * 4
    if source:
        clauses.append(_actor_sql(p + "source"))
        params += [source] * 2
    if target:
        clauses.append(_actor_sql(p + "target"))
        params += [target] * 2
    if country:
        clauses.append(f"({p}source_country = ? OR {p}target_country = ?)")
        params += [country, country]
    if code:
        clauses.append(f"{p}cameo LIKE ?")
        params.append(str(code).replace("%", "") + "%")
    if root:
        clauses.append(f"{p}root = ?")
        params.append(str(root).zfill(2))
    if quad_class is not None:
        clauses.append(f"{p}quad_class = ?")
        params.append(int(quad_class))
    d0, d1 = parse_date(since, name="since"), parse_date(until, name="until")
    if d0:
        clauses.append(f"{p}date >= ?")
        params.append(d0)
    if d1:
        clauses.append(f"{p}date <= ?")
        params.append(d1)
    if modes is None:
        clauses.append(f"{p}mode NOT IN ('{NEGATED}', '{HYPOTHETICAL}')")
    elif modes != "all":
        mode_list = [modes] if isinstance(modes, str) else list(modes)
        clauses.append(f"{p}mode IN (SELECT unnest(?::VARCHAR[]))")
        params.append(mode_list)
    if article:
        clauses.append(f"{p}event_id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
        params.append(article)
    if place:
        clauses.append(f"({p}place_country = ? OR {p}place_name = ?)")
        params += [place, place]
    return (" AND ".join(clauses) or "TRUE"), params


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    for k, v in row.items():
        if isinstance(v, (dt.date, dt.datetime)):
            row[k] = v.isoformat()
    return row


def _rows(store: Store, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    return [_jsonable(r) for r in store.query(sql, params)]


_EVENT_COLUMNS = """
    e.event_id, e.date, e.date_precision,
    e.source_code AS source, e.source_name, e.source_country, e.source_sector,
    e.target_code AS target, e.target_name, e.target_country, e.target_sector,
    e.cameo, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.mode,
    e.place_name AS place, e.place_country, e.place_lat, e.place_lon,
    e.num_mentions, e.num_sources, e.num_articles,
    e.first_article_id AS article_id, e.source_url AS url,
    e.trigger_text AS trigger, e.source_text, e.target_text, e.reported_by, e.according_to,
    e.sentence_start, e.sentence_end
"""


def _sql_strings(values: Sequence[str]) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def _with_evidence(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add `title` and `evidence` (the first mention's sentence text) to event rows.

    One narrow query over the articles of this page, with the ids inlined: DuckDB pushes an inlined IN
    list into the scan, so only the matching articles' text is read (a join would read every text).
    """
    ids = sorted({r["article_id"] for r in rows if r.get("article_id")})
    found: dict[str, dict[str, Any]] = {}
    if ids:
        for a in store.query(f"SELECT id, title, text FROM articles WHERE id IN ({_sql_strings(ids)})"):
            found[a["id"]] = a
    for r in rows:
        a = found.get(r.get("article_id"))
        s0, s1 = r.get("sentence_start"), r.get("sentence_end")
        r["title"] = a["title"] if a else None
        r["evidence"] = a["text"][s0:s1] if a and s0 is not None and s1 is not None else None
    return rows


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0 or offset < 0:
        raise ConfigError("limit and offset must be zero or positive", code="E111")


def events(
    store: Store, *, actor: str | None = None, country: str | None = None, code: str | None = None,
    root: str | None = None, since: str | dt.date | None = None, until: str | dt.date | None = None,
    modes: Sequence[str] | str | None = None, limit: int | None = 100, offset: int = 0,
    order: str = "date", source: str | None = None, target: str | None = None,
    quad_class: int | None = None, article: str | None = None, place: str | None = None,
) -> list[dict[str, Any]]:
    """Deduplicated events matching the filters (see `event_where`), one page of them.

    `order` is one of `EVENT_ORDERS` (`date`, `-date`, `num_mentions`, `-num_mentions`, `goldstein`,
    `-goldstein`); `limit=None` returns every match. Each row holds the event (`event_id`, `date`,
    `source`/`target` codes with name, country and sector, `cameo`, `root`, `quad_class`, `goldstein`,
    `plover_type`, `plover_mode`, `mode`, `place`, `num_mentions`, `num_sources`, `num_articles`) and the
    evidence of its first mention (`article_id`, `url`, `title`, `trigger`, `evidence` sentence text and
    its offsets `sentence_start`/`sentence_end`, `source_text`, `target_text`, `reported_by`, and
    `according_to`, the outlet the sentence is attributed to).
    Raises `ConfigError` for an unknown order or a bad date.
    """
    if order not in EVENT_ORDERS:
        raise ConfigError(f"unknown order {order!r}; use one of {', '.join(EVENT_ORDERS)}", code="E112")
    _check_page(limit, offset)
    where, params = event_where(actor=actor, country=country, code=code, root=root, since=since, until=until,
                                modes=modes, source=source, target=target, quad_class=quad_class,
                                article=article, place=place)
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else f"OFFSET {int(offset)}"
    order_sql = EVENT_ORDERS[order]
    # Two steps keep a page cheap on large stores: order and cut on a narrow projection, then read the
    # wide rows of just this page (by rowid in a DuckDB file, by event id over Parquet).
    key = "rowid" if store.kind == "duckdb" else "event_id"
    found = store.query(f"SELECT {key} AS k, event_num FROM events WHERE {where} ORDER BY {order_sql} {page}",
                        params)
    if not found:
        return []
    if key == "rowid" and _PAGE_FETCH == "semi" and len(found) <= _INDEX_FETCH_MAX:
        return _with_evidence(store, _fetch_indexed(store, found, order_sql))
    return _with_evidence(store, _fetch_page(store, key, [r["k"] for r in found], order_sql))


# Pages up to this many rows are read through the events_num index (migration 0004); DuckDB's own limit
# for an index scan of an IN list is 2048 values (`index_scan_max_count`). Larger pages scan.
_INDEX_FETCH_MAX = 2000


def _fetch_indexed(store: Store, found: list[dict[str, Any]], order_sql: str) -> list[dict[str, Any]]:
    """The wide rows of one page by index lookups on event_num (inlined: only an inlined IN list becomes an
    index scan). event_num is a hash, so a rare collision could bring a foreign row: rows are kept by rowid.
    """
    rowids = {r["k"] for r in found}
    if any(r["event_num"] is None for r in found):  # not from dedup (hand-written rows): scan instead
        return _fetch_page(store, "rowid", [r["k"] for r in found], order_sql)
    nums = ", ".join(str(int(r["event_num"])) for r in found)
    rows = _rows(store, f"SELECT e.rowid AS _rowid, {_EVENT_COLUMNS} FROM events e "
                        f"WHERE e.event_num IN ({nums}) ORDER BY {_qualified(order_sql, 'e')}")
    return [r for r in rows if r.pop("_rowid") in rowids]


# How the wide rows of one page are read; bench/query_scale.py compares the strategies on 10M events.
#   "points": one rowid point lookup per event, glued with UNION ALL (DuckDB reads one vector each)
#   "in":     one scan with the keys inlined as an IN list
#   "semi":   one scan semi-joined to the key list
_PAGE_FETCH = "semi"


def _fetch_page(store: Store, key: str, keys: list[Any], order_sql: str) -> list[dict[str, Any]]:
    order = _qualified(order_sql, "e")
    if key == "rowid" and _PAGE_FETCH == "points":
        parts = " UNION ALL ".join(f"SELECT * FROM events WHERE rowid = {int(k)}" for k in keys)
        return _rows(store, f"SELECT {_EVENT_COLUMNS} FROM ({parts}) e ORDER BY {order}")
    if _PAGE_FETCH == "semi":
        cast = "BIGINT" if key == "rowid" else "VARCHAR"
        return _rows(store, f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.{key} IN "
                            f"(SELECT unnest(?::{cast}[])) ORDER BY {order}", [keys])
    inlined = ", ".join(str(int(k)) for k in keys) if key == "rowid" else _sql_strings(keys)
    return _rows(store, f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.{key} IN ({inlined}) ORDER BY {order}")


def count_events(store: Store, **filters: Any) -> int:
    """How many events match `filters` (the same keyword filters as `events`, without paging)."""
    where, params = event_where(**filters)
    return int(store.scalar(f"SELECT count(*) FROM events WHERE {where}", params))


def get_event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with every mention that reported it (`mentions`: see `event_mentions`).

    Raises `NotFound` when no event has this id.
    """
    rows = _with_evidence(store, _rows(store, f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.event_id = ?",
                                       [event_id]))
    if not rows:
        raise NotFound(f"no event {event_id!r} in {store.path}; list ids with `dateline events`", code="E601")
    row = rows[0]
    row["mentions"] = event_mentions(store, event_id)
    return row


def event_mentions(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Every sentence that reported event `event_id`, in date order, with offsets into its article:
    `article_id`, `idx` (event index in the article), `title`, `url`, `source` (outlet), `published`,
    `date`, `mode`, `trigger`, `trigger_start`, `trigger_end`, `sentence_start`, `sentence_end`, `evidence`.
    """
    return _rows(store, """
        SELECT m.article_id, m.idx, a.title, a.url, a.source, a.published, m.date, m.mode,
               m.source_code AS source_actor, m.target_code AS target_actor, m.cameo,
               m.trigger_text AS trigger, m.trigger_start, m.trigger_end,
               m.sentence_start, m.sentence_end,
               substring(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS evidence
        FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.event_id = ?
        ORDER BY m.date NULLS LAST, m.article_id, m.idx""", [event_id])


# -- articles -------------------------------------------------------------------------------------------


def _article_where(since: Any, until: Any, source: str | None, q: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    d0, d1 = parse_date(since, name="since"), parse_date(until, name="until")
    if d0:
        clauses.append("published >= ?")
        params.append(d0)
    if d1:
        clauses.append("published <= ?")
        params.append(d1)
    if source:
        clauses.append("source = ?")
        params.append(source)
    if q:
        clauses.append("(title ILIKE ? OR text ILIKE ?)")
        params += [f"%{q}%", f"%{q}%"]
    return " AND ".join(clauses) or "TRUE", params


def articles(
    store: Store, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
    source: str | None = None, q: str | None = None, limit: int | None = 50, offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored articles, newest first: `id`, `title`, `url`, `source`, `published`, `language`, `origin`,
    `n_events`, `n_errors`, `ingested_at`, `dateline_version`, `data_hash`. `q` matches title or text."""
    _check_page(limit, offset)
    where, params = _article_where(since, until, source, q)
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else f"OFFSET {int(offset)}"
    return _rows(store, f"""
        SELECT id, title, url, source, published, language, origin, n_events, n_errors, ingested_at,
               dateline_version, data_hash
        FROM articles WHERE {where} ORDER BY published DESC NULLS LAST, id {page}""", params)


def count_articles(store: Store, *, since: Any = None, until: Any = None, source: str | None = None,
                   q: str | None = None) -> int:
    """How many articles match (same filters as `articles`)."""
    where, params = _article_where(since, until, source, q)
    return int(store.scalar(f"SELECT count(*) FROM articles WHERE {where}", params))


def _flat_records(store: Store, table: str, cls: type, article_id: str) -> list[Any]:
    out = []
    for row in store.query(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", [article_id]):
        data = {k: v for k, v in row.items()
                if k not in ("article_id", "idx", "dateline_version", "data_hash")}
        if "char_start" in data:
            data["start"] = data.pop("char_start")
            data["end"] = data.pop("char_end")
        out.append(cls.from_dict(data))
    return out


def get_article(store: Store, id: str) -> Article:
    """The stored article `id` with every layer (sentences, entity mentions, actors, events, quotes,
    amounts, times, places, errors) rebuilt as model records; equal to what was written.

    Raises `NotFound` when the store has no such article.
    """
    rows = store.query("SELECT * FROM articles WHERE id = ?", [id])
    if not rows:
        raise NotFound(f"no article {id!r} in {store.path}; list ids with `dateline articles` or the API's "
                       "/articles", code="E602")
    r = rows[0]
    art = Article(id=r["id"], text=r["text"], title=r["title"], url=r["url"], source=r["source"],
                  published=r["published_raw"], language=r["language"], content_hash=r["content_hash"],
                  origin=r["origin"], body_start=r["body_start"] or 0)
    if r["dateline"]:
        art.dateline = Dateline.from_dict(json.loads(r["dateline"]))
    art.sentences = [Sentence(s, e) for s, e in json.loads(r["sentences"] or "[]")]
    art.mentions = [Mention.from_dict(m) for m in json.loads(r["entity_mentions"] or "[]")]
    art.events = [Event.from_dict(json.loads(x["record"])) for x in store.query(
        "SELECT record FROM mentions WHERE article_id = ? ORDER BY idx", [id])]
    art.quotes = [Quote.from_dict(json.loads(x["record"])) for x in store.query(
        "SELECT record FROM quotes WHERE article_id = ? ORDER BY idx", [id])]
    art.actors = _flat_records(store, "actors", Actor, id)
    art.amounts = _flat_records(store, "amounts", Amount, id)
    art.times = _flat_records(store, "times", TimeExpr, id)
    art.places = _flat_records(store, "places", Place, id)
    art.errors = _flat_records(store, "errors", ErrorRecord, id)
    return art


def stats(store: Store) -> dict[str, Any]:
    """Row counts per table, the date range of events, and the provenance of stored articles."""
    rng = store.query("SELECT min(date) AS first, max(date) AS last FROM events")[0]
    return {
        "path": store.path,
        "kind": store.kind,
        "counts": store.counts(),
        "first_event": rng["first"].isoformat() if rng["first"] else None,
        "last_event": rng["last"].isoformat() if rng["last"] else None,
        "provenance": store.provenance(),
    }


# Layer queries live in .layers (module size); re-exported here so callers use one module.
from .layers import actors, amounts, places, quotes  # noqa: E402
