"""Coding rules added in the seventh pass (allegations, light-verb objects behind measures and lists, new
triggers), each on our own synthetic wire sentence run through the real pipeline (spaCy + actors + coder)."""

from __future__ import annotations

from dateline.model import ASSERTED

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


# --- allegations are accusations (CAMEO 112) --------------------------------------------------------------
def test_claim_that_another_attacked_is_also_an_accusation(pipe):
    evs = code(pipe, "The Kenyan government claimed that Somali militants killed four soldiers near the border.")
    got = summary(evs)
    assert ("KEN", "SOM", "112", ASSERTED) in got, got
    # an act only alleged is contested: the accusation is coded, not the act (allegations.py)
    assert not any(s == "SOM" and c.startswith("19") for s, _t, c, _m in got), got
    accusation = next(e for e in evs if e.cameo == "112")
    assert accusation.plover and accusation.plover["type"] == "ACCUSE"
    assert accusation.trigger.text == "claimed"


def test_neutral_say_makes_no_accusation(pipe):
    # a trailing "..., X said" sources the news (a leading party statement accuses: test_coding_claims.py)
    got = summary(code(pipe, "Somali militants killed four soldiers near the border, the Kenyan government "
                             "said."))
    assert "112" not in codes(got), got
    assert any(s == "SOM" and c.startswith("19") for s, _t, c, _m in got), got


def test_allege_verb_accuses_the_subject_of_its_clause_once(pipe):
    evs = code(pipe, "Amnesty International alleged that Egyptian police tortured detainees in Cairo.")
    accusations = [e for e in evs if e.root == "11"]
    assert len(accusations) == 1, summary(evs)
    assert accusations[0].cameo == "112" and accusations[0].target.country == "EGY"


def test_trailing_allegation_accuses_the_actor_of_the_main_clause(pipe):
    got = summary(code(pipe, "The Israeli army shelled Gaza City, killing five people, Hamas alleged on Sunday."))
    assert ("PSE", "ISR", "112", ASSERTED) in got, got
    assert sum(1 for _s, _t, c, _m in got if c.startswith("11")) == 1, got


def test_claim_about_oneself_accuses_nobody(pipe):
    got = summary(code(pipe, "The Kenyan army claimed that it had attacked Somali militant camps."))
    assert not any(c.startswith("11") for c in codes(got)), got


def test_alleged_future_act_is_no_accusation(pipe):
    got = summary(code(pipe, "The Kenyan government claimed that Somali militants will attack Nairobi."))
    assert "112" not in codes(got), got


# --- a light verb's event noun behind a measure or a list -----------------------------------------------
def test_light_verb_object_behind_a_measure(pipe):
    got = summary(code(pipe, "Indian and French warships on Tuesday launched five days of naval exercises in "
                             "the Arabian Sea."))
    assert ("IND", "FRA", "062", ASSERTED) in got and ("FRA", "IND", "062", ASSERTED) in got, got


def test_light_verb_object_at_the_end_of_a_list_keeps_its_target(pipe):
    got = summary(code(pipe, "On Sunday Ethiopian units launched mortar, artillery and rocket fire against the "
                             "positions of the Eritrean army."))
    assert ("ETH", "ERI", "194", ASSERTED) in got, got


# --- new triggers ------------------------------------------------------------------------------------------
def test_hacking_into_computers_is_coercion_even_when_attempted(pipe):
    got = summary(code(pipe, "Russian hackers tried to hack into Estonian government ministries' email "
                             "servers."))
    assert ("RUS", "EST", "170", ASSERTED) in got, got


def test_defacing_websites_is_coercion(pipe):
    got = summary(code(pipe, "Turkish hackers defaced hundreds of Greek government websites on Tuesday."))
    assert ("TUR", "GRC", "170", ASSERTED) in got, got


def test_ordering_a_newspaper_to_suspend_publication_restricts_the_press(pipe):
    got = summary(code(pipe, "The Egyptian government ordered the opposition newspaper Al-Wafd to suspend "
                             "publication."))
    assert any(s == "EGY" and c == "1721" for s, _t, c, _m in got), got


def test_out_of_the_question_is_a_rejection_by_the_speaker(pipe):
    got = summary(code(pipe, "Pakistani officials said that lifting the sanctions on India is out of the "
                             "question."))
    assert any(s == "PAK" and t == "IND" and c.startswith("12") and m == ASSERTED for s, t, c, m in got), got
    assert not any(c.startswith("08") for c in codes(got)), got


