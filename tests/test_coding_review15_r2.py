"""Review 15 (r2): a speaker's own appeal conjoined to a reported clause, reactions "drawn from" others, a
state's protest as an official complaint, and a sentence opening with "It" after an organisation spoke."""

from __future__ import annotations

from coding_helpers import code, codes, summary  # noqa: F401
from coding_helpers import pipe  # noqa: F401 - a fixture


def test_appeal_conjoined_to_a_modal_reported_clause_is_the_speakers(pipe):
    got = summary(code(pipe, "ANKARA, May 2 (Wire) - Turkish Foreign Minister Hakan Fidan said Greece must "
                             "halt the patrols near the islets and urged Athens to return to talks."))
    assert ("TUR", "GRC", "020", "asserted") in got or any(
        s == "TUR" and t == "GRC" and c.startswith("02") for s, t, c, _m in got), got


def test_appeal_conjoined_to_a_copular_reported_clause_is_the_speakers(pipe):
    got = summary(code(pipe, "ANKARA, May 2 (Wire) - Turkish Foreign Minister Hakan Fidan said the "
                             "incident was regrettable and called on Athens to show restraint."))
    assert any(s == "TUR" and t == "GRC" and c.startswith("02") for s, t, c, _m in got), got


def test_appeal_conjoined_inside_a_relative_clause_is_the_speakers(pipe):
    got = summary(code(pipe, "ANKARA, May 2 (Wire) - Turkish Foreign Minister Hakan Fidan said the trawlers "
                             "had been working in a zone where the two states' claims overlap and called "
                             "on Athens to free the sailors."))
    assert any(s == "TUR" and t == "GRC" and c.startswith("02") for s, t, c, _m in got), got


def test_a_reported_simple_past_conjunct_stays_with_the_reported_subject(pipe):
    # "police had raided ... and arrested": the police arrested, not the speaker (no voice act)
    events = code(pipe, "ANKARA, May 2 (Wire) - The party said Turkish police had raided its offices and "
                        "arrested two of its officials.")
    assert not any(e.cameo.startswith("02") for e in events), events


def test_condemnation_drawn_from_others_targets_the_reported_actor(pipe):
    got = summary(code(pipe, "TEHRAN, May 2 (Wire) - Iran launched a satellite rocket on Sunday, state "
                             "media said, drawing condemnation from France, Germany and Britain."))
    for critic in ("FRA", "DEU", "GBR"):
        assert (critic, "IRN", "111", "asserted") in got, got


def test_criticism_drawn_by_a_subject_is_aimed_at_it(pipe):
    got = summary(code(pipe, "BERLIN, May 2 (Wire) - Hungary drew sharp criticism from Germany on Tuesday "
                             "over its veto of the aid package."))
    assert ("DEU", "HUN", "111", "asserted") in got, got


def test_a_governments_protest_is_an_official_complaint(pipe):
    got = summary(code(pipe, "MANILA, May 2 (Wire) - The Philippine foreign ministry protested the "
                             "detention of its fishermen by Chinese coast guard ships."))
    assert "114" in codes(got) and "140" not in codes(got), got


def test_a_crowds_protest_stays_a_demonstration(pipe):
    got = summary(code(pipe, "MANILA, May 2 (Wire) - Filipino fishermen staged a protest against China's "
                             "coast guard."))
    assert any(c.startswith("14") for c in codes(got)) and "114" not in codes(got), got


def test_it_opening_a_sentence_continues_the_previous_organisation(pipe):
    got = summary(code(pipe, "KHARTOUM, May 2 (Wire) - The Sudanese army said the paramilitary RSF had "
                             "attacked a market in Omdurman. It accused the RSF of looting aid warehouses."))
    assert ("SDN", "SDN", "112", "asserted") in got, got


def test_it_with_a_copula_is_no_actor(pipe):
    events = code(pipe, "SEOUL, May 2 (Wire) - The South Korean military said the North fired a missile. "
                        "It was the third launch this month.")
    assert not any(e.source is not None and e.source.text == "It" for e in events), events


def test_a_party_named_by_its_relation_is_the_apposition(pipe):
    got = summary(code(pipe, "MINSK, May 2 (Wire) - Russia's ally Belarus condemned the new sanctions "
                             "imposed by Poland."))
    assert any(s == "BLR" and c == "111" for s, _t, c, _m in got), got
    assert not any(s == "RUS" and c == "111" for s, _t, c, _m in got), got


def test_conjoined_givers_give_to_no_one_among_themselves(pipe):
    got = summary(code(pipe, "ACCRA, May 2 (Wire) - Germany and France also gave financing assurances "
                             "earlier this month."))
    assert ("DEU", "FRA", "030", "asserted") not in got and ("FRA", "DEU", "030", "asserted") not in got, got


def test_conjoined_partners_still_cooperate_with_each_other(pipe):
    got = summary(code(pipe, "ACCRA, May 2 (Wire) - Germany and France pledged to strengthen their "
                             "partnership."))
    assert any(s == "DEU" and t == "FRA" for s, t, _c, _m in got), got


def test_a_bailout_approved_for_a_country_is_economic_aid(pipe):
    got = summary(code(pipe, "ACCRA, May 2 (Wire) - The International Monetary Fund approved a $3 billion "
                             "bailout for Ghana on Wednesday."))
    assert any(t == "GHA" and c == "071" for _s, t, c, _m in got), got


def test_condemning_the_exercises_answers_the_joint_drills(pipe):
    # joint drills are coded 062; the answer must find them, not a later show of force by a third party
    events = code(pipe, "TOKYO, Sept. 3 (Wire) - Russian and Chinese warships began joint naval exercises "
                        "near Hokkaido on Monday. Japan's defence ministry said it had scrambled jets after "
                        "Chinese bombers approached. The United States condemned the exercises.")
    hit = [e for e in events if e.cameo == "111" and e.source is not None and e.source.country == "USA"]
    assert hit and hit[0].target is not None and hit[0].target.country in ("RUS", "CHN"), events


def test_a_toll_with_no_named_author_is_no_accusation(pipe):
    got = summary(code(pipe, "SRINAGAR, Oct. 21 (Wire) - Police in Poonch said two farmers were killed when "
                             "a shell landed on their field in the village of Shahpur."))
    assert "112" not in codes(got), got


def test_a_named_attacker_is_still_accused(pipe):
    got = summary(code(pipe, "SRINAGAR, Oct. 21 (Wire) - The Indian Army said Pakistani troops shelled a "
                             "village in Kupwara."))
    assert ("IND", "PAK", "112", "asserted") in got, got
