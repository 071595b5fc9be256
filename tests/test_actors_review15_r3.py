"""Review 15 (r3): a capital the curated table gives its current state (Belgrade: Serbia, not the former
Serbia and Montenegro), and armed groups by their usual names."""

from __future__ import annotations

from actor_helpers import actor_named, pipe  # noqa: F401 - `pipe` is a fixture


def test_belgrade_is_serbia_s_government(pipe):
    assert actor_named(pipe, "Croatia criticised Belgrade over the border dispute on Monday.",
                       "Belgrade").code == "SRBGOV"


def test_eln_and_myanmar_resistance_forces_are_rebels_of_their_countries(pipe):
    assert actor_named(pipe, "The ELN freed two hostages on Monday.", "ELN").code == "COLREB"
    assert actor_named(pipe, "Fighters of the People's Defence Force seized a police post near Mandalay.",
                       "People's Defence Force").code == "MMRREB"


def _with_dateline(pipe, text):
    """An article whose wire dateline header is read as ingest reads it, then run to the actors stage."""
    from dateline.ingest.dateline_header import apply_dateline
    from dateline.model import Article

    art = Article.create(text, published="2025-03-02")
    apply_dateline(art)
    assert art.dateline is not None and art.dateline.place
    return pipe(art)


def _code(art, words):
    found = [a for a in art.actors if a.text.split(" in ")[0] == words]  # "protesters in Battambang"
    assert found, [(a.text, a.code) for a in art.actors]
    return found[-1].code


def test_a_story_told_from_a_neighbour_s_capital_gives_unnamed_groups_its_subject_country(pipe):
    # Cambodia named three times and its provinces twice; Thailand only as the dateline
    art = _with_dateline(pipe, "BANGKOK, March 2 (Wire) - Cambodia's government on Monday banned a rally by "
                               "the opposition in Siem Reap. Cambodian Prime Minister Hun Manet said the ban "
                               "protected public order. Police later detained dozens of protesters in "
                               "Battambang, Cambodia's interior ministry said.")
    assert _code(art, "protesters") == "KHMOPP"
    assert _code(art, "Police") == "KHMCOP"


def test_the_dateline_country_stays_when_its_places_are_the_story_s(pipe):
    # the other country is named more often, but what happens, happens in the dateline's country
    art = _with_dateline(pipe, "BANGKOK, March 2 (Wire) - Cambodia's foreign ministry on Monday criticised "
                               "a Thai court ruling. Cambodian Prime Minister Hun Manet said Cambodia would "
                               "appeal. Police later detained dozens of protesters in Chiang Mai and "
                               "Phuket, officials said.")
    assert _code(art, "protesters") == "THAOPP"
