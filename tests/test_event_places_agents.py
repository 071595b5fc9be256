"""Where an act of a foreign state named by its place happened, when the sentence gives no place
(extract/event_places.acting_place, read by coding.targets.acted_place): "South Korea's foreign ministry
summoned" in a Pyongyang story is in South Korea, "Riyadh will lend" in a New Delhi story in Riyadh; two
foreign states acting together are not at the dateline city; violence, a visit, a place of the dateline
country in the sentence, or no state agent keep the dateline city. Synthetic wire copy, real spaCy model."""

from __future__ import annotations

import pytest

from dateline.model import Article, Dateline
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "times", "places", "coding"])


def _events(pipe: Pipeline, city: str, body: str, trigger: str):
    header = f"{city}, March 4 (Newswire) - "
    text = header + body
    art = Article.create(text, published="2026-03-04")
    art.dateline = Dateline(0, len(header), header, place=city, date="March 4")
    art.body_start = len(header)
    art = pipe(art)
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, [(e.cameo, e.trigger.text) for e in art.events]
    return found


@pytest.mark.parametrize(("city", "body", "trigger", "where"), [
    ("PYONGYANG", "South Korea's foreign ministry summoned the Russian ambassador on Tuesday.", "summoned",
     "South Korea"),
    ("ROME", "Italy blamed Malta for the deaths. Malta's government denied the accusation on Monday.",
     "denied", "Malta"),
    ("NEW DELHI", "Riyadh will lend Pakistan $3 billion to shore up its reserves, officials said.", "lend",
     "Riyadh"),
    ("BEIRUT", "Iran's foreign ministry condemned the Israeli strike on Monday.", "condemned", "Iran"),
])
def test_a_foreign_state_acts_from_home(pipe, city, body, trigger, where):
    for e in _events(pipe, city, body, trigger):
        assert e.place is not None and e.place.text == where and e.place.resolved_by == "agent", e.place


def test_two_foreign_states_acting_together_are_not_at_the_dateline(pipe):
    body = "Japan and Australia condemned the missile launch on Tuesday."
    for e in _events(pipe, "SEOUL", body, "condemned"):
        assert e.place is None, e.place


@pytest.mark.parametrize(("city", "body", "trigger"), [
    # no state named by its place
    ("SEOUL", "Police arrested 12 protesters on Monday.", "arrested"),
    # the dateline state itself
    ("ROME", "Italy's government condemned the decision on Monday.", "condemned"),
    # a place of the dateline country reached by a preposition: the foreign state came here
    ("NEW DELHI", "Saudi Arabia agreed to supply India with oil during the crown prince's visit to "
     "New Delhi.", "agreed"),
    # violence happens where the troops are, not at home
    ("KYIV", "Russia attacked Ukrainian energy facilities overnight, the air force said.", "attacked"),
])
def test_the_dateline_city_stays(pipe, city, body, trigger):
    for e in _events(pipe, city, body, trigger):
        assert e.place is not None and e.place.resolved_by == "dateline", e.place


def test_a_state_and_a_body_not_named_by_a_place_leave_the_act_unplaced():
    from dateline.api_lib import extract

    art = extract("HARARE, Aug 28 (Wire) - Canada and the European Union urged Zimbabwean authorities to free "
                  "the detained monitors.", published="2023-08-28")
    urged = [(e.source.code, e.place.name if e.place else None) for e in art.events if e.trigger.text == "urged"]
    assert urged and all(place is None for _src, place in urged), urged
