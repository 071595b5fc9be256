"""Group phrases, round 14: "both sides" / "the two countries" without a pair named as "X and Y" are the sides
named most often nearby (not a mediator or proposer named once), and never the speaker's own apposition.
Also: a domestic event's default target lies on the object the parse named.

Synthetic wire-style articles run through the real pipeline (`dateline.api_lib.extract`).
"""

from __future__ import annotations

from dateline.api_lib import extract

DATE = "2024-06-10"


def _targets(article, trigger):
    return {e.target.code for e in article.events if e.trigger.text == trigger and e.target is not None}


def test_both_sides_are_the_belligerents_not_the_proposer_nor_the_caller():
    art = extract(
        "KHARTOUM, June 10 (Wire) - Sudan's army shelled positions of the Rapid Support Forces in Omdurman on "
        "Sunday, residents said.\n"
        "The RSF said it had repelled the army's attack and shot down a drone.\n"
        "The army said it had retaken two districts from the RSF.\n"
        "Kenya has proposed a ceasefire plan, diplomats said.\n"
        "The African Union mediation panel AUPanel called on both sides to return to talks.",
        published=DATE)
    called = _targets(art, "called")
    assert called, [(e.cameo, e.trigger.text, e.target and e.target.code) for e in art.events]
    assert "KEN" not in called and not any(c.startswith("IGO") for c in called), called
    assert "SDN" in {c[:3] for c in called}, called


def test_the_two_countries_are_the_dyad_the_story_is_about():
    art = extract(
        "MANILA, June 10 (Wire) - The Philippines protested to China on Monday after Chinese coast guard "
        "vessels fired water cannon at a Philippine supply boat, the foreign ministry said.\n"
        "Manila summoned China's deputy ambassador, and Beijing said its coast guard had acted lawfully.\n"
        "The Philippine navy said it would hold joint patrols with Australia next month.\n"
        "The two countries agreed last year to set up a hotline for incidents at sea.",
        published=DATE)
    agreed = {(e.source.code, e.target.code) for e in art.events if e.trigger.text == "agreed" and e.target}
    assert agreed and all({s[:3], t[:3]} == {"PHL", "CHN"} for s, t in agreed), agreed


def test_a_domestic_target_lies_on_the_named_object():
    art = extract("LUSAKA, June 10 (Wire) - Zambian police arrested 23 election monitors at a hotel on "
                  "Saturday, their group said.", published=DATE)
    arrests = [e for e in art.events if e.cameo.startswith("173")]
    assert arrests and arrests[0].target is not None, [(e.cameo, e.target) for e in art.events]
    target = arrests[0].target
    assert target.resolved_by == "domestic" and target.country == "ZMB", target
    assert art.text[target.start:target.end] == target.text and "monitors" in target.text, target
