"""Thirteenth coding pass: violence against people named by verbs with a harmless sense, cooperation named by
its field, cooperation suspended, credit extended, talks facilitated, air defence shown."""

from __future__ import annotations

from dateline.model import ASSERTED
from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


# ---- violence against people (curated.txt): only with a person as the object where the verb has another sense
def test_assault_and_abuse_of_people_are_physical_assault(pipe):
    got = summary(code(pipe, "Soldiers from Chad assaulted Sudanese refugees near the camp on Monday."))
    assert _has(got, "TCD", "SDN", "182"), got
    got = summary(code(pipe, "Eritrean guards abused Ethiopian detainees at the prison, a rights group said."))
    assert _has(got, "ERI", "ETH", "182"), got


def test_a_sexual_assault_is_told_by_its_adverb(pipe):
    got = summary(code(pipe, "Burmese soldiers sexually assaulted Rohingya women in the village, witnesses said."))
    assert any(s == "MMR" and c == "1821" for s, _t, c, _m in got), got
    assert "182" not in codes(got), got


def test_the_harmless_senses_code_nothing(pipe):
    for text in ("The Kenyan finance minister abused his power, the auditor said.",
                 "Nigeria's government executed its plan to build new roads.",
                 "Ghana's parliament hanged a portrait of the founding president in the chamber.",
                 "The Peruvian president whipped up support for the reform."):
        got = summary(code(pipe, text))
        assert not any(c.startswith("18") for c in codes(got)), (text, got)


def test_executions_and_mutilation_of_people(pipe):
    got = summary(code(pipe, "Islamist fighters in Somalia executed three Kenyan hostages on Friday."))
    assert any(t == "KEN" and c == "1823" for _s, t, c, _m in got), got
    got = summary(code(pipe, "Militiamen in Congo mutilated villagers in Ituri province, the United Nations said."))
    assert "182" in codes(got), got


def test_bombs_set_off_and_shelling_pounding_towns(pipe):
    got = summary(code(pipe, "Separatists in Pakistan set off two bombs in Quetta on Sunday, police said."))
    assert "183" in codes(got), got
    got = summary(code(pipe, "Ethiopian artillery pounded rebel positions in Tigray on Monday."))
    assert any(s == "ETH" and c == "194" for s, _t, c, _m in got), got
    got = summary(code(pipe, "The Bolivian speaker pounded the table during the debate."))
    assert "194" not in codes(got), got


# ---- cooperation named by its field, suspended; credit extended; talks facilitated
def test_ties_named_by_their_field_are_cooperation_in_that_field(pipe):
    got = summary(code(pipe, "Kenya and Ethiopia deepened trade ties at a meeting in Nairobi on Monday."))
    assert _has(got, "KEN", "ETH", "061") and _has(got, "ETH", "KEN", "061"), got
    got = summary(code(pipe, "Greece and Cyprus strengthened defence ties on Tuesday."))
    assert _has(got, "GRC", "CYP", "062"), got
    got = summary(code(pipe, "Greece and Cyprus strengthened ties on Tuesday."))
    assert _has(got, "GRC", "CYP", "050"), got  # no field named: diplomatic


def test_promising_to_deepen_trade_ties_is_intent_to_cooperate_economically(pipe):
    got = summary(code(pipe, "Uruguay and Paraguay vowed on Monday to deepen trade ties."))
    assert any(s in ("URY", "PRY") and c == "0311" for s, _t, c, _m in got), got


def test_suspending_cooperation_is_reducing_relations(pipe):
    got = summary(code(pipe, "Burkina Faso suspended cooperation with France on Wednesday."))
    assert ("BFA", "FRA", "160", ASSERTED) in got, got


def test_a_credit_line_or_loan_extended_is_economic_aid(pipe):
    got = summary(code(pipe, "Saudi Arabia extended a $3 billion credit line to Pakistan on Monday."))
    assert ("SAU", "PAK", "071", ASSERTED) in got, got
    got = summary(code(pipe, "China extended a loan of $1 billion to Sri Lanka."))
    assert ("CHN", "LKA", "071", ASSERTED) in got, got
    got = summary(code(pipe, "Egypt's foreign minister extended the talks with Sudan by a day."))
    assert "071" not in codes(got), got


def test_facilitating_talks_between_two_parties_is_mediation(pipe):
    got = summary(code(pipe, "Switzerland has facilitated talks between Armenia and Azerbaijan since March."))
    assert _has(got, "CHE", "ARM", "045") and _has(got, "CHE", "AZE", "045"), got
    got = summary(code(pipe, "Oman facilitated indirect talks between Iran and the United States on Saturday."))
    assert _has(got, "OMN", "IRN", "045") and _has(got, "OMN", "USA", "045"), got


