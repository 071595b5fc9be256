"""Actor resolution on synthetic wire-style sentences, with the real spaCy model and shipped dictionary."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_phrase, resolve_text
from dateline.actors.lookup import actor_at, actors_in
from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors"])


def by_text(actors, text):
    hits = [a for a in actors if a.text == text]
    assert hits, f"no actor with text {text!r} in {[a.text for a in actors]}"
    return hits[0]


def test_titled_name_gets_country_sector_person_and_role():
    actors = resolve_text("Chinese Premier Li Qiang arrived in Berlin on Tuesday for talks.", date="2024-06-18")
    a = by_text(actors, "Chinese Premier Li Qiang")
    assert (a.code, a.country, a.sector, a.name, a.role) == ("CHNGOV", "CHN", "GOV", "Li Qiang", "head_of_government")
    assert a.resolved_by == "dictionary" and a.role_date == "2024-06-18"


def test_same_name_two_dates_two_roles():
    text = "Vladimir Putin told reporters the talks had gone well."
    in_2010 = by_text(resolve_text(text, date="2010-03-02"), "Vladimir Putin")
    in_2024 = by_text(resolve_text(text, date="2024-03-02"), "Vladimir Putin")
    assert in_2010.role == "head_of_government" and in_2024.role == "head_of_state"
    assert in_2010.code == in_2024.code == "RUSGOV"


def test_title_without_name_looks_up_the_office_holder_on_the_date():
    actors = resolve_text("Russia's prime minister inspected a new bridge.", date="2010-09-01")
    a = by_text(actors, "Russia's prime minister")
    assert a.name == "Vladimir Putin" and a.resolved_by == "title"
    later = by_text(resolve_text("Russia's prime minister inspected a new bridge.", date="2023-09-01"),
                    "Russia's prime minister")
    assert later.name == "Mikhail Mishustin"


def test_short_mentions_pronouns_and_the_title_alone_corefer():
    text = ("Chinese Premier Li Qiang met European business leaders in Tianjin on Tuesday. "
            "Li said the premier wanted more trade. He also praised the investors.")
    actors = resolve_text(text, date="2024-06-25")
    li = by_text(actors, "Li")
    assert li.name == "Li Qiang" and li.resolved_by == "coreference"
    premier = by_text(actors, "premier")
    assert premier.name == "Li Qiang" and premier.resolved_by == "coreference"
    he = by_text(actors, "He")
    assert he.name == "Li Qiang" and he.resolved_by == "pronoun"


def test_bare_surname_of_a_sitting_leader_resolves_by_date():
    a = by_text(resolve_text("Shmyhal chaired a cabinet meeting on fuel prices.", date="2022-04-05"), "Shmyhal")
    assert a.name == "Denys Shmyhal" and a.code == "UKRGOV" and a.resolved_by == "surname"
    assert a.role == "head_of_government"


def test_pronoun_they_takes_a_plural_group_in_the_paragraph():
    text = "Ukrainian forces advanced near the river overnight. They captured two villages."
    actors = resolve_text(text, date="2023-06-10")
    assert by_text(actors, "Ukrainian forces").code == "UKRMIL"
    they = by_text(actors, "They")
    assert they.code == "UKRMIL" and they.resolved_by == "pronoun"


def test_pronoun_does_not_cross_paragraphs():
    text = "Chinese Premier Li Qiang spoke first.\n\nHe was not named in the statement."
    he = by_text(resolve_text(text, date="2024-01-05"), "He")
    assert not he.resolved


def test_metonyms_capitals_and_seats_of_power():
    actors = resolve_text("The Kremlin rejected the offer, while Beijing and Kyiv welcomed it and the "
                          "White House stayed silent.", date="2024-02-01")
    assert by_text(actors, "Kremlin").code == "RUSGOV"
    assert by_text(actors, "Beijing").code == "CHNGOV"
    assert by_text(actors, "Kyiv").code == "UKRGOV"
    assert by_text(actors, "White House").code == "USAGOV"
    assert by_text(actors, "Kremlin").resolved_by == "metonym"


def test_coordinated_countries_give_one_actor_each():
    actors = resolve_text("Russia and China signed an energy agreement on Friday.", date="2024-05-17")
    assert {a.code for a in actors if a.resolved} >= {"RUS", "CHN"}


def test_coordinated_adjectives_share_the_sector_noun():
    actors = resolve_text("Senior Estonian and Latvian officials met in Riga.", date="2024-05-17")
    assert by_text(actors, "Estonian").code == "ESTGOV"
    assert by_text(actors, "Latvian").code == "LVAGOV"


def test_group_phrase_lists_the_two_parties():
    text = "Armenia accused Azerbaijan of shelling border posts. Both sides later agreed to a ceasefire."
    group = by_text(resolve_text(text, date="2022-09-14"), "Both sides")
    assert group.members == ("ARM", "AZE") and group.resolved_by == "group"


def test_possessive_organ_and_adjective_noun_phrases():
    actors = resolve_text("Ukraine's foreign ministry summoned the envoy after Belarusian troops and "
                          "Emirati officials arrived.", date="2023-03-01")
    assert by_text(actors, "Ukraine's foreign ministry").code == "UKRGOV"
    assert by_text(actors, "Belarusian troops").code == "BLRMIL"
    assert by_text(actors, "Emirati officials").code == "AREGOV"


def test_spokesperson_for_a_ministry_takes_its_country():
    actors = resolve_text("A spokesperson for China's Foreign Ministry said the visit was routine.",
                          date="2024-03-01")
    a = [x for x in actors if x.text.startswith("spokesperson")][0]
    assert a.code == "CHNGOV" and a.resolved_by == "attachment"


def test_igos_regions_and_state_media():
    actors = resolve_text("NATO and the European Union backed the plan, Western leaders said, according "
                          "to Xinhua and TASS.", date="2024-07-01")
    assert by_text(actors, "NATO").code == "IGOWSTNAT"
    assert by_text(actors, "European Union").code == "IGOEUREEC"
    assert by_text(actors, "Western leaders").country == "WST"
    assert by_text(actors, "Xinhua").code == "CHNMED"
    assert by_text(actors, "TASS").code == "RUSMED"


def test_georgia_is_the_country_only_with_caucasus_context():
    caucasus = resolve_text("Georgia recalled its ambassador, officials in Tbilisi said.", date="2008-08-10")
    assert by_text(caucasus, "Georgia").code == "GEO"
    us_state = resolve_text("Georgia certified the vote count, the governor said in Atlanta.", date="2020-11-20")
    assert not by_text(us_state, "Georgia").resolved


def test_washington_is_the_us_government_unless_the_state_is_meant():
    assert by_text(resolve_text("Washington imposed new sanctions on Tehran.", date="2019-05-08"),
                   "Washington").code == "USAGOV"
    state = resolve_text("Washington state officials in Seattle closed the park.", date="2019-05-08")
    assert not any(a.code == "USAGOV" for a in state)


def test_unknown_people_and_bare_agent_nouns_stay_unresolved():
    actors = resolve_text("Officials said Kelvin Marsh-Oduya would attend.", date="2024-01-01")
    assert not by_text(actors, "Officials").resolved
    assert not by_text(actors, "Kelvin Marsh-Oduya").resolved


def test_stage_fills_mentions_and_actors_with_offsets_inside_text(pipe):
    art = pipe(Article.create("Turkish President Recep Tayyip Erdogan called Russian President Vladimir "
                              "Putin on Monday.", published="2024-03-11"))
    assert not art.errors
    assert len(art.mentions) == len(art.actors) >= 2
    for a in art.actors:
        assert art.text[a.start:a.end] == a.text
    d = art.to_dict()["actors"][0]
    assert {"code", "country", "sector", "name", "role", "resolved_by", "role_date"} <= set(d)


def test_lookup_actor_at_and_actors_in(pipe):
    text = "Russian Defence Minister Andrei Belousov visited troops near the border."
    art = pipe(Article.create(text, published="2024-08-01"))
    a = actor_at(art, 0, text.index(" visited"))
    assert a is not None and a.name == "Andrei Belousov" and a.role == "defence_minister"
    assert actor_at(art, 0, text.index(" visited")).code == "RUSGOV"
    assert [x.code for x in actors_in(art, 0, len(text)) if x.resolved][0] == "RUSGOV"
    assert actor_at(art, text.index("border"), len(text)) is None or not actor_at(
        art, text.index("border"), len(text)).resolved


def test_resolve_phrase_without_an_article():
    assert resolve_phrase("Chinese state media").code == "CHNMED"
    assert resolve_phrase("Russia's foreign ministry").code == "RUSGOV"
    assert resolve_phrase("the weather") is None


def test_blanked_dateline_header_is_never_part_of_an_actor(pipe):
    header = "KYIV, May 2 (Newswire) - "
    text = header + "Ukrainian President Volodymyr Zelenskiy thanked Poland for the aid."
    art = pipe(Article.create(text, published="2024-05-02", body_start=len(header)))
    assert art.actors and all(a.start >= len(header) for a in art.actors)
    z = by_text(art.actors, "Ukrainian President Volodymyr Zelenskiy")
    assert z.code == "UKRGOV" and z.name == "Volodymyr Zelenskyy"
