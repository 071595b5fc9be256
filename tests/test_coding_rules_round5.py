"""Coding rules added in the sixth pass (triggers and types), each on our own synthetic wire sentence run
through the real pipeline (spaCy + actors + coder)."""

from __future__ import annotations

from dateline.model import ASSERTED, FUTURE

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


# --- lexicon build: a particle verb's patterns keep the particle ----------------------------------------
def test_calling_off_a_strike_eases_dissent(pipe):
    got = summary(code(pipe, "The Kenyan teachers' union called off its nationwide strike on Thursday."))
    assert any(s == "KEN" and c == "082" for s, _t, c, _m in got), got
    assert not any(c.startswith("087") for c in codes(got)), got


def test_calling_a_truce_is_no_ceasefire_violation(pipe):
    got = summary(code(pipe, "Ugandan rebels called a truce with the government on Sunday."))
    assert not any(c.startswith("19") for c in codes(got)), got


# --- matching --------------------------------------------------------------------------------------------
def test_infinitive_complement_makes_agree_a_frame_despite_a_with_phrase(pipe):
    got = summary(code(pipe, "The Indian parliament agreed with little debate to lift the ban on rice "
                             "exports to Bangladesh."))
    assert any(s == "IND" and c.startswith("03") for s, _t, c, _m in got), got
    assert "019" not in codes(got), got


def test_participle_modifier_is_no_trigger(pipe):
    got = summary(code(pipe, "Chinese coast guard ships patrolled the disputed islands near Japan on Monday."))
    assert not any(c.startswith("11") for c in codes(got)), got


# --- content of demands ----------------------------------------------------------------------------------
def test_what_a_demand_asks_for_is_not_an_act(pipe):
    got = summary(code(pipe, "The Egyptian labor federation reiterated its demand on Tuesday that Israel "
                             "ease restrictions on Palestinian workers."))
    assert ("EGY", "ISR", "100", ASSERTED) in got, got
    assert not any(c.startswith("08") for c in codes(got)), got


# --- modality --------------------------------------------------------------------------------------------
def test_what_was_refused_did_not_happen(pipe):
    got = summary(code(pipe, "Pakistan refused to allow Indian aircraft to land and evacuate wounded "
                             "soldiers from Karachi."))
    assert not any(c.startswith("07") and m in (ASSERTED, FUTURE) for _s, _t, c, m in got), got


def test_relative_clause_keeps_its_own_past_tense(pipe):
    got = summary(code(pipe, "Ugandan rebels said they will free the Kenyan engineers whom they kidnapped "
                             "last month."))
    assert any(c == "181" and m == ASSERTED for _s, _t, c, m in got), got
    assert not any(c.startswith("13") for c in codes(got)), got


def test_vowing_not_to_hand_back_land_is_a_refusal(pipe):
    got = summary(code(pipe, "The Japanese prime minister vowed not to return the disputed islands to Russia."))
    assert any(s == "JPN" and t == "RUS" and c.startswith("12") for s, t, c, _m in got), got
    assert not any(c.startswith("03") for c in codes(got)), got


def test_pledging_not_to_attack_is_intent_to_deescalate(pipe):
    got = summary(code(pipe, "Armenia pledged not to attack Azerbaijani border posts."))
    assert ("ARM", "AZE", "0356", ASSERTED) in got, got


# --- structure -------------------------------------------------------------------------------------------
def test_one_body_meeting_in_session_is_no_consultation(pipe):
    got = summary(code(pipe, "The Greek cabinet met on Sunday."))
    assert not any(c.startswith("04") for c in codes(got)), got
    got = summary(code(pipe, "Greek and Turkish leaders met on Sunday."))
    assert ("GRC", "TUR", "040", ASSERTED) in got, got


def test_helping_to_carry_out_attacks_is_no_aid(pipe):
    got = summary(code(pipe, "Russian advisers helped to organise and carry out raids on Ukrainian towns."))
    assert not any(c.startswith("07") for c in codes(got)), got


