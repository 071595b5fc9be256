"""Twelfth coding pass: ending a hostile act or a restriction is yielding (CAMEO 08), and the act it ends is not
coded; protest by a crowd the text names by no country is that place's protest (coding/crowd_acts.py)."""

from __future__ import annotations

from dateline.model import ASSERTED, Article
from coding_helpers import code, codes, events_with_rule_off, pipe, summary  # noqa: F401 - pipe is a fixture


def _crowd(events):
    return [e for e in events if e.source is not None and e.source.resolved_by == "crowd_act"]


# ---- ending attacks, protests, curfews, restrictions and sanctions (curated.txt, twelfth pass)
def test_a_suspension_of_attacks_is_de_escalation_not_an_attack(pipe):
    got = summary(code(pipe, "Separatist fighters in Cameroon announced a suspension of attacks on army posts."))
    assert ("CMR", None, "087", ASSERTED) in got, got
    assert not any(c.startswith(("18", "19")) for c in codes(got)), got


def test_a_halt_to_air_strikes_and_an_end_to_hostilities(pipe):
    got = codes(summary(code(pipe, "Sudan's army announced a halt to airstrikes on the city of Omdurman.")))
    assert "087" in got and not any(c.startswith("19") for c in got), got
    got = codes(summary(code(pipe, "The two armies in Sudan agreed to a cessation of hostilities on Friday.")))
    assert not any(c.startswith("19") for c in got), got


def test_an_appeal_for_an_end_to_attacks_is_an_appeal_to_de_escalate(pipe):
    got = summary(code(pipe, "Ghana called for an end to attacks on aid convoys in northern Mali."))
    assert any(s == "GHA" and c == "0256" for s, _t, c, _m in got), got


def test_halting_protests_is_easing_dissent(pipe):
    got = summary(code(pipe, "The main opposition party in Togo halted its protests after talks with the premier."))
    assert ("TGO", None, "082", ASSERTED) in got or any(s == "TGO" and c == "082" for s, _t, c, _m in got), got
    assert not any(c.startswith("14") for c in codes(got)), got  # the protests it halted are no new protest


