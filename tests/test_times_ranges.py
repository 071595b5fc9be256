"""The issue's list of time expressions, resolved against 2024-05-16 (a Thursday), on our own sentences.

Ranges without a year put both ends in one year (or across one new year), never an end before its start.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract.times_ranges import resolve_range
from dateline.extract.times_rules import find_times
from dateline.model import Article, Dateline
from dateline.pipeline import Pipeline

PUB = "2024-05-16"
ANCHOR = dt.date(2024, 5, 16)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "times"])


def times(pipe: Pipeline, text: str) -> dict[str, str | None]:
    art = pipe(Article.create(text, published=PUB))
    return {t.text: t.value for t in art.times}


@pytest.mark.parametrize("text,span,value", [
    # no year, past tense: the latest such range that has ended by the anchor (July 2024 is still ahead)
    ("Exports fell between January and July.", "between January and July", "2023-01/2023-07"),
    ("Exports fell between January and April.", "between January and April", "2024-01/2024-04"),
    ("Exports fell between January and July this year.", "between January and July this year",
     "2024-01/2024-07"),
    ("Imports rose from March to May last year.", "from March to May last year", "2023-03/2023-05"),
    ("Prices rose from March to May.", "from March to May", "2024-03/2024-05"),
    ("Output slumped between November and February.", "between November and February", "2023-11/2024-02"),
    ("Output will rise between June and August.", "between June and August", "2024-06/2024-08"),
    ("The rebels held the pass from January through March 2023.", "from January through March 2023",
     "2023-01/2023-03"),
    ("The ministry paid wages between March 3 and July 9.", "between March 3 and July 9",
     "2023-03-03/2023-07-09"),
    ("The firm has traded there since 1996.", "since 1996", "1996/2024-05-16"),
    ("Since March, the border has stayed shut.", "Since March", "2024-03/2024-05-16"),
    ("The truce held in 2009-2010.", "2009-2010", "2009/2010"),
])
def test_ranges_keep_their_ends_in_order(pipe, text, span, value):
    got = times(pipe, text)
    assert got.get(span) == value, got
    start, end = value.split("/")
    assert start <= end


def test_range_ends_share_a_year_in_every_tense():
    for tense in ("past", "future", "unknown"):
        value, _ = resolve_range("January", "July", None, ANCHOR, tense)
        start, end = value.split("/")
        assert start[:4] == end[:4] and start < end, (tense, value)


@pytest.mark.parametrize("text,span,value", [
    ("The minister resigned on Tuesday.", "Tuesday", "2024-05-14"),   # past tense: the Tuesday just gone
    ("The envoys will meet on Tuesday.", "Tuesday", "2024-05-21"),    # future: the coming one
    ("The envoys are meeting Saturday.", "Saturday", "2024-05-18"),   # arranged future
    ("The governor resigned Thursday.", "Thursday", "2024-05-16"),    # the anchor's own weekday, past
    ("Talks resume next Monday.", "next Monday", "2024-05-20"),
    ("Two weeks ago the talks stalled.", "Two weeks ago", "2024-W18"),
    ("Last week the parliament met.", "Last week", "2024-W19"),
    ("Last month the assembly voted.", "Last month", "2024-04"),
    ("Last year the council was dissolved.", "Last year", "2023"),
    ("This year the chamber sat twice.", "This year", "2024"),
    ("In 2022 the border closed.", "2022", "2022"),
])
def test_relative_expressions(pipe, text, span, value):
    assert times(pipe, text).get(span) == value


@pytest.mark.parametrize("text,value", [
    ("March 4, 2022", "2022-03-04"), ("4 March 2022", "2022-03-04"), ("Mar. 4, 2022", "2022-03-04"),
    ("the 4th of March 2022", "2022-03-04"), ("March 4th, 2022", "2022-03-04"), ("Mar 4 2022", "2022-03-04"),
    ("2022-03-04", "2022-03-04"), ("2022/03/04", "2022-03-04"), ("2022.03.04", "2022-03-04"),
    ("3/4/2022", "2022-03-04"), ("25/12/2021", "2021-12-25"), ("3/4/22", "2022-03-04"),
    ("04.03.2022", "2022-03-04"), ("04-03-2022", "2022-03-04"), ("Friday, March 4, 2022", "2022-03-04"),
    ("2022-03-04T10:30", "2022-03-04"),
])
def test_explicit_dates_in_common_formats(text, value):
    found = find_times(f"The accord was signed on {text} in the capital.", ANCHOR)
    assert [(f.value, f.precision) for f in found] == [(value, "day")], found


def test_a_weekday_before_a_date_names_that_date(pipe):
    got = times(pipe, "The envoys met on Thursday, May 2, in the capital.")
    assert got == {"Thursday, May 2": "2024-05-02"}


def test_impossible_dates_are_not_dates():
    assert not [f for f in find_times("Code 2022-13-45 and 31/31/2020 were rejected.", ANCHOR)
                if f.precision == "day"]


def test_the_datelines_date(pipe):
    header = "GENEVA, May 14 (Newswire) - "
    text = header + "Delegates adopted the resolution."
    art = Article.create(text, published=PUB)
    art.dateline = Dateline(0, len(header), header, place="GENEVA", date="May 14")
    art.body_start = len(header)
    art = pipe(art)
    assert [(t.value, t.precision) for t in art.times if t.start < len(header)] == [("2024-05-14", "day")]


def test_bare_durations_before_and_after():
    text = "Minutes before the vote, and weeks later, it fell."
    found = {f.text: f.value for f in find_times(text, ANCHOR)}
    assert found == {"Minutes": "PTXM", "weeks": "PXW"}