def test_helping_support_codes_the_support(pipe):
    got = summary(code(pipe, "Qatar funded lobby groups in Europe to help support the Palestinians."))
    assert not any(c.startswith("07") and t is None for _s, t, c, _m in got), got


def test_event_in_a_time_phrase_is_background(pipe):
    got = summary(code(pipe, "Turkey recalled its ambassador from Syria on Monday following the Syrian "
                             "bombing of a Turkish border post."))
    assert any(s == "TUR" and c == "161" for s, _t, c, _m in got), got
    assert not any(c.startswith("18") for c in codes(got)), got


def test_war_games_of_two_countries_are_military_cooperation(pipe):
    got = summary(code(pipe, "Indian and French warships began war games in the Arabian Sea on Monday."))
    assert ("IND", "FRA", "062", ASSERTED) in got and ("FRA", "IND", "062", ASSERTED) in got, got


# --- lexicon ---------------------------------------------------------------------------------------------
def test_receiving_a_team_of_inspectors(pipe):
    got = summary(code(pipe, "Brazil received a team of inspectors from the IAEA on Monday."))
    assert any(s == "BRA" and c == "0862" for s, _t, c, _m in got), got


def test_announced_withdrawal_of_inspectors_is_a_threat(pipe):
    got = summary(code(pipe, "The UN chief said the United Nations will withdraw its weapons inspectors from Iraq."))
    assert any(t == "IRQ" and c == "136" for _s, t, c, _m in got), got
    assert not any(c.startswith("03") for c in codes(got)), got


def test_seeking_asylum_is_an_appeal_for_aid(pipe):
    got = summary(code(pipe, "Thousands of Syrian Kurds sought asylum in Sweden last year."))
    assert ("SYR", "SWE", "0233", ASSERTED) in got, got


def test_violating_a_ceasefire_agreement(pipe):
    got = summary(code(pipe, "Sudanese troops violated the ceasefire agreement on Sunday."))
    assert any(s == "SDN" and c == "196" for s, _t, c, _m in got), got


def test_mobilizing_lobby_groups_is_no_show_of_force(pipe):
    got = summary(code(pipe, "Saudi Arabia mobilized lobby groups in Washington."))
    assert not any(c.startswith("15") for c in codes(got)), got
    got = summary(code(pipe, "Armenia mobilized its reservists on Tuesday."))
    assert any(s == "ARM" and c == "154" for s, _t, c, _m in got), got


def test_forcing_an_agency_out_is_an_expulsion(pipe):
    got = summary(code(pipe, "Serbia forced the Norwegian aid agency out of the country on Friday."))
    assert any(s == "SRB" and c == "166" for s, _t, c, _m in got), got


def test_refusing_to_meet_demands_is_refusing_to_yield(pipe):
    got = summary(code(pipe, "The Nigerian government said it would not meet the Nigerian strikers' demands."))
    assert any(s == "NGA" and c.startswith("12") for s, _t, c, _m in got), got
    assert not any(c.startswith(("04", "08")) for c in codes(got)), got


def test_continued_effort_and_taking_part_are_not_codes_of_their_own(pipe):
    got = summary(code(pipe, "Colombian rebels continued their effort to win recognition."))
    assert "060" not in codes(got), got
    got = summary(code(pipe, "Chadian troops took part in the attack on a Sudanese rebel base."))
    assert "030" not in codes(got), got


def test_forcing_out_villagers_is_a_mass_expulsion(pipe):
    got = summary(code(pipe, "Sudanese troops forced out more than 2,000 villagers from their homes in Darfur."))
    assert any(s == "SDN" and c == "201" for s, _t, c, _m in got), got


def test_opposing_a_peacekeeping_deployment_is_a_rejection(pipe):
    got = summary(code(pipe, "Chad on Monday opposed the deployment of a UN peacekeeping force."))
    assert any(s == "TCD" and c.startswith("12") for s, _t, c, _m in got), got
    assert not any(c.startswith("11") for c in codes(got)), got


