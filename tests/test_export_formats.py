"""Exports: GDELT 2.0 (61 + 16 columns), POLECAT (40 columns + header), PLOVER JSONL, Parquet round trip,
and plots, through the library and the real CLI."""

from __future__ import annotations

import io
import json
import struct

import pyarrow.parquet as pq
import pytest
from store_samples import meeting_article, rich_article, series_articles
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store
from dateline.store import queries as Q
from dateline.store.export import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    POLECAT_COLUMNS,
    iso3_to_fips,
    write_gdelt,
    write_parquet,
    write_plover,
    write_polecat,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("ex") / "x.duckdb")
    with Store(path) as s:
        s.write_articles(series_articles() + [rich_article()] +
                         [meeting_article(i, source=f"W{i}", published="2024-05-16", phrasing=i) for i in range(3)])
    return path


def _tsv(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def test_gdelt_events_and_mentions_columns_and_types(db):
    with Store(db, read_only=True) as s:
        ev, me = io.StringIO(), io.StringIO()
        counts = write_gdelt(s, ev, mentions_out=me)
        n_events = Q.count_events(s)
    rows, mrows = _tsv(ev.getvalue()), _tsv(me.getvalue())
    assert len(rows) == counts["events"] == n_events
    assert all(len(r) == 61 for r in rows) and len(GDELT_EVENT_COLUMNS) == 61
    assert all(len(r) == 16 for r in mrows) and len(GDELT_MENTION_COLUMNS) == 16
    col = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
    for r in rows:
        int(r[col["GlobalEventID"]])
        assert len(r[col["Day"]]) == 8 and r[col["Day"]].startswith(r[col["Year"]])
        assert r[col["MonthYear"]] == r[col["Day"]][:6]
        assert float(r[col["FractionDate"]]) >= int(r[col["Year"]])
        assert r[col["QuadClass"]] in {"1", "2", "3", "4"}
        assert -10 <= float(r[col["GoldsteinScale"]]) <= 10
        assert r[col["EventRootCode"]] == r[col["EventCode"]][:2]
        assert int(r[col["NumMentions"]]) >= int(r[col["NumArticles"]]) >= 1
        assert len(r[col["DATEADDED"]]) == 14
    meeting = [r for r in rows if r[col["EventCode"]] == "040"][0]
    assert meeting[col["NumMentions"]] == "3" and meeting[col["ActionGeo_FullName"]] == "Beijing"
    assert float(meeting[col["ActionGeo_Lat"]]) == pytest.approx(39.9075)
    # GDELT's geo country codes are FIPS 10-4 (China is CH), its actor country codes CAMEO's (CHN).
    assert meeting[col["ActionGeo_CountryCode"]] == "CH"
    assert meeting[col["ActionGeo_ADM1Code"]] == ""  # a city: no FIPS admin-1 code to give
    assert iso3_to_fips("DEU") == "GM" and iso3_to_fips("GBR") == "UK" and iso3_to_fips("XXX") is None
    for r in rows:
        assert r[col["ActionGeo_CountryCode"]] == "" or len(r[col["ActionGeo_CountryCode"]]) == 2
    # every mention points at an exported event, and the meeting has three
    ids = {r[0] for r in rows}
    assert {m[0] for m in mrows} <= ids
    assert sum(m[0] == meeting[0] for m in mrows) == 3
    mcol = {name: i for i, name in enumerate(GDELT_MENTION_COLUMNS)}
    for m in mrows:
        assert int(m[mcol["SentenceID"]]) >= 1 and int(m[mcol["ActionCharOffset"]]) >= 0
        assert int(m[mcol["MentionDocLen"]]) > int(m[mcol["ActionCharOffset"]])


def test_polecat_header_and_columns(db):
    with Store(db, read_only=True) as s:
        out = io.StringIO()
        n = write_polecat(s, out, actor="RUS")
        expected = Q.count_events(s, actor="RUS")
    rows = _tsv(out.getvalue())
    assert rows[0] == POLECAT_COLUMNS and len(rows[0]) == 40
    assert len(rows) - 1 == n == expected
    assert all(len(r) == 40 for r in rows)
    head = {name: i for i, name in enumerate(POLECAT_COLUMNS)}
    assert {r[head["Event Type"]] for r in rows[1:]} <= {"SUPPORT", "CONSULT", "ACCUSE", "AGREE", "COOPERATE",
                                                        "ASSAULT", "SANCTION"}
    assert all(r[head["Version"]].startswith("dateline ") for r in rows[1:])


def test_plover_records(db):
    with Store(db, read_only=True) as s:
        out = io.StringIO()
        n = write_plover(s, out)
        events = {e["event_id"]: e for e in Q.events(s, limit=None)}
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(recs) == n == len(events)
    for rec in recs:
        ev = events[rec["id"]]
        assert rec["event"] == ev["plover_type"] and rec["cameo"] == ev["cameo"]
        assert rec["text"] == ev["evidence"] and rec["eventText"] in rec["text"]
        assert rec["source"] and rec["source"][0]["code"] == ev["source_country"]


def test_parquet_round_trip(db, tmp_path):
    out = tmp_path / "pq"
    with Store(db, read_only=True) as s:
        counts = write_parquet(s, out)
        original = {t: s.counts()[t] for t in counts}
        events = Q.events(s, limit=None, modes="all")
        art = Q.get_article(s, "rich-1")
        dy = __import__("dateline.analysis", fromlist=["dyad"]).dyad(s, "RUS", "CHN")
    assert counts == original
    assert (out / "articles.parquet").exists()
    months = sorted(p.name for p in (out / "events").iterdir())
    assert months == ["month=2024-01", "month=2024-02", "month=2024-03", "month=2024-05"]
    schema = pq.read_schema(out / "mentions.parquet")
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("goldstein").type) == "double"
    with Store(str(out)) as p:
        assert p.read_only and p.kind == "parquet"
        assert Q.events(p, limit=None, modes="all") == events
        assert Q.get_article(p, "rich-1") == art
        from dateline.analysis import dyad

        assert dyad(p, "RUS", "CHN") == dy


