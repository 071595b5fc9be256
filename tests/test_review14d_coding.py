"""Review 14d: coding errors found on ten new wire articles (people and livestock seized, acts done
"without" something, recordings and commodities released, search operations, "each other", years that
name a treaty, "the two leaders" of the clause before)."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - `pipe` is a fixture


def test_people_seized_by_gunmen_are_abducted(pipe):
    events = code(pipe, "NIAMEY, July 3 (Wire) - Two Canadian engineers were seized by armed men near "
                        "the Malian border on Tuesday, the Nigerien army said.")
    got = [(e.cameo, e.source.text, e.target.country if e.target else None) for e in events]
    assert ("181", "armed men", "CAN") in got, got


def test_aid_workers_seized_by_gunmen_are_abducted(pipe):
    events = code(pipe, "The aid workers were seized near the town of Gao by gunmen on motorcycles.")
    assert [(e.cameo, e.source.text) for e in events] == [("181", "gunmen")], events


def test_cattle_seized_by_soldiers_are_property_seized(pipe):
    events = code(pipe, "About 200 camels were seized by Sudanese soldiers "
                        "near the border late on Friday, a district officer said.")
    got = {(e.cameo, e.source.code) for e in events}
    assert ("171", "SDNMIL") in got, got


def test_a_ship_seized_is_still_property(pipe):
    got = summary(code(pipe, "TEHRAN, July 3 (Wire) - Iranian forces seized a Greek tanker in the Gulf "
                             "of Oman on Friday."))
    assert "171" in codes(got), got


def test_an_act_done_without_warning_has_no_warning(pipe):
    got = summary(code(pipe, "NAIROBI, August 22 (Wire) - The governor said Somali soldiers opened fire "
                             "on Kenyan villagers without warning on Sunday."))
    assert "190" in codes(got) and "130" not in codes(got), got


def test_a_warning_issued_is_still_a_warning(pipe):
    got = summary(code(pipe, "NAIROBI, August 22 (Wire) - Kenya warned Somalia on Sunday against any "
                             "incursion across the border."))
    assert any(c.startswith("13") for c in codes(got)), got


def test_a_video_released_frees_no_one(pipe):
    got = summary(code(pipe, "LAGOS, July 3 (Wire) - Islamist militants released a video on Friday "
                             "showing five abducted schoolgirls, the Nigerian army said."))
    assert not any(c.startswith("084") for c in codes(got)), got


def test_oil_released_from_a_reserve_frees_no_one(pipe):
    got = summary(code(pipe, "WASHINGTON, July 3 (Wire) - The U.S. government will release 15 million "
                             "barrels of crude from its strategic reserve next month, an official said."))
    assert not any(c.startswith(("084", "0353")) for c in codes(got)), got


def test_hostages_released_are_still_released(pipe):
    got = summary(code(pipe, "LAGOS, July 3 (Wire) - Boko Haram militants released three Nigerian "
                             "hostages on Saturday, the army said."))
    assert any(c.startswith("084") for c in codes(got)), got


def test_a_rescue_operation_is_no_use_of_force(pipe):
    got = summary(code(pipe, "LAGOS, July 3 (Wire) - Nigerian troops launched a rescue operation in "
                             "Zamfara state on Friday, the army said."))
    assert "190" not in codes(got), got


def test_a_military_operation_against_militants_is_still_force(pipe):
    got = summary(code(pipe, "LAGOS, July 3 (Wire) - Nigerian troops launched an operation against "
                             "Boko Haram fighters near Maiduguri on Friday."))
    assert "190" in codes(got), got


def test_sides_accusing_each_other_are_each_others_target(pipe):
    got = summary(code(pipe, "TBILISI, May 3 (Wire) - Georgia and Russia accused each other on Friday "
                             "of violating the truce."))
    assert {("GEO", "RUS", "112", "asserted"), ("RUS", "GEO", "112", "asserted")} <= got, got


def test_armies_firing_at_one_another(pipe):
    got = summary(code(pipe, "ISLAMABAD, May 3 (Wire) - India and Pakistan fired at one another across "
                             "the border overnight."))
    assert {("IND", "PAK"), ("PAK", "IND")} <= {(s, t) for s, t, c, _m in got if c.startswith("19")}, got


def test_a_year_naming_a_treaty_is_not_the_events_date(pipe):
    events = code(pipe, "Japan reaffirmed its commitment to the Philippines under "
                        "a 1960 security pact.", published="2024-06-09")
    assert events and all(e.date == "2024-06-09" for e in events), [(e.cameo, e.date) for e in events]


def test_a_year_that_dates_the_act_still_does(pipe):
    events = code(pipe, "MANILA, June 9 (Wire) - Japan signed a defence pact with the Philippines in "
                        "2021.", published="2024-06-09")
    assert events and all(e.date == "2021" for e in events), [(e.cameo, e.date) for e in events]


def test_the_two_leaders_are_the_pair_of_their_own_sentence(pipe):
    events = code(pipe, "LONDON, March 3 (Wire) - Macron of France and Chancellor "
                        "Olaf Scholz attended the summit. Macron spoke with Scholz earlier. British Prime "
                        "Minister Keir Starmer later held talks with Indian Prime Minister Narendra Modi, "
                        "and the two leaders then agreed to expand trade.")
    agreed = {(e.source.country, e.target.country if e.target else None) for e in events
              if e.trigger.text == "agreed"}
    assert agreed == {("GBR", "IND"), ("IND", "GBR")}, agreed


def test_a_government_concerned_by_violence_makes_a_pessimistic_comment(pipe):
    events = code(pipe, "France said it was gravely worried by reports of violence against protesters "
                        "in Georgia.")
    assert [(e.cameo, e.source.country) for e in events] == [("012", "FRA")], events


def test_a_minister_alarmed_by_fighting_is_the_source_not_the_target(pipe):
    events = code(pipe, "The State Department said Secretary of State Marco Rubio was disappointed by "
                        "the decision.")
    assert [(e.cameo, e.source.code, e.target) for e in events] == [("012", "USAGOV", None)], events


def test_the_areas_concerned_make_no_comment(pipe):
    events = code(pipe, "The areas concerned were shelled by Russian forces overnight.")
    assert "012" not in {e.cameo for e in events}, events


def test_a_court_ordering_a_journalist_detained_detains_him(pipe):
    events = code(pipe, "A court in Minsk ordered the Polish journalist detained for two months.")
    assert [(e.cameo, e.source.code, e.target.country) for e in events] == [("173", "BLRJUD", "POL")], events


def test_ordering_an_army_to_detain_still_demands_it(pipe):
    events = code(pipe, "Malian President Assimi Goita ordered the army to detain the rebel leaders.")
    assert "173" not in {e.cameo for e in events if e.trigger.text == "ordered"}, events


def test_police_holding_an_activist_in_custody_detain_him(pipe):
    events = code(pipe, "Belarusian police held the opposition activist in custody overnight.")
    assert {e.cameo for e in events} == {"173"}, events
