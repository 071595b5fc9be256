"""Layer queries: quotes, amounts, places and actors (re-exported by `dateline.store.queries`).

Same conventions as `dateline.store.queries`: store first, keyword-only filters, JSON-ready rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .db import Store

__all__ = ["actors", "amounts", "places", "quotes"]


def _helpers():
    from . import queries

    return queries


def _page(limit: int | None, offset: int) -> str:
    _helpers()._check_page(limit, offset)
    return f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else f"OFFSET {int(offset)}"


def _published_filter(since: Any, until: Any, clauses: list[str], params: list[Any]) -> None:
    q = _helpers()
    d0, d1 = q.parse_date(since, name="since"), q.parse_date(until, name="until")
    if d0:
        clauses.append("a.published >= ?")
        params.append(d0)
    if d1:
        clauses.append("a.published <= ?")
        params.append(d1)


def quotes(
    store: Store, *, speaker: str | None = None, country: str | None = None, article: str | None = None,
    since: str | dt.date | None = None, until: str | dt.date | None = None, q: str | None = None,
    limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes with their speakers, newest article first.

    `speaker` matches the speaker's actor code, or (case-insensitively, as a substring) the speaker's
    name or text; `country` the speaker's country; `q` the quote text; `since`/`until` the article date.
    Rows: `article_id`, `idx`, `published`, `title`, `url`, `text` (the quote), `start`, `end`,
    `speaker_code`, `speaker_name`, `speaker_text`, `speaker_country`, `speaker_sector`, `cue`,
    `reported_by`, `partial`.
    """
    clauses, params = [], []
    if speaker:
        clauses.append("(q.speaker_code = ? OR q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)")
        params += [speaker, f"%{speaker}%", f"%{speaker}%"]
    if country:
        clauses.append("q.speaker_country = ?")
        params.append(country)
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    if q:
        clauses.append("q.text ILIKE ?")
        params.append(f"%{q}%")
    _published_filter(since, until, clauses, params)
    where = " AND ".join(clauses) or "TRUE"
    return _helpers()._rows(store, f"""
        SELECT q.article_id, q.idx, a.published, a.title, a.url, q.text, q.char_start AS start,
               q.char_end AS "end", q.speaker_code, q.speaker_name, q.speaker_text, q.speaker_country,
               q.speaker_sector, q.cue, q.reported_by, q.partial
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE {where} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx {_page(limit, offset)}""",
        params)


def amounts(
    store: Store, *, unit: str | None = None, kind: str | None = None, measures: str | None = None,
    min_value: float | None = None, max_value: float | None = None, article: str | None = None,
    since: str | dt.date | None = None, until: str | dt.date | None = None,
    limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:
    """Amounts (money, percentages, counts) with what they measure, newest article first.

    `unit` (USD, percent, people, ...) and `kind` (money, percent, fraction, count, change) match exactly;
    `measures` is a case-insensitive substring; `min_value`/`max_value` bound the normalised value.
    Rows: `article_id`, `idx`, `published`, `title`, `text`, `start`, `end`, `value`, `unit`, `kind`,
    `qualifier`, `measures`, `period`, and `sentence` (the sentence text holding the amount).
    """
    clauses, params = [], []
    for col, val in (("unit", unit), ("kind", kind)):
        if val:
            clauses.append(f"x.{col} = ?")
            params.append(val)
    if measures:
        clauses.append("x.measures ILIKE ?")
        params.append(f"%{measures}%")
    if min_value is not None:
        clauses.append("x.value >= ?")
        params.append(float(min_value))
    if max_value is not None:
        clauses.append("x.value <= ?")
        params.append(float(max_value))
    if article:
        clauses.append("x.article_id = ?")
        params.append(article)
    _published_filter(since, until, clauses, params)
    where = " AND ".join(clauses) or "TRUE"
    return _helpers()._rows(store, f"""
        SELECT x.article_id, x.idx, a.published, a.title, x.text, x.char_start AS start, x.char_end AS "end",
               x.value, x.unit, x.kind, x.qualifier, x.measures, x.period
        FROM amounts x JOIN articles a ON a.id = x.article_id
        WHERE {where} ORDER BY a.published DESC NULLS LAST, x.article_id, x.idx {_page(limit, offset)}""",
        params)


def places(
    store: Store, *, country: str | None = None, article: str | None = None,
    since: str | dt.date | None = None, until: str | dt.date | None = None,
    limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:
    """Places named in articles, grouped by place: `name`, `country`, `admin1`, `lat`, `lon`,
    `geonames_id`, `feature_class`, `mentions` (times named), `articles` (distinct articles), most named
    first. `country` is ISO3; `article` limits to one article."""
    clauses, params = [], []
    if country:
        clauses.append("p.country = ?")
        params.append(country)
    if article:
        clauses.append("p.article_id = ?")
        params.append(article)
    _published_filter(since, until, clauses, params)
    where = " AND ".join(clauses) or "TRUE"
    return _helpers()._rows(store, f"""
        SELECT coalesce(p.name, p.text) AS name, p.country, any_value(p.admin1) AS admin1,
               any_value(p.lat) AS lat, any_value(p.lon) AS lon, p.geonames_id,
               any_value(p.feature_class) AS feature_class,
               count(*) AS mentions, count(DISTINCT p.article_id) AS articles
        FROM places p JOIN articles a ON a.id = p.article_id
        WHERE {where}
        GROUP BY coalesce(p.name, p.text), p.country, p.geonames_id
        ORDER BY mentions DESC, name {_page(limit, offset)}""", params)


def actors(
    store: Store, *, country: str | None = None, sector: str | None = None, q: str | None = None,
    resolved: bool | None = True, limit: int | None = 100, offset: int = 0,
) -> list[dict[str, Any]]:
    """Actors mentioned in the store, grouped by code (or by text when unresolved): `code`, `country`,
    `sector`, `name` (most common), `mentions`, `articles`, most mentioned first.

    `q` matches code, name or text (case-insensitive substring); `resolved=None` includes unresolved
    mentions, `False` lists only those (grouped by text, for dictionary work).
    """
    clauses, params = [], []
    if country:
        clauses.append("country = ?")
        params.append(country)
    if sector:
        clauses.append("sector = ?")
        params.append(sector)
    if q:
        clauses.append("(code ILIKE ? OR name ILIKE ? OR text ILIKE ?)")
        params += [f"%{q}%"] * 3
    if resolved is True:
        clauses.append("code IS NOT NULL")
    elif resolved is False:
        clauses.append("code IS NULL")
    where = " AND ".join(clauses) or "TRUE"
    return _helpers()._rows(store, f"""
        SELECT code, any_value(country) AS country, any_value(sector) AS sector,
               mode(coalesce(name, text)) AS name, count(*) AS mentions,
               count(DISTINCT article_id) AS articles
        FROM actors WHERE {where}
        GROUP BY code, CASE WHEN code IS NULL THEN lower(text) END
        ORDER BY mentions DESC, code NULLS LAST, name {_page(limit, offset)}""", params)
