"""Round 10 actor gaps: bare institutions take the article's country, bare surnames of sitting office
holders whose data is stale, and "his <country> counterpart".

Synthetic wire-style articles run through the real pipeline (`dateline.api_lib.extract`, what `dateline
extract` runs: dateline header, spaCy, the shipped dictionary); user dictionaries are real files in tmp_path.
"""

from __future__ import annotations

import json

import pytest

from dateline.actors import resolve_text
from dateline.actors.data import load_dictionary
from dateline.actors.surnames import plain_word, stale_holder
from dateline.api_lib import extract
from dateline.config import Settings

DATE = "2024-03-03"


def actors_named(article, text):
    """Actors of `article` whose text is `text`, in text order."""
    found = [a for a in article.actors if a.text == text]
    assert found, f"no actor {text!r} in {[a.text for a in article.actors]}"
    return found


# -- 1. "the government" / "the ministry" with no country of its own --------------------------------------

def test_dateline_country_for_bare_government_and_ministry():
    art = extract("BEIJING, March 3 (Reuters) - The government announced on Tuesday plans to cut fees for small "
                  "exporters this year. The ministry also said grain imports would rise.", published=DATE)
    gov, = actors_named(art, "government")
    ministry, = actors_named(art, "ministry")
    assert (gov.code, gov.resolved_by) == ("CHNGOV", "context")
    assert (ministry.code, ministry.resolved_by) == ("CHNGOV", "context")


def test_earlier_ministry_is_the_antecedent_without_a_dateline():
    art = extract("China's foreign ministry said on Monday that it opposed the new tariffs.\n"
                  "The ministry also said it would respond firmly if the measures took effect.",
                  published=DATE)
    assert actors_named(art, "China's foreign ministry")[0].code == "CHNGOV"
    later, = actors_named(art, "ministry")
    assert (later.code, later.country, later.resolved_by) == ("CHNGOV", "CHN", "context")


def test_ministry_that_was_the_subject_wins_over_a_country_it_talked_about():
    art = extract("Japan's foreign ministry protested on Monday against South Korean drills near the "
                  "islands.\nThe ministry said it had summoned an envoy.", published=DATE)
    later, = actors_named(art, "ministry")
    assert later.code == "JPNGOV"


def test_two_competing_countries_leave_the_government_unresolved():
    art = extract("Russia and Ukraine traded accusations on Monday over the shelling of the power plant.\n"
                  "The government said it would file a complaint with the agency.", published=DATE)
    gov, = actors_named(art, "government")
    assert not gov.resolved and gov.code is None
    # two governments named before: either could be meant
    art = extract("Israel's defence ministry and Egypt's foreign ministry met on Sunday.\n"
                  "The government said the talks would resume.", published=DATE)
    assert not actors_named(art, "government")[0].resolved


def test_a_sentence_naming_another_country_keeps_the_bare_government_open():
    art = extract("BEIJING, March 3 (Reuters) - The government complained on Tuesday that Japan had ignored its "
                  "warnings.", published=DATE)
    assert not actors_named(art, "government")[0].resolved


def test_only_a_bare_definite_institution_takes_the_country():
    art = extract("BEIJING, March 3 (Reuters) - A government adviser said on Tuesday that the new government "
                  "of the province would cut fees.", published=DATE)
    assert all(a.code != "CHNGOV" or a.resolved_by != "context" for a in art.actors), \
        [(a.text, a.code, a.resolved_by) for a in art.actors]


def test_bare_president_in_a_dated_story_is_that_countrys_office():
    art = extract("ANKARA, March 3 (Reuters) - The president said on Tuesday that inflation would ease by "
                  "the summer.", published=DATE)
    president, = actors_named(art, "president")
    assert (president.code, president.country, president.sector) == ("TURGOV", "TUR", "GOV")


# -- 2. bare surnames of sitting office holders ------------------------------------------------------------

@pytest.mark.parametrize("surname,code,name", [
    ("Lavrov", "RUSGOV", "Sergey Lavrov"),
    ("Jaishankar", "INDGOV", "Subrahmanyam Jaishankar"),
    ("Lukashenko", "BLRGOV", "Alexander Lukashenko"),
])
def test_bare_surname_of_a_sitting_office_holder(surname, code, name):
    art = extract(f"{surname} said on Tuesday that talks with the visiting delegation had stalled.",
                  published=DATE)
    a, = actors_named(art, surname)
    assert (a.code, a.name) == (code, name)


def test_surname_shared_by_two_office_holders_stays_unresolved():
    # Bujar Osmani (North Macedonia) and Vjosa Osmani (Kosovo) both hold open offices on the date
    art = extract("Osmani said on Tuesday that the border talks had stalled.", published=DATE)
    assert not actors_named(art, "Osmani")[0].resolved


