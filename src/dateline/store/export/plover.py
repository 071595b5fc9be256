"""PLOVER JSONL: one JSON record per deduplicated event, in the PLOVER event-record shape.

Keys: `id`, `date`, `event` (PLOVER type), `mode`, `context`, `source`/`target` (lists of
`{"actorText", "code" (country or IGO), "sector"}`), `eventText` (the trigger), `text` (the evidence
sentence), `location` (`{"name", "country", "lat", "lon", "geonamesID"}` or null), `language`, plus
dateline's own `cameo`, `quad_class`, `goldstein`, `num_mentions`, `num_sources`, `num_articles`, `url`,
`publication_date` and `provenance` (`dateline_version`, `data_hash`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from ..db import Store
from ..queries import event_where
from .gdelt import _iter

__all__ = ["plover_records", "write_plover"]

_SQL = """
    SELECT e.event_id, e.date, e.plover_type, e.plover_mode, json_extract_string(m.record, '$.plover.context'),
           coalesce(m.source_text, e.source_name), e.source_country, e.source_sector, e.source_code,
           coalesce(m.target_text, e.target_name), e.target_country, e.target_sector, e.target_code,
           m.trigger_text, substring(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start),
           e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonames_id,
           coalesce(a.language, 'en'), e.cameo, e.quad_class, e.goldstein,
           e.num_mentions, e.num_sources, e.num_articles, coalesce(e.source_url, e.first_article_id),
           a.published, e.dateline_version, e.data_hash, e.mode
    FROM events e
    LEFT JOIN mentions m ON m.article_id = e.first_article_id AND m.idx = e.first_mention_idx
    LEFT JOIN articles a ON a.id = e.first_article_id
    WHERE {where}
    ORDER BY e.date NULLS LAST, e.event_id"""


def _actor(text: Any, country: Any, sector: Any, code: Any) -> list[dict[str, Any]]:
    if code is None and text is None:
        return []
    return [{"actorText": text, "code": country or code, "sector": sector}]


def plover_records(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """PLOVER records for events matching `filters` (the keyword filters of `queries.events`)."""
    where, params = event_where(table_alias="e", **filters)
    for r in _iter(store, _SQL.format(where=where), params):
        (eid, date, etype, emode, context, stext, scountry, ssector, scode, ttext, tcountry, tsector, tcode,
         trigger, sentence, pname, pcountry, plat, plon, pgid, lang, cameo, quad, gold, nm, ns, na, url,
         published, version, dhash, mode) = r
        yield {
            "id": eid,
            "date": date.isoformat() if date else None,
            "event": etype,
            "mode": emode,
            "context": context,
            "source": _actor(stext, scountry, ssector, scode),
            "target": _actor(ttext, tcountry, tsector, tcode),
            "eventText": trigger,
            "text": sentence,
            "location": ({"name": pname, "country": pcountry, "lat": plat, "lon": plon, "geonamesID": pgid}
                         if pname else None),
            "language": lang,
            "cameo": cameo,
            "quad_class": quad,
            "goldstein": gold,
            "event_mode": mode,
            "num_mentions": nm,
            "num_sources": ns,
            "num_articles": na,
            "url": url,
            "publication_date": published.isoformat() if published else None,
            "provenance": {"dateline_version": version, "data_hash": dhash},
        }


def write_plover(store: Store, out: TextIO, **filters: Any) -> int:
    """Write one PLOVER JSON record per line; returns the number written."""
    n = 0
    for rec in plover_records(store, **filters):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
