"""Store: schema + migrations, idempotent batched writes, full-layer round trip, read-only opening."""

from __future__ import annotations

import dataclasses

import pytest
from store_samples import meeting_article, rich_article, series_articles

from dateline.errors import NotFound, StoreError
from dateline.provenance import current
from dateline.store import Store
from dateline.store import queries as Q
from dateline.store.schema import MIGRATIONS, TABLES


@pytest.fixture()
def db(tmp_path):
    return str(tmp_path / "t.duckdb")


def _snapshot(store: Store) -> dict[str, list]:
    """Every row of every table (ingest time aside), order-independent."""
    out = {}
    for t in TABLES:
        skip = "ingested_at" if t == "articles" else "dateline_version"
        rows = store.query(f"SELECT * EXCLUDE ({skip}) FROM {t}")
        out[t] = sorted(repr(sorted(r.items())) for r in rows)
    return out


def test_migrations_are_named_ordered_and_recorded(db):
    with Store(db) as s:
        names = [m["name"] for m in s.migrations()]
        assert names == [n for n, _ in MIGRATIONS]
        assert s.migrate() == []  # nothing pending on a second open
    with Store(db) as s:
        assert [m["name"] for m in s.migrations()] == names


def test_round_trip_every_layer(db):
    art = rich_article()
    with Store(db) as s:
        summary = s.write_articles([art])
        assert summary.inserted == 1 and summary.mentions == 3
        back = Q.get_article(s, "rich-1")
    for f in dataclasses.fields(art):
        if f.compare:
            assert getattr(back, f.name) == getattr(art, f.name), f.name
    assert back.to_dict() == art.to_dict()


def test_reingesting_same_articles_changes_nothing(db):
    arts = [meeting_article(i, source=f"Wire {i}", published="2024-05-16", phrasing=i) for i in range(3)]
    arts += [rich_article(), *series_articles()]
    with Store(db) as s:
        s.write_articles(arts[:4])
        s.write_articles(arts[4:])
        before = _snapshot(s)
        again = s.write_articles(arts)
        assert again.unchanged == len(arts) and again.written == 0
        assert _snapshot(s) == before


def test_write_order_does_not_change_records(tmp_path):
    arts = [meeting_article(i, source=f"Wire {i}", published=f"2024-05-{15 + i}", phrasing=i) for i in range(3)]
    arts += series_articles()
    with Store(str(tmp_path / "a.duckdb")) as a, Store(str(tmp_path / "b.duckdb")) as b:
        a.write_articles(arts)
        for art in reversed(arts):
            b.write_articles([art])
        assert _snapshot(a) == _snapshot(b)


def test_changed_content_replaces_article_records(db):
    with Store(db) as s:
        s.write_articles([rich_article()])
        edited = series_articles()[0]
        edited.id = "rich-1"
        summary = s.write_articles([edited])
        assert summary.replaced == 1
        back = Q.get_article(s, "rich-1")
        assert back.text == edited.text
        assert len(back.events) == 1 and back.quotes == [] and back.amounts == []
        assert s.counts()["quotes"] == 0
        assert s.scalar("SELECT count(*) FROM mentions WHERE article_id = 'rich-1'") == 1


def test_every_row_carries_provenance(db):
    prov = current()
    with Store(db) as s:
        s.write_articles([rich_article()])
        for t in TABLES:
            rows = s.query(f"SELECT DISTINCT dateline_version, data_hash FROM {t}")
            assert rows == [{"dateline_version": prov.version, "data_hash": prov.data_hash}], t


def test_read_only_store(db, tmp_path):
    with Store(db) as s:
        s.write_articles(series_articles())
    with Store(db, read_only=True) as ro:
        assert len(Q.events(ro)) == 6
        with pytest.raises(StoreError, match="read-only"):
            ro.write_articles([rich_article()])
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "missing.duckdb"), read_only=True)


def test_get_article_not_found(db):
    with Store(db) as s, pytest.raises(NotFound, match="no article"):
        Q.get_article(s, "nope")
