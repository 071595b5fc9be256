"""Fourteenth-pass lexicon additions, on our own wire-style sentences (real spaCy model and pipeline)."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors", "coding"])


def _codes(pipe, text: str) -> set[tuple]:
    art = next(iter(pipe.pipe([Article.create(text, id="t")])))
    return {(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in art.events}


@pytest.mark.parametrize("text, expected", [
    ("Peru ended its diplomatic ties with Bolivia on Monday.", ("161", "PER", "BOL")),
    ("Peru has terminated diplomatic relations with Bolivia.", ("161", "PER", "BOL")),
])
def test_ended_ties_are_broken_relations(pipe, text, expected):
    assert expected in _codes(pipe, text)


def test_strike_kept_up_is_a_strike(pipe):
    codes = _codes(pipe, "Kenyan teachers remained on strike on Tuesday.")
    assert any(c == "143" and s == "KEN" for c, s, _ in codes), codes


def test_ending_a_strike_is_not_a_strike(pipe):
    # "end" breaks ties, but ending a strike stays the concession it was (082), not a new strike or 161
    codes = {c for c, _, _ in _codes(pipe, "Kenyan teachers ended their strike on Tuesday.")}
    assert "161" not in codes and "143" not in codes, codes


def test_title_case_verb_read_as_noun_takes_the_clause_subject(pipe):
    # "Denounce" read as a compound of "Crackdown": the subject the parser gave the crackdown is the critic
    codes = _codes(pipe, "Opposition in Peru Denounce Government Crackdown")
    assert any(c == "111" and s == "PER" for c, s, _ in codes), codes
