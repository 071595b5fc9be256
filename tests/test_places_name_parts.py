"""A word of an organisation's or armed group's name is no place by itself (extract/place_names.py), while a
country or big town that opens such a name, and a place that is its own whole name, are kept. Synthetic
sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "places"])


def _places(pipe: Pipeline, text: str) -> dict[str, str | None]:
    art = pipe(Article.create(text, published="2025-06-10"), keep_doc=True)
    return {p.text: p.country for p in art.places}


def test_group_name_word_is_not_a_town(pipe):
    text = ("Clashes between the army and the Rapid Support Forces in Darfur forced thousands to flee on "
            "Tuesday, and the Rapid Support Forces later seized a market town.")
    places = _places(pipe, text)
    assert "Rapid" not in places  # an alternate name of Rapid City, South Dakota
    assert places.get("Darfur") == "SDN"


def test_organisation_name_words_are_not_places(pipe):
    text = ("An official at the Pan American Health Organization said on Friday that patients were "
            "treated at Adam Malik Hospital in Medan.")
    places = _places(pipe, text)
    assert "Pan" not in places and "Adam" not in places
    assert places.get("Medan") == "IDN"


def test_country_opening_a_name_is_kept(pipe):
    text = ("Officers of the U.S. Army flew into Kuwait on Monday, and the Kenya Red Cross sent nurses to "
            "the northern town of Lodwar.")
    places = _places(pipe, text)
    assert places.get("U.S.") == "USA"
    assert places.get("Kenya") == "KEN"
    assert places.get("Kuwait") == "KWT"


def test_whole_name_after_a_preposition_is_kept(pipe):
    text = "Police in Bucha detained two men on Sunday, the regional governor said."
    places = _places(pipe, text)
    assert places.get("Bucha") == "UKR"
