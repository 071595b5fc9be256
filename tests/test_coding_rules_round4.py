"""Coding rules added in the fifth pass, each on our own synthetic wire sentence (real spaCy + actors)."""

from __future__ import annotations

from dateline.model import ASSERTED

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def test_committed_to_an_uncoded_act_is_an_intent_to_cooperate(pipe):
    got = summary(code(pipe, "Kenyan officials said Kenya is committed to opening up its markets."))
    assert ("KEN", None, "030", ASSERTED) in got, got


def test_stative_passive_takes_its_subject_as_source(pipe):
    got = summary(code(pipe, "Kenya is committed to stronger military cooperation with Uganda."))
    assert ("KEN", "UGA", "030", ASSERTED) in got, got
    assert not any(s == "UGA" for s, _t, _c, _m in got), got


def test_agreeing_to_postpone_a_protest_is_no_intent_to_protest(pipe):
    got = summary(code(pipe, "Russian opposition leaders agreed to postpone the rally in Moscow until next week."))
    assert any(s == "RUS" and c == "030" for s, _t, c, _m in got), got
    assert not any(c.startswith(("13", "14")) for _s, _t, c, _m in got), got


def test_attempted_assassination_is_coded_as_the_attempt(pipe):
    got = summary(code(pipe, "Iraqi militants said they tried to assassinate the Iraqi prime minister."))
    assert ("IRQ", "IRQ", "185", ASSERTED) in got, got
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got


def test_rocket_fire_against_a_camp_is_shelling(pipe):
    got = summary(code(pipe, "Ethiopian forces launched rocket fire against Somali rebel camps near the border."))
    assert ("ETH", "SOM", "194", ASSERTED) in got, got


def test_force_without_a_target_is_aimed_at_its_purpose(pipe):
    got = summary(code(pipe, "Egyptian riot police opened fire on Monday to disperse the crowds."))
    assert any(s == "EGY" and t == "EGY" and c.startswith("19") for s, t, c, _m in got), got


def test_claimed_attack_targets_the_country_where_it_happened(pipe):
    got = summary(code(pipe, "The Somali insurgent movement al-Shabab claimed responsibility on Tuesday for a "
                             "truck bombing at a market in Nairobi."))
    assert ("SOM", "KEN", "015", ASSERTED) in got, got


def test_object_behind_a_quantity_is_matched(pipe):
    got = summary(code(pipe, "The United Nations will deliver 8,000 tonnes of rice aid to camps "
                             "in Chad."))
    assert any(s.startswith("IGO") and t == "TCD" and c.startswith("03") for s, t, c, _m in got), got


def test_events_that_have_not_happened_yet_are_hypothetical(pipe):
    got = summary(code(pipe, "Serbian rebels demanded a truce with Bosnian forces before allowing UN aid convoys "
                             "into Bosnia."))
    assert not any(c.startswith("08") and m == ASSERTED for _s, _t, c, m in got), got
    got = summary(code(pipe, "Ethiopian troops fought until Somali rebels withdrew from the town."))
    assert any(s == "SOM" and c.startswith("087") and m == ASSERTED for s, _t, c, m in got), got


def test_announced_boycott_is_a_threat(pipe):
    got = summary(code(pipe, "Kenyan opposition parties announced they would boycott talks with Uganda next month."))
    assert any(s == "KEN" and t == "UGA" and c.startswith("13") for s, t, c, _m in got), got
    assert not any(c.startswith("14") for _s, _t, c, _m in got), got


def test_opposing_an_act_rejects_it_and_the_act_is_not_coded(pipe):
    got = summary(code(pipe, "Egypt is opposed to Turkish mediation in the dispute."))
    assert ("EGY", "TUR", "126", ASSERTED) in got, got
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got


def test_suspension_of_links_is_a_sanction_on_the_partner(pipe):
    got = summary(code(pipe, "Chile announced a suspension of trade links with Peru on Friday."))
    assert ("CHL", "PER", "161", ASSERTED) in got, got


def test_sworn_to_fight_is_a_threat_but_sworn_in_is_no_event(pipe):
    got = summary(code(pipe, "Somali rebels have sworn to fight Ethiopian troops."))
    assert any(s == "SOM" and t == "ETH" and c.startswith("138") for s, t, c, _m in got), got
    assert not any(c.startswith("19") for _s, _t, c, _m in got), got
    assert not code(pipe, "The new Somali president was sworn in on Monday.")
