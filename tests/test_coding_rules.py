"""Coding rules added in the third pass, each on our own synthetic wire sentence (real spaCy + actors)."""

from __future__ import annotations

from dateline.model import ASSERTED, FUTURE

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def test_visit_is_paired_with_the_hosting_without_a_second_plover_event(pipe):
    evs = code(pipe, "Kenyan President William Ruto visited Tanzania on Monday.")
    got = summary(evs)
    assert ("KEN", "TZA", "042", ASSERTED) in got and ("TZA", "KEN", "043", ASSERTED) in got, got
    hosted = next(e for e in evs if e.cameo == "043")
    assert hosted.plover is None and hosted.pattern.endswith("paired:043")
    assert next(e for e in evs if e.cameo == "042").plover["type"] == "CONSULT"


def test_visit_without_a_known_host_is_not_paired(pipe):
    got = summary(code(pipe, "Kenyan President William Ruto paid a visit on Monday."))
    assert not any(c == "043" for _s, _t, c, _m in got), got


def test_received_from_is_coded_from_the_giver(pipe):
    got = summary(code(pipe, "Ghana received assurances from Nigeria on the border dispute."))
    assert ("NGA", "GHA", "030", ASSERTED) in got, got
    got = summary(code(pipe, "Rebels in Chad received weapons from Libya."))
    assert any(s == "LBY" and t == "TCD" and c.startswith("07") for s, t, c, _m in got), got


def test_month_name_is_no_protest_march(pipe):
    got = summary(code(pipe, "Poland condemned Belarus last March."))
    assert got == {("POL", "BLR", "111", ASSERTED)}, got


def test_protest_takes_the_place_country_as_target(pipe):
    # Mombasa is no actor; the places layer puts it in Kenya
    got = summary(code(pipe, "Thousands of Kenyan teachers demonstrated in Mombasa on Tuesday."))
    assert ("KEN", "KEN", "141", ASSERTED) in got, got


def test_what_a_protest_demands_is_its_content(pipe):
    got = summary(code(pipe, "Thousands of Kenyan teachers demonstrated in Mombasa demanding higher wages."))
    assert {c[:2] for _s, _t, c, _m in got} == {"14"}, got
    got = summary(code(pipe, "Moroccan farmers started a hunger strike to demand lower taxes."))
    assert {c for _s, _t, c, _m in got} == {"142"}, got


def test_war_named_in_passing_is_no_event_but_waging_it_is(pipe):
    assert not code(pipe, "Peru said the war with Ecuador had cost billions.")
    got = summary(code(pipe, "Peru waged war on Ecuador."))
    assert ("PER", "ECU", "190", ASSERTED) in got, got


def test_threat_is_aimed_at_the_subject_of_its_condition(pipe):
    got = summary(code(pipe, "Ecuador threatened to expel diplomats unless Colombia apologised."))
    assert any(s == "ECU" and t == "COL" and c.startswith("13") for s, t, c, m in got if m == ASSERTED), got


def test_passive_raising_verb_lends_its_subject(pipe):
    got = summary(code(pipe, "Angela Merkel is scheduled to meet Emmanuel Macron in Paris.", published="2015-05-06"))
    assert ("DEU", "FRA", "036", FUTURE) in got, got


def test_demand_addresses_the_subject_of_its_that_clause(pipe):
    got = summary(code(pipe, "Ukraine demanded that Poland stop the military aid to Moldova."))
    assert any(s == "UKR" and t == "POL" and c.startswith("10") for s, t, c, _m in got), got


def test_eased_measures_in_a_place_target_the_place(pipe):
    got = summary(code(pipe, "Vietnam lifted the curfew in Laos on Tuesday."))
    assert ("VNM", "LAO", "0813", ASSERTED) in got, got
    got = summary(code(pipe, "Hungary eased security measures in Croatia on Tuesday."))
    assert any(s == "HUN" and t == "HRV" and c.startswith("081") for s, t, c, _m in got), got


def test_passive_attack_takes_its_agent_from_the_attack_noun_and_its_code(pipe):
    evs = code(pipe, "Five Syrian civilians were killed in Turkish air strikes.")
    got = summary(evs)
    assert got == {("TUR", "SYR", "195", ASSERTED)}, got  # one event: the strikes are the killing
    # a place is no attacker: at most an unidentified armed actor there (coding/unattributed.py)
    evs = code(pipe, "Five people were killed in Baghdad on Monday.")
    assert all(e.source.resolved_by == "unattributed" and e.source.code == "IRQUAF" for e in evs), evs


def test_hope_about_others_is_no_intent_even_when_mislemmatised(pipe):
    # the small model may lemmatise "hoped" as "hop"; the frame is read from the lexicon entry's lemma
    got = summary(code(pipe, "The Kenyan foreign minister said she hoped Ugandan officials would be punished."))
    assert not any(c.startswith("03") for _s, _t, c, _m in got), got
