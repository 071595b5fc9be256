"""The Ray runner on a local Ray instance with small data: same rows as the DuckDB store, resumable,
Parquet inputs, and a Parquet directory every query reads."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

# Ray start-up and actor pools are slow on a loaded 2-core machine; a hang must fail, not stall CI.
pytestmark = [pytest.mark.ray, pytest.mark.timeout(600)]

ray = pytest.importorskip("ray", reason="install the ray extra: pip install 'dateline[ray]'")

from dateline.config import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def local_ray():
    # One small local Ray for the whole module: run_ray_ingest joins it and leaves it running.
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=128 * 1024 * 1024)
    yield
    ray.shutdown()


def test_ray_ingest_matches_the_duckdb_store_and_resumes(tmp_path, local_ray):
    from dateline.jobs import run_ingest
    from dateline.scale.ray_runner import run_ray_ingest
    from dateline.store import Store
    from dateline.store.queries import events

    corpus = _corpus_module()
    src = tmp_path / "wire.jsonl"
    corpus.write_jsonl(str(src), 8, words=60, seed=21)
    with open(src, "a", encoding="utf-8") as f:
        f.write("{not json\n")  # one bad line: recorded as a failed article, the rest goes on
    settings = Settings()
    out = tmp_path / "parquet"
    ticks: list[int] = []
    summary = run_ray_ingest([str(src)], out=str(out), settings=settings, workers=2, batch_size=3,
                             progress=ticks.append)
    assert summary.read == 9 and summary.stored == 9 and sum(ticks) == 9
    assert summary.failed_articles == 1 and summary.failed[0].stage == "ingest"
    # Partitioned by publication month, one folder per table.
    months = {p.name for p in (out / "articles").iterdir()}
    assert any(m.startswith("month=202") for m in months)
    for table in ("articles", "mentions", "events", "event_links", "quotes", "amounts", "times", "places",
                  "errors", "actors"):
        assert list((out / table).rglob("*.parquet")), table
    assert any(p.name.startswith("month=202") for p in (out / "events").iterdir())

    db = str(tmp_path / "ref.duckdb")
    ref = run_ingest([str(src)], db=db, settings=settings)
    with Store(str(out)) as pq_store, Store(db, read_only=True) as duck:
        assert pq_store.kind == "parquet"
        got, want = pq_store.counts(), duck.counts()
        for table in ("articles", "mentions", "events", "actors", "times", "places", "quotes", "amounts"):
            assert got[table] == want[table], table
        assert got["mentions"] == summary.events == ref.events > 0
        key = ("article_id", "date", "source", "cameo", "target", "evidence")

        def rows(store):
            return sorted(json.dumps([str(r.get(k)) for k in key]) for r in events(store, limit=1000))

        assert rows(pq_store) == rows(duck)
        # Every mention points at a written event, and each event's mention count matches its mentions.
        orphans = pq_store.scalar("SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) "
                                  "WHERE e.event_id IS NULL")
        assert orphans == 0
        mismatched = pq_store.scalar(
            "SELECT count(*) FROM events e JOIN (SELECT event_id, count(DISTINCT (article_id, sentence_start)) "
            "AS n FROM mentions GROUP BY event_id) m USING (event_id) WHERE m.n <> e.num_mentions")
        assert mismatched == 0

    again = run_ray_ingest([str(src)], out=str(out), settings=settings, workers=2, batch_size=3)
    # The unparseable line has no stable id/hash to skip by, so it is re-reported; the articles are skipped.
    assert again.skipped == 8 and again.stored == 1
    # The events are derived again from all mentions: the same as before, not doubled.
    with Store(str(out)) as pq_store, Store(db, read_only=True) as duck:
        assert pq_store.counts()["events"] == duck.counts()["events"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary folders left behind


def test_ray_reads_parquet_inputs(tmp_path, local_ray):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.scale.ray_runner import run_ray_ingest
    from dateline.store import Store

    corpus = _corpus_module()
    rows = list(corpus.corpus(4, words=50, seed=22))
    (tmp_path / "in").mkdir()
    pq.write_table(pa.Table.from_pylist(rows[:2]), tmp_path / "in" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(rows[2:]), tmp_path / "in" / "part-1.parquet")
    out = tmp_path / "out"
    summary = run_ray_ingest([str(tmp_path / "in")], out=str(out), workers=2, batch_size=2)
    assert summary.read == 4 and summary.stored == 4 and not summary.failed
    with Store(str(out)) as store:
        assert sorted(store.article_ids()) == sorted(r["id"] for r in rows)


def test_ray_refuses_other_inputs_with_a_hint(tmp_path):
    from dateline.errors import ConfigError
    from dateline.scale.ray_runner import input_files

    (tmp_path / "story.txt").write_text("MOSCOW, Aug 21 (Newswire) - Officials met.", encoding="utf-8")
    with pytest.raises(ConfigError, match="--engine local"):
        input_files([str(tmp_path / "story.txt")])
