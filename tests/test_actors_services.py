"""Intelligence services named by their acronym, and a short name that keeps the office
its first mention gave the person.

Synthetic wire-style articles run through the real pipeline (`dateline.api_lib.extract`).
"""

from __future__ import annotations

import pytest

from dateline.api_lib import extract


def actors_named(article, text):
    found = [a for a in article.actors if a.text == text]
    assert found, f"no actor {text!r} in {[a.text for a in article.actors]}"
    return found


@pytest.mark.parametrize("text, phrase, code", [
    ("PARIS, May 2 (Wire) - France imposed sanctions on four GRU officers on Tuesday.", "four GRU officers", "RUS"),
    ("LONDON, May 2 (Wire) - The SVR was behind the breach, officials said.", "SVR", "RUSSPY"),
    ("NEW DELHI, May 2 (Wire) - India accused the ISI of backing the militants.", "ISI", "PAKSPY"),
])
def test_intelligence_services_named_by_acronym_are_their_countrys(text, phrase, code):
    art = extract(text, published="2024-05-02")
    got = actors_named(art, phrase)[0]
    assert got.code.startswith(code), got


def test_the_acronyms_are_only_read_in_capitals():
    art = extract("The raw data were published on Monday, the statistics office in Lima said.",
                  published="2024-05-02")
    assert not any(a.code == "INDSPY" for a in art.actors), art.actors


def test_a_short_name_keeps_the_office_of_its_first_mention():
    # On this date the dictionary has no current term for him; the article's title is newer than the data.
    art = extract("LONDON, March 2 (Wire) - Foreign Secretary David Lammy summoned the Russian ambassador on "
                  "Monday. Lammy said the attack would not go unanswered.", published="2026-03-03")
    first = actors_named(art, "Foreign Secretary David Lammy")[0]
    later = actors_named(art, "Lammy")[0]
    assert first.code == "GBRGOV" and later.code == first.code, (first, later)
    assert later.resolved_by == "coreference", later


@pytest.mark.parametrize("text, phrase, code", [
    ("VATICAN CITY, May 2 (Wire) - Pope Leo XIV urged Israel to allow aid into Gaza.", "Pope Leo XIV", "VATGOV"),
    ("GENEVA, May 2 (Wire) - Human rights groups accused Libya of abuses.", "Human rights groups", "NGOHRI"),
    ("ROME, May 2 (Wire) - Two Italian charities criticised Malta for the delay.", "Two Italian charities",
     "ITANGO"),
    ("ROME, May 2 (Wire) - The International Organization for Migration urged Italy to help.",
     "International Organization for Migration", "IGOUNOMIG"),
    ("BAMAKO, May 2 (Wire) - The Alliance of Sahel States accused France of backing the rebels.",
     "Alliance of Sahel States", "IGOWAFAES"),
    ("TUNIS, May 2 (Wire) - Police arrested three opposition figures on Monday.", "three opposition figures",
     "TUNOPP"),
])
def test_popes_charities_migration_and_sahel_bodies_and_opposition_figures(text, phrase, code):
    art = extract(text, published="2026-05-02")
    assert actors_named(art, phrase)[0].code == code


def test_the_pope_is_dated():
    art = extract("VATICAN CITY, March 2 (Wire) - Pope Francis urged Russia to end the war.", published="2023-03-02")
    assert actors_named(art, "Pope Francis")[0].code == "VATGOV"


def test_a_sector_phrase_that_ends_at_the_head_wins_over_a_shorter_one_before_it():
    # "main opposition" is a sector phrase too; the head word "party" must not be left out
    art = extract("TUNIS, May 2 (Wire) - The main opposition party boycotted the elections on Sunday.",
                  published="2024-05-02")
    assert actors_named(art, "main opposition party")[0].code == "TUNOPP"
