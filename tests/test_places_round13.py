"""Round 13 of places: a word of a person's name is no place ("Kim said": Kim Jong Un, not Kim in India);
disputed regions and sea features from data/gazetteer/features_seed.tsv (Golan Heights, Essequibo, the
Strait of Hormuz); a place inside the topic of talks is not where they were held ("talks on the conflict
in Ukraine"). Synthetic wire copy, the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.extract.gazetteer import load_gazetteer
from dateline.extract.place_names import is_name_word
from dateline.extract.places import event_place
from dateline.model import Article, Dateline
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "places"])


def _run(pipe: Pipeline, header: str, city: str, body: str) -> Article:
    text = header + body
    art = Article.create(text, published="2026-03-04")
    art.dateline = Dateline(0, len(header), header, place=city, date="March 4")
    art.body_start = len(header)
    return pipe(art, keep_doc=True)


def _place_of(art: Article, trigger: str):
    at = art.text.index(trigger, art.body_start)
    sent = next(s for s in art.sentences if s.start <= at < s.end)
    return event_place(art, sent, at)


def test_a_bare_surname_of_a_named_leader_is_no_place(pipe):
    art = _run(pipe, "SEOUL, March 4 (Newswire) - ", "SEOUL",
               "Pyongyang's leader Kim Jong Un inspected a new submarine base on Tuesday, state media said. "
               "Kim said the navy would be ready for war. Analysts said Kim wanted to pressure Washington.")
    assert not [p for p in art.places if p.text == "Kim"], art.places
    assert any(p.name == "Washington" for p in art.places)  # the places around him stay


def test_a_country_that_is_also_a_name_word_stays():
    gaz = load_gazetteer()
    assert is_name_word(gaz, "Kim", {"Kim", "Jong"})
    assert not is_name_word(gaz, "Jordan", {"Jordan", "Michael"})  # a country by its own name
    assert not is_name_word(gaz, "Kim", {"Putin", "Vladimir"})  # no one of that name in the article


@pytest.mark.parametrize(("name", "country"), [
    ("Golan Heights", "SYR"), ("Essequibo", "GUY"), ("Kuril Islands", "RUS"), ("Strait of Hormuz", None),
    ("Lampedusa", "ITA"),
])
def test_seeded_regions_and_sea_features_resolve(name, country):
    hits = [e for e, primary in load_gazetteer().lookup(name) if primary]
    assert hits, name
    assert hits[0].country == country and hits[0].lat is not None


def test_an_island_the_parser_tags_as_a_person_is_found(pipe):
    art = _run(pipe, "ROME, March 4 (Newswire) - ", "ROME",
               "Forty survivors were taken to the Italian island of Lampedusa after the boat sank.")
    assert [p.country for p in art.places if p.text == "Lampedusa"] == ["ITA"], art.places


def test_an_attack_in_a_seeded_region_is_placed_there_not_at_the_dateline(pipe):
    art = _run(pipe, "BEIRUT, March 4 (Newswire) - ", "BEIRUT",
               "Hezbollah fired rockets at Israeli army positions in the Golan Heights on Monday.")
    place = _place_of(art, "fired")
    assert place is not None and place.name == "Golan Heights" and place.country == "SYR", place


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Russian and Turkish diplomats held talks on the conflict in Ukraine on Monday.", "held"),
    ("The foreign ministers met on Tuesday to discuss the war in Sudan.", "met"),
    ("Egyptian and Qatari mediators spoke about the future of the ceasefire in Gaza.", "spoke"),
])
def test_a_place_in_the_topic_of_talks_is_not_where_they_were(pipe, sentence, trigger):
    place = _place_of(_run(pipe, "WARSAW, March 4 (Newswire) - ", "WARSAW", sentence), trigger)
    assert place is not None and place.resolved_by == "dateline" and place.name == "Warsaw", place


def test_a_place_in_a_relative_clause_places_that_clause_only(pipe):
    art = _run(pipe, "GEORGETOWN, March 4 (Newswire) - ", "GEORGETOWN",
               "Guyana asked the court to order Venezuela to withdraw the troops it deployed near the "
               "Essequibo region.")
    asked, deployed = _place_of(art, "asked"), _place_of(art, "deployed")
    assert asked is not None and asked.resolved_by == "dateline", asked
    assert deployed is not None and deployed.name == "Essequibo" and deployed.country == "GUY", deployed


@pytest.mark.parametrize(("sentence", "trigger", "where"), [
    ("Russian and Ukrainian envoys held talks in Geneva on the war in Ukraine.", "held", "Geneva"),
    ("Mediators opened the talks, which took place in Doha, on Monday.", "talks", "Doha"),
    ("Russian forces launched a new offensive in eastern Ukraine on Monday.", "launched", "Ukraine"),
    ("Fighting on the front line in Kharkiv killed four soldiers.", "killed", "Kharkiv"),
])
def test_where_the_act_took_place_is_kept(pipe, sentence, trigger, where):
    place = _place_of(_run(pipe, "WARSAW, March 4 (Newswire) - ", "WARSAW", sentence), trigger)
    assert place is not None and place.text == where and place.resolved_by != "dateline", place
