"""Title Case headlines: a capitalised agent noun ("Police", "Army", "Protestors") resolves as its lower-case
form does, and names stay names. Real pipeline (spaCy, the shipped dictionary); sentences written for
these tests."""

from __future__ import annotations

import pytest

from dateline.model import Article

from actor_helpers import actor_named, pipe  # noqa: F401 - pytest fixture
from coding_helpers import summary


@pytest.mark.parametrize("text, words, code", [
    ("Six Hurt As Police Turn On Strikers In Brussels", "Police", "BELCOP"),
    ("Witness: Army Uses Batons On Crowd In Central Harare", "Army", "ZWEMIL"),
    ("Troops Fire On Villagers Near Bamako", "Troops", "MLIMIL"),
    ("Protestors Block Highway Into Caracas", "Protestors", "VENOPP"),
    ("Clashes Erupt As Riot Police Charge Marchers In Quito", "Riot Police", "ECUCOP"),
])
def test_title_case_agent_noun_takes_story_country(pipe, text, words, code):
    actor = actor_named(pipe, text, words)
    assert (actor.code, actor.resolved_by) == (code, "context")


@pytest.mark.parametrize("title, lower", [
    ("Six Hurt As Police Turn On Strikers In Brussels", "Six hurt as police turn on strikers in Brussels"),
    ("Witness: Army Uses Batons On Crowd In Central Harare", "Witness: army uses batons on crowd in central Harare"),
])
def test_title_case_agent_resolves_like_lower_case(pipe, title, lower):
    def agents(text):
        art = pipe(Article.create(text, published="2025-06-02"))
        return [(a.code, a.sector) for a in art.actors if a.sector in ("COP", "MIL")]

    assert agents(title) and agents(title) == agents(lower)


def test_protestor_spelling_is_an_opposition_group(pipe):
    actor = actor_named(pipe, "Protestors blocked a highway into Caracas on Monday.", "Protestors")
    assert actor.code == "VENOPP"


def test_unit_of_a_force_in_title_case_stays_the_forces(pipe):
    actor = actor_named(pipe, "Gunmen Ambush Army Convoy Outside Mogadishu", "Army Convoy")
    assert actor.code == "SOMMIL"


# Negative controls: names stay names in a Title Case line.
@pytest.mark.parametrize("text", [
    "Army Navy Club Hosts Gala In Nairobi",
    "Military Times Reports Cuts At Bases In Myanmar",
    "Kessaran Army Seizes Town In Myanmar",
])
def test_name_with_an_agent_word_is_no_force_of_the_story(pipe, text):
    art = pipe(Article.create(text, published="2025-06-02"))
    assert not [a.text for a in art.actors if a.sector == "MIL"], [(a.text, a.code) for a in art.actors]


def test_title_case_common_noun_after_a_sector_word_is_no_titled_person(pipe):
    # "Opposition Offices" are the opposition's offices, not a person with the title "Opposition"
    art = pipe(Article.create("Troops Raid Opposition Offices In Harare", published="2025-06-02"))
    offices = [a for a in art.actors if a.text == "Opposition Offices"]
    assert offices and offices[0].sector is None
    assert [a.code for a in art.actors if a.text == "Troops"] == ["ZWEMIL"]


@pytest.mark.parametrize("text, words, code", [
    ("Kenyan President Ruto Condemns Attack On Police In Garissa", "Kenyan President Ruto", "KENGOV"),
    ("Police Chief Ingrid Halvorsen Backs Officers In Oslo", "Police Chief Ingrid Halvorsen", "NORCOP"),
    ("Rebel Leader Joseph Kony Rejects Talks In Kampala", "Rebel Leader Joseph Kony", "UGAREB"),
])
def test_titled_names_in_title_case_stay_people(pipe, text, words, code):
    actor = actor_named(pipe, text, words)
    assert actor.code == code


def test_title_case_police_event_is_coded_with_both_parties():
    from dateline.config import Settings
    from dateline.pipeline import Pipeline

    coder = Pipeline(Settings(), stages=["nlp", "actors", "times", "places", "coding"])
    events = coder(Article.create("Troops Fire On Villagers Near Bamako", published="2025-06-02")).events
    assert ("MLI", "MLI", "190", "asserted") in summary(events)
    assert any(e.source.code == "MLIMIL" and e.target.code == "MLICVL" for e in events)


def test_title_case_lines_offsets():
    from dateline.nlp_case import in_lines, title_case_lines

    text = "Police Fire On Strikers In Brussels\nPolice fired on strikers in Brussels on Monday, witnesses said."
    lines = title_case_lines(text)
    assert lines == [(0, 35)]
    assert in_lines(lines, 0) and in_lines(lines, 34) and not in_lines(lines, 36)
    # a sentence full of names, with a lower-case verb, is no headline: its capitals still mark names
    assert title_case_lines("Mbeki welcomed Kagame to the Union Buildings in Pretoria") == []
