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
