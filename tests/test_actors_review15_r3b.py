"""Review 15 (r3b): group phrases ("both sides", "the two presidents") stand for the pair the story is about,
not the last pair of a digression or the most recent speakers."""

from __future__ import annotations

from actor_helpers import pipe  # noqa: F401 - `pipe` is a fixture

from dateline.model import Article


def _members(pipe, text, words):
    art = pipe(Article.create(text, published="2025-06-02"))
    found = [a for a in art.actors if a.text == words]
    assert found, [(a.text, a.code) for a in art.actors]
    return set(found[-1].members)


def test_both_sides_are_the_story_s_pair_not_the_latest_speakers(pipe):
    text = ("India accused Pakistan of shelling border villages on Sunday.\n\n"
            "Pakistan denied the charge and said Indian troops had fired first across the Line of Control.\n\n"
            "India and Pakistan fought three wars over Kashmir.\n\n"
            "Pakistan also closed its airspace to some flights on Monday, officials said.\n\n"
            "Britain said it was concerned. A Foreign Office minister urged Pakistan to show restraint.\n\n"
            "Japan called on both sides to resume dialogue.")
    assert _members(pipe, text, "both sides") == {"IND", "PAK"}


def test_both_governments_are_the_story_s_pair_not_an_earlier_paragraph_s_digression(pipe):
    text = ("Kenya and Tanzania ended two days of talks on their border trade dispute on Monday.\n\n"
            "Kenya accused Tanzania of blocking its trucks at the Namanga crossing.\n\n"
            "Tanzania said Kenya had imposed unfair duties on its rice.\n\n"
            "Uganda signed a rail deal with Tanzania last month. Kampala and Nairobi have quarrelled over "
            "the railway for years.\n\n"
            "A European Union envoy urged both governments to settle the dispute.")
    assert _members(pipe, text, "both governments") == {"KEN", "TZA"}


def test_a_pair_in_the_same_paragraph_still_wins(pipe):
    # control: the pair just named is what "the two sides" means, however often the others were named
    text = ("Kenya accused Tanzania of blocking its trucks on Monday.\n\n"
            "Tanzania said Kenya had imposed unfair duties on its rice.\n\n"
            "Kenya and Tanzania have quarrelled over trade for years.\n\n"
            "Qatar urged Uganda and Rwanda to end their border closure and said the two sides should talk.")
    assert _members(pipe, text, "two sides") == {"UGA", "RWA"}


def test_the_two_presidents_are_the_people_named_not_a_pair_of_delegations(pipe):
    text = ("French President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva spoke by "
            "telephone on Tuesday, the Elysee said.\n\n"
            "Macron thanked Lula for hosting talks between Colombian and Venezuelan delegations in Brasilia.\n\n"
            "The two presidents also discussed the stalled EU-Mercosur trade deal.")
    members = _members(pipe, text, "two presidents")
    assert {m[:3] for m in members} == {"FRA", "BRA"}, members


def test_a_group_prefix_beats_a_long_retired_namesake(pipe):
    # the dictionary knows a Spanish ambassador of this name whose post ended in 2006
    art = pipe(Article.create("Hamas commander Antonio Garcia was killed in an air strike.", published="2024-03-01"))
    found = [a for a in art.actors if a.text == "Hamas commander Antonio Garcia"]
    assert found and found[0].code == "PSEREBHMS", [(a.text, a.code) for a in art.actors]


def test_a_namesake_without_a_group_prefix_keeps_the_data(pipe):
    # control: with a country and no group, the data's person still stands
    art = pipe(Article.create("Spanish diplomat Antonio Garcia spoke on Monday.", published="2024-03-01"))
    found = [a for a in art.actors if a.text == "Spanish diplomat Antonio Garcia"]
    assert found and found[0].country == "ESP", [(a.text, a.code) for a in art.actors]


def test_the_sides_without_a_number_are_the_two_sides(pipe):
    text = ("Kenya and Tanzania held talks in Arusha on Monday. A Ugandan mediator said the sides had made "
            "progress and had agreed to meet again next month.")
    assert _members(pipe, text, "sides") == {"KEN", "TZA"}
    # control: the sides of a road are nobody's
    art = pipe(Article.create("Kenya and Tanzania closed the border. Trucks lined the sides of the road.",
                              published="2025-06-02"))
    assert not any(a.members for a in art.actors if a.text == "sides"), art.actors


def test_a_sentence_initial_he_carries_on_the_subject_of_a_sentence_naming_several_people(pipe):
    art = pipe(Article.create("The UN envoy met President Ruto in Nairobi on Monday. He said both sides should "
                              "talk.", published="2025-06-02"))
    he = [a for a in art.actors if a.text == "He"]
    assert he and (he[0].code or "").startswith("IGOUNO"), art.actors
    # control: one person named before: the usual latest-actor rule
    art = pipe(Article.create("Kenyan President William Ruto spoke in Nairobi on Monday. He said talks were "
                              "useful.", published="2025-06-02"))
    he = [a for a in art.actors if a.text == "He"]
    assert he and he[0].code == "KENGOV", art.actors