def test_intercepting_foreign_aircraft_is_a_show_of_force_not_a_seizure(pipe):
    got = summary(code(pipe, "Taiwan intercepted three Chinese military aircraft near its airspace on Friday."))
    assert ("TWN", "CHN", "150", ASSERTED) in got, got
    assert "1711" not in codes(got), got
    got = summary(code(pipe, "Norway scrambled fighter jets on Thursday after Russian bombers approached."))
    assert any(s == "NOR" and c == "150" for s, _t, c, _m in got), got


# ---- frames: a vow with no coded content, and a promise of what the lexicon codes as no event
def test_a_vow_with_uncoded_content_is_no_intent_to_cooperate(pipe):
    for text in ("Belarus vowed to respond in kind to the expulsions by Lithuania.",
                 "Russia vowed on Friday to continue its operations in Ukraine."):
        got = summary(code(pipe, text))
        assert not any(c.startswith("03") for c in codes(got)), (text, got)
    got = summary(code(pipe, "Iran vowed to retaliate against Israel."))
    assert any(s == "IRN" and t == "ISR" and c.startswith("13") for s, t, c, _m in got), got


def test_a_promise_of_what_is_no_event_is_no_event(pipe):
    got = summary(code(pipe, "Vietnam pledged to defend its sovereignty in the South China Sea."))
    assert not any(c.startswith("03") for c in codes(got)), got
    got = summary(code(pipe, "Japan pledged to work with South Korea on the issue."))
    assert any(s == "JPN" and c == "030" for s, _t, c, _m in got), got  # an uncoded promise stays 030


def test_calling_for_a_solution_is_an_appeal_to_settle_the_dispute(pipe):
    got = summary(code(pipe, "Indonesia called for a negotiated settlement of the dispute between Thailand and "
                             "Cambodia."))
    assert _has(got, "IDN", "THA", "027") and _has(got, "IDN", "KHM", "027"), got
    assert "0256" not in codes(got), got
    got = summary(code(pipe, "Brazil urged a peaceful settlement of the standoff in Venezuela."))
    assert _has(got, "BRA", "VEN", "027"), got


# ---- two acts of one root in one sentence: another code is another act (linked.without_untargeted_repeats)
def test_a_second_act_of_the_same_root_without_a_target_is_kept(pipe):
    got = summary(code(pipe, "Somali rebels kidnapped 16 Kenyan aid workers and set off two bombs in a market."))
    assert any(c == "181" for c in codes(got)) and any(c == "183" for c in codes(got)), got


def test_the_explain_trace_says_why_an_event_was_dropped(pipe):
    from dateline.api_lib import extract
    from dateline.coding.component import code_article
    from dateline.config import Settings

    art = extract("Ghana criticised Togo on Monday and criticised the decision.", published="2024-05-06",
                  keep_doc=True)
    events, traces = code_article(art, Settings(), trace=True)
    rows = [r for t in traces for r in t["triggers"]]
    reasons = [r["reason"] for r in rows if r.get("code") == "111"]
    assert len(reasons) == 2 and len(events) == 1, (rows, events)
    assert sorted(reasons) == ["coded", "same act as an event of the sentence with a target"], rows