def test_ending_a_curfew_and_restrictions(pipe):
    got = summary(code(pipe, "The mayor of Nairobi ended the overnight curfew on Friday."))
    assert any(s == "KEN" and c == "0813" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Nepal's government removed restrictions on foreign journalists on Monday."))
    assert any(s == "NPL" and c == "081" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Canada ended its sanctions on Belarus's potash exporters in June."))
    assert any(s == "CAN" and c == "085" for s, _t, c, _m in got), got


def test_promising_to_remove_a_curfew_is_intent_to_yield(pipe):
    got = summary(code(pipe, "Authorities in Bamako agreed to remove the nightly curfew."))
    assert any(s == "MLI" and c.startswith("035") for s, _t, c, _m in got), got


def test_an_agentless_lifted_curfew_is_the_place_s_government(pipe):
    events = code(pipe, "The curfew in Freetown was lifted on Monday after two calm nights.")
    found = [e for e in events if e.source is not None and e.source.resolved_by == "state_act"]
    assert found and found[0].source.code == "SLEGOV" and found[0].cameo == "0813", events


# ---- protest by a crowd named by no country (coding/crowd_acts.py)
def test_a_counted_crowd_marching_through_a_city(pipe):
    events = _crowd(code(pipe, "Hundreds marched through central Accra on Saturday against fuel prices."))
    assert events and events[0].source.code == "GHAOPP" and events[0].cameo.startswith("14"), events
    assert events[0].source.text == "Hundreds"


def test_riots_breaking_out_across_a_city(pipe):
    events = _crowd(code(pipe, "Riots broke out across Dakar overnight after the verdict."))
    assert events and events[0].source.country == "SEN" and events[0].cameo == "145", events


def test_workers_and_students_keep_their_sector(pipe):
    events = _crowd(code(pipe, "Hundreds of dock workers marched through Valparaiso on Tuesday."))
    assert events and events[0].source.code == "CHLLAB" and events[0].cameo.startswith("14"), events
    events = code(pipe, "Students Join Nationwide Strike in Paraguay")  # a headline, the actor layer's own
    assert any(e.source.code == "PRYEDU" and e.cameo == "143" for e in events), events


def test_going_on_strike(pipe):
    got = summary(code(pipe, "Nurses in Zimbabwe went on strike on Monday over unpaid wages."))
    assert any(s == "ZWE" and c == "143" for s, _t, c, _m in got), got


def test_where_the_crowd_goes_or_a_named_group_is_not_a_crowd_act(pipe):
    assert not _crowd(code(pipe, "Hundreds marched to Lusaka on Sunday from the mining towns.")), "destination"
    # a crowd word with a country of its own needs no rule
    assert not _crowd(code(pipe, "Kenyan protesters marched through Nairobi on Tuesday."))
    # not a protest: the rule is for protest only
    assert not _crowd(code(pipe, "Hundreds were evacuated from Beira on Sunday."))


def test_the_crowd_rule_is_a_setting():
    events = events_with_rule_off("coding.crowd_acts", "crowd_acts",
                                  "Hundreds marched through central Accra on Saturday.")
    assert not _crowd(events), events


# ---- a rejected statement's author is the target (coding/answers.py)
def test_rejecting_a_protest_the_article_reported_is_aimed_at_its_author(pipe):
    text = ("Vietnam lodged a formal protest with China on Monday over a survey ship in its waters. "
            "China's foreign ministry rejected the protest on Tuesday.")
    got = summary(code(pipe, text))
    assert ("CHN", "VNM", "120", ASSERTED) in got or any(
        s == "CHN" and t == "VNM" and c.startswith("12") for s, t, c, _m in got), got


def test_rejecting_accusations_made_earlier(pipe):
    text = ("Azerbaijan accused Armenia of shelling its positions overnight. Armenia's defence ministry "
            "rejected the accusations as false.")
    got = summary(code(pipe, text))
    assert any(s == "ARM" and t == "AZE" and c.startswith("12") for s, t, c, _m in got), got


def test_no_earlier_statement_leaves_the_rejection_as_it_was(pipe):
    got = summary(code(pipe, "Armenia's defence ministry rejected the accusations as false."))
    assert not any(t == "AZE" for _s, t, _c, _m in got), got


# ---- smaller vocabulary fixes
def test_a_state_protesting_to_another_complains_officially(pipe):
    got = summary(code(pipe, "Seoul protested to Tokyo on Friday over the textbook revisions."))
    assert any(s == "KOR" and t == "JPN" and c == "114" for s, t, c, _m in got), got


def test_defending_ones_own_sovereignty_is_no_verbal_defence(pipe):
    assert not code(pipe, "Manila will continue to defend its sovereignty, the spokesman said.")
    got = codes(summary(code(pipe, "Germany defended the decision to send air-defence systems to Kyiv.")))
    assert "052" in got, got


# ---- group phrases, relative clauses and mediation (actors/groups.py, arguments._antecedent)
_CIVIL_WAR = ("Ethiopia's army shelled positions held by the Tigray People's Liberation Front on Monday, and the "
              "rebels said they had shot down a helicopter. ")


def test_both_parties_are_not_the_clause_s_own_subjects(pipe):
    text = (_CIVIL_WAR + "Kenya and South Africa called on both parties to respect the truce.")
    got = summary(code(pipe, text))
    appeals = {(s, t) for s, t, c, _m in got if c.startswith("02")}
    assert appeals and not any(t in ("KEN", "ZAF") for _s, t in appeals), got
    assert any(t == "ETH" for _s, t in appeals), got


def test_the_two_sides_of_a_civil_war_share_a_country(pipe):
    art = pipe(Article.create(_CIVIL_WAR + "Negotiations between the two sides will resume in Nairobi.",
                              published="2024-05-06"))
    groups = [a for a in art.actors if a.members]
    assert groups and len(groups[0].members) == 2 and all(m.startswith("ETH") for m in groups[0].members), \
        art.actors
    assert len(set(groups[0].members)) == 2, groups[0].members


def test_a_relative_clause_after_coordinated_mediators(pipe):
    text = (_CIVIL_WAR + "Kenya and South Africa, which have mediated talks between the two sides, urged "
            "restraint.")
    mediations = [(s, t) for s, t, c, _m in summary(code(pipe, text)) if c == "045"]
    assert {s for s, _t in mediations} == {"KEN", "ZAF"}, mediations
    assert all(t is None or t == "ETH" for _s, t in mediations), mediations


def test_the_venue_of_mediated_talks_is_no_party(pipe):
    got = summary(code(pipe, "Norway mediated talks between the two delegations in Doha on Sunday."))
    assert not any(c == "045" and t == "QAT" for _s, t, c, _m in got), got


def test_receiving_a_person_by_name_is_hosting(pipe):
    got = summary(code(pipe, "Brazil's president received Argentine President Javier Milei in Brasilia on "
                             "Monday."))
    assert any(s == "BRA" and t == "ARG" and c == "043" for s, t, c, _m in got), got
    assert not any(c == "043" for _s, _t, c, _m in summary(code(pipe, "The president received a letter from "
                                                                        "the Argentine leader on Monday.")))


def test_they_after_an_unnamed_group_is_that_group(pipe):
    # the rebels get their country from the story only after the pronoun is read: it is read again then
    got = summary(code(pipe, _CIVIL_WAR))
    assert any(s == "ETH" and c.startswith("19") for s, _t, c, _m in got), got
    art = pipe(Article.create(_CIVIL_WAR, published="2024-05-06"))
    they = [a for a in art.actors if a.text == "they"]
    assert they and they[0].sector == "REB", art.actors


# ---- answers to measures and attacks; a body adopting sanctions; Brussels for the EU
_SANCTIONS = ("The European Union on Monday adopted a new package of sanctions against Belarus, adding 40 officials "
              "to its blacklist. ")


def test_adopting_a_package_of_sanctions_is_imposing_them_once(pipe):
    got = summary(code(pipe, _SANCTIONS))
    sanctions = [(s, t) for s, t, c, _m in got if c == "163"]
    assert ("IGOEUR", "BLR") in sanctions, got
    assert len([1 for s, t, c, _m in got if c == "163"]) == 1, got  # the adding restates the package


def test_denouncing_the_measures_and_vowing_to_retaliate_answer_their_author(pipe):
    got = summary(code(pipe, _SANCTIONS + "Belarus's foreign ministry denounced the measures and vowed to "
                                          "retaliate."))
    assert any(s == "BLR" and t == "IGOEUR" and c.startswith("11") for s, t, c, _m in got), got
    assert any(s == "BLR" and t == "IGOEUR" and c.startswith("13") for s, t, c, _m in got), got


def test_criticising_sanctions_on_ones_own_firms_is_aimed_at_the_sanctioner(pipe):
    got = summary(code(pipe, _SANCTIONS + "China criticised the sanctions on two Chinese firms."))
    assert any(s == "CHN" and t == "IGOEUR" and c.startswith("11") for s, t, c, _m in got), got


def test_brussels_after_the_eu_is_the_eu(pipe):
    art = pipe(Article.create(_SANCTIONS + "Hungary dropped its objections after Brussels agreed to drop two "
                                           "names.", published="2024-05-06"))
    assert [a.code for a in art.actors if a.text == "Brussels"] == ["IGOEUREEC"], art.actors
    art = pipe(Article.create("Brussels agreed to fund a new tram line, the Belgian government said.",
                              published="2024-05-06"))
    assert [a.country for a in art.actors if a.text == "Brussels"] == ["BEL"], art.actors
    art = pipe(Article.create(_SANCTIONS + "Brussels police detained two protesters outside the summit.",
                              published="2024-05-06"))
    assert [a.code for a in art.actors if a.text.startswith("Brussels")] == ["BELCOP"], art.actors


def test_a_conjoined_verb_s_subject_is_no_party_either(pipe):
    text = ("Egypt and Qatar signed a gas agreement in Cairo on Monday. Turkey's foreign ministry stated that "
            "the pact was not aimed at anyone but urged both sides to consult their neighbours.")
    appeals = {t for s, t, c, _m in summary(code(pipe, text)) if s == "TUR" and c.startswith("02")}
    assert appeals == {"EGY", "QAT"}, appeals


def test_protests_that_only_date_another_event_are_background(pipe):
    events = _crowd(code(pipe, "At least 12 people have died in Lusaka since the protests began in March."))
    assert not events, events


def test_denying_an_accusation_answers_the_accuser(pipe):
    text = "Lithuania accused Belarus of pushing migrants across the border. Minsk denied the accusation."
    got = summary(code(pipe, text))
    assert any(s == "BLR" and t == "LTU" and c == "016" for s, t, c, _m in got), got


# ---- waters named after a country are no actor; drills around an island
def test_a_sea_named_after_a_country_is_not_that_country(pipe):
    events = code(pipe, "North Korea fired two cruise missiles toward the East China Sea on Sunday.")
    got = summary(events)
    assert any(s == "PRK" and c == "150" for s, _t, c, _m in got), got
    assert not any(t == "CHN" for _s, t, _c, _m in got), got
    art = pipe(Article.create("Chinese coast guard ships patrolled the South China Sea.", published="2024-05-06"))
    assert not any(a.text.endswith("Sea") for a in art.actors), art.actors


def test_drills_around_an_island_are_aimed_at_it(pipe):
    got = summary(code(pipe, "China staged large-scale military drills around Taiwan on Thursday."))
    assert any(s == "CHN" and t == "TWN" and c == "150" for s, t, c, _m in got), got


def test_tightening_controls_is_restriction_not_a_threat(pipe):
    got = summary(code(pipe, "Belarus tightened controls on foreign journalists on Tuesday."))
    assert any(s == "BLR" and c == "172" for s, _t, c, _m in got), got
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got


def test_a_pair_named_earlier_are_the_two_sides(pipe):
    text = ("The African Union envoy urged Ethiopia and Eritrea to pull back their troops from the border.\n\n"
            "The envoy called on the refugees to stay in the camps, his spokesman said.\n\n"
            "Kenya and Uganda were mediating talks between the two sides, officials said.")
    mediations = {(s, t) for s, t, c, _m in summary(code(pipe, text)) if c == "045"}
    assert {t for _s, t in mediations} == {"ETH", "ERI"}, mediations


def test_its_own_ambassador_is_no_target(pipe):
    got = summary(code(pipe, "Peru recalled its ambassador after Chile expelled two Peruvian diplomats."))
    assert ("PER", "PER", "161", ASSERTED) not in got, got
    got = summary(code(pipe, "Ukraine criticised Mexico over the vote and summoned its ambassador on Monday."))
    assert any(s == "UKR" and t == "MEX" and c == "114" for s, t, c, _m in got), got


def test_suspending_or_leaving_an_agreement_reduces_relations(pipe):
    got = summary(code(pipe, "Seoul suspended the military agreement with Pyongyang on Wednesday."))
    assert any(s == "KOR" and t == "PRK" and c == "160" for s, t, c, _m in got), got
    got = summary(code(pipe, "Moscow withdrew from the grain deal in July."))
    assert any(s == "RUS" and c == "161" for s, _t, c, _m in got), got


def test_resuming_surveillance_flights_is_no_cooperation(pipe):
    got = summary(code(pipe, "Seoul resumed surveillance flights along the border on Thursday."))
    assert not any(c.startswith(("03", "06")) for _s, _t, c, _m in got), got


def test_open_to_dialogue_is_a_readiness_to_talk(pipe):
    got = summary(code(pipe, "Washington remains open to talks with Tehran, the spokesman said."))
    assert any(s == "USA" and c == "036" for s, _t, c, _m in got), got


# ---- a truce deal reported by a mediator (parties.broker_roles, actors/owners.py, domestic.py)
_TRUCE = ("Armenia and Azerbaijan agreed on Friday to a ceasefire along the border, Turkey's foreign minister "
          "said, after weeks of talks mediated by Georgia and Kazakhstan. ")


def test_talks_mediated_after_a_reported_clause_are_between_its_subjects(pipe):
    mediations = {(s, t) for s, t, c, _m in summary(code(pipe, _TRUCE)) if c == "045"}
    assert {s for s, _t in mediations} == {"GEO", "KAZ"}, mediations
    assert {t for _s, t in mediations} == {"ARM", "AZE"}, mediations


def test_its_forces_after_a_plural_object_are_the_subject_s(pipe):
    art = pipe(Article.create("Under the deal, Azerbaijan will release hundreds of Armenian detainees and "
                              "withdraw its forces from two villages.", published="2024-05-06"))
    owned = [a for a in art.actors if a.resolved_by == "possessive"]
    assert [(a.text, a.country) for a in owned] == [("its forces", "AZE")], art.actors


def test_an_armed_group_freeing_hostages_does_not_aim_at_its_own_government(pipe):
    got = summary(code(pipe, "Houthi rebels in Yemen freed 12 hostages on Sunday."))
    assert not any(c.startswith("084") and t == "YEM" for _s, t, c, _m in got), got


def test_an_appeal_to_ones_own_citizens_keeps_them_as_target(pipe):
    got = summary(code(pipe, "Poland urged its citizens to leave Belarus immediately."))
    assert any(s == "POL" and t == "POL" and c.startswith("02") for s, t, c, _m in got), got


# ---- wire headlines and brokers named as modifiers
def test_a_headline_verb_after_a_country_tagged_as_adjective(pipe):
    got = summary(code(pipe, "Iran expels Afghan migrants as tensions rise"))
    assert any(s == "IRN" and c == "174" for s, _t, c, _m in got), got


def test_agreeing_a_sanctions_package_adopts_it(pipe):
    got = summary(code(pipe, "EU agrees new sanctions package against Belarus"))
    assert any(s == "IGOEUR" and t == "BLR" and c == "163" for s, t, c, _m in got), got


def test_a_broker_named_by_a_hyphenated_modifier_is_no_party(pipe):
    got = summary(code(pipe, "Bahrain and Qatar agreed to restore ties in a Kuwait-brokered deal."))
    assert not any(t == "KWT" for _s, t, _c, _m in got), got
    assert any(s == "BHR" and t == "QAT" for s, t, _c, _m in got), got


def test_a_hyphenated_pair_names_both_sides_of_a_reciprocal_event(pipe):
    got = summary(code(pipe, "Armenia-Azerbaijan border clashes left 10 soldiers dead on Tuesday."))
    assert ("ARM", "AZE", "190", ASSERTED) in got and ("AZE", "ARM", "190", ASSERTED) in got, got
    got = summary(code(pipe, "The India-Pakistan talks resumed in Geneva on Monday."))
    assert ("IND", "PAK", "046", ASSERTED) in got and ("PAK", "IND", "046", ASSERTED) in got, got


def test_restrictions_on_another_states_people_are_sanctions(pipe):
    got = summary(code(pipe, "Britain imposed visa restrictions on Iranian officials on Monday."))
    assert any(s == "GBR" and t == "IRN" and c == "163" for s, t, c, _m in got), got
    got = summary(code(pipe, "Kenya's government imposed restrictions on opposition rallies in Nairobi."))
    assert any(s == "KEN" and c == "172" for s, _t, c, _m in got), got


def test_a_headline_object_read_as_a_noun_adverbial(pipe):
    got = summary(code(pipe, "Mali junta expels Swedish ambassador"))
    assert any(s == "MLI" and t == "SWE" and c == "161" for s, t, c, _m in got), got


def test_welcoming_warrants_is_aimed_at_the_court_that_issued_them(pipe):
    text = ("The International Criminal Court issued an arrest warrant on Friday for Sudan's former interior "
            "minister. Chad welcomed the warrant.")
    got = summary(code(pipe, text))
    assert any(s == "TCD" and t == "IGOJUD" and c.startswith("05") for s, t, c, _m in got), got


def test_a_body_backing_its_own_inquiry_is_no_mediator(pipe):
    got = summary(code(pipe, "The UN-backed investigations into the killings began in Manila in March."))
    assert not any(c == "045" for _s, _t, c, _m in got), got


def test_they_after_an_object_group_is_not_that_group(pipe):
    text = ("Police in Khartoum said rebels had attacked the town. Most residents said they opposed the "
            "killing of soldiers, and 10 percent said they backed attacks on police officers.")
    art = pipe(Article.create(text, published="2024-05-06"))
    they = [a for a in art.actors if a.text == "they"]
    assert not any(a.sector in ("COP", "MIL") for a in they), they


def test_comma_joined_headline_subjects_are_both_sources(pipe):
    got = summary(code(pipe, "Vietnam, Philippines sign coast guard pact amid sea tensions"))
    assert ("VNM", "PHL", "057", ASSERTED) in got and ("PHL", "VNM", "057", ASSERTED) in got, got
    got = summary(code(pipe, "South Korea, Japan agree to resume security talks"))
    assert any(s == "KOR" and t == "JPN" for s, t, _c, _m in got), got
