"""The HTTP API against a real `dateline serve` process on 127.0.0.1 over a real DuckDB file."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from web_samples import Server, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "store.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def server(db):
    srv = Server(db, "--set", "server.max_body_bytes=20000")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def test_index_lists_every_endpoint(client):
    body = client.get("/api/").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/dyads/{a}/{b}",
                 "/api/actors", "/api/timeline", "/api/network", "/api/quotes", "/api/amounts", "/api/places",
                 "/api/extract"):
        assert path in body["endpoints"]


def test_articles_list_and_one_article_with_all_layers(client):
    listing = client.get("/api/articles", params={"limit": 100}).json()
    ids = {a["id"] for a in listing["items"]}
    assert {"praise-1", "praise-2", "praise-3", "hostile-1", "pipe-1", "pipe-2"} <= ids
    assert listing["total"] == 6
    art = client.get("/api/articles/praise-1").json()
    assert set(art) >= {"id", "text", "sentences", "events", "quotes", "amounts", "times", "places", "errors"}
    ev = art["events"][0]
    assert art["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == "praised"
    assert ev["source"]["code"] == "RUSGOV" and ev["target"]["code"] == "CHN"
    assert art["quotes"][0]["speaker"]["code"] == "RUSGOV"
    assert art["amounts"][0]["value"] == 240e9
    assert art["places"][0]["name"] == "Moscow"


def test_pipeline_article_has_the_contract_structure(client):
    art = client.get("/api/articles/pipe-1").json()
    assert art["published"] == "2023-03-21"
    assert art["sentences"], "the real pipeline split the text into sentences"
    for s in art["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(art["text"])


def test_events_filters_sorting_and_paging(client):
    everything = client.get("/api/events", params={"limit": 100}).json()
    assert everything["total"] == len(everything["items"])
    annotated = [e for e in everything["items"] if not e["article_id"].startswith("pipe-")]
    assert len(annotated) == 8  # the hand-annotated stories; the pipeline's own events come on top
    rus = client.get("/api/events", params={"actor": "RUSGOV"}).json()["items"]
    assert rus and all("RUSGOV" in (e["source"], e["target"]) for e in rus)
    praise = client.get("/api/events", params={"code": "051", "since": "2024-07-01", "until": "2024-08-31"}).json()
    assert sorted(e["date"] for e in praise["items"]) == ["2024-07-10", "2024-08-21"]
    newest = client.get("/api/events", params={"order": "-date"}).json()["items"]
    assert [e["date"] for e in newest] == sorted((e["date"] for e in newest), reverse=True)
    first = client.get("/api/events", params={"limit": 3, "offset": 0}).json()["items"]
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()["items"]
    assert len(first) == len(second) == 3
    assert not {e["event_id"] for e in first} & {e["event_id"] for e in second}
    one = client.get(f"/api/events/{first[0]['event_id']}").json()
    assert one["mentions"] and one["mentions"][0]["article_id"] == first[0]["article_id"]


def test_csv_variant_matches_json(client):
    rows = client.get("/api/events", params={"actor": "CHNGOV"}).json()["items"]
    resp = client.get("/api/events", params={"actor": "CHNGOV", "format": "csv"})
    assert resp.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(resp.text)))
    assert [r["event_id"] for r in parsed] == [r["event_id"] for r in rows]
    for path in ("/api/quotes", "/api/amounts", "/api/places", "/api/actors", "/api/articles"):
        text = client.get(path, params={"format": "csv"}).text
        assert len(text.splitlines()) >= 2, path


def test_dyad_series_by_month(client):
    rows = client.get("/api/dyads/RUSGOV/CHN", params={"by": "month", "directed": True,
                                                          "since": "2024-06-01"}).json()["items"]
    # RUSGOV→CHN three times; the hostile story adds Moscow (RUSGOV) praising Beijing (CHNGOV, a CHN actor)
    assert [r["period"] for r in rows] == ["2024-06", "2024-07", "2024-08", "2024-09"]
    assert all(r["events"] == 1 and r["verbal_cooperation"] == 1 and r["a_to_b"] == 1 for r in rows)
    assert all(r["mean_goldstein"] == pytest.approx(3.4) for r in rows)


def test_actors_timeline_network_series_and_top(client):
    actors = {a["code"]: a for a in client.get("/api/actors").json()["items"]}
    assert {"RUSGOV", "CHN", "CHNGOV", "USAGOV"} <= set(actors)
    tl = client.get("/api/timeline", params={"actor": "CHNGOV"}).json()["items"]
    assert tl and {r["cameo"] for r in tl} >= {"111"}
    net = client.get("/api/network").json()
    assert {"RUS", "CHN", "USA"} <= {n["id"] for n in net["nodes"]}
    assert any(e["source"] == "RUS" and e["target"] == "CHN" for e in net["edges"])
    series = client.get("/api/series", params={"actor": "RUSGOV"}).json()["items"]
    assert sum(r["events"] for r in series) == client.get(
        "/api/events", params={"actor": "RUSGOV"}).json()["total"]
    top = client.get("/api/top/dyads").json()["items"]
    assert top[0]["events"] >= top[-1]["events"]


def test_quotes_amounts_places(client):
    quotes = client.get("/api/quotes", params={"speaker": "RUSGOV"}).json()["items"]
    assert len(quotes) == 3 and all(q["text"].startswith('"We will not') for q in quotes)
    amounts = client.get("/api/amounts", params={"unit": "USD"}).json()["items"]
    assert len(amounts) == 3 and amounts[0]["measures"] == "trade"
    places = client.get("/api/places", params={"country": "RUS"}).json()["items"]
    assert places[0]["name"] == "Moscow" and places[0]["mentions"] >= 3  # 3 annotated + pipeline's


def test_extract_returns_the_contract_json(client):
    text = "Chinese officials criticised Washington over tariffs on Monday."
    resp = client.post("/api/extract", json={"text": text, "published": "2024-09-02"})
    assert resp.status_code == 200
    art = resp.json()
    assert art["text"] == text and art["published"] == "2024-09-02"
    assert {"id", "sentences", "events", "quotes", "amounts", "times", "places", "errors"} <= set(art)
    assert art["sentences"][0]["start"] == 0


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "post" in spec["paths"]["/api/extract"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # nothing fetched from elsewhere
