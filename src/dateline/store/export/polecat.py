"""POLECAT layout: 40 tab-separated columns with a header row, one row per deduplicated event.

Column names and order follow the POLECAT weekly data files. Fields dateline does not produce (COW codes,
Wikipedia ids, district, story-level people/organisation lists) are empty; `Event Intensity` is the
Goldstein score of the CAMEO code, `Quad Code` the CAMEO QuadClass (1-4).
"""

from __future__ import annotations

from typing import Any, TextIO

from ...provenance import dateline_version
from ..db import Store
from ..queries import event_where
from .gdelt import _cell, _iter

__all__ = ["POLECAT_COLUMNS", "polecat_rows", "write_polecat"]

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
    "Version",
]

assert len(POLECAT_COLUMNS) == 40


def _sql(where: str) -> str:
    return f"""
        SELECT e.event_id, e.date, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,
               json_extract_string(m.record, '$.plover.context'),
               coalesce(e.source_name, e.source_code), e.source_country, NULL, e.source_sector, e.source_sector,
               json_extract_string(m.record, '$.source.role'), m.source_text, NULL,
               coalesce(e.target_name, e.target_code), e.target_country, NULL, e.target_sector, e.target_sector,
               json_extract_string(m.record, '$.target.role'), m.target_text, NULL,
               e.place_name, CASE WHEN e.place_feature_class = 'P' THEN e.place_name END, NULL, e.place_admin1,
               e.place_country, e.place_lat, e.place_lon, e.place_geonames_id, m.place_text,
               e.place_feature_class,
               a.source, a.published,
               (SELECT string_agg(DISTINCT coalesce(x.name, x.text), ';') FROM actors x
                 WHERE x.article_id = e.first_article_id AND x.name IS NOT NULL),
               NULL,
               (SELECT string_agg(DISTINCT coalesce(p.name, p.text), ';') FROM places p
                 WHERE p.article_id = e.first_article_id),
               coalesce(a.language, 'en'), ?
        FROM events e
        LEFT JOIN mentions m ON m.article_id = e.first_article_id AND m.idx = e.first_mention_idx
        LEFT JOIN articles a ON a.id = e.first_article_id
        WHERE {where}
        ORDER BY e.date NULLS LAST, e.event_id"""


def polecat_rows(store: Store, **filters: Any):
    """POLECAT rows (40 values each) for events matching `filters` (as for `queries.events`)."""
    where, params = event_where(table_alias="e", **filters)
    return _iter(store, _sql(where), [f"dateline {dateline_version()}", *params])


def write_polecat(store: Store, out: TextIO, **filters: Any) -> int:
    """Write the header and one tab-separated row per event; returns the number of events."""
    out.write("\t".join(POLECAT_COLUMNS) + "\n")
    n = 0
    for row in polecat_rows(store, **filters):
        out.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n