def test_failing_to_reach_agreement_is_a_rejection(pipe):
    got = summary(code(pipe, "Serbia and Croatia failed to reach agreement on the border dispute on Monday."))
    assert ("SRB", "HRV", "120", ASSERTED) in got, got
    assert not any(c.startswith("03") for c in codes(got)), got


def test_showing_disapproval_is_a_complaint(pipe):
    got = summary(code(pipe, "The Kenyan government showed its disapproval of British policy on Monday."))
    assert ("KEN", "GBR", "110", ASSERTED) in got, got


def test_adopting_a_resolution_is_no_signed_agreement(pipe):
    got = summary(code(pipe, "The Security Council adopted a resolution on Sudan on Friday."))
    assert "057" not in codes(got), got


def test_peacekeepers_shipped_out_are_withdrawn_by_their_side(pipe):
    got = summary(code(pipe, "Two hundred Dutch peacekeepers were shipped out of the Bosnian town of "
                             "Srebrenica on Friday."))
    assert ("NLD", "BIH", "1661", ASSERTED) in got, got


# --- targets ----------------------------------------------------------------------------------------------
def test_toll_of_an_attack_is_suffered_by_its_target(pipe):
    got = summary(code(pipe, "Indian forces launched artillery and mortar fire against Pakistani army posts on "
                             "Monday, killing or wounding 40."))
    assert ("IND", "PAK", "194", ASSERTED) in got, got
    assert not any(s == "IND" and t is None for s, t, _c, _m in got), got


def test_threatened_strike_is_not_also_a_strike(pipe):
    got = summary(code(pipe, "Kurdish villagers threatened to hold a general strike unless Turkey withdrew its "
                             "troops within a week."))
    assert any(c.startswith("13") for c in codes(got)), got
    assert not any(c.startswith("14") for c in codes(got)), got


def test_investigation_targets_the_perpetrator_not_the_victims(pipe):
    got = summary(code(pipe, "Serbian prosecutors launched an investigation into the killing of Serb villagers "
                             "by Croatian forces."))
    assert ("SRB", "HRV", "090", ASSERTED) in got, got
    got = summary(code(pipe, "Bosnia is investigating reported atrocities by Croatian militias in two valley "
                             "villages, an official said."))
    assert any(s == "BIH" and t == "HRV" and c.startswith("09") for s, t, c, _m in got), got


def test_untargeted_copy_of_a_targeted_event_is_dropped(pipe):
    evs = code(pipe, "Chile set up diplomatic relations with Vietnam and opened an embassy in Hanoi, its "
                     "foreign ministry said.")
    got = summary(evs)
    assert ("CHL", "VNM", "054", ASSERTED) in got, got
    assert not any(t is None for _s, t, _c, _m in got), got


def test_relative_pronoun_object_is_the_noun_it_refers_to(pipe):
    got = summary(code(pipe, "Somali pirates released the Danish sailors whom they had abducted in May."))
    assert ("SOM", "DNK", "181", ASSERTED) in got, got


def test_stepping_up_patrols_is_a_show_of_force(pipe):
    got = summary(code(pipe, "Indian troops stepped up patrols along the border with Pakistan on Monday."))
    assert ("IND", "PAK", "150", ASSERTED) in got, got


def test_returning_seized_weapons_is_a_return_not_a_visit(pipe):
    got = summary(code(pipe, "The rebels returned the weapons seized from Ugandan soldiers last year."))
    assert not any(c.startswith("04") for c in codes(got)), got


def test_firing_on_or_at_a_target_is_an_attack(pipe):
    # both prepositions must match (one entry each; a joint "on|at" entry never matched)
    for prep in ("on", "at"):
        got = summary(code(pipe, f"Armenian troops fired {prep} Azerbaijani border posts overnight."))
        assert ("ARM", "AZE", "190", ASSERTED) in got, (prep, got)


def test_rejecting_a_resolution_or_ruling_is_a_rejection_not_refusing_to_de_escalate(pipe):
    got = summary(code(pipe, "Venezuela rejected the resolution adopted by the regional bloc on Friday."))
    assert any(s == "VEN" and c == "120" for s, _t, c, _m in got), got
    assert "1246" not in codes(got), got
    got = summary(code(pipe, "The Belarusian opposition rejected the official election results."))
    assert any(s == "BLR" and c == "120" for s, _t, c, _m in got), got


