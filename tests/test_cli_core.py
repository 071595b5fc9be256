"""The core CLI through the real entry point: contract JSON, exit codes, usage errors."""

from __future__ import annotations

import json

import pytest

CONTRACT_KEYS = {"id", "published", "sentences", "events", "quotes", "amounts", "times", "places", "errors"}


def _offsets_inside(obj, n: int) -> None:
    """Every start/end pair anywhere in the JSON lies inside the text."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            assert 0 <= obj["start"] <= obj["end"] <= n, obj
        for v in obj.values():
            _offsets_inside(v, n)
    elif isinstance(obj, list):
        for v in obj:
            _offsets_inside(v, n)


@pytest.fixture(scope="module")
def beijing(examples_dir, dateline_cli):
    res = dateline_cli("extract", str(examples_dir / "01_beijing_visit.txt"))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_extract_prints_the_contract_with_offsets_inside_the_text(beijing):
    assert CONTRACT_KEYS <= set(beijing)
    text = beijing["text"]
    _offsets_inside(beijing, len(text))
    for s in beijing["sentences"]:
        assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]


def test_the_wire_dateline_is_parsed_and_kept_out_of_the_first_sentence(beijing):
    assert beijing["published"] == "2024-05-16"
    first = beijing["sentences"][0]
    assert beijing["text"][first["start"]:].startswith("Russian President Vladimir Putin")
    assert beijing["dateline"]["place"].upper() == "BEIJING"


def test_extract_jsonl_gives_one_object_per_article(examples_dir, dateline_cli):
    res = dateline_cli("extract", str(examples_dir / "13_three_reports.jsonl"), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in objs] == ["wire-a-0412", "globe-0412-7", "post-8812"]
    for o in objs:
        for ev in o["events"]:
            assert ev["evidence"]["end"] <= len(o["text"])


def test_usage_errors_exit_2_with_a_message(tmp_path, dateline_cli):
    res = dateline_cli("extract", str(tmp_path / "nope.txt"))
    assert res.returncode == 2
    assert "no such file" in res.stderr
    f = tmp_path / "a.txt"
    f.write_text("Putin met Xi in Beijing.")
    res = dateline_cli("extract", str(f), "--published", "yesterday")
    assert res.returncode == 2
    assert "YYYY-MM-DD" in res.stderr
    res = dateline_cli("ingest", str(f), "--set", "dedup.nonsense=1", "--db", str(tmp_path / "x.duckdb"))
    assert res.returncode == 2
    assert "window_days" in res.stderr


def test_help_everywhere(dateline_cli):
    for cmd in ("extract", "ingest", "events", "demo"):
        res = dateline_cli(cmd, "--help")
        assert res.returncode == 0 and "Usage" in res.stdout


def test_explain_keeps_going_past_an_article_that_failed_before_the_parse(tmp_path, dateline_cli):
    # a non-English article fails at ingest and is never parsed: --explain must say so in its record and
    # still code the articles after it (one broken article never stops a batch)
    f = tmp_path / "mixed.jsonl"
    rows = [{"id": "es", "text": "El gobierno anunció nuevas medidas para la economía del país este lunes.",
             "published": "2024-03-04"},
            {"id": "en", "text": "Kenya's president met the visiting Ugandan foreign minister in Nairobi on Monday.",
             "published": "2024-03-04"}]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = dateline_cli("extract", str(f), "--explain", "--format", "jsonl")
    assert res.returncode == 1, res.stderr
    objs = {o["id"]: o for o in map(json.loads, res.stdout.splitlines())}
    assert set(objs) == {"es", "en"}
    assert objs["es"]["errors"] and objs["es"]["explain"][0]["reason"].startswith("not coded:")
    assert objs["es"]["explain"][0]["code"] == objs["es"]["errors"][0]["code"]
    assert objs["en"]["events"] and any(t.get("reason") == "coded" for s in objs["en"]["explain"]
                                        for t in s["triggers"])
