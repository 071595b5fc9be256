"""Time expressions resolved against the publication date, on synthetic wire-style sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract.times import event_date
from dateline.extract.times_rules import find_times, resolve_month, resolve_weekday
from dateline.model import Article, Dateline
from dateline.pipeline import Pipeline

PUB = "2024-08-21"  # a Wednesday
ANCHOR = dt.date(2024, 8, 21)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "times"])


def values(pipe: Pipeline, text: str, published: str | None = PUB) -> dict[str, tuple[str | None, str | None]]:
    art = pipe(Article.create(text, published=published))
    return {t.text: (t.value, t.precision) for t in art.times}


def test_bare_weekday_follows_tense(pipe):
    got = values(pipe, "Troops shelled the town on Monday. The envoys will meet on Friday.")
    assert got["Monday"] == ("2024-08-19", "day")
    assert got["Friday"] == ("2024-08-23", "day")


def test_weekday_same_day_in_past_tense(pipe):
    assert values(pipe, "The minister resigned Wednesday.")["Wednesday"] == ("2024-08-21", "day")


def test_relative_periods(pipe):
    got = values(pipe, "Two weeks ago the talks stalled. Last week the parliament met, "
                       "last month it voted and last year it was dissolved. This year it sat twice.")
    assert got["Two weeks ago"] == ("2024-W32", "week")
    assert got["Last week"] == ("2024-W33", "week")
    assert got["last month"] == ("2024-07", "month")
    assert got["last year"] == ("2023", "year")
    assert got["This year"] == ("2024", "year")


def test_ranges(pipe):
    got = values(pipe, "The firm has traded there since 1996. Exports fell between January and July this year.")
    assert got["since 1996"] == ("1996/2024-08-21", "range")
    assert got["between January and July this year"] == ("2024-01/2024-07", "range")


def test_year_and_next_weekday(pipe):
    got = values(pipe, "In 2022 the border closed. Talks resume next Monday.")
    assert got["2022"] == ("2022", "year")
    assert got["next Monday"] == ("2024-08-26", "day")


@pytest.mark.parametrize("text,value", [
    ("March 4, 2022", "2022-03-04"), ("4 March 2022", "2022-03-04"), ("Mar. 4, 2022", "2022-03-04"),
    ("2022-03-04", "2022-03-04"), ("3/4/2022", "2022-03-04"), ("25/12/2021", "2021-12-25"),
    ("the 4th of March 2022", "2022-03-04"),
])
def test_explicit_date_formats(text, value):
    found = find_times(f"The accord was signed on {text} in the capital.", ANCHOR)
    assert [(f.value, f.precision) for f in found] == [(value, "day")]


def test_month_without_year_uses_tense():
    assert resolve_month(6, ANCHOR, "future") == dt.date(2025, 6, 1)
    assert resolve_month(6, ANCHOR, "past") == dt.date(2024, 6, 1)
    assert resolve_month(12, ANCHOR, "past") == dt.date(2023, 12, 1)
    assert resolve_weekday(0, ANCHOR, "past", "last") == dt.date(2024, 8, 19)


def test_may_the_verb_is_not_a_month(pipe):
    assert "May" not in values(pipe, "Officials said the rebels May regroup soon.")


def test_no_publication_date_leaves_relative_values_empty(pipe):
    got = values(pipe, "The talks ended on Monday after the March 4, 2022 accord.", published=None)
    assert got["Monday"] == (None, "day")
    assert got["March 4, 2022"] == ("2022-03-04", "day")


def test_event_date_governing_time_else_published(pipe):
    text = "Russian forces shelled Kharkiv on Monday. The governor condemned the attack."
    art = pipe(Article.create(text, published=PUB), keep_doc=True)
    s1, s2 = art.sentences
    assert event_date(art, s1, text.index("shelled")) == ("2024-08-19", "day", "time")
    assert event_date(art, s2, text.index("condemned")) == ("2024-08-21", "day", "published")


def test_event_date_from_dateline(pipe):
    header = "MOSCOW, Aug 20 (Newswire) - "
    text = header + "The ministry condemned the strike."
    art = Article.create(text, published=PUB)
    art.dateline = Dateline(0, len(header), header, place="MOSCOW", date="Aug 20")
    art.body_start = len(header)
    art = pipe(art, keep_doc=True)
    assert any(t.value == "2024-08-20" and t.start < len(header) for t in art.times)
    assert event_date(art, art.sentences[0], text.index("condemned")) == ("2024-08-20", "day", "dateline")


def test_event_date_without_any_date(pipe):
    text = "The ministry condemned the strike."
    art = pipe(Article.create(text), keep_doc=True)
    assert event_date(art, art.sentences[0], text.index("condemned")) == (None, None, "published")