def test_a_missile_strike_is_rocket_fire_like_a_missile_attack(pipe):
    # CAMEO 194 covers rocket and missile fire; "missile attack" and "missile strike" code alike
    for noun in ("attack", "strike"):
        got = summary(code(pipe, f"Russia launched a missile {noun} on Ukraine's power grid overnight."))
        assert any(s == "RUS" and c == "194" for s, _t, c, _m in got), (noun, got)


def test_exchanging_fire_is_fighting_each_other(pipe):
    got = summary(code(pipe, "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir."))
    assert {("IND", "PAK", "193", ASSERTED), ("PAK", "IND", "193", ASSERTED)} <= got, got
    got = summary(code(pipe, "Armenian troops exchanged fire with Azerbaijani forces on Sunday."))
    assert {("ARM", "AZE", "193", ASSERTED), ("AZE", "ARM", "193", ASSERTED)} <= got, got


def test_vowing_to_hit_back_is_a_threat_not_a_promise_to_cooperate(pipe):
    for verb in ("hit back at", "strike back at", "avenge the attack by"):
        got = summary(code(pipe, f"Syria vowed to {verb} Turkey."))
        assert any(s == "SYR" and c.startswith("13") for s, _t, c, _m in got), (verb, got)
        assert "030" not in codes(got), (verb, got)


def test_protesters_storming_or_clashing_riot_and_the_police_do_not_riot_back(pipe):
    got = summary(code(pipe, "Protesters stormed the parliament building in Nairobi."))
    assert any(s == "KEN" and c == "145" for s, _t, c, _m in got), got
    evs = code(pipe, "Rioters clashed with police in central Paris.")
    riots = [(e.source.code, e.target.code if e.target else None) for e in evs if e.cameo == "145"]
    assert riots and all(src.endswith("OPP") for src, _t in riots), riots
    # armed men storming a building is still force, not a riot
    got = summary(code(pipe, "Gunmen stormed a hotel in Mogadishu."))
    assert "145" not in codes(got) and any(c.startswith("19") for c in codes(got)), got


def test_the_capital_two_signatories_meet_in_is_the_venue_not_a_third_party(pipe):
    got = summary(code(pipe, "Britain and France signed a defence pact in London on Thursday."))
    assert {("GBR", "FRA", "057", ASSERTED), ("FRA", "GBR", "057", ASSERTED)} == got, got
    got = summary(code(pipe, "Britain and France signed a defence pact with Germany."))
    assert ("GBR", "DEU", "057", ASSERTED) in got and ("FRA", "DEU", "057", ASSERTED) in got, got


def test_a_pledge_of_aid_is_an_intent_to_give_it(pipe):
    for sentence, expected in (("Japan pledged $4.5 billion in aid to Ukraine.", "033"),
                               ("Norway pledged humanitarian aid to Sudan.", "0333"),
                               ("Qatar pledged $2 billion to Pakistan for flood relief.", "0331")):
        got = summary(code(pipe, sentence))
        assert any(c == expected for _s, _t, c, _m in got), (sentence, got)
        assert not any(c.startswith("07") for _s, _t, c, _m in got), (sentence, got)  # not the aid itself


def test_launching_drones_is_an_air_attack(pipe):
    got = summary(code(pipe, "Russia launched 40 drones at Ukraine overnight."))
    assert ("RUS", "UKR", "195", ASSERTED) in got, got


def test_arms_handed_over_are_military_aid_and_halted_supplies_and_import_bans_are_cuts(pipe):
    got = summary(code(pipe, "The Netherlands handed over F-16 fighter jets to Ukraine."))
    assert ("NLD", "UKR", "072", ASSERTED) in got, got
    got = summary(code(pipe, "Russia halted gas deliveries to Poland."))
    assert ("RUS", "POL", "162", ASSERTED) in got, got
    got = summary(code(pipe, "China banned imports from Japan."))
    assert ("CHN", "JPN", "163", ASSERTED) in got, got


def test_an_order_is_a_demand_and_ordering_one_s_own_troops_out_is_a_deployment(pipe):
    got = summary(code(pipe, "The Kenyan president ordered the military to support the police."))
    assert any(s == "KEN" and c.startswith("10") for s, _t, c, _m in got), got
    got = summary(code(pipe, "Putin ordered troops to the border with Ukraine."))
    assert ("RUS", "UKR", "154", ASSERTED) in got, got
    # ordering an investigation is starting one: the orderer's own act (09), not a demand
    got = summary(code(pipe, "Zambia's president ordered an investigation into the bank failures."))
    assert any(s == "ZMB" and c.startswith("09") for s, _t, c, _m in got), got
