""""The <Demonym> capital" as a place: the capital town of the adjective's country, used by events.
Synthetic wire-style sentences; the real spaCy model, actor dictionary and shipped gazetteer."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "times", "places", "coding"])


def _run(pipe: Pipeline, text: str) -> Article:
    return pipe(Article.create(text, published="2025-03-04"))


def test_capital_phrases_resolve_to_the_town_of_that_country(pipe):
    art = _run(pipe, "Smoke rose over the Afghan capital's outskirts after the blast, and talks opened later "
                     "in the Rwandan capital.")
    caps = {p.text: p for p in art.places if p.resolved_by == "capital"}
    assert set(caps) == {"Afghan capital", "Rwandan capital"}, [(p.text, p.resolved_by) for p in art.places]
    assert (caps["Afghan capital"].name, caps["Afghan capital"].country) == ("Kabul", "AFG")
    assert (caps["Rwandan capital"].name, caps["Rwandan capital"].country) == ("Kigali", "RWA")
    assert caps["Rwandan capital"].lat is not None and art.text[caps["Rwandan capital"].start:].startswith("Rwandan")


def test_capital_as_money_is_no_place(pipe):
    art = _run(pipe, "Chinese capital poured into the port project last year, and the capital markets rose.")
    assert not [p for p in art.places if p.resolved_by == "capital"], [(p.text, p.resolved_by) for p in art.places]


def test_event_in_a_demonym_capital_takes_it_as_place_and_host(pipe):
    art = _run(pipe, "Kenyan opposition supporters rallied on Monday in the Ugandan capital.")
    rally = [e for e in art.events if e.root == "14"]
    assert rally, [(e.cameo, e.source.code) for e in art.events]
    assert rally[0].place is not None and rally[0].place.name == "Kampala"
    assert rally[0].target is not None and rally[0].target.country == "UGA"
