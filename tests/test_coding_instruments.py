"""Acts of force named through their weapon: whoever fired, launched or laid it is the source
(`dateline.coding.instruments`). Sentences are our own."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def _sources(pipe, text):
    return {(e.source.code, e.cameo) for e in code(pipe, text) if e.source is not None}


def test_passive_act_by_a_missile_fired_by_rebels(pipe):
    got = _sources(pipe, "A grain carrier was hit by an anti-ship missile fired by Houthi rebels in the Gulf of Aden "
                         "on Monday.")
    assert any(src.startswith("YEM") and c.startswith("19") for src, c in got), got


def test_weapon_under_a_reporting_verb(pipe):
    got = _sources(pipe, "A cargo plane was shot down near the border by a missile that Sudanese officials "
                         "said was fired by Ethiopian forces.")
    assert any(src.startswith("ETH") and c.startswith("19") for src, c in got), got


def test_a_mine_laid_by_a_named_group(pipe):
    got = _sources(pipe, "Three villagers were killed by a landmine laid by Boko Haram fighters near Maiduguri.")
    assert any(c.startswith("19") and not src.endswith("UAF") for src, c in got), got
    assert all(not src.endswith("UAF") for src, _c in got), got


def test_active_sentence_with_the_weapon_as_subject(pipe):
    got = summary(code(pipe, "A drone launched by Russian troops hit a power station in Kharkiv on Friday, "
                             "Ukrainian officials said."))
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, t, c, _m in got), got


def test_a_destroyed_depot_passive_with_the_weapon_agent(pipe):
    got = _sources(pipe, "An ammunition depot was destroyed by a drone launched by Azerbaijani troops, the "
                         "Armenian defence ministry said.")
    assert any(src.startswith("AZE") for src, _c in got), got


def test_a_weapon_found_by_police_names_no_attacker(pipe):
    # finding a bomb is no use of it: the police who found it are not the ones who planted it
    planted = _sources(pipe, "Two guards were wounded by a bomb planted by Shabaab militants near the station "
                             "in Mogadishu, officials said.")
    assert any(src.startswith("SOM") and c.startswith("19") for src, c in planted), planted
    found = _sources(pipe, "Two guards were wounded by a bomb found by police near the station in Mogadishu, "
                           "officials said.")
    assert all(not src.endswith("COP") for src, _c in found), found
