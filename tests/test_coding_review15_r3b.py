"""Review 15 (r3b): background relative clauses, vows and warnings, and other gaps found on new wire
articles; every sentence here is new and wire-style."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture


def _triggers(events):
    return {(e.trigger.text, e.cameo) for e in events}


def test_a_relative_clause_describing_the_subject_is_no_event(pipe):
    # "which has invested" / "which sells": what a party has done or does, told in passing
    events = code(pipe, "Japan, which has invested in new ports in both countries, offered to mediate between "
                        "Kenya and Somalia.")
    assert not any(e.trigger.text == "invested" for e in events), _triggers(events)
    assert ("JPN", "KEN", "039", "asserted") in summary(events), _triggers(events)
    events = code(pipe, "Turkey, which sells drones to Ukraine, condemned the strike on the port.")
    assert not any(e.trigger.text == "sells" for e in events), _triggers(events)


def test_a_relative_clause_with_a_past_act_or_a_date_is_still_an_event(pipe):
    # control: a past tense or a date of its own makes the clause a report of an act
    events = code(pipe, "The Congolese army, which shelled rebel positions near Goma on Sunday, said it had repelled "
                        "an attack.")
    assert any(e.trigger.text == "shelled" for e in events), _triggers(events)
    events = code(pipe, "Hezbollah, which has fired rockets at Israel since Tuesday, said it would not stop.")
    assert any(e.trigger.text == "fired" for e in events), _triggers(events)


def test_a_vow_that_the_group_itself_will_hit_back_is_a_threat(pipe):
    # "the group" is Hamas itself: the vow is Hamas's threat, not a hypothetical attack
    got = summary(code(pipe, "Hamas vowed that the group would retaliate against Israel for the raid."))
    assert any(s == "PSE" and t == "ISR" and c.startswith("138") for s, t, c, _m in got), got
    assert not any(c == "190" for _s, _t, c, _m in got), got


def test_a_vow_about_another_party_is_no_threat_of_the_vower(pipe):
    # control: another party's act is no intent of the one who vows
    got = summary(code(pipe, "Iran vowed that Hezbollah would attack Israel."))
    assert not any(s == "IRN" and c.startswith("13") for s, _t, c, _m in got), got


def test_a_warning_of_what_the_warner_will_not_hesitate_to_do_is_a_threat(pipe):
    got = summary(code(pipe, "The Iranian president warned that he would not hesitate to order new missile "
                             "strikes against Israel."))
    assert any(s == "IRN" and c.startswith("13") and m == "asserted" for s, _t, c, m in got), got
    assert not any(m == "negated" for _s, _t, _c, m in got), got
    assert not any(c.startswith("10") for _s, _t, c, _m in got), got
    # "would not hesitate to strike" under a plain "said" is a future strike, not a negated one
    got = summary(code(pipe, "Moscow said it would not hesitate to strike Ukrainian ports."))
    assert any(c.startswith("138") and m != "negated" for _s, _t, c, m in got), got


def test_the_act_a_strike_answers_is_no_accusation_by_the_speaker(pipe):
    got = summary(code(pipe, "Netanyahu said the raids on Beirut were a measured response to Hezbollah rocket "
                             "attacks on northern Israel."))
    assert not any(c == "112" for _s, _t, c, _m in got), got
    # control: a statement that opens with the other side's act still blames it
    got = summary(code(pipe, "Lebanon said Israeli warplanes bombed two villages near Tyre."))
    assert ("LBN", "ISR", "112", "asserted") in got, got


def test_the_place_an_attack_hit_is_never_its_doer(pipe):
    events = code(pipe, "Myanmar's army has stepped up attacks in the north. An air strike on a village in Shan "
                        "state killed at least 12 people, residents said.")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert all(e.source is None or "village" not in e.source.text for e in killed), killed
    # control: a "by" agent or a nationality modifier still names who struck
    got = summary(code(pipe, "A rocket attack by Hezbollah on Haifa wounded three Israelis."))
    assert any(s == "LBN" and t == "ISR" for s, t, _c, _m in got), got
    got = summary(code(pipe, "An Israeli air strike on Rafah killed 20 Palestinians."))
    assert any(s == "ISR" and t == "PSE" and c == "195" for s, t, c, _m in got), got


def test_a_gapped_second_meeting_is_coded(pipe):
    # the parser joins "Netanyahu" to the first clause's "Monday"; the second meeting is the minister's too
    got = summary(code(pipe, "The German foreign minister met Egyptian President Sisi in Cairo "
                             "on Monday and Israeli Prime Minister Netanyahu in Jerusalem on Tuesday."))
    assert ("DEU", "EGY", "040", "asserted") in got and ("DEU", "ISR", "040", "asserted") in got, got
    got = summary(code(pipe, "The French foreign minister visited Kenya on Monday and Ethiopia on Wednesday."))
    assert ("FRA", "ETH", "042", "asserted") in got, got


def test_two_dates_are_no_gapped_object(pipe):
    # control: "on Monday and Tuesday" is one act on two days
    got = summary(code(pipe, "Israeli jets struck targets in southern Lebanon on Monday and Tuesday."))
    assert {t for _s, t, _c, _m in got} <= {"LBN", None}, got


def test_ending_a_round_of_talks_is_having_held_them(pipe):
    got = summary(code(pipe, "Kenya and Tanzania ended a third round of direct talks in Arusha on Monday "
                             "without an agreement."))
    assert ("KEN", "TZA", "046", "asserted") in got and ("TZA", "KEN", "046", "asserted") in got, got
    # "a round of" hides the measure as it hides talks
    got = summary(code(pipe, "The EU imposed a fresh round of sanctions on Iran."))
    assert any(c.startswith("163") and t == "IRN" for _s, t, c, _m in got), got


def test_moving_troops_toward_a_border_is_a_show_of_force(pipe):
    got = summary(code(pipe, "Venezuela moved troops toward its eastern border with Guyana."))
    assert any(s == "VEN" and c == "154" for s, _t, c, _m in got), got
    # control: moving a meeting is no force posture
    assert not any(c.startswith("15") for _s, _t, c, _m in summary(code(
        pipe, "Kenya moved the meeting with Tanzania to Friday.")))


def test_a_warning_hung_as_a_second_clause_of_said_is_the_speaker_s(pipe):
    # "warned" hangs on "said" with no subject of its own, after the reported clause
    got = summary(code(pipe, "The Thai prime minister said the border talks had been useful and warned that he "
                             "would not hesitate to close the crossings."))
    assert any(s == "THA" and c.startswith("13") for s, _t, c, _m in got), got


def test_the_sides_agreeing_to_meet_again_is_an_intent_to_meet(pipe):
    got = summary(code(pipe, "Kenya and Tanzania held talks in Arusha on Monday. A Ugandan mediator said the "
                             "sides had made progress and had agreed to meet again next month."))
    assert ("KEN", "TZA", "036", "asserted") in got and ("TZA", "KEN", "036", "asserted") in got, got


def test_a_pronoun_object_of_a_second_verb_is_the_first_verb_s_object(pipe):
    # "rammed it": "it" is the boat, which the ramming entry asks for
    events = code(pipe, "Chinese coast guard ships chased a Vietnamese fishing boat and rammed it near the "
                        "Paracels.")
    assert any(e.trigger.text == "rammed" and e.cameo == "171" and e.source is not None
               and e.source.country == "CHN" for e in events), _triggers(events)
    # control: an object the entry does not ask for stays uncoded
    events = code(pipe, "Chinese coast guard ships chased a Vietnamese reporter and rammed it near the Paracels.")
    assert not any(e.trigger.text == "rammed" for e in events), _triggers(events)
