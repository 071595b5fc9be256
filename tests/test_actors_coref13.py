"""Coreference inside an article, round 13: a bare surname for a person the dictionary does not know, names
in apposition to an office, "the leaders" for two people named before, an IGO's officer as the antecedent
of "the alliance" / "the bloc", and region peoples in the plural ("Europeans").

Synthetic wire-style sentences (invented people where the rule is about unknown names) run through the real
pipeline (`dateline.api_lib.extract`: spaCy, the shipped dictionary and gazetteer).
"""

from __future__ import annotations

from dateline.api_lib import extract

DATE = "2024-03-03"


def named(article, text):
    """The last actor of `article` whose text is `text`."""
    found = [a for a in article.actors if a.text == text]
    assert found, f"no actor {text!r} in {[a.text for a in article.actors]}"
    return found[-1]


def dyads(article):
    """{(source code, target code or None, CAMEO code)} of the article's events."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in article.events}


# -- 1. a bare surname after a titled person the dictionary does not know ---------------------------------

def test_bare_surname_takes_the_titled_person_named_before():
    art = extract("LIMA, March 3 - Peru's interior minister Walter Quispecahua said on Sunday that police "
                  "had detained 40 people. Quispecahua declined to say whether charges would follow.",
                  published=DATE)
    bare = named(art, "Quispecahua")
    assert (bare.code, bare.resolved_by) == ("PERGOV", "coreference")
    assert ("PERGOV", None, "011") in dyads(art)


def test_name_in_apposition_to_an_office_takes_the_office():
    art = extract("Iraq's oil minister Hayan Abdul-Mahdi said output would rise next month. Abdul-Mahdi "
                  "declined to give a figure.", published=DATE)
    full, bare = named(art, "Hayan Abdul-Mahdi"), named(art, "Abdul-Mahdi")
    assert full.code == bare.code == "IRQGOV"
    assert full.name == "Hayan Abdul-Mahdi" and bare.resolved_by == "coreference"


def test_name_after_a_member_of_a_body_is_that_member():
    art = extract("The head of the Kenyan army, Ruto Kiprop, resigned on Friday.", published=DATE)
    assert named(art, "Ruto Kiprop").code == "KENMIL"


def test_name_after_an_institution_is_not_its_officer():
    art = extract("Soldiers loyal to the Kenyan government, John Kiprop said on Friday.", published=DATE)
    assert not named(art, "John Kiprop").resolved


def test_unknown_person_titled_late_lends_the_surname_its_actor():
    art = extract("CARACAS, May 4 - Venezuelan police arrested dozens of protesters on Sunday. Opposition "
                  "leader Ramon Velarde called for a general strike. Velarde accused the government of "
                  "repression.",
                  published=DATE)
    assert named(art, "Velarde").code == "VENOPP"
    assert any(e.source.code == "VENOPP" and e.cameo.startswith("112") for e in art.events)


def test_two_people_sharing_the_surname_with_different_codes_leave_it_alone():
    art = extract("Chile's foreign minister Ana Valdemoro and Bolivia's defence minister Luis Valdemoro met "
                  "on Monday. Valdemoro declined to comment.", published=DATE)
    assert named(art, "Ana Valdemoro").code == "CHLGOV"
    assert named(art, "Luis Valdemoro").code == "BOLGOV"
    assert not named(art, "Valdemoro").resolved


def test_a_country_name_is_no_surname():
    art = extract("Peru's trade minister Carlos Chad said exports had grown. Chad rejected the claim on "
                  "Monday.", published=DATE)
    assert named(art, "Chad").resolved_by != "coreference"


def test_an_unresolved_namesake_blocks_the_surname():
    first = "Chile's interior minister Pablo Quirindongo met Bolivian officials on Monday. "
    alone = extract(first + "Quirindongo denied wrongdoing.", published=DATE)
    assert named(alone, "Quirindongo").code == "CHLGOV"
    art = extract(first + "Businessman Tomas Quirindongo was arrested the same day. Quirindongo denied "
                  "wrongdoing.", published=DATE)
    assert not named(art, "Quirindongo").resolved


# -- 2. "the leaders" for two people named before ---------------------------------------------------------

def test_the_presidents_are_the_pair_named_before():
    art = extract("Lula and Macron met in Brasilia on Tuesday. The presidents signed a defence agreement.",
                  published=DATE)
    assert named(art, "presidents").members == ("BRAGOV", "FRAGOV")
    assert {("BRAGOV", "FRAGOV", "057"), ("FRAGOV", "BRAGOV", "057")} <= dyads(art)


def test_the_leaders_are_the_people_an_earlier_group_phrase_named():
    art = extract("Lula hosted Macron in Brasilia on Tuesday, and the two leaders signed a defence pact. "
                  "The leaders also held talks on the war in Ukraine, an aide said.", published=DATE)
    assert named(art, "leaders").members == ("BRAGOV", "FRAGOV")
    assert ("BRAGOV", "FRAGOV", "046") in dyads(art)


def test_the_leaders_far_from_the_pair_are_no_group():
    near = "Lula and Macron met in Brasilia on Tuesday.\n\n"
    far = near + "Heavy rains hit the south.\n\nFloods closed roads.\n\nA dam burst near the coast.\n\n"
    assert named(extract(near + "The leaders said aid would follow.", published=DATE),
                 "leaders").members == ("BRAGOV", "FRAGOV")
    assert not named(extract(far + "The leaders said aid would follow.", published=DATE), "leaders").members


def test_the_ministers_without_a_pair_are_no_group():
    art = extract("Lula visited Sao Paulo on Monday. The ministers said the plan would cost billions.",
                  published=DATE)
    assert not named(art, "ministers").members


def test_the_officials_are_never_the_pair():
    art = extract("Lula and Macron met in Brasilia on Tuesday. The officials said the talks were friendly.",
                  published=DATE)
    assert not named(art, "officials").members


# -- 3. an IGO's officer stands for the body in "the alliance", "the bloc" -------------------------------

def test_the_alliance_is_the_body_its_secretary_general_was_named_with():
    art = extract("NATO Secretary-General Jens Stoltenberg said on Monday the alliance would boost its "
                  "presence in the east.", published="2020-03-03")
    alliance = named(art, "alliance")
    assert (alliance.code, alliance.resolved_by) == ("IGOWSTNAT", "description")


def test_the_bloc_is_the_body_its_officer_was_named_with():
    art = extract("ASEAN Secretary-General Kao Kim Hourn said on Friday the bloc would send an envoy to "
                  "Myanmar.", published=DATE)
    assert named(art, "bloc").code == "IGOSEAASN"


# -- 4. region peoples in the plural ---------------------------------------------------------------------

def test_plural_region_peoples_are_the_region():
    art = extract("Europeans and Latin Americans criticised the plan, while Arabs welcomed it.",
                  published=DATE)
    assert named(art, "Europeans").code == "EUR"
    assert named(art, "Latin Americans").code == "LAM"
    assert named(art, "Arabs").code == "ARB"


def test_a_region_people_inside_a_longer_name_is_not_the_continent():
    art = extract("Thousands of West Africans crossed the border on Monday.", published=DATE)
    assert not any(a.code == "AFR" for a in art.actors)
