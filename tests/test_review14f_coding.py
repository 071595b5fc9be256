"""Review 14f: rammed craft, collisions, arrests of protesters, and a speaker reporting its own act."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - `pipe` is a fixture


def test_a_demonym_ship_ramming_is_the_ships_country_with_the_phrase_as_text(pipe):
    events = code(pipe, "MANILA, June 3 (Wire) - The Vietnamese ship rammed a Malaysian vessel near the "
                        "reef on Monday, the coast guard said.")
    hit = [e for e in events if e.trigger.text == "rammed"]
    assert hit and hit[0].cameo == "171", events
    assert hit[0].source.text == "Vietnamese ship" and hit[0].source.code == "VNM", hit
    assert hit[0].target is not None and hit[0].target.text == "Malaysian vessel", hit


def test_shelled_positions_are_the_military(pipe):
    events = code(pipe, "BAKU, June 3 (Wire) - Armenian forces shelled Georgian positions near the border "
                        "on Tuesday, the ministry said.")
    hit = [e for e in events if e.trigger.text == "shelled"]
    assert hit and hit[0].target is not None and hit[0].target.code == "GEOMIL", events


def test_a_collision_is_no_event_but_a_ramming_is(pipe):
    # CAMEO has no code for an accident: "collided with" is coded as nothing (see curated.txt)
    got = summary(code(pipe, "MANILA, June 3 (Wire) - A Japanese ship collided with a Korean vessel in "
                             "thick fog on Monday, the coast guard said."))
    assert not got, got
    got = summary(code(pipe, "MANILA, June 3 (Wire) - Japan's ship deliberately rammed Malaysia's vessel "
                             "on Monday, the coast guard said."))
    assert ("JPN", "MYS", "171", "asserted") in got, got


def test_arresting_protesters_is_an_arrest(pipe):
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peruvian police on Sunday arrested 30 protesters "
                             "who had blocked a highway."))
    assert "173" in codes(got) and "175" not in codes(got), got
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peruvian police detained 12 demonstrators outside "
                             "the ministry on Friday."))
    assert "173" in codes(got) and "175" not in codes(got), got


def test_arresting_protesters_with_tear_gas_stays_repression(pipe):
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peruvian police fired tear gas and arrested 30 "
                             "protesters near the congress on Sunday."))
    assert "175" in codes(got), got


def test_a_speaker_is_no_reporter_of_its_own_statement(pipe):
    events = code(pipe, "OSLO, June 3 (Wire) - Norway said it was gravely concerned over the clashes "
                        "in the north.")
    hit = [e for e in events if e.cameo == "012"]
    assert hit and hit[0].source.code == "NOR", events
    assert hit[0].reported_by is None and hit[0].reported_by_actor is None, hit


def test_a_speaker_still_reports_another_partys_act(pipe):
    events = code(pipe, "OSLO, June 3 (Wire) - Norway said Russia had violated its airspace.")
    hit = [e for e in events if e.source is not None and e.source.country == "RUS"]
    assert hit and hit[0].reported_by == "Norway", events
    assert hit[0].reported_by_actor is not None and hit[0].reported_by_actor.country == "NOR", hit


def test_a_person_reporting_a_body_of_the_same_code_still_reports_it(pipe):
    events = code(pipe, "Prime Minister Jonas Gahr Store said Norway would send aid to Sudan.")
    hit = [e for e in events if e.cameo.startswith("03")]
    assert hit and hit[0].reported_by is not None and hit[0].reported_by.endswith("Store"), events


def test_coming_under_fire_from_troops_is_their_attack(pipe):
    got = summary(code(pipe, "Georgian positions came under heavy fire from Armenian troops on Tuesday."))
    assert ("ARM", "GEO", "190", "asserted") in got, got


def test_fire_from_no_actor_is_no_event(pipe):
    got = summary(code(pipe, "Smoke and fire from the burning refinery could be seen across the bay."))
    assert not got, got
