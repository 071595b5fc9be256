"""Actors, round 14: business sector nouns of shipping and trade. Synthetic sentences, real pipeline."""

from __future__ import annotations

from dateline.api_lib import extract


def test_shipowners_are_business_and_the_appeal_is_to_them():
    art = extract("Greece urged its shipowners to avoid Iranian waters, the shipping ministry said.",
                  published="2024-05-02")
    owners = next(a for a in art.actors if "shipowners" in a.text)
    assert owners.code == "GRCBUS", owners
    urged = [(e.target.code if e.target else None) for e in art.events if e.trigger.text == "urged"]
    assert urged == ["GRCBUS"], urged


def test_importers_and_manufacturers_are_business():
    art = extract("Kenyan importers and Indian manufacturers protested the new tariffs in Nairobi.",
                  published="2024-05-02")
    codes = {a.text: a.code for a in art.actors}
    assert codes.get("Kenyan importers") == "KENBUS" and codes.get("Indian manufacturers") == "INDBUS", codes


def test_a_known_name_out_of_office_under_a_sector_title_keeps_its_country():
    # Riek Machar held no office in September 2018 and the sources list him twice: the title gives the
    # sector, his latest office the country
    art = extract("South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace agreement "
                  "on Wednesday.", published="2018-09-12")
    machar = next(a for a in art.actors if "Machar" in a.text)
    assert machar.code == "SSDREB", machar
    pairs = {(e.source.code, e.target.code if e.target else None) for e in art.events if e.cameo == "057"}
    assert ("SSDGOV", "SSDREB") in pairs and ("SSDREB", "SSDGOV") in pairs, pairs


def test_a_persons_forces_and_government_are_named_by_the_owner():
    art = extract("South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace agreement on "
                  "Wednesday.\nMachar's forces accused the army of attacking their positions.\nKiir's government "
                  "denied it.", published="2018-09-12")
    codes = {a.text: a.code for a in art.actors}
    assert codes.get("Machar's forces") == "SSDREB", codes
    assert codes.get("Kiir's government") == "SSDGOV", codes


def test_a_family_name_written_first_refers_back_to_its_person():
    art = extract("BEIJING, May 2 (Wire) - China's foreign ministry spokesman Lin Wenhao said on Thursday that the "
                  "patrols were lawful.\n\"The Philippines must stop its provocations,\" Lin told a briefing.",
                  published="2024-05-02")
    lin = [a for a in art.actors if a.text == "Lin"]
    assert lin and lin[0].code == "CHNGOV", [(a.text, a.code) for a in art.actors]
    assert art.quotes and art.quotes[0].speaker is not None and art.quotes[0].speaker.code == "CHNGOV", art.quotes
