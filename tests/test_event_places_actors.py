"""The place of an event is where it happened, not a participant named by its country or capital
(extract/event_places.py): "accused Moscow of", "urged Iran to", "agreed to supply India", "cars imported
from China", "sanctions on Russia" take the dateline city, while "talks in Moscow", "struck Kharkiv",
"invaded Ukraine" and "strikes on Lebanon" keep their place. Synthetic wire copy, the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.extract.places import event_place
from dateline.model import Article, Dateline
from dateline.pipeline import Pipeline

_HEADER = "WARSAW, March 4 (Newswire) - "


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "places"])


def _place_of(pipe: Pipeline, sentence: str, trigger: str):
    text = _HEADER + sentence
    art = Article.create(text, published="2025-03-04")
    art.dateline = Dateline(0, len(_HEADER), _HEADER, place="WARSAW", date="March 4")
    art.body_start = len(_HEADER)
    art = pipe(art, keep_doc=True)
    at = text.index(trigger, len(_HEADER))
    sent = next(s for s in art.sentences if s.start <= at < s.end)
    return event_place(art, sent, at)


@pytest.mark.parametrize(("sentence", "trigger", "actor"), [
    ("Kyiv accused Moscow of breaking the truce on Monday.", "accused", "Moscow"),
    ("Lithuania accused Belarus of pushing migrants across the border.", "accused", "Belarus"),
    ("Germany urged Iran to halt uranium enrichment.", "urged", "Iran"),
    ("Russia agreed to supply India with crude oil at a discount.", "agreed", "India"),
    ("The European Union imposed tariffs on electric cars imported from China.", "imposed", "China"),
    ("Canada imposed new sanctions on Russia on Monday.", "imposed", "Russia"),
    ("The African Union called on Khartoum to end the fighting.", "called", "Khartoum"),
])
def test_a_participant_named_by_its_place_is_not_the_place(pipe, sentence, trigger, actor):
    place = _place_of(pipe, sentence, trigger)
    assert place is not None and place.text != actor, place
    assert place.resolved_by == "dateline" and place.name == "Warsaw"


@pytest.mark.parametrize(("sentence", "trigger", "where"), [
    ("Russian and Ukrainian negotiators held talks in Moscow on Tuesday.", "held", "Moscow"),
    ("Russian missiles struck Kharkiv overnight.", "struck", "Kharkiv"),
    ("Russian troops invaded Ukraine in February.", "invaded", "Ukraine"),
    ("Putin visited Beijing last week.", "visited", "Beijing"),
    ("Rockets were fired from Gaza at southern Israel.", "fired", "Gaza"),
    ("Israel launched air strikes on Lebanon on Friday.", "launched", "Lebanon"),
])
def test_where_the_act_took_place_is_kept(pipe, sentence, trigger, where):
    place = _place_of(pipe, sentence, trigger)
    assert place is not None and place.text == where, place
