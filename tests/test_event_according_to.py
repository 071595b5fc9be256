"""An event keeps two report layers, as a quote does: the speaker who reports the clause (`reported_by`)
and the outlet the sentence is attributed to (`according_to`: "according to X", "..., state media
reported", "the KCNA news agency said"). Real spaCy model, real DuckDB files and Parquet folders."""

from __future__ import annotations

import json
import os

import duckdb
import pytest
from fastapi.testclient import TestClient

from coding_helpers import CODING_STAGES, code
from dateline.api.app import create_app
from dateline.config import Settings
from dateline.errors import StoreError
from dateline.model import Article, Event
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store import queries as Q
from dateline.store.export import write_parquet
from dateline.store.parquet_events import table_files, write_parquet_events
from dateline.store.schema import COLUMNS, MIGRATIONS

NEW_COLUMNS = ("according_to", "according_to_code")


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=CODING_STAGES)


def _only(events: list[Event], cameo_prefix: str) -> Event:
    found = [e for e in events if e.cameo.startswith(cameo_prefix)]
    assert found, [(e.cameo, e.source, e.target) for e in events]
    return found[0]


# -- the coder --------------------------------------------------------------------------------------------


def test_speaker_and_according_to_source_are_both_kept(pipe):
    evs = code(pipe, "Premier Li said Beijing would send aid to Laos, according to the official Xinhua "
                     "news agency.")
    ev = _only(evs, "03")
    assert (ev.source.country, ev.target.country) == ("CHN", "LAO")
    assert ev.reported_by == "Premier Li"
    assert ev.according_to == "the official Xinhua news agency"
    assert ev.according_to_actor is not None and ev.according_to_actor.sector == "MED"


def test_according_to_alone_still_fills_reported_by(pipe):
    evs = code(pipe, "According to Indian state television, Nepal signed a trade agreement with Bhutan on "
                     "Monday.")
    assert evs
    for ev in evs:
        assert ev.reported_by == "Indian state television"  # unchanged behaviour
        assert ev.according_to == "Indian state television"
        assert ev.according_to_actor is not None and ev.according_to_actor.country == "IND"


def test_an_outlet_reporting_clause_is_the_source(pipe):
    ev = _only(code(pipe, "Vietnam will host talks with Cambodia next month, state media reported."), "03")
    assert ev.reported_by == "state media" and ev.according_to == "state media"
    ev = _only(code(pipe, "Foreign Minister Wang said China would host talks with Nepal next week, Xinhua "
                          "reported."), "03")
    assert ev.reported_by == "Foreign Minister Wang"
    assert ev.according_to == "Xinhua" and ev.according_to_actor.code.endswith("MED")


def test_a_news_agency_as_the_speaker_is_the_source(pipe):
    ev = _only(code(pipe, "The KCNA news agency said North Korea fired two missiles toward Japan."), "19")
    assert ev.source.country == "PRK"
    assert ev.according_to == ev.reported_by == "The KCNA news agency"


def test_a_body_or_government_speaking_is_no_outlet(pipe):
    # "Agency" in a name is no news agency; a country speaking is a speaker only
    ev = _only(code(pipe, "The International Atomic Energy Agency said Iran had expelled its inspectors."),
               "16")
    assert ev.according_to is None
    assert ev.reported_by.endswith("Atomic Energy Agency")  # the body itself speaks
    ev = _only(code(pipe, "Japan said China had violated its airspace."), "15")
    assert ev.reported_by == "Japan" and ev.according_to is None


def test_a_document_that_reports_is_the_source_as_for_quotes(pipe):
    # (a force posture to come keeps its code, 154)
    ev = _only(code(pipe, "A government statement said Kenya would send troops to Haiti."), "154")
    assert ev.according_to == "A government statement"


# -- store, queries, exports, page --------------------------------------------------------------------------

TEXT = ("Premier Li said Beijing would send aid to Laos, according to the official Xinhua news agency. "
        "Vietnam will host talks with Cambodia next month, state media reported.")


@pytest.fixture(scope="module")
def article(pipe):
    art = pipe(Article.create(TEXT, id="acc-1", source="Wire Z", published="2024-05-06",
                              title="Aid and talks", url="https://example.org/acc-1"))
    assert {e.according_to for e in art.events} == {"the official Xinhua news agency", "state media"}
    return art


