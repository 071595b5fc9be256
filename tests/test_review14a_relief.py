"""Review of new wire text (pass 14a): relief work after a disaster is aid, not a visit, an investigation,
military aid or a release; hyphenated modifiers ("live-fire drills") match the lexicon's hyphenated words."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


def test_rescue_teams_arriving_bring_aid_not_a_visit(pipe):
    got = summary(code(pipe, "Rescue teams from Greece and Cyprus arrived in Lebanon on Monday after the "
                             "floods."))
    assert _has(got, "GRC", "LBN", "073") and _has(got, "CYP", "LBN", "073"), got
    assert not codes(got) & {"042", "043"}, got


def test_an_official_arriving_is_still_a_visit(pipe):
    got = summary(code(pipe, "The Greek foreign minister arrived in Beirut on Monday."))
    assert any(c == "042" for c in codes(got)), got


def test_a_search_for_survivors_is_no_investigation(pipe):
    got = summary(code(pipe, "Turkish rescuers searched for survivors under the rubble of the hospital in "
                             "Syria."))
    assert not any(c.startswith("09") for c in codes(got)), got


def test_a_search_for_suspects_is_still_coded(pipe):
    got = summary(code(pipe, "Israeli police searched for the gunmen in the West Bank on Sunday."))
    assert any(c.startswith("09") for c in codes(got)), got


def test_aircraft_carrying_relief_are_humanitarian_aid(pipe):
    got = summary(code(pipe, "Egypt sent four military planes carrying doctors, tents and medicines to "
                             "Libya."))
    assert any(s == "EGY" and c == "073" for s, _t, c, _m in got), got
    assert "072" not in codes(got), got


def test_aircraft_sent_without_relief_stay_military(pipe):
    got = summary(code(pipe, "Russia sent fighter jets to Syria on Tuesday, the ministry said."))
    assert not any(c == "073" for c in codes(got)), got


def test_dispatching_a_search_team_is_humanitarian_aid(pipe):
    got = summary(code(pipe, "Algeria dispatched a 50-member search team to Morocco after the quake."))
    assert _has(got, "DZA", "MAR", "073"), got


def test_funds_released_are_economic_aid_not_a_release(pipe):
    got = summary(code(pipe, "The European Union released 8 million euros for the flood victims in "
                             "Pakistan."))
    assert "071" in codes(got), got
    assert not any(c.startswith("084") for c in codes(got)), got


def test_prisoners_released_are_still_a_release(pipe):
    got = summary(code(pipe, "Iran released two French prisoners on Thursday."))
    assert any(c.startswith("084") for c in codes(got)), got


def test_live_fire_drills_are_a_military_exercise(pipe):
    got = summary(code(pipe, "North Korea's army began three days of live-fire drills near the border."))
    assert any(s == "PRK" and c == "150" for s, _t, c, _m in got), got



def _wire(pipe, tmp_path, text, published="2024-11-04"):
    """The events of `text` read as an ingested wire article (its dateline parsed), as the CLI reads it."""
    from dateline.config import Settings
    from dateline.ingest import read_inputs

    f = tmp_path / "wire.txt"
    f.write_text(text, encoding="utf-8")
    [art] = list(read_inputs([f], settings=Settings(), published=published))
    return summary(pipe(art).events)


def test_aid_goes_to_the_dateline_country_named_in_the_story(pipe, tmp_path):
    got = _wire(pipe, tmp_path, "MANILA, Nov 4 (Newswire) - A typhoon killed 120 people in the Philippines, "
                "officials said. South Korea sent 60 rescuers and 15 tonnes of food on Friday, its foreign "
                "ministry said. Australia pledged 5 million dollars in emergency aid.")
    assert _has(got, "KOR", "PHL", "073"), got
    assert any(s == "AUS" and t == "PHL" and c.startswith("033") for s, t, c, _m in got), got


def test_aid_from_the_dateline_country_gets_no_recipient_from_it(pipe, tmp_path):
    got = _wire(pipe, tmp_path, "MANILA, Nov 4 (Newswire) - The Philippines sent 60 rescuers and 15 tonnes "
                "of food on Friday, the foreign ministry said.")
    assert any(s == "PHL" and c == "073" for s, _t, c, _m in got), got
    assert not any(t == "PHL" for _s, t, _c, _m in got), got


def test_aid_gets_no_recipient_from_a_dateline_the_story_does_not_name(pipe, tmp_path):
    got = _wire(pipe, tmp_path, "GENEVA, Nov 4 (Newswire) - Norway pledged 5 million dollars in emergency "
                "aid on Friday, the foreign ministry said.")
    assert any(s == "NOR" for s, _t, _c, _m in got), got
    assert not any(t == "CHE" for _s, t, _c, _m in got), got
