"""The store with real extraction: articles run through the real pipeline (spaCy model), stored, deduplicated."""

from __future__ import annotations

import pytest

from dateline.api_lib import extract
from dateline.analysis import dyad
from dateline.store import Store
from dateline.store import queries as Q
from dateline.store.recode import recode, stale_article_ids

# Three synthetic wire reports of one meeting, phrased differently, from three outlets, on two days.
REPORTS = [
    ("m1", "Wire A", "2024-05-16",
     "BEIJING, May 16 (Wire A) - Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing "
     "on Thursday. The two leaders discussed energy supplies."),
    ("m2", "Wire B", "2024-05-16",
     "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday, state media "
     "reported. Both sides praised their partnership."),
    ("m3", "Wire C", "2024-05-17",
     "Vladimir Putin met Xi Jinping in Beijing on Thursday, the Kremlin said on Friday."),
]


@pytest.fixture(scope="module")
def articles():
    out = []
    for aid, source, date, text in REPORTS:
        art = extract(text, published=date, id=aid)
        art.source = source
        art.doc = None
        out.append(art)
    return out


def test_three_reports_one_event_three_mentions(articles, tmp_path):
    with Store(str(tmp_path / "p.duckdb")) as s:
        s.write_articles(articles)
        # the meeting (040); "the two leaders discussed energy supplies" is their negotiation (046), its own
        # code and so its own event
        meetings = [e for e in Q.events(s, limit=None) if e["cameo"] == "040"
                    and {e["source_country"], e["target_country"]} == {"RUS", "CHN"}]
        assert len(meetings) == 1, meetings
        ev = meetings[0]
        assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 3)
        linked = {m["article_id"] for m in Q.get_event(s, ev["event_id"])["mentions"]}
        assert linked == {"m1", "m2", "m3"}
        assert ev["evidence"] and ev["trigger"] in ev["evidence"]
        # re-ingesting the same extracted articles changes nothing
        before = s.query("SELECT * FROM events ORDER BY event_id")
        assert s.write_articles(articles).unchanged == 3
        assert s.query("SELECT * FROM events ORDER BY event_id") == before
        # the dyad query returns a monthly series
        series = dyad(s, "RUS", "CHN")
        assert [r["period"] for r in series] == ["2024-05"] and series[0]["events"] >= 1


def test_recode_gives_the_same_records(articles, tmp_path):
    with Store(str(tmp_path / "r.duckdb")) as s:
        s.write_articles(articles)
        q = "SELECT * EXCLUDE (event_id) FROM mentions ORDER BY article_id, idx"
        before_mentions, before_events = s.query(q), s.query("SELECT * FROM events ORDER BY event_id")
        assert stale_article_ids(s) == []
        summary = recode(s, stale_only=False)
        assert summary.replaced == 3
        assert s.query(q) == before_mentions
        assert s.query("SELECT * FROM events ORDER BY event_id") == before_events
        for a in articles:
            assert Q.get_article(s, a.id).to_dict() == a.to_dict()