def _user_dictionary(tmp_path, people):
    path = tmp_path / "people.json"
    path.write_text(json.dumps({"format": "dateline-actors", "version": 1, "people": people}))
    return Settings().with_overrides({"actors.user_file": str(path)})


def test_stale_term_fallback_needs_one_holder_and_a_name_that_is_no_word(tmp_path):
    stale = ["2019-05-01", "", "2020-01-01", "wikidata"]  # open, last checked four years before the date
    settings = _user_dictionary(tmp_path, [
        {"name": "Oskar Vendrakov", "roles": [["MDA", "GOV", "foreign_minister", *stale]]},
        {"name": "Dario Quellmark", "roles": [["NZL", "GOV", "foreign_minister", *stale]]},
        {"name": "Ines Quellmark", "roles": [["CHL", "GOV", "head_of_state", *stale]]},
        {"name": "Tomas Harbour", "roles": [["IRL", "GOV", "defence_minister", *stale]]},
    ])
    d = load_dictionary(settings.get("actors.user_file"))
    assert d.people[stale_holder(d, "vendrakov", DATE)].name == "Oskar Vendrakov"
    assert stale_holder(d, "quellmark", DATE) is None  # two holders
    assert plain_word("harbour") and stale_holder(d, "harbour", DATE) is None  # an English word
    text = "{} said on Tuesday that the talks had stalled."
    one = [a for a in resolve_text(text.format("Vendrakov"), date=DATE, settings=settings)
           if a.text == "Vendrakov"]
    assert (one[0].code, one[0].name, one[0].resolved_by) == ("MDAGOV", "Oskar Vendrakov", "surname")
    two = [a for a in resolve_text(text.format("Quellmark"), date=DATE, settings=settings)
           if a.text == "Quellmark"]
    assert not two[0].resolved
    # the full name earlier in the article still wins over the surname index
    art = resolve_text("Ines Quellmark arrived on Monday. Quellmark said the talks had stalled.", date=DATE,
                       settings=settings)
    assert [a.code for a in art if a.text == "Quellmark"] == ["CHLGOV"]


def test_surname_tagged_as_a_common_noun_still_reads_as_a_name():
    # the tagger reads "Guterres" as a plural noun and labels it ORG
    a = [x for x in resolve_text("Guterres said on Tuesday that aid must reach the city.", date=DATE)
         if x.text == "Guterres"]
    assert a and a[0].code == "IGOUNOGOV" and a[0].name == "António Guterres"


# -- 4. "his Turkish counterpart" ----------------------------------------------------------------------

def test_counterpart_takes_the_antecedents_office():
    art = extract("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Tuesday.",
                  published=DATE)
    twin, = actors_named(art, "Turkish counterpart")
    assert (twin.code, twin.country, twin.sector, twin.role) == ("TURGOV", "TUR", "GOV", "foreign_minister")


def test_counterpart_of_a_named_person_without_a_known_role_keeps_the_sector():
    art = extract("Sergei Lavrov spoke with his Turkish counterpart by phone on Tuesday.", published=DATE)
    twin, = actors_named(art, "Turkish counterpart")
    assert (twin.code, twin.sector) == ("TURGOV", "GOV")


def test_counterpart_without_an_antecedent_stays_a_country():
    art = extract("The Turkish counterpart did not attend the meeting on Tuesday.", published=DATE)
    assert [a.code for a in art.actors if "Turkish" in a.text] == ["TUR"]


# -- a person outside any term takes the nearest term of their own country --------------------------------

def test_a_former_and_future_president_is_not_a_territory_s_head_of_state():
    # the Factbook lists the US president as head of state of American Samoa, Guam, ...; out of office
    # (2021-2025) the nearest term must still be the USA's, not a territory's that began the same day
    art = extract("Donald Trump spoke with Japanese Prime Minister Fumio Kishida by phone.", published="2024-06-18")
    trump, = actors_named(art, "Donald Trump")
    assert trump.country == "USA", trump
    art = extract("Donald Trump spoke with Japanese Prime Minister Shigeru Ishiba by phone.", published="2025-06-18")
    trump, = actors_named(art, "Donald Trump")
    assert trump.code == "USAGOV", trump


def test_a_stale_open_office_prefers_the_government_one_taken_the_same_day():
    # Kim Jong Un's two open terms began the same day; past their last check, the leader is PRKGOV, not MIL
    art = extract("Kim Jong Un arrived in Russia on Tuesday for talks with Vladimir Putin.", published="2025-06-18")
    kim, = actors_named(art, "Kim Jong Un")
    assert kim.code == "PRKGOV", kim
    assert any(e.root == "04" and e.source.code == "PRKGOV" for e in art.events), art.events


def test_niger_labelled_a_person_by_the_tagger_is_still_the_country():
    art = extract("France suspended all development aid to Niger.", published="2023-08-06")
    niger, = actors_named(art, "Niger")
    assert niger.code == "NER", niger
