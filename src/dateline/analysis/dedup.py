"""Cross-article event dedup: many mentions of one real-world event become one `events` row.

The dedup key (documented in docs/dedup.md):

    key   = source actor code | target actor code | CAMEO code | mode
            (unresolved actors count as ""; for symmetric codes such as meetings the two codes are sorted)
    event = a maximal run of mentions with one key whose dates, sorted, are each at most `window_days`
            after the previous one (single-linkage in time). A mention without a date is its own event.

The clustering depends only on the *set* of mentions, never on the order they were ingested, so
recomputing it is idempotent: after each write batch the store recomputes exactly the keys the batch
touched. The representative row of an event is its first mention (earliest date, then article id, then
index); `event_id` hashes the key with that first mention, so it is stable while the first mention is.

Counts follow GDELT: `num_mentions` (distinct article sentences that reported it: a coder that emits both
directions of a symmetric event from one sentence still counts one mention), `num_articles` (distinct
articles) and `num_sources` (distinct outlets, an article without a `source` counting as its own outlet).
Every mention row links to its event through `mentions.event_id`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["dedup_sql", "recompute_events"]

# Columns of the `events` table in order; see store.schema.
_EVENT_SELECT = """
    substr(md5(c.dedup_key || '#' || f.article_id || '#' || CAST(f.idx AS VARCHAR)), 1, 16) AS event_id,
    CAST(('0x' || substr(md5(c.dedup_key || '#' || f.article_id || '#' || CAST(f.idx AS VARCHAR)), 1, 15))
         AS BIGINT) AS event_num,
    c.dedup_key,
    f.source_code, f.source_country, f.source_sector, f.source_name, f.source_members,
    f.target_code, f.target_country, f.target_sector, f.target_name, f.target_members,
    f.cameo, f.base_code, f.root, f.goldstein, f.quad_class, f.plover_type, f.plover_mode, f.mode,
    f.date, f.date_precision,
    c.place_name, c.place_country, c.place_admin1, c.place_lat, c.place_lon, c.place_geonames_id,
    c.place_feature_class,
    c.num_mentions, c.num_sources, c.num_articles,
    f.article_id AS first_article_id, f.idx AS first_mention_idx,
    c.first_seen, c.last_seen, f.url AS source_url,
    f.dateline_version, f.data_hash,
    f.trigger_text, f.sentence_start, f.sentence_end, f.source_text, f.target_text, f.reported_by,
    f.according_to
"""


def dedup_sql(*, window_days: int, key_filter: str = "", mentions_table: str = "mentions") -> str:
    """A `WITH ...` clause that clusters `mentions` into events; follow it with `SELECT * FROM events_out`
    (rows in the `events` table layout) or `SELECT * FROM links` (article_id, idx, event_id per mention).

    `key_filter` is an SQL predicate on `m.dedup_key` (e.g. a semi-join to a temp table of touched keys),
    or "" for all keys. The Parquet-directory store uses it as the `events` view when no events were written.
    """
    where = f"WHERE {key_filter}" if key_filter else ""
    return f"""
    WITH m AS (
        SELECT m.*, a.url, a.published,
               coalesce(a.source, 'article:' || m.article_id) AS outlet
        FROM {mentions_table} m JOIN articles a ON a.id = m.article_id
        {where}
    ),
    g AS (
        SELECT *, date - lag(date) OVER w AS gap
        FROM m WINDOW w AS (PARTITION BY dedup_key ORDER BY date NULLS LAST, article_id, idx)
    ),
    k AS (
        SELECT *, sum(CASE WHEN gap IS NULL OR gap > {int(window_days)} THEN 1 ELSE 0 END)
                      OVER (PARTITION BY dedup_key ORDER BY date NULLS LAST, article_id, idx
                            ROWS UNBOUNDED PRECEDING) AS cluster,
               row_number() OVER (PARTITION BY dedup_key ORDER BY date NULLS LAST, article_id, idx) AS ord
        FROM g
    ),
    firsts AS (
        SELECT dedup_key, cluster, min(ord) AS first_ord FROM k GROUP BY ALL
    ),
    c AS (
        SELECT dedup_key, cluster,
               count(DISTINCT (article_id, sentence_start)) AS num_mentions,
               count(DISTINCT outlet) AS num_sources,
               count(DISTINCT article_id) AS num_articles,
               min(published) AS first_seen, max(published) AS last_seen,
               arg_min(place_name, ord) FILTER (WHERE place_name IS NOT NULL) AS place_name,
               arg_min(place_country, ord) FILTER (WHERE place_name IS NOT NULL) AS place_country,
               arg_min(place_admin1, ord) FILTER (WHERE place_name IS NOT NULL) AS place_admin1,
               arg_min(place_lat, ord) FILTER (WHERE place_name IS NOT NULL) AS place_lat,
               arg_min(place_lon, ord) FILTER (WHERE place_name IS NOT NULL) AS place_lon,
               arg_min(place_geonames_id, ord) FILTER (WHERE place_name IS NOT NULL) AS place_geonames_id,
               arg_min(place_feature_class, ord) FILTER (WHERE place_name IS NOT NULL) AS place_feature_class
        FROM k GROUP BY dedup_key, cluster
    ),
    f AS (
        SELECT k.* FROM k JOIN firsts USING (dedup_key, cluster) WHERE k.ord = firsts.first_ord
    ),
    events_out AS (
        SELECT {_EVENT_SELECT}
        FROM c JOIN f USING (dedup_key, cluster)
    ),
    links AS (
        SELECT k.article_id, k.idx, e.event_id
        FROM k JOIN f USING (dedup_key, cluster)
               JOIN events_out e ON e.first_article_id = f.article_id AND e.first_mention_idx = f.idx
    )
    """


def recompute_events(con: Any, keys: Iterable[str] | None, *, window_days: int) -> int:
    """Recompute the `events` rows (and `mentions.event_id`) for `keys`, or for every key when None.

    Runs inside the caller's transaction. Returns the number of events now stored for those keys.
    """
    if keys is not None:
        keys = sorted(set(keys))
        if not keys:
            return 0
        con.execute("CREATE OR REPLACE TEMP TABLE _dedup_keys (k VARCHAR)")
        con.execute("INSERT INTO _dedup_keys SELECT unnest(?::VARCHAR[])", [keys])
        key_filter = "m.dedup_key IN (SELECT k FROM _dedup_keys)"
        con.execute("DELETE FROM events WHERE dedup_key IN (SELECT k FROM _dedup_keys)")
    else:
        key_filter = ""
        con.execute("DELETE FROM events")
    base = dedup_sql(window_days=window_days, key_filter=key_filter)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _dedup_links AS {base} SELECT * FROM links")
    con.execute(f"INSERT INTO events BY NAME {base} SELECT * FROM events_out")
    con.execute(
        "UPDATE mentions SET event_id = l.event_id FROM _dedup_links l "
        "WHERE mentions.article_id = l.article_id AND mentions.idx = l.idx"
    )
    n = con.execute("SELECT count(*) FROM _dedup_links").fetchone()[0]
    con.execute("DROP TABLE IF EXISTS _dedup_links")
    con.execute("DROP TABLE IF EXISTS _dedup_keys")
    log.debug("dedup: %d mentions re-clustered for %s keys", n, "all" if keys is None else len(keys))
    return n
