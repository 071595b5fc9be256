"""Toponyms the parser's labels miss (extract/place_recall.py): a place's other mentions in the article,
gazetteer regions tagged PERSON, and the guards that keep people's names out. Synthetic sentences, the
real spaCy model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.actors.data import load_dictionary
from dateline.extract.gazetteer import load_gazetteer
from dateline.extract.place_recall import echo_spans, people_guard, person_spans
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "places"])


def _run(pipe: Pipeline, text: str) -> Article:
    return pipe(Article.create(text, published="2025-06-10"), keep_doc=True)


def test_every_mention_of_a_place_is_found(pipe):
    text = ("Aid convoys crossed into Chad on Sunday. Chad, which hosts thousands of refugees, asked for "
            "more food. Officials in Chad said the border camps were full.")
    art = _run(pipe, text)
    starts = [i for i in range(len(text)) if text.startswith("Chad", i)]
    found = {p.start for p in art.places if p.country == "TCD"}
    assert set(starts) <= found


def test_first_name_of_a_person_is_not_the_country(pipe):
    text = ("Relief flights landed in Chad on Monday. Chad Miller, a pilot with the charity, said the "
            "runway at the camp was too short for cargo planes.")
    art = _run(pipe, text)
    person_at = text.index("Chad Miller")
    assert any(p.country == "TCD" for p in art.places)
    assert not [p for p in art.places if p.start == person_at]


def test_qualified_town_keeps_its_country_for_later_mentions(pipe):
    text = ("Firefighters in San Jose, California, put out a warehouse blaze on Tuesday. Residents of "
            "downtown San Jose were told to keep their windows shut.")
    art = _run(pipe, text)
    sj = [p for p in art.places if p.text == "San Jose"]
    assert len(sj) == 2 and {p.country for p in sj} == {"USA"}


def test_two_names_for_one_country_split(pipe):
    text = "The virus was first identified in Zaire/Congo decades ago, doctors at the clinic said."
    art = _run(pipe, text)
    assert any(p.text in ("Zaire", "Congo") and p.country == "COD" for p in art.places)


def _doc_with_person(pipe: Pipeline, text: str, name: str) -> Article:
    """An article whose parse labels `name` PERSON (what the parser sometimes does to a region)."""
    art = Article.create(text, published="2025-06-10")
    art = pipe(art, keep_doc=True)
    doc = art.doc
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="PERSON")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return art


def test_region_tagged_person_is_a_place_but_a_known_person_is_not(pipe):
    gaz = load_gazetteer()
    dictionary = load_dictionary(None)
    text = "Health officials in the province said Gauteng had recorded 300 new cases since Sunday."
    art = _doc_with_person(pipe, text, "Gauteng")
    spans = person_spans(art, gaz, people_guard(art, dictionary), art.doc.ents)
    assert (text.index("Gauteng"), text.index("Gauteng") + len("Gauteng")) in spans

    text2 = "Vladimir Putin spoke to reporters in Moscow on Friday about the talks."
    art2 = _doc_with_person(pipe, text2, "Vladimir Putin")
    assert person_spans(art2, gaz, people_guard(art2, dictionary), art2.doc.ents) == []


def test_echo_skips_titles_and_known_people(pipe):
    dictionary = load_dictionary(None)
    text = "Troops left Georgia in May. Mr. Georgia, a local trader, said prices had doubled."
    art = _run(pipe, text)
    guard = people_guard(art, dictionary)
    first = text.index("Georgia")
    echoes = echo_spans(art, ["Georgia"], [(first, first + 7)], guard, art.doc.ents)
    assert echoes == []  # the second "Georgia" follows a title
