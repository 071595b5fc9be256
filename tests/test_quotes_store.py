"""Quotes and amounts survive a real DuckDB store and are found by the query functions."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store import queries

TEXT = (
    "MOSCOW, May 16 (Newswire) - “Western sanctions are illegal and will fail,” Sergei Lavrov told "
    "reporters on Thursday.\n\n"
    "Trade between Russia and China rose 26 percent to $240 billion last year, and at least 12 people "
    "were killed in the latest shelling, officials said."
)


@pytest.fixture(scope="module")
def article() -> Article:
    pipe = Pipeline(stages=["nlp", "actors", "times", "quotes", "amounts"])
    art = pipe(Article.create(TEXT, id="wire-1", published="2024-05-16"))
    assert not art.errors, art.errors
    return art


def test_quotes_and_amounts_round_trip_through_the_store(tmp_path, article):
    with Store(tmp_path / "d.duckdb") as store:
        store.write_articles([article])
        back = queries.get_article(store, "wire-1")
        assert back.quotes == article.quotes
        assert back.amounts == article.amounts

        rows = queries.quotes(store, speaker="Lavrov")
        assert [r["text"] for r in rows] == ["Western sanctions are illegal and will fail"]
        assert rows[0]["cue"] == "told"

        money = queries.amounts(store, unit="USD")
        assert [(r["value"], r["measures"]) for r in money] == [(240e9, "Trade between Russia and China")]
        people = queries.amounts(store, kind="count", measures="killed")
        assert [(r["value"], r["qualifier"]) for r in people] == [(12.0, "at_least")]
