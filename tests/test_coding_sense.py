"""Which sense of a trigger a sentence uses, and whom it concerns: measures that "target", warnings that
describe, what an appeal asks, co-mediators, victims of force (coding/sense.py, victims.py, coder.py)."""

from __future__ import annotations

from dateline.model import ASSERTED

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def test_a_measure_targeting_something_is_no_attack(pipe):
    got = summary(code(pipe, "The European Union imposed new sanctions on Belarus, targeting its potash exports."))
    assert any(t == "BLR" and c == "163" and m == ASSERTED for _s, t, c, m in got), got  # the sanction stays
    assert not [c for c in codes(got) if c.startswith(("18", "19", "20"))], got
    got = summary(code(pipe, "Washington said the new tariffs target Chinese steel makers."))
    assert not [c for c in codes(got) if c.startswith(("18", "19", "20"))], got


def test_force_that_targets_something_is_still_an_attack(pipe):
    got = summary(code(pipe, "Russian drones targeted Ukrainian energy facilities overnight."))
    assert ("RUS", "UKR", "195", ASSERTED) in got, got  # drones: an aerial attack (sense.aerial_code)


def test_a_warning_about_how_things_are_is_a_pessimistic_comment(pipe):
    got = summary(code(pipe, "The UN envoy warned that the humanitarian situation in Sudan had become catastrophic."))
    assert "012" in codes(got) and "130" not in codes(got), got
    got = summary(code(pipe, "Chad's foreign minister warned that food shortages are spreading across the region."))
    assert "130" not in codes(got), got


def test_a_warning_of_what_will_happen_stays_a_threat(pipe):
    got = summary(code(pipe, "Iran warned that it would retaliate against any Israeli strike."))
    assert any(s == "IRN" and c.startswith("13") for s, _t, c, _m in got), got
    got = summary(code(pipe, "Jordan warned Israel that annexation would end the peace treaty."))
    assert any(s == "JOR" and t == "ISR" and c.startswith("13") for s, t, c, _m in got), got


def test_co_mediators_do_not_mediate_between_each_other(pipe):
    got = summary(code(pipe, "Kenya and Ethiopia were mediating talks between the two sides, officials said."))
    assert not any(s == "KEN" and t == "ETH" for s, t, _c, _m in got), got
    got = summary(code(pipe, "Kenya and Ethiopia mediated talks between Sudan and South Sudan."))
    assert any(s == "KEN" and t in ("SDN", "SSD") and c == "045" for s, t, c, _m in got), got


def test_what_an_appeal_asks_is_not_the_appealer_s_own_act(pipe):
    got = summary(code(pipe, "The Arab League called on Yemen's warring parties to protect civilians and allow "
                             "aid convoys into Hodeidah."))
    assert any((s or "").startswith("IGO") and c.startswith("02") for s, _t, c, _m in got), got
    assert not any(c.startswith("08") for s, _t, c, _m in got), got  # "allow" is asked, not done


def test_victims_with_no_country_of_their_own_are_the_people_of_the_place_struck(pipe):
    got = summary(code(pipe, "Russian shelling killed nine civilians in Kharkiv, Ukrainian officials said."))
    assert ("RUS", "UKR", "190", ASSERTED) in got, got
    assert not any(t == "RUS" for _s, t, _c, _m in got), got
    # a government's forces killing civilians in its own country keep the country the context gives
    got = summary(code(pipe, "Syrian government forces killed 20 civilians in Idlib, activists said."))
    assert ("SYR", "SYR", "190", ASSERTED) in got, got


def test_what_a_blocked_text_says_is_no_one_s_act(pipe):
    got = summary(code(pipe, "Russia vetoed a UN resolution condemning the annexation of Crimea."))
    assert not any(s == "RUS" and c.startswith("11") for s, _t, c, _m in got), got
    got = summary(code(pipe, "Poland blocked a joint statement criticising Belarus."))
    assert not any(c.startswith("11") for _s, _t, c, _m in got), got
    # a text that was passed or issued says what its issuer says
    got = summary(code(pipe, "The G7 issued a statement criticising China."))
    assert any(t == "CHN" and c.startswith("11") for _s, t, c, _m in got), got


def test_a_source_s_own_capital_as_the_venue_is_no_party(pipe):
    got = summary(code(pipe, "Qatar hosted talks between Israeli and Palestinian negotiators in Doha."))
    assert not any(s == "QAT" and t == "QAT" for s, t, _c, _m in got), got
    assert any(s == "QAT" and t == "ISR" for s, t, _c, _m in got), got
    # the capital as the government attacked or protested against is still the target
    got = summary(code(pipe, "Chechen rebels attacked Moscow."))
    assert any(t == "RUS" and c.startswith("19") for _s, t, c, _m in got), got


def test_an_appeal_for_someone_s_release_concerns_that_person(pipe):
    got = summary(code(pipe, "The EU called for the release of Russian opposition leader Alexei Navalny.",
                       published="2021-03-01"))
    assert any(s.startswith("IGO") and t == "RUS" and c.startswith("02") for s, t, c, _m in got), got


def test_an_appeal_to_unnamed_parties_is_not_aimed_at_whom_it_asks_them_to_protect(pipe):
    evs = code(pipe, "UN Secretary-General Antonio Guterres called on all parties to protect civilians and allow "
                     "aid into Gaza.")
    assert evs and not any(e.target is not None and e.target.sector == "CVL" for e in evs), evs
    got = summary(code(pipe, "The Arab League urged Yemen's warring parties to protect civilians."))
    assert any(t == "YEM" for _s, t, _c, _m in got), got


def test_who_brokered_a_deal_is_no_party_to_it(pipe):
    got = summary(code(pipe, "Sudan's army agreed to a ceasefire mediated by Saudi Arabia and the United States."))
    assert not any(t in ("SAU", "USA") for _s, t, _c, _m in got), got
    got = summary(code(pipe, "Israel agreed to a ceasefire with Hamas brokered by Egypt."))
    assert any(s == "ISR" and t == "PSE" for s, t, _c, _m in got) and not any(t == "EGY" for _s, t, _c, _m in got), got


def test_drills_held_together_are_cooperation_and_a_leading_according_to_keeps_the_subject(pipe):
    got = summary(code(pipe, "According to state media, China, Iran and Russia held naval drills in the Gulf of Oman."))
    assert ("CHN", "RUS", "062", ASSERTED) in got and not any(t == "OMN" for _s, t, _c, _m in got), got
    got = summary(code(pipe, "According to Chinese state media, Beijing and Moscow signed 12 cooperation agreements."))
    assert ("CHN", "RUS", "057", ASSERTED) in got, got


def test_what_is_discussed_is_no_party_to_the_talks(pipe):
    got = summary(code(pipe, "Putin and Xi discussed Ukraine by phone.", published="2024-05-06"))
    assert ("RUS", "CHN", "041", ASSERTED) in got and not any(t == "UKR" for _s, t, _c, _m in got), got
    got = summary(code(pipe, "The US secretary of state discussed the war in Gaza with Egypt.", published="2024-05-06"))
    assert any(t == "EGY" for _s, t, _c, _m in got) and not any(t == "PSE" for _s, t, _c, _m in got), got
