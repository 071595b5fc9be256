"""Review 14b: coding errors found on new wire text (modality of conjuncts, trigger senses)."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture


def test_a_past_tense_conjunct_keeps_no_would_of_the_first(pipe):
    got = summary(code(pipe, "DHAKA, June 3 (Wire) - Finance Minister Abul Kalam said Bangladesh "
                             "would cut fuel "
                             "subsidies and thanked Prime Minister Sheikh Hasina for her support."))
    assert ("BGD", "BGD", "051", "asserted") in got, got


def test_an_untensed_conjunct_still_shares_the_future(pipe):
    got = summary(code(pipe, "DHAKA, June 3 (Wire) - Bangladesh will meet Indian officials and discuss the "
                             "border dispute next week."))
    assert all(m != "asserted" for _s, _t, _c, m in got) and got, got


def test_police_charging_a_crowd_with_batons_is_repression(pipe):
    got = summary(code(pipe, "HARARE, June 3 (Wire) - Zimbabwean riot police charged the crowd with "
                             "batons outside "
                             "the court, witnesses said."))
    assert {c for _s, _t, c, _m in got} == {"175"}, got


def test_charging_protesters_with_an_offence_is_still_an_arrest(pipe):
    got = summary(code(pipe, "HARARE, June 3 (Wire) - Zimbabwean police charged 15 students with "
                             "public violence "
                             "after the march."))
    assert ("ZWE", "ZWE", "173", "asserted") in got, got
    assert "175" not in {c for _s, _t, c, _m in got}, got


def test_meeting_commitments_is_no_meeting(pipe):
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peru's finance minister said Ecuador had failed "
                             "to meet its "
                             "repayment obligations for a second year."))
    assert "040" not in {c for _s, _t, c, _m in got}, got


def test_meeting_a_minister_is_still_a_meeting(pipe):
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peruvian President Dina Boluarte met Ecuadorean "
                             "Foreign Minister "
                             "Gabriela Sommerfeld in Lima on Monday."))
    assert any(c == "040" for _s, _t, c, _m in got), got


def test_standing_by_ones_own_words_is_no_support(pipe):
    got = summary(code(pipe, "LIMA, June 3 (Wire) - Peruvian President Dina Boluarte stands by her "
                             "remarks about "
                             "the Chilean government, her spokesman said."))
    assert "051" not in {c for _s, _t, c, _m in got}, got


def test_an_ambushed_army_convoy_is_the_army_not_the_province(pipe):
    events = code(pipe, "NIAMEY, June 3 (Wire) - Jihadist fighters ambushed an army convoy in "
                        "Niger's Tillaberi "
                        "region on Monday, killing nine soldiers, security sources said.")
    hit = [e for e in events if e.trigger.text == "ambushed"]
    assert hit and hit[0].target is not None and hit[0].target.code == "NERMIL", events


def test_gunmen_attacking_a_police_patrol_attack_the_police(pipe):
    events = code(pipe, "KADUNA, June 3 (Wire) - Nigerian gunmen attacked a police patrol near the "
                        "airport on "
                        "Sunday, a police spokesman said.")
    hit = [e for e in events if e.trigger.text == "attacked"]
    assert hit and hit[0].target is not None and hit[0].target.code == "NGACOP", events


def test_recalling_the_ambassador_to_a_country_targets_that_country(pipe):
    events = code(pipe, "QUITO, June 3 (Wire) - Ecuador recalled its ambassador to Mexico on Friday "
                        "after the "
                        "embassy raid.")
    hit = [e for e in events if e.cameo == "161"]
    assert hit and hit[0].target is not None and hit[0].target.code == "MEX", events


def test_recalling_the_ambassador_from_a_capital_targets_its_government(pipe):
    events = code(pipe, "QUITO, June 3 (Wire) - Ecuador recalled its ambassador in Mexico City for "
                        "consultations.")
    hit = [e for e in events if e.cameo == "161"]
    assert hit and hit[0].target is not None and hit[0].target.country == "MEX", events


def test_deployed_troops_are_the_deployers_own_not_a_target():
    from dateline.api_lib import extract  # the full pipeline: the dateline lends "troops" its country

    # a Georgian dateline lends "troops" Georgia: they are still the deployer's own, never its target
    events = extract("TBILISI, June 3 (Wire) - Russia deployed troops near the Georgian border on Tuesday.",
                     published="2024-06-03").events
    hit = [e for e in events if e.cameo == "154"]
    assert hit and hit[0].source.country == "RUS", events
    assert hit[0].target is None or hit[0].target.code != "GEOMIL", events