def test_store_round_trip_query_and_exports(article, tmp_path):
    db = tmp_path / "acc.duckdb"
    with Store(db) as s:
        s.write_articles([article])
        rows = s.query("SELECT reported_by, according_to, according_to_code FROM mentions ORDER BY idx")
        assert ("Premier Li", "the official Xinhua news agency") in {(r["reported_by"], r["according_to"])
                                                                      for r in rows}
        assert any(r["according_to_code"] and r["according_to_code"].endswith("MED") for r in rows)
        back = Q.get_article(s, "acc-1")
        assert [e.to_dict() for e in back.events] == [e.to_dict() for e in article.events]
        evs = Q.events(s, limit=None)
        assert {e["according_to"] for e in evs} == {"the official Xinhua news agency", "state media"}
        assert {e["reported_by"] for e in evs} == {"Premier Li", "state media"}
        counts = write_parquet(s, tmp_path / "pq")
        assert counts["mentions"] == len(article.events)
    with Store(tmp_path / "pq") as pq:  # the exported folder is itself a store
        assert {e["according_to"] for e in Q.events(pq, limit=None)} == {"the official Xinhua news agency",
                                                                          "state media"}
    client = TestClient(create_app(db))
    page = client.get("/articles/acc-1")
    assert page.status_code == 200
    assert "according to the official Xinhua news agency" in page.text
    api = client.get("/api/events", params={"limit": 10}).json()
    assert "the official Xinhua news agency" in {e["according_to"] for e in api["items"]}


# -- files written by the previous release ----------------------------------------------------------------


def _old_layout(path, new_db) -> None:
    """A DuckDB file as the release before migration 0005 left it, holding `new_db`'s rows (their records
    without the new keys)."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (name VARCHAR, applied_at TIMESTAMP)")
    for table, cols in COLUMNS.items():
        body = ", ".join(f'"{n}" {t}' for n, t in cols if n not in NEW_COLUMNS)
        con.execute(f"CREATE TABLE {table} ({body})")
    for name, statements in MIGRATIONS:
        if name.startswith("0005"):
            break
        if name != "0001_initial_tables":
            for sql in statements:
                con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
    con.execute(f"ATTACH '{new_db}' AS new (READ_ONLY)")
    for table, cols in COLUMNS.items():
        names = ", ".join(f'"{n}"' for n, _ in cols if n not in NEW_COLUMNS)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM new.{table}")
    for aid, idx, rec in con.execute("SELECT article_id, idx, record FROM mentions").fetchall():
        old = {k: v for k, v in json.loads(rec).items() if k not in NEW_COLUMNS + ("according_to_actor",)}
        con.execute("UPDATE mentions SET record = ? WHERE article_id = ? AND idx = ?",
                    [json.dumps(old), aid, idx])
    con.execute("DETACH new")
    con.close()


def test_a_database_of_the_previous_release_is_migrated(article, pipe, tmp_path):
    fresh = tmp_path / "fresh.duckdb"
    with Store(fresh) as s:
        s.write_articles([article])
    old = tmp_path / "old.duckdb"
    _old_layout(old, fresh)
    with pytest.raises(StoreError) as err:
        Store(old, read_only=True)
    assert err.value.code == "E505" and "0005_according_to_columns" in str(err.value)
    with Store(old) as s:
        for table in ("mentions", "events"):
            cols = [r["column_name"] for r in s.query(f"DESCRIBE {table}")]
            assert cols == [n for n, _ in COLUMNS[table]], table  # same order as a new store
        assert all(e.according_to is None for e in Q.get_article(s, "acc-1").events)
        assert {e["according_to"] for e in Q.events(s, limit=None)} == {None}
        newer = pipe(Article.create("Thailand signed a trade agreement with Malaysia, according to the "
                                    "Bernama news agency.", id="acc-2", published="2024-06-10"))
        s.write_articles([newer])
        got = {e["article_id"]: e["according_to"] for e in Q.events(s, limit=None)}
        assert got["acc-2"] == "the Bernama news agency" and got["acc-1"] is None
    with Store(old, read_only=True) as s:  # migrated: opens read-only again
        assert s.scalar("SELECT count(*) FROM mentions WHERE according_to IS NOT NULL") >= 1


def test_a_parquet_folder_of_the_previous_release_still_opens(article, tmp_path):
    root = tmp_path / "pq"
    with Store(tmp_path / "a.duckdb") as s:
        s.write_articles([article])
        write_parquet(s, root)
    con = duckdb.connect()
    for table in ("mentions", "events"):
        drop = ", ".join(n for n in NEW_COLUMNS if n in dict(COLUMNS[table]))
        for f in table_files(root, table):  # rewrite each file as the previous release wrote it
            con.execute(f"COPY (SELECT * EXCLUDE ({drop}) FROM read_parquet('{f}', hive_partitioning=false)) "
                        f"TO '{f}.old' (FORMAT parquet)")
            os.replace(f"{f}.old", f)
    con.close()
    with Store(root) as pq:
        rows = Q.events(pq, limit=None)
        assert rows and {r["according_to"] for r in rows} == {None}
    assert write_parquet_events(root) == len(rows)  # the Ray runner's dedup reads the old mentions too
