"""Round-2 resolver rules: calendar words, lower-case words, hyphenated names, non-state groups, organs of a
named country, organisation-internal nouns, Congo, misspelt countries, regnal names, ties in context and
counted peoples.

Synthetic wire-style sentences, the real spaCy model and the shipped dictionary.
"""

from __future__ import annotations

from dateline.actors import resolve_text
from dateline.actors.data import _one_slip, load_dictionary


def by_text(actors, text):
    hits = [a for a in actors if a.text == text]
    assert hits, f"no actor with text {text!r} in {[a.text for a in actors]}"
    return hits[0]


def test_weekdays_and_months_are_never_actors():
    actors = resolve_text("The envoys will meet again on Friday, aides said in March.", date="2026-01-10")
    assert not [a for a in actors if a.text in ("Friday", "March")]


def test_lower_case_word_is_not_a_country():
    actors = resolve_text("The Greek side of the island agreed to talks.", date="2001-01-01")
    assert by_text(actors, "Greek").country == "GRC"
    assert not any(a.country == "ISL" for a in actors)


def test_hyphenated_name_is_one_mention():
    actors = resolve_text("Gunmen loyal to al-Shabab stormed a hotel in Mogadishu.", date="2015-06-01")
    group = by_text(actors, "al-Shabab")
    assert group.country == "SOM" and group.sector == "REB"
    assert not [a for a in actors if a.text in ("al", "-", "Shabab")]


def test_non_state_groups_from_the_phoenix_dictionary():
    actors = resolve_text("UNITA fighters clashed with soldiers, and the Tamil Tigers issued a statement.",
                          date="1996-01-01")
    assert by_text(actors, "UNITA fighters").country == "AGO"
    tigers = [a for a in actors if "Tamil Tigers" in a.text]
    assert tigers and tigers[0].code.startswith("LKAREB")


def test_named_country_owns_the_organ_or_group():
    senate = by_text(resolve_text("Members of Chile's Senate voted on the bill.", date="2010-01-01"),
                     "Chile's Senate")
    assert (senate.country, senate.sector) == ("CHL", "LEG")
    us = by_text(resolve_text("Congress approved the aid package.", date="2010-01-01"), "Congress")
    assert us.code == "USALEG"
    jihad = by_text(resolve_text("Palestinian Islamic Jihad fired rockets.", date="2010-01-01"),
                    "Palestinian Islamic Jihad")
    assert jihad.code == "PSEREB"


def test_sector_noun_inside_an_organisation_name_adds_no_sector():
    ec = by_text(resolve_text("The European Community lifted the embargo.", date="1990-01-01"),
                 "European Community")
    assert ec.code == "IGOEUREEC" and ec.sector is None


def test_congo_reads_brazzaville_only_with_its_context():
    kin = by_text(resolve_text("Fighting spread to Congo from Rwanda.", date="2010-01-01"), "Congo")
    assert kin.country == "COD"
    text = "Troops loyal to the president retook Brazzaville, the capital of Congo."
    assert by_text(resolve_text(text, date="1997-10-01"), "Congo").country == "COG"


def test_misspelt_country_one_slip_from_one_name():
    actors = resolve_text("Refugees crossed into Ethopia after the clashes.", date="2000-01-01")
    eth = by_text(actors, "Ethopia")
    assert (eth.country, eth.resolved_by) == ("ETH", "spelling")
    assert _one_slip("ethopia", "ethiopia") and _one_slip("uagnda", "uganda")
    assert not _one_slip("austria", "australia") and not _one_slip("niger", "niger")
    d = load_dictionary()
    assert d.near_country("afganistan") == "AFG" and d.near_country("bartholomew") is None
    assert d.near_country("siberia") is None  # a region, not a slip for Liberia


def test_real_place_one_slip_from_a_demonym_is_no_misspelt_country():
    # "Fujian" is one letter from "Fijian": a province in the gazetteer is not a slip for Fiji's demonym
    actors = resolve_text("Patrol boats left Fujian on Monday as Fujian province braced for a typhoon.",
                          date="2015-08-01")
    assert all(a.country != "FJI" for a in actors), [(a.text, a.country) for a in actors]


def test_royal_title_finds_the_monarch_of_that_regnal_name():
    a = by_text(resolve_text("King Hassan received the envoy in Rabat.", date="1995-03-01"), "King Hassan")
    assert (a.country, a.sector, a.role) == ("MAR", "GOV", "head_of_state")


def test_context_tie_takes_the_country_named_just_before():
    text = ("Kenyan and Ugandan officials met in a border town. "
            "In Uganda, police dispersed the crowd.")
    police = by_text(resolve_text(text, date="2012-01-01"), "police")
    assert (police.country, police.sector, police.resolved_by) == ("UGA", "COP", "context")


def test_counted_people_are_civilians():
    a = by_text(resolve_text("Police detained more than 200 Ghanaians at the border.", date="2001-01-01"),
                "more than 200 Ghanaians")
    assert (a.code, a.sector) == ("GHACVL", "CVL")


def test_a_leader_spelt_without_the_hyphen_is_still_the_leader_and_no_un_body():
    # "Un" is the last part of a Korean name, not the United Nations (the acronym matches only in capitals)
    actors = resolve_text("Kim Jong Un visited a shipyard in Nampo.", date="2024-05-06")
    kim = by_text(actors, "Kim Jong Un")
    assert kim.country == "PRK" and kim.role == "supreme_leader"
    assert not any((a.country or "").startswith("IGOUNO") for a in actors)
    actors = resolve_text("The UN said aid would reach Gaza.", date="2024-05-06")
    assert by_text(actors, "UN").country == "IGOUNO"


def test_a_given_name_is_not_the_militant_group():
    actors = resolve_text("Isis Moreno, a lawyer in Lima, said ISIS fighters had attacked the town.", date="2024-05-06")
    assert by_text(actors, "ISIS fighters").code.startswith("IMGMUSISI")
    assert not any(a.text.startswith("Isis") and a.code for a in actors)


def test_force_as_a_mass_noun_is_no_armed_group():
    actors = resolve_text("Venezuela and Guyana pledged not to use force in their border dispute.", date="2024-05-06")
    assert not any(a.text == "force" and a.code for a in actors)


def test_a_sea_or_gulf_named_after_a_country_is_not_the_country():
    actors = resolve_text("China held naval drills in the Gulf of Oman.", date="2024-05-06")
    assert not any(a.country == "OMN" for a in actors)
    actors = resolve_text("Oman hosted the talks.", date="2024-05-06")
    assert any(a.country == "OMN" for a in actors)
