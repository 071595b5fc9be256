"""Review 15 (r2): spokespeople in one-sentence paragraphs, "the spokesman" referring back, and pronouns
that refer to a spokesperson resolved late."""

from __future__ import annotations

from actor_helpers import actor_named, pipe  # noqa: F401 - `pipe` is a fixture


def test_spokesperson_in_the_next_paragraph_takes_the_named_institution(pipe):
    text = ("Russia's Foreign Ministry rejected the claims on Monday.\n\n"
            "Spokesman Ilya Vorontsov said the report was false.")
    assert actor_named(pipe, text, "Spokesman Ilya Vorontsov").code == "RUSGOV"


def test_spokesperson_in_the_next_paragraph_after_a_ministry(pipe):
    text = ("Malaysia's Foreign Ministry protested the seizure.\n\n"
            "Spokeswoman Aina Razak said the crew had done nothing wrong.")
    assert actor_named(pipe, text, "Spokeswoman Aina Razak").code == "MYSGOV"


def test_spokesperson_stays_unresolved_after_a_person_only(pipe):
    # a named person is no institution the spokesperson speaks for
    text = ("President Maia Sandu spoke on Monday.\n\n"
            "Spokesman Ilya Vorontsov said the report was false.")
    assert actor_named(pipe, text, "Spokesman Ilya Vorontsov").code is None


def test_the_spokesman_refers_back_to_the_last_spokesperson(pipe):
    text = ("U.N. Secretary-General Antonio Guterres condemned the attack, his spokesman said.\n\n"
            "The spokesman added that aid workers had been evacuated.")
    assert actor_named(pipe, text, "spokesman").code == "IGOUNOGOV"


def test_he_after_a_spokesperson_resolved_late(pipe):
    # the spokesperson is resolved only after the pronoun was read, and a place lies between them
    text = ("Indian troops returned fire on Monday, an army spokesman in Jammu said. He accused Pakistani "
            "troops of shelling a village.")
    assert actor_named(pipe, text, "He").code == "INDMIL"


def test_she_is_no_institution_named_with_the(pipe):
    text = ("Moldova accused Moscow of blackmail.\n\nPresident Maia Sandu accused the Kremlin of using "
            "energy as a weapon and said Moldova would not give in to pressure. She said the government had "
            "bought gas.")
    assert actor_named(pipe, text, "She", published="2022-12-01").code == "MDAGOV"


def test_the_leader_of_the_opposition_is_the_opposition(pipe):
    # the built dictionary files this office under GOV
    text = "Opposition leader Sajith Premadasa criticised the budget on Tuesday."
    got = actor_named(pipe, text, "Opposition leader Sajith Premadasa", published="2023-03-21")
    assert got.code == "LKAOPP", got


def test_the_government_an_opposition_leader_criticises_is_his_countrys(pipe):
    text = ("COLOMBO, March 21 (Wire) - President Ranil Wickremesinghe thanked Japan and India for their "
            "support.\n\nOpposition leader Sajith Premadasa criticised the government for failing to consult "
            "parliament.")
    assert actor_named(pipe, text, "government", published="2023-03-21").code == "LKAGOV"
