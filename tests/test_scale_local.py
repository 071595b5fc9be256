"""The local parallel runner: same results as in-process, order kept, bounded look-ahead, resumable ingest."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest

from dateline.api_lib import get_pipeline
from dateline.config import Settings, load_settings
from dateline.model import Article
from dateline.scale.local import default_workers, parallel_pipe

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def _articles(n: int, words: int = 60) -> list[Article]:
    corpus = _corpus_module()
    return [Article.create(o["text"], id=o["id"], published=o["published"], source=o["source"])
            for o in corpus.corpus(n, words=words, seed=3)]


def _key(art: Article) -> dict:
    d = art.to_dict()
    d.pop("schema_version")
    return d


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


def test_corpus_is_deterministic_and_wire_style():
    corpus = _corpus_module()
    a = list(corpus.corpus(3, words=80, seed=11))
    b = list(corpus.corpus(3, words=80, seed=11))
    assert a == b
    assert a != list(corpus.corpus(3, words=80, seed=12))
    for obj in a:
        assert "(Newswire) - " in obj["text"][:60]
        assert len(obj["text"].split()) >= 80


def test_two_workers_give_the_same_articles_in_the_same_order(settings):
    arts = _articles(12)
    expected = [_key(a) for a in get_pipeline(settings).pipe(_articles(12))]
    rss: dict[int, int] = {}
    got = list(parallel_pipe(arts, settings=settings, workers=2, chunk_size=3, min_parallel=0, rss_report=rss))
    assert [a.id for a in got] == [a.id for a in arts]
    assert [_key(a) for a in got] == expected
    assert all(a.doc is None for a in got)
    # Two real worker processes parsed the chunks, and each reported its memory.
    assert 1 <= len(rss) <= 2 and all(kb > 50_000 for kb in rss.values())
    # Unordered mode yields the same articles, each once.
    unordered = list(parallel_pipe(_articles(12), settings=settings, workers=2, chunk_size=3, min_parallel=0,
                                   ordered=False))
    assert sorted(json.dumps(_key(a), sort_keys=True) for a in unordered) == \
        sorted(json.dumps(e, sort_keys=True) for e in expected)


def test_small_inputs_stay_in_process(settings):
    rss: dict[int, int] = {}
    got = list(parallel_pipe(_articles(3), settings=settings, workers=2, chunk_size=4, rss_report=rss))
    assert len(got) == 3 and got[0].sentences
    assert rss == {}  # no worker process was started


def test_input_is_read_lazily_with_a_bounded_look_ahead(settings):
    read = 0
    pool = _articles(4)

    def endless():
        nonlocal read
        for i in itertools.count():
            read += 1
            src = pool[i % len(pool)]
            yield Article.create(src.text, id=f"endless-{i}", published=src.published)

    gen = parallel_pipe(endless(), settings=settings, workers=2, chunk_size=2, max_in_flight=3, min_parallel=0)
    first = list(itertools.islice(gen, 5))
    gen.close()
    assert [a.id for a in first] == [f"endless-{i}" for i in range(5)]
    # 5 yielded + at most (max_in_flight chunks + 1 refill) * chunk_size ahead: memory stays bounded.
    assert read <= 5 + (3 + 1) * 2 + 2


def test_bad_worker_count_is_a_config_error(settings):
    from dateline.errors import ConfigError

    with pytest.raises(ConfigError, match="at least 1"):
        list(parallel_pipe(_articles(1), settings=settings, workers=0))
    assert default_workers() >= 1
    bad = load_settings(None, ["scale.chunk_size=-2"])
    with pytest.raises(ConfigError, match="chunk_size must be at least 1"):
        list(parallel_pipe(_articles(70), settings=bad, workers=2))


def test_parallel_ingest_stores_everything_and_resumes(tmp_path, settings):
    pytest.importorskip("dateline.ingest", reason="ingest readers not built yet")
    from dateline.ingest import read_inputs  # noqa: F401  (run_ingest needs it)
    from dateline.jobs import run_ingest
    from dateline.store import Store

    corpus = _corpus_module()
    src = tmp_path / "wire.jsonl"
    corpus.write_jsonl(str(src), 10, words=60, seed=5)
    db = str(tmp_path / "p.duckdb")
    ticks: list[int] = []
    first = run_ingest([str(src)], db=db, settings=settings.with_overrides({"nlp.batch_size": 2}),
                       workers=2, progress=ticks.append)
    assert first.read == 10 and first.stored == 10 and first.skipped == 0
    assert sum(ticks) == 10
    with Store(db, read_only=True) as store:
        assert len(store.article_ids()) == 10
        n_mentions = store.counts()["mentions"]
    assert n_mentions == first.events
    again = run_ingest([str(src)], db=db, settings=settings, workers=2)
    assert again.read == 10 and again.skipped == 10 and again.stored == 0


def test_cli_ingest_with_workers_and_usage_errors(tmp_path, dateline_cli):
    pytest.importorskip("dateline.ingest", reason="ingest readers not built yet")
    corpus = _corpus_module()
    src = tmp_path / "wire.jsonl"
    corpus.write_jsonl(str(src), 4, words=40, seed=9)
    db = tmp_path / "cli.duckdb"
    res = dateline_cli("ingest", str(src), "--db", str(db), "--workers", "2", "--quiet")
    assert res.returncode == 0, res.stderr
    assert db.exists()
    res = dateline_cli("ingest", str(src), "--db", str(db), "--address", "auto")
    assert res.returncode == 2 and "--engine ray" in res.stderr
    res = dateline_cli("ingest", str(src), "--db", str(db), "--engine", "ray")
    assert res.returncode == 2 and "Parquet directory" in res.stderr
    res = dateline_cli("ingest", str(src), "--db", str(db), "--workers", "0")
    assert res.returncode == 2
