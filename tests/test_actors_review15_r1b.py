"""Review 15 (r1b): a spokesperson titled by a body noun alone ("ministry spokesman X") speaks for the
institution with that noun named just before, not for the dateline's country."""

from __future__ import annotations

from actor_helpers import pipe  # noqa: F401 - `pipe` is a fixture

from dateline.ingest.dateline_header import apply_dateline
from dateline.model import Article


def _actors(pipe, text):
    art = Article.create(text, published="2025-06-02")
    apply_dateline(art)
    assert art.body_start > 0, "the test text needs a wire dateline header"
    return pipe(art).actors


def test_a_ministry_spokesman_speaks_for_the_ministry_named_a_paragraph_before(pipe):
    actors = _actors(pipe, "TASHKENT, May 3 (Wire) - Uzbekistan expelled two Kazakh diplomats on Monday.\n\n"
                           "Astana answered within hours. The Kazakh Foreign Ministry said it had expelled "
                           "two Uzbek diplomats in return.\n\n"
                           "\"We reject these claims,\" ministry spokesman Aibek Smadiyarov said. He "
                           "demanded an apology.")
    by_text = {a.text: a for a in actors}
    assert by_text["ministry spokesman Aibek Smadiyarov"].country == "KAZ", [(a.text, a.code) for a in actors]
    assert by_text["He"].country == "KAZ"


def test_the_datelines_own_ministry_keeps_its_spokesman(pipe):
    actors = _actors(pipe, "TASHKENT, May 3 (Wire) - The Uzbek Foreign Ministry expelled two Kazakh "
                           "diplomats on Monday, ministry spokesman Aibek Smadiyarov said.")
    spokes = next(a for a in actors if a.text.startswith("ministry spokesman"))
    assert spokes.country == "UZB", [(a.text, a.code) for a in actors]


def test_ministries_of_two_countries_leave_the_spokesman_to_the_other_rules(pipe):
    actors = _actors(pipe, "YEREVAN, May 3 (Wire) - The Armenian Foreign Ministry summoned the Azerbaijani "
                           "envoy, and the Azerbaijani Foreign Ministry summoned the Armenian envoy.\n\n"
                           "Talks would resume soon, ministry spokesman Ani Badalyan said.")
    spokes = next(a for a in actors if a.text.startswith("ministry spokesman"))
    assert spokes.resolved_by != "spokesperson", [(a.text, a.code, a.resolved_by) for a in actors]


def test_a_group_whose_clause_names_a_foreign_place_is_not_the_hubs(pipe):
    actors = _actors(pipe, "NAIROBI, Nov 27 (Wire) - Soldiers seized power in Mogadishu on Wednesday and "
                           "detained the president, diplomats said. Kenya condemned the takeover.")
    soldiers = next(a for a in actors if a.text == "Soldiers")
    assert soldiers.country == "SOM", [(a.text, a.code) for a in actors]


def test_coordinated_clauses_share_the_place_and_a_placeless_group_keeps_the_hub(pipe):
    actors = _actors(pipe, "LONDON, Nov 27 (Wire) - Britain imposed sanctions on five Belarusian officials "
                           "on Friday.\n\nDemonstrators marched in Minsk for a fifth night, and police fired "
                           "stun grenades.\n\nStudents at Oxford staged a sit-in.")
    by_text = {a.text: a for a in actors}
    assert by_text["Demonstrators"].country == "BLR", [(a.text, a.code) for a in actors]
    assert by_text["police"].country == "BLR"
    assert by_text["Students"].country == "GBR"


def test_an_act_named_under_in_is_no_place(pipe):
    actors = _actors(pipe, "NAIROBI, Nov 27 (Wire) - Three herders were killed in Ethiopian army shelling "
                           "near the border on Friday, Kenyan police said.")
    herders = next(a for a in actors if a.text == "Three herders")
    assert herders.country != "ETH", [(a.text, a.code) for a in actors]


def test_the_placed_group_named_again_keeps_its_country(pipe):
    actors = _actors(pipe, "NAIROBI, Nov 27 (Wire) - Soldiers seized power in Mogadishu on Wednesday and "
                           "detained the president, diplomats said. Kenya condemned the takeover.\n\n"
                           "Soldiers later set up checkpoints across the capital. Ethiopia urged the "
                           "soldiers to return to barracks.")
    soldiers = [a for a in actors if a.text.lower() == "soldiers"]
    seen = [(a.text, a.code) for a in actors]
    assert len(soldiers) == 3 and all(a.country == "SOM" for a in soldiers), seen
