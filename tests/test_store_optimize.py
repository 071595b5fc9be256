"""`Store.optimize` (and `rebuild_events`) cluster the events table without changing any query result."""

from __future__ import annotations

import pytest
from store_samples import meeting_article, rich_article, series_articles

from dateline.analysis import dyad, network, timeline
from dateline.errors import StoreError
from dateline.store import Store
from dateline.store import queries as Q

CLUSTER_KEY = ("SELECT year(date) AS y, source_country, source_code, date, event_num FROM events "
               "ORDER BY rowid")


def _articles():
    return series_articles() + [rich_article()] + \
        [meeting_article(i, source=f"W{i}", published="2024-05-16", phrasing=i) for i in range(3)]


def _answers(store: Store) -> dict:
    return {
        "dyad": dyad(store, "RUS", "CHN", by="month"),
        "dyad_directed": dyad(store, "RUSGOV", "CHN", by="week", directed=True),
        "timeline": timeline(store, "RUS", limit=None),
        "timeline_newest": timeline(store, "CHN", limit=3, newest_first=True),
        "events": Q.events(store, modes="all", limit=None),
        "network": network(store, level="actor"),
        "counts": store.counts(),
    }


def _is_clustered(store: Store) -> bool:
    rows = [tuple(r.values()) for r in store.query(CLUSTER_KEY)]

    def key(r):  # NULLS LAST on every column but the last, as in EVENTS_CLUSTER_ORDER
        return tuple((v is None, v) for v in r)

    return rows == sorted(rows, key=key)


def test_optimize_keeps_every_answer_and_orders_the_rows(tmp_path):
    path = str(tmp_path / "o.duckdb")
    with Store(path) as s:
        # One article per batch: events are appended batch by batch, i.e. not in cluster order.
        for art in _articles():
            s.write_articles([art])
        before = _answers(s)
        assert before["events"] and before["dyad"]
        assert not _is_clustered(s)
        s.optimize()
        assert _is_clustered(s)
        assert _answers(s) == before
        s.optimize()  # idempotent
        assert _answers(s) == before
    with Store(path, read_only=True) as s:  # the new layout is what is stored
        assert _is_clustered(s)
        assert _answers(s) == before
        with pytest.raises(StoreError):
            s.optimize()


def test_rebuild_events_clusters_and_later_writes_still_dedup(tmp_path):
    arts = _articles()
    with Store(str(tmp_path / "r.duckdb")) as s, Store(str(tmp_path / "ref.duckdb")) as ref:
        for art in arts[:-2]:
            s.write_articles([art])
        s.rebuild_events()
        assert _is_clustered(s)
        s.write_articles(arts[-2:])  # incremental writes after a rewrite still recompute their keys
        ref.write_articles(arts)
        q = "SELECT * EXCLUDE (dateline_version) FROM events ORDER BY event_id"
        assert s.query(q) == ref.query(q)
        assert _answers(s) == _answers(ref)


def test_optimize_command(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    db = str(tmp_path / "c.duckdb")
    with Store(db) as s:
        for art in _articles():
            s.write_articles([art])
        before = _answers(s)
    res = CliRunner().invoke(app, ["optimize", "--db", db])
    assert res.exit_code == 0, res.output
    assert "events clustered" in res.stdout
    with Store(db, read_only=True) as s:
        assert _is_clustered(s) and _answers(s) == before
    missing = CliRunner().invoke(app, ["optimize", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2