# ---- an option not ruled out (mode_rules.settle_mode)
def test_not_ruling_out_force_is_a_threat_and_other_options_are_considered(pipe):
    got = summary(code(pipe, "Israel did not rule out military action against Iran."))
    assert ("ISR", "IRN", "138", ASSERTED) in got, got
    assert not any(c.startswith("12") for c in codes(got)), got
    got = summary(code(pipe, "Peru's president did not rule out early elections."))
    assert any(s == "PER" and c == "014" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Ghana ruled out any talks with the junta in Mali."))
    assert any(c.startswith("12") for c in codes(got)), got  # ruling it out is still a rejection


# ---- "condemned the decision", "welcomed the move": aimed at the act's author (coding/answers.py)
def test_an_answer_to_the_decision_or_the_move_is_aimed_at_who_decided(pipe):
    got = summary(code(pipe, "Lithuania expelled two Belarusian diplomats on Monday. Belarus condemned the "
                             "decision."))
    assert ("BLR", "LTU", "111", ASSERTED) in got, got
    got = summary(code(pipe, "Bahrain restored diplomatic ties with Qatar in April. Kuwait welcomed the move."))
    assert ("KWT", "BHR", "051", ASSERTED) in got, got
    # an attack is not a "decision": the answer keeps no target rather than a wrong one
    got = summary(code(pipe, "Rebels shelled a town in Chad on Monday. Niger condemned the decision to close "
                             "its border."))
    assert not any(s == "NER" and t == "TCD" for s, t, _c, _m in got), got


# ---- "fighting between X and Y": the two sides of a reciprocal event noun (parties.between_pair)
def test_fighting_between_two_named_sides_is_their_fight(pipe):
    got = summary(code(pipe, "Refugees fled fighting between Ethiopian troops and Eritrean forces near the town."))
    assert _has(got, "ETH", "ERI", "190") and _has(got, "ERI", "ETH", "190"), got
    got = summary(code(pipe, "Clashes between Somalia's army and al Shabaab fighters killed 12 people in Baidoa."))
    assert any(s == "SOM" and c == "190" for s, _t, c, _m in got), got
    # a named source wins: "Turkey condemned clashes between X and Y" is no Turkish fight
    got = summary(code(pipe, "Turkey condemned the clashes between Armenia and Azerbaijan."))
    assert not any(s == "TUR" and c.startswith("19") for s, _t, c, _m in got), got


# ---- raids on property are confiscation (CAMEO 1711, the codebook's own usage note); on places, force
def test_raids_on_offices_and_homes_are_1711_and_on_camps_force(pipe):
    got = summary(code(pipe, "Turkish police raided the offices of a Kurdish newspaper in Istanbul on Monday."))
    assert any(s == "TUR" and c == "1711" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Ugandan police carried out raids on the homes of opposition activists."))
    assert ("UGA", "UGA", "1711", ASSERTED) in got, got
    assert "195" not in codes(got), got  # not an air strike
    got = summary(code(pipe, "Colombian troops raided a rebel camp in Cauca on Sunday."))
    assert "1711" not in codes(got), got


# ---- a vessel rammed; a force posture planned is no threat by itself
def test_ramming_a_vessel_is_damaging_property(pipe):
    got = summary(code(pipe, "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracels on "
                             "Sunday."))
    assert ("CHN", "VNM", "171", ASSERTED) in got, got


def test_a_planned_deployment_is_the_posture_to_come_not_a_threat(pipe):
    got = summary(code(pipe, "The Japanese navy plans to deploy two more destroyers to the area next month."))
    assert any(s == "JPN" and c == "154" and m == "future" for s, _t, c, m in got), got
    assert not any(c.startswith("13") for c in codes(got)), got
    got = summary(code(pipe, "Ghana is ready to send troops to Mali if asked."))
    assert not any(c.startswith("13") for c in codes(got)), got


def test_a_threat_to_deploy_is_a_threat_and_its_own_troops_are_no_target(pipe):
    got = summary(code(pipe, "North Korea threatened to deploy troops to the border with South Korea."))
    assert any(s == "PRK" and c == "138" for s, _t, c, _m in got), got
    assert not any(s == "PRK" and t == "PRK" for s, t, _c, _m in got), got


# ---- "X said Y had done Z and urged W": the second verb is X's (arguments._said_and_did)
def test_a_bare_past_verb_beside_a_reported_pluperfect_is_the_speakers(pipe):
    got = summary(code(pipe, "Vietnam's foreign ministry said the Chinese ship had entered Vietnamese waters "
                             "and urged Beijing to withdraw it."))
    assert any(s == "VNM" and t == "CHN" and c.startswith("02") for s, t, c, _m in got), got
    assert not any(s == t == "VNM" for s, t, _c, _m in got), got
    # without the auxiliary the parse's reading stands: the drones attacked and killed
    got = summary(code(pipe, "The Kremlin said Ukrainian drones attacked a refinery and killed two workers."))
    assert not any(s == "RUS" and c.startswith(("18", "19")) for s, _t, c, _m in got), got


# ---- an answer names its act: "condemned the strike" is aimed at who struck, not the latest attacker
def test_an_answer_takes_the_act_its_noun_names_before_the_latest_of_its_kind(pipe):
    got = summary(code(pipe, "Israeli aircraft struck a car near Tyre on Monday. Hezbollah fired rockets at "
                             "northern Israel in response. Iran's foreign ministry condemned the strike."))
    assert any(s == "IRN" and t == "ISR" and c == "111" for s, t, c, _m in got), got
    events = code(pipe, "A court in Tunis sentenced opposition leader Rached Ghannouchi to 22 years in prison. "
                        "Police arrested three opposition activists after the verdict. The U.S. State "
                        "Department criticised the sentence.")
    assert any(e.source.code == "TUNJUD" and e.cameo == "173" for e in events), events  # misparsed clause
    criticism = [e for e in events if e.cameo == "111" and e.source.country == "USA"]
    assert criticism and criticism[0].target is not None and criticism[0].target.code == "TUNJUD", events


# ---- more verbs: crush, supply/provide X with Y, deposit, welcome a visitor, legal appeals, defending one's land
def test_crushing_rebels_is_force_and_crushing_protests_repression(pipe):
    got = summary(code(pipe, "Burkina Faso's president vowed to crush the jihadists behind the attack."))
    assert any(s == "BFA" and c.startswith("138") for s, _t, c, _m in got), got
    got = summary(code(pipe, "Belarusian police crushed the protests in Minsk on Sunday."))
    assert any(s == "BLR" and c == "175" for s, _t, c, _m in got), got


def test_supplying_or_providing_someone_with_something(pipe):
    got = summary(code(pipe, "Iran supplied Russia with drones last year, Ukraine said."))
    assert any(s == "IRN" and t == "RUS" and c == "072" for s, t, c, _m in got), got
    got = summary(code(pipe, "Japan provided Vietnam with a $500 million loan on Monday."))
    assert ("JPN", "VNM", "071", ASSERTED) in got, got
    got = summary(code(pipe, "The United Arab Emirates deposited $2 billion with Egypt's central bank."))
    assert any(s == "ARE" and t == "EGY" and c == "071" for s, t, c, _m in got), got


def test_welcoming_a_visitor_is_hosting_and_welcoming_a_decision_praise(pipe):
    got = summary(code(pipe, "Kim Jong Un welcomed Putin at the airport in Pyongyang on Tuesday."))
    assert any(s == "PRK" and t == "RUS" and c == "043" for s, t, c, _m in got), got
    got = summary(code(pipe, "Saudi Arabia welcomed the decision by Iran."))
    assert any(s == "SAU" and t == "IRN" and c == "051" for s, t, c, _m in got), got


def test_a_legal_appeal_and_defending_ones_land_are_no_events(pipe):
    got = summary(code(pipe, "Egypt's former president will appeal the ruling, his lawyer said."))
    assert not any(c.startswith("02") for c in codes(got)), got
    got = summary(code(pipe, '"We will defend every inch of our land," the Armenian prime minister said.'))
    assert not any(c.startswith("03") for c in codes(got)), got


def test_praise_of_relations_is_aimed_at_the_other_party(pipe):
    got = summary(code(pipe, "Japan hailed progress in ties with South Korea on Monday."))
    assert ("JPN", "KOR", "051", ASSERTED) in got, got
    got = summary(code(pipe, "Egypt's president met Sudan's army chief on Monday. The Egyptian leader praised the "
                             "strength of ties between the two states."))
    assert any(s == "EGY" and t == "SDN" and c == "051" for s, t, c, _m in got), got


# ---- what never passed and what stands (sense.blocked_content, sense.measure_content)
def test_a_vetoed_resolution_that_demanded_something_demanded_nothing(pipe):
    got = summary(code(pipe, "Russia vetoed a draft text before the Security Council, a resolution which demanded an immediate "
                             "ceasefire in Sudan."))
    assert any(s == "RUS" and c.startswith("12") for s, _t, c, _m in got), got
    assert not any(c.startswith("10") for c in codes(got)), got


def test_sanctions_violated_or_breached_are_not_imposed_anew(pipe):
    for text in ("Seoul said the arms transfers violated U.N. sanctions.",
                 "The shipments breached EU sanctions on Russia, Polish officials said."):
        got = summary(code(pipe, text))
        assert "163" not in codes(got), (text, got)
    got = summary(code(pipe, "The EU imposed sanctions on Russia on Friday."))
    assert "163" in codes(got), got


def test_an_act_someone_is_accused_of_is_no_agentless_state_act(pipe):
    events = code(pipe, "GEORGETOWN, April 7 (Wire) - Venezuelan soldiers were accused by Guyanese officials of "
                        "crossing the border and detaining two Guyanese miners.", published="2026-04-08")
    assert not any(e.source.resolved_by == "state_act" for e in events), events
    assert any(e.cameo == "112" and e.target is not None and e.target.country == "VEN" for e in events), events


def test_an_offer_to_host_talks_between_the_two_sides_is_aimed_at_both(pipe):
    got = summary(code(pipe, "Armenia and Azerbaijan exchanged prisoners on Sunday. Kazakhstan's president offered "
                             "to host direct peace talks between the two sides."))
    assert any(s == "KAZ" and t == "ARM" and c.startswith("03") for s, t, c, _m in got), got
    assert any(s == "KAZ" and t == "AZE" and c.startswith("03") for s, t, c, _m in got), got


def test_a_pronoun_under_a_speaker_is_the_speaker_not_the_nearest_earlier_actor(pipe):
    events = code(pipe, "The Malian government welcomed the vote, while the separatist CMA said they would not "
                        "attend the talks in Algiers.")
    refusal = [e for e in events if e.cameo.startswith("12")]
    assert refusal and refusal[0].source.code == "MLIREB", events  # the separatists, not the government


def test_supplying_a_country_with_oil_under_a_deal_is_trade(pipe):
    got = summary(code(pipe, "Saudi Arabia agreed on Monday to supply India with 500,000 barrels of crude oil a day."))
    assert ("SAU", "IND", "0311", ASSERTED) in got, got
