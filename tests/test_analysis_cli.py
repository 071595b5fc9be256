"""CLI adapters over the analysis and layer queries: dyad, timeline, network, top, quotes, amounts."""

from __future__ import annotations

import json

import pytest
from store_samples import meeting_article, rich_article, series_articles
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "c.duckdb")
    with Store(path) as s:
        s.write_articles(series_articles() + [rich_article()] +
                         [meeting_article(i, source=f"W{i}", published="2024-05-16", phrasing=i) for i in range(3)])
    return path


def _json(args):
    res = CliRunner().invoke(app, [*args, "-f", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_dyad_timeline_top_quotes_amounts(db):
    rows = _json(["dyad", "RUS", "CHN", "--db", db, "--by", "month"])
    assert [r["period"] for r in rows] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    tl = _json(["timeline", "--actor", "RUS", "--db", db])
    assert [r["date"] for r in tl] == sorted(r["date"] for r in tl) and all(r["evidence"] for r in tl)
    assert _json(["top", "codes", "--db", db, "--limit", "1"])[0]["events"] >= 1
    assert _json(["quotes", "--speaker", "Putin", "--db", db])[0]["speaker_code"] == "RUSGOV"
    assert _json(["amounts", "--unit", "USD", "--db", db])[0]["value"] == 2e11


def test_network_formats(db, tmp_path):
    graph = json.loads(CliRunner().invoke(app, ["network", "--db", db, "-f", "json"]).stdout)
    assert graph["edges"] and graph["nodes"]
    res = CliRunner().invoke(app, ["network", "--db", db, "-f", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "g.graphml").read_text().startswith("<?xml")


def test_usage_errors(db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["dyad", "RUS", "CHN", "--db", db, "--since", "soon"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    res = runner.invoke(app, ["timeline", "--actor", "RUS", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "dateline ingest" in res.output
