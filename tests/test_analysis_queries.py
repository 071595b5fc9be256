"""Analysis functions (dyad, timeline, network, top) and layer queries over a store of hand-built articles."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from store_samples import meeting_article, rich_article, series_articles

from dateline.analysis import dyad, network, network_csv, network_graphml, timeline, top
from dateline.errors import ConfigError
from dateline.store import Store
from dateline.store import queries as Q


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("an") / "a.duckdb"
    s = Store(str(path))
    s.write_articles(series_articles() + [rich_article()] +
                     [meeting_article(i, source=f"W{i}", published="2024-05-16", phrasing=i) for i in range(3)])
    yield s
    s.close()


def test_dyad_monthly_series_undirected(store):
    rows = dyad(store, "RUS", "CHN", by="month")
    assert [r["period"] for r in rows] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    jan, feb, mar, apr, may = rows
    assert jan["events"] == 2 and jan["verbal_cooperation"] == 2 and jan["a_to_b"] == 1 and jan["b_to_a"] == 1
    assert jan["mean_goldstein"] == pytest.approx((3.4 + 2.8) / 2)
    assert feb["verbal_conflict"] == 1 and feb["net_cooperation"] == -1
    # March: the 061 trade agreement of the rich article and the 057 pipeline deal
    assert {c["cameo"] for c in mar["top_codes"]} == {"057", "061"}
    assert apr["events"] == 0 and apr["mean_goldstein"] is None
    assert may["events"] == 1 and may["mentions"] == 3  # the deduplicated meeting


def test_dyad_directed_and_bounds(store):
    rows = dyad(store, "RUS", "CHN", by="month", directed=True, since="2024-01-01", until="2024-02-29")
    assert [r["events"] for r in rows] == [1, 1]
    assert all(r["b_to_a"] == 0 for r in rows)
    assert dyad(store, "RUS", "CHN", by="year")[0]["period"] == "2024"
    weeks = dyad(store, "RUS", "CHN", by="week", since="2024-01-08", until="2024-01-21")
    assert [w["period"] for w in weeks] == ["2024-W02", "2024-W03"]
    with pytest.raises(ConfigError, match="unknown period"):
        dyad(store, "RUS", "CHN", by="fortnight")
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        dyad(store, "RUS", "CHN", since="last tuesday")


def test_timeline_in_order_with_evidence(store):
    rows = timeline(store, "RUS")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    for r in rows:
        assert r["evidence"] and r["trigger"] in r["evidence"]
        assert r["role"] in ("source", "target")
    sanctions = [r for r in rows if r["cameo"] == "163"][0]
    assert sanctions["role"] == "target" and sanctions["counterpart"] == "IGOEEC"
    assert sanctions["evidence"] == "the European Union sanctioned Russia over the attack."
    only_src = timeline(store, "RUSMIL", role="source")
    assert [r["cameo"] for r in only_src] == ["190"]


def test_network_and_renderings(store):
    g = network(store)
    pairs = {(e["source"], e["target"]): e for e in g["edges"]}
    assert pairs[("RUS", "CHN")]["events"] >= 2
    assert pairs[("EEC", "RUS")]["conflict"] == 1
    assert network(store, min_events=2)["edges"] and all(e["events"] >= 2 for e in network(store, min_events=2)["edges"])
    root = ET.fromstring(network_graphml(g))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(g["edges"])
    assert len(root.findall(".//g:node", ns)) == len(g["nodes"])
    csv_lines = network_csv(g).strip().splitlines()
    assert csv_lines[0].startswith("source,target,events") and len(csv_lines) == len(g["edges"]) + 1
    actor_level = network(store, level="actor")
    assert any(e["source"] == "RUSMIL" and e["target"] == "UKRMIL" for e in actor_level["edges"])


def test_top_lists(store):
    actors = top(store, "actors")
    assert actors[0]["code"] in ("RUS", "CHN")
    codes = {r["cameo"]: r for r in top(store, "codes", limit=50)}
    assert codes["040"]["mentions"] == 3
    places = top(store, "places")
    assert places[0]["place"] == "Beijing"
    assert top(store, "dyads", limit=1)[0]["events"] >= 1
    with pytest.raises(ConfigError):
        top(store, "verbs")


def test_layer_queries(store):
    q = Q.quotes(store, speaker="Putin")
    assert len(q) == 1 and q[0]["speaker_code"] == "RUSGOV" and q[0]["text"].startswith('"We will never')
    assert Q.quotes(store, country="RUS") == q
    assert Q.quotes(store, country="USA") == []
    am = Q.amounts(store, unit="USD")
    assert am[0]["value"] == 2e11 and am[0]["measures"] == "trade"
    assert Q.amounts(store, min_value=3e11) == []
    assert Q.places(store)[0]["name"] == "Beijing"
    acts = {a["code"]: a for a in Q.actors(store)}
    assert acts["RUSGOV"]["mentions"] >= 4
    arts = Q.articles(store, limit=3)
    assert len(arts) == 3 and arts[0]["published"] >= arts[1]["published"]
    assert Q.count_articles(store) == 10
    page1 = Q.events(store, limit=3, order="-date")
    page2 = Q.events(store, limit=3, offset=3, order="-date")
    assert not {e["event_id"] for e in page1} & {e["event_id"] for e in page2}
    assert Q.count_events(store) == len(Q.events(store, limit=None))
    # by date: the month-precision trade deal (2024-03 -> 2024-03-01) before the 2024-03-04 accusation
    assert [e["cameo"] for e in Q.events(store, article="rich-1")] == ["061", "111"]
    with pytest.raises(ConfigError, match="unknown order"):
        Q.events(store, order="sideways")
