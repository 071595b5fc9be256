"""Articles → Arrow tables in the store's layout (and back to records).

`article_tables(articles)` is the one place that turns `Article` objects into rows. The DuckDB store
inserts these tables, and the Ray runner writes them as Parquet partitions, so both hold the same layout
and the same query functions read either.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

from ..model import Actor, Article, Event, Quote
from ..provenance import Provenance, current
from . import schema as _schema
from .schema import COLUMNS

__all__ = ["SYMMETRIC_CODES", "article_tables", "dedup_key", "empty_tables", "period_start"]

# CAMEO codes whose two actors play the same part: "A met B" and "B met A" report one meeting, so their
# dedup key ignores direction (see docs/dedup.md).
SYMMETRIC_CODES = frozenset({"040", "044", "046", "057", "061", "062", "063", "064"})

_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def period_start(value: str | None) -> dt.date | None:
    """First day of the period an ISO 8601 value names (`2024-08-07`, `2024-08`, `2024-W33`, `2024`,
    or a range `2024-01/2024-07`, whose start is used); None when it cannot be read."""
    if not value:
        return None
    value = value.split("/")[0].strip()
    try:
        m = _WEEK.match(value)
        if m:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        m = _DATE.match(value)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    return None


def dedup_key(event: Event) -> str:
    """The cross-article dedup key of one coded event: `source|target|cameo|mode`.

    Unresolved actors count as empty codes. For symmetric codes (meetings, negotiations, agreements) the
    two actor codes are sorted, so the key ignores direction. Mentions with one key whose dates lie within
    the dedup window of each other form one event (see `dateline.analysis.dedup`).
    """
    src = (event.source.code if event.source else None) or ""
    tgt = (event.target.code if event.target else None) or ""
    if event.cameo in SYMMETRIC_CODES and tgt and tgt < src:
        src, tgt = tgt, src
    return f"{src}|{tgt}|{event.cameo}|{event.mode}"


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{c}": None for c in ("code", "country", "sector", "name", "text", "start", "end",
                                                  "members")}
    return {
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name,
        f"{prefix}_text": actor.text,
        f"{prefix}_start": actor.start,
        f"{prefix}_end": actor.end,
        f"{prefix}_members": list(actor.members) if actor.members else [],
    }


def _mention_row(art: Article, idx: int, ev: Event) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": art.id,
        "idx": idx,
        "event_id": None,
        "dedup_key": dedup_key(ev),
        **_actor_cols("source", ev.source),
        **_actor_cols("target", ev.target),
        "cameo": ev.cameo,
        "base_code": ev.cameo[:3] if ev.cameo else None,
        "root": ev.root,
        "goldstein": ev.goldstein,
        "quad_class": ev.quad_class,
        "plover_type": (ev.plover or {}).get("type"),
        "plover_mode": (ev.plover or {}).get("mode"),
        "mode": ev.mode,
        "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "sentence_start": ev.evidence.start,
        "sentence_end": ev.evidence.end,
        "date": period_start(ev.date),
        "date_value": ev.date,
        "date_precision": ev.date_precision,
        "date_source": ev.date_source,
        "reported_by": ev.reported_by,
        "reported_by_code": ev.reported_by_actor.code if ev.reported_by_actor else None,
        "pattern": ev.pattern,
        "record": json.dumps(ev.to_dict(), ensure_ascii=False, sort_keys=True),
        "according_to": ev.according_to,
        "according_to_code": ev.according_to_actor.code if ev.according_to_actor else None,
    }
    p = ev.place
    row.update({
        "place_text": p.text if p else None,
        "place_name": p.name if p else None,
        "place_country": p.country if p else None,
        "place_admin1": p.admin1 if p else None,
        "place_lat": p.lat if p else None,
        "place_lon": p.lon if p else None,
        "place_geonames_id": p.geonames_id if p else None,
        "place_feature_class": p.feature_class if p else None,
    })
    return row


def _quote_row(art: Article, idx: int, q: Quote) -> dict[str, Any]:
    sp = q.speaker
    return {
        "article_id": art.id,
        "idx": idx,
        "char_start": q.start,
        "char_end": q.end,
        "text": q.text,
        "speaker_code": sp.code if sp else None,
        "speaker_country": sp.country if sp else None,
        "speaker_sector": sp.sector if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_text": sp.text if sp else None,
        "cue": q.cue,
        "reported_by": q.reported_by,
        "sentence_start": q.sentence.start if q.sentence else None,
        "sentence_end": q.sentence.end if q.sentence else None,
        "partial": q.partial,
        "record": json.dumps(q.to_dict(), ensure_ascii=False, sort_keys=True),
    }


def _flat_row(art: Article, idx: int, rec: Any) -> dict[str, Any]:
    """Rows for flat records (actors, amounts, times, places, errors): fields map to columns 1:1, with
    `start`/`end` stored as `char_start`/`char_end`."""
    row = {"article_id": art.id, "idx": idx}
    for key, value in rec.to_dict().items():
        if key == "start":
            key = "char_start"
        elif key == "end":
            key = "char_end"
        row[key] = list(value) if isinstance(value, (list, tuple)) else value
    return row


def _article_row(art: Article, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": art.id,
        "content_hash": art.content_hash,
        "title": art.title,
        "url": art.url,
        "source": art.source,
        "published": art.published_date,
        "published_raw": art.published,
        "language": art.language,
        "origin": art.origin,
        "text": art.text,
        "body_start": art.body_start,
        "dateline": json.dumps(art.dateline.to_dict(), ensure_ascii=False) if art.dateline else None,
        "sentences": json.dumps([[s.start, s.end] for s in art.sentences]),
        "entity_mentions": json.dumps([m.to_dict() for m in art.mentions], ensure_ascii=False),
        "n_events": len(art.events),
        "n_errors": len(art.errors),
        "ingested_at": now,
    }


def empty_tables() -> dict[str, Any]:
    """Empty Arrow tables in the store layout (all but `events`)."""
    return {name: sch.empty_table() for name, sch in _schema.ARROW_SCHEMAS.items() if name != "events"}


def article_tables(
    articles: Iterable[Article], *, provenance: Provenance | None = None, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Turn articles into one Arrow table per store table (all but `events`, which dedup derives).

    Every row gets `dateline_version` and `data_hash` from `provenance` (default: this process's).
    `now` stamps `articles.ingested_at` (default: the current UTC time, without tz).
    """
    prov = provenance or current()
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS if name != "events"}
    for art in articles:
        rows["articles"].append(_article_row(art, now))
        rows["mentions"].extend(_mention_row(art, i, ev) for i, ev in enumerate(art.events))
        rows["quotes"].extend(_quote_row(art, i, q) for i, q in enumerate(art.quotes))
        for layer in ("actors", "amounts", "times", "places", "errors"):
            rows[layer].extend(_flat_row(art, i, r) for i, r in enumerate(getattr(art, layer)))
    import pyarrow as pa

    out: dict[str, Any] = {}
    for name, table_rows in rows.items():
        schema = _schema.ARROW_SCHEMAS[name]
        for r in table_rows:
            r["dateline_version"] = prov.version
            r["data_hash"] = prov.data_hash
        cols = {f.name: [r.get(f.name) for r in table_rows] for f in schema}
        out[name] = pa.Table.from_pydict(cols, schema=schema)
    return out