def test_parquet_without_events_derives_them(db, tmp_path):
    """A Ray-style directory (no events files) gets events by the same dedup."""
    out = tmp_path / "pq"
    with Store(db, read_only=True) as s:
        write_parquet(s, out)
        expected = Q.events(s, limit=None)
    for f in (out / "events").rglob("*.parquet"):
        f.unlink()
    for d in sorted((out / "events").rglob("*"), reverse=True):
        d.rmdir()
    (out / "events").rmdir()
    with Store(str(out)) as p:
        assert Q.events(p, limit=None) == expected


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_cli_exports_and_plots(db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["export", "gdelt", "--db", db, "-o", str(tmp_path) + "/", "--mentions"])
    assert res.exit_code == 0, res.output
    assert all(len(r) == 61 for r in _tsv((tmp_path / "dateline.export.CSV").read_text()))
    assert all(len(r) == 16 for r in _tsv((tmp_path / "dateline.mentions.CSV").read_text()))
    res = runner.invoke(app, ["export", "polecat", "--db", db, "--since", "2024-03-01"])
    assert res.exit_code == 0, res.output
    lines = _tsv(res.stdout)
    assert lines[0] == POLECAT_COLUMNS and all(r[1] >= "2024-03-01" for r in lines[1:])
    res = runner.invoke(app, ["export", "parquet", str(tmp_path / "pqdir"), "--db", db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--db", str(tmp_path / "pqdir"), "-f", "json"])
    assert res.exit_code == 0, res.output
    assert [r["period"] for r in json.loads(res.stdout)][:2] == ["2024-01", "2024-02"]
    for args, name in ((["plot", "dyad", "RUS", "CHN"], "d.png"), (["plot", "network"], "n.png")):
        res = runner.invoke(app, [*args, "--db", db, "-o", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
        w, h = _png_size(tmp_path / name)
        assert w > 300 and h > 300
    res = runner.invoke(app, ["export", "gdelt", "--db", db, "--mentions"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["export", "plover", "--db", str(tmp_path / "nope.duckdb")])
    assert res.exit_code == 2 and "no store" in res.output