def test_damage_done_in_a_riot_is_the_riot(pipe):
    got = summary(code(pipe, "Inmates in a Nairobi prison rioted overnight, setting fire to their cells."))
    assert any(c == "145" for c in codes(got)), got
    assert not any(c.startswith("17") for c in codes(got)), got


def test_accepting_a_compromise_is_an_intent_to_cooperate(pipe):
    got = summary(code(pipe, "Norway accepted a compromise for settling its fishing row with Iceland."))
    assert any(s == "NOR" and c == "030" for s, _t, c, _m in got), got


def test_conjoined_sources_cooperate_with_each_other(pipe):
    got = summary(code(pipe, "Brazil and Argentina are seeking to deepen their energy partnership."))
    assert any(s == "BRA" and t == "ARG" and c.startswith("03") for s, t, c, _m in got), got
    assert any(s == "ARG" and t == "BRA" and c.startswith("03") for s, t, c, _m in got), got


def test_participle_describing_a_noun_is_no_new_act(pipe):
    got = summary(code(pipe, "The Kenyan engineers kidnapped in Uganda last month were freed on Sunday by "
                             "Ugandan rebels."))
    assert not any(c.startswith("18") for c in codes(got)), got
    assert any(s == "UGA" and c.startswith("084") for s, _t, c, _m in got), got


def test_conditional_sanction_is_a_threat(pipe):
    got = summary(code(pipe, "The European Union may suspend trade talks with Turkey if Ankara does not "
                             "release the jailed journalists."))
    assert any(t == "TUR" and c.startswith("13") and m == ASSERTED for _s, t, c, m in got), got


def test_speculation_without_a_condition_stays_hypothetical(pipe):
    got = summary(code(pipe, "The European Union may suspend trade talks with Turkey next year."))
    assert not any(c.startswith("13") for c in codes(got)), got


def test_preparing_to_attack_is_a_show_of_force(pipe):
    got = summary(code(pipe, "Ethiopian troops prepared to resume shelling Eritrean positions on the border."))
    assert any(s == "ETH" and c == "150" and m == ASSERTED for s, _t, c, m in got), got
    assert not any(c.startswith("13") for c in codes(got)), got


def test_what_a_complaint_is_about_is_its_topic(pipe):
    got = summary(code(pipe, "The Lebanese government complained to the United Nations over three Israeli air raids on "
                             "southern villages."))
    assert any(s == "LBN" and c.startswith("11") for s, _t, c, _m in got), got
    assert not any(c.startswith(("18", "19")) for c in codes(got)), got


def test_issued_reminder_that_someone_must_act_is_a_demand(pipe):
    got = summary(code(pipe, "The German chancellor issued a stern reminder to Serbia that it must cooperate "
                             "with war crimes investigators."))
    assert ("DEU", "SRB", "100", ASSERTED) in got or any(
        s == "DEU" and t == "SRB" and c.startswith("10") for s, t, c, _m in got), got
    assert not any(c.startswith("06") for c in codes(got)), got


def test_noun_preposition_attached_to_the_verb(pipe):
    got = summary(code(pipe, "Kenya's high court opened a hearing on Wednesday into the detention of Somali "
                             "refugees."))
    assert any(s == "KEN" and c == "090" for s, _t, c, _m in got), got


def test_second_reported_would_is_future_too(pipe):
    got = summary(code(pipe, "Canada announced it would suspend aid to Ethiopia and would expel Ethiopian "
                             "diplomats."))
    assert not any(m == "hypothetical" for _s, _t, _c, m in got), got
    assert any(t == "ETH" and c.startswith("13") for _s, t, c, _m in got), got


def test_expelling_diplomats_reduces_relations(pipe):
    got = summary(code(pipe, "Canada expelled two Ethiopian diplomats on Friday."))
    assert any(s == "CAN" and t == "ETH" and c == "161" for s, t, c, _m in got), got


def test_helping_a_named_party_is_still_aid(pipe):
    got = summary(code(pipe, "The Indian army helped Nepal deliver food to flood victims."))
    assert any(s == "IND" and c.startswith("07") for s, _t, c, _m in got), got
