"""Cross-article dedup: one real-world event reported by many articles is one event with many mentions."""

from __future__ import annotations

from store_samples import meeting_article, rich_article, series_articles

from dateline.config import load_settings
from dateline.store import Store
from dateline.store import queries as Q


def _meetings(dates, sources=None):
    sources = sources or [f"Wire {i}" for i in range(len(dates))]
    return [meeting_article(i, source=src, published=d, phrasing=i) for i, (d, src) in enumerate(zip(dates, sources))]


def test_three_articles_one_meeting_one_event_three_mentions(tmp_path):
    with Store(str(tmp_path / "d.duckdb")) as s:
        s.write_articles(_meetings(["2024-05-16", "2024-05-16", "2024-05-17"]))
        evs = Q.events(s, code="040")
        assert len(evs) == 1
        ev = evs[0]
        assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 3)
        assert ev["date"] == "2024-05-16" and ev["place"] == "Beijing"
        full = Q.get_event(s, ev["event_id"])
        assert sorted(m["article_id"] for m in full["mentions"]) == ["meeting-0", "meeting-1", "meeting-2"]
        for m in full["mentions"]:
            assert m["evidence"].startswith(("Vladimir Putin met", "Xi Jinping met", "Russian President"))
            assert m["trigger"] == "met"
        # every mention row links to the event
        assert s.scalar("SELECT count(DISTINCT event_id) FROM mentions WHERE cameo = '040'") == 1


def test_same_outlet_counts_one_source(tmp_path):
    with Store(str(tmp_path / "d.duckdb")) as s:
        s.write_articles(_meetings(["2024-05-16"] * 3, sources=["Wire A", "Wire A", "Wire B"]))
        ev = Q.events(s, code="040")[0]
        assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 2)


def test_dates_outside_window_are_separate_events(tmp_path):
    with Store(str(tmp_path / "d.duckdb")) as s:
        s.write_articles(_meetings(["2024-05-01", "2024-05-02", "2024-05-20"]))
        counts = sorted(e["num_mentions"] for e in Q.events(s, code="040"))
        assert counts == [1, 2]


def test_window_is_configurable_and_rebuild_is_idempotent(tmp_path):
    settings = load_settings(overrides={"dedup.window_days": 30})
    with Store(str(tmp_path / "d.duckdb"), settings=settings) as s:
        s.write_articles(_meetings(["2024-05-01", "2024-05-02", "2024-05-20"]))
        assert [e["num_mentions"] for e in Q.events(s, code="040")] == [3]
        first = s.query("SELECT * FROM events ORDER BY event_id")
        s.rebuild_events()
        assert s.query("SELECT * FROM events ORDER BY event_id") == first
        s.rebuild_events(window_days=0)
        assert sorted(e["num_mentions"] for e in Q.events(s, code="040")) == [1, 1, 1]


def test_incremental_batches_match_one_batch(tmp_path):
    arts = _meetings(["2024-05-10", "2024-05-14", "2024-05-12"]) + series_articles() + [rich_article()]
    with Store(str(tmp_path / "a.duckdb")) as a, Store(str(tmp_path / "b.duckdb")) as b:
        a.write_articles(arts)
        for art in arts:
            b.write_articles([art])
        q = "SELECT * EXCLUDE (dateline_version) FROM events ORDER BY event_id"
        assert a.query(q) == b.query(q)
        # 05-10, 05-12, 05-14: each within 2 days of the previous one -> one event
        assert [e["num_mentions"] for e in Q.events(a, code="040")] == [3]


def test_deleting_an_article_updates_counts(tmp_path):
    with Store(str(tmp_path / "d.duckdb")) as s:
        s.write_articles(_meetings(["2024-05-16"] * 3))
        s.delete_articles(["meeting-1"])
        ev = Q.events(s, code="040")[0]
        assert ev["num_mentions"] == 2


def test_negated_and_hypothetical_excluded_by_default(tmp_path):
    with Store(str(tmp_path / "d.duckdb")) as s:
        s.write_articles([rich_article()])
        default = Q.events(s)
        assert {e["mode"] for e in default} == {"asserted"}
        everything = Q.events(s, modes="all")
        assert {e["mode"] for e in everything} == {"asserted", "negated"}
        assert Q.count_events(s, modes=["negated"]) == 1
