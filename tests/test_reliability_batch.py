"""Issue 9, end to end: the bad-input corpus goes through the real `dateline ingest` into a real DuckDB file.

Every good article in the batch is stored and parsed, every bad item is stored as a failed article with an
`errors` row (article id, stage, reason, code) whose reason names the file (and line) and says how to fix
it; the run exits 1; the same run again changes nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from test_ingest_bad_inputs import JSONL_EXPECT, build_corpus

# Tables and the columns that differ between two runs of the same input (wall-clock stamps only).
TABLES = ["articles", "mentions", "events", "actors", "quotes", "amounts", "times", "places", "errors"]
VOLATILE = {"ingested_at"}

# Extra items the ingest corpus does not have: good articles the pipeline must code, and text that is odd
# but readable (it must be handled, never a stage crash).
EXTRA_GOOD = {
    "s_wire.jsonl": [
        {"id": "wire-1", "text": "ANKARA (Newswire) - Turkey and Egypt agreed on Wednesday to restore full "
                                 "diplomatic ties, the two foreign ministries said.",
         "published": "2024-03-06"},
        {"id": "wire-2", "text": "NAIROBI (Newswire) - Kenya condemned an attack on a police post near the "
                                 "Somali border that killed 12 officers, the interior ministry said on "
                                 "Monday.",
         "published": "2024-05-13"},
        {"id": "wire-3", "text": "\u200b\u200b\u2066\U0001F600 \u05e9\u05dc\u05d5\u05dd Officials in Lima "
                                 "said \u202eon Friday\u202c that Peru would send \u00bd of its \"aid\" to "
                                 "Bolivia.\u2028Next line.", "published": "2024-06-07"},
        {"id": "wire-4", "text": "Russia (\u0420\u043e\u0441\u0441\u0438\u044f) accused Ukraine of shelling "
                                 "a town near the border, the defence ministry in Moscow said on Tuesday.",
         "published": "2024-02-20"},
    ],
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ordered, without the ingest timestamps."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall() if r[0] not in VOLATILE]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[t] = con.execute(f"SELECT {sel} FROM {t} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def _rows(db: Path, sql: str) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rel = con.execute(sql)
        names = [d[0] for d in rel.description]
        return [dict(zip(names, r, strict=True)) for r in rel.fetchall()]
    finally:
        con.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory, dateline_cli):
    root = tmp_path_factory.mktemp("reliability_batch")
    corpus = root / "in"
    corpus.mkdir()
    expect = build_corpus(corpus)
    for name, rows in EXTRA_GOOD.items():
        (corpus / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    db = root / "store.duckdb"
    first = dateline_cli("ingest", str(corpus), "--db", str(db), "--workers", "1", "-q")
    snap = _snapshot(db)
    second = dateline_cli("ingest", str(corpus), "--db", str(db), "--workers", "1")
    return corpus, expect, db, first, snap, second


def _expected_failures(corpus: Path, expect: dict) -> dict[str, str]:
    """origin -> expected error code for every bad item of the corpus."""
    out = {str(corpus / name): code for name, code in expect.items() if code and not name.endswith(".jsonl")}
    j = corpus / "r_mixed.jsonl"
    out.update({f"{j}:{n}": code for n, code in JSONL_EXPECT.items() if code})
    return out


def _expected_good(corpus: Path, expect: dict) -> set[str]:
    good = {str(corpus / name) for name, code in expect.items()
            if code is None and not name.endswith(".jsonl")}
    j = corpus / "r_mixed.jsonl"
    # Line 10 repeats line 8 (same id, same text): one article, stored once under line 8's origin.
    good |= {f"{j}:{n}" for n, code in JSONL_EXPECT.items() if code is None and n != 10}
    good |= {f"{corpus / name}:{i}" for name, rows in EXTRA_GOOD.items() for i in range(1, len(rows) + 1)}
    return good


def test_exit_code_is_1_when_some_items_failed(batch):
    _, _, _, first, _, second = batch
    assert first.returncode == 1, first.stderr[-2000:]
    assert second.returncode == 1, second.stderr[-2000:]


def test_every_good_article_is_stored_and_parsed(batch):
    corpus, expect, db, *_ = batch
    rows = _rows(db, "SELECT id, origin, text, n_errors, sentences FROM articles")
    good = {r["origin"]: r for r in rows if r["n_errors"] == 0}
    assert set(good) == _expected_good(corpus, expect)
    for r in good.values():
        assert r["text"].strip() and json.loads(r["sentences"]), r["origin"]
    # The pipeline coded the plain wire stories.
    coded = {r["article_id"] for r in _rows(db, "SELECT DISTINCT article_id FROM mentions")}
    assert {"wire-1", "wire-2"} <= coded
    # Odd Unicode is handled by every stage: no stage error anywhere, only reader errors.
    assert {r["stage"] for r in _rows(db, "SELECT DISTINCT stage FROM errors")} == {"ingest"}


def test_every_bad_item_has_an_errors_row_naming_file_line_and_fix(batch):
    corpus, expect, db, *_ = batch
    want = _expected_failures(corpus, expect)
    rows = _rows(db, "SELECT a.id, a.origin, a.text, e.idx, e.stage, e.code, e.reason FROM errors e "
                     "JOIN articles a ON a.id = e.article_id ORDER BY a.origin")
    got = {r["origin"]: r["code"] for r in rows}
    assert got == want
    assert len(rows) == len(want)  # exactly one error per bad item
    for r in rows:
        assert r["stage"] == "ingest" and r["idx"] == 0 and r["text"] == ""
        assert r["reason"].startswith(r["origin"] + ": "), r["reason"]
        # A fix is always suggested (the wording varies with the problem).
        assert re.search(r"\b(use|give|re-save|split|raise|fix|check|translate|put|save|add|write)\b",
                         r["reason"]), r["reason"]
    n_failed = _rows(db, "SELECT count(*) AS n FROM articles WHERE n_errors > 0")[0]["n"]
    assert n_failed == len(want)


def test_stderr_lists_each_failure_on_one_line(batch):
    corpus, expect, _, first, _, _ = batch
    lines = [ln for ln in first.stderr.splitlines() if ln.startswith("failed ")]
    want = _expected_failures(corpus, expect)
    assert len(lines) == len(want)
    for origin in want:
        assert sum(ln.startswith(f"failed [ingest] {origin}: ") for ln in lines) == 1, origin


def test_rerun_is_idempotent(batch):
    _, expect, db, _, snap, second = batch
    assert _snapshot(db) == snap
    # The good articles are skipped before parsing; the failed ones are read again and reported again.
    m = re.search(r"(\d+) articles read, (\d+) stored, (\d+) already stored, (\d+) failed", second.stdout)
    assert m, second.stdout
    read, stored, skipped, failed = map(int, m.groups())
    assert failed == len([1 for c in expect.values() if c]) + len([1 for c in JSONL_EXPECT.values() if c])
    assert skipped == read - failed and stored == failed


def test_all_good_batch_exits_0(batch, tmp_path, dateline_cli):
    corpus, *_ = batch
    db = tmp_path / "ok.duckdb"
    res = dateline_cli("ingest", str(corpus / "a_good.txt"), str(corpus / "s_wire.jsonl"), "--db", str(db),
                       "--workers", "1", "-q")
    assert res.returncode == 0, res.stderr[-2000:]
    assert _rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 5
    assert _rows(db, "SELECT count(*) AS n FROM errors")[0]["n"] == 0
