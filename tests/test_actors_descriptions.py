"""Definite descriptions that refer back to a named actor ("the group", "the bloc", "the company"):
actors/descriptions.py.

Synthetic wire-style sentences run through the real pipeline (spaCy, the shipped dictionary) up to the coder.
"""

from __future__ import annotations

import pytest

from dateline.actors.descriptions import HEADS, MODIFIERS
from dateline.model import Article

from coding_helpers import code, pipe  # noqa: F401 - pipe is a fixture


def _actors(pipe, text, published="2024-05-06"):
    return pipe(Article.create(text, published=published)).actors


def _described(pipe, text, published="2024-05-06"):
    """The actors of `text` resolved as definite descriptions, in text order."""
    return [a for a in _actors(pipe, text, published) if a.resolved_by == "description"]


def _at(actors, word):
    """The actor whose text ends with `word` (the description's head)."""
    found = [a for a in actors if a.text.split()[-1] == word]
    assert found, f"no actor ending in {word!r} in {[a.text for a in actors]}"
    return found[-1]


# ---- the kinds of antecedent -------------------------------------------------------------------------

def test_the_group_is_the_armed_group_named_before(pipe):
    actors = _actors(pipe, "The Rapid Support Forces shelled a market in Nyala on Saturday. The Sudanese army "
                           "accused the group of targeting displaced families.")
    group = _at(actors, "group")
    assert (group.code, group.resolved_by, group.name) == ("SDNREBRSF", "description", "Rapid Support Forces")


def test_a_modifier_that_agrees_keeps_the_armed_group(pipe):
    group = _at(_described(pipe, "Hamas gunmen ambushed an army patrol near Khan Younis before dawn. The "
                                 "militant group later said two of its men had been killed."), "group")
    assert group.code == "PSEREBHMS" and group.text == "militant group"


def test_a_jihadist_group_after_islamic_state(pipe):
    group = _at(_described(pipe, "Islamic State fighters overran a checkpoint east of Raqqa. Kurdish-led forces "
                                 "said the jihadist group lost dozens of men in the assault."), "group")
    assert group.country == "IMG" and group.code.startswith("IMGMUSISI")


def test_the_bloc_is_the_regional_organisation(pipe):
    bloc = _at(_described(pipe, "ECOWAS leaders met in Accra on Thursday. The bloc threatened to "
                                "suspend Guinea unless the junta set an election date."), "bloc")
    assert (bloc.code, bloc.country) == ("IGOWAFWAS", "IGOWAF")


def test_the_alliance_and_the_western_alliance(pipe):
    plain = _at(_described(pipe, "NATO defence ministers met in Brussels on Wednesday. The alliance promised "
                                 "Kyiv more air defence systems."), "alliance")
    western = _at(_described(pipe, "NATO defence ministers met in Brussels on Wednesday. The Western alliance "
                                   "promised Kyiv more air defence systems."), "alliance")
    assert plain.code == western.code == "IGOWSTNAT"


def test_the_agency_as_a_possessor(pipe):
    agency = _at(_described(pipe, "The IAEA said Iran had installed new centrifuges at Fordow. The agency's "
                                  "chief will travel to Tehran next week."), "agency")
    assert agency.code == "IGOUNOIAE" and agency.text == "agency"


def test_the_union_named_by_its_own_head_word(pipe):
    union = _at(_described(pipe, "The African Union suspended Gabon after the coup. The union said the "
                                 "suspension would last until elections are held."), "union")
    assert union.code == "IGOAFRAFU"


def test_the_company_is_the_business_named_before(pipe):
    company = _at(_described(pipe, "The Russian energy company Gazprom signed a supply deal with Serbia on "
                                   "Monday. The company said deliveries would rise next year."), "company")
    assert (company.code, company.sector) == ("RUSBUS", "BUS")


def test_the_coalition_is_the_coalition_named_before(pipe):
    coalition = _at(_described(pipe, "Venezuela's opposition coalition chose a single candidate for the July "
                                     "vote. The coalition said it would ask for foreign observers."), "coalition")
    assert coalition.code == "VENOPP"


def test_the_antecedent_may_be_two_paragraphs_back(pipe):
    group = _at(_described(pipe, "Hezbollah fired a salvo of rockets at northern Israel on Sunday.\n"
                                 "Sirens sounded in several towns.\n"
                                 "The group said the strike answered an Israeli raid."), "group")
    assert group.code == "LBNREBHEZ"


# ---- what stays unresolved ---------------------------------------------------------------------------

def test_two_fitting_actors_in_one_sentence_leave_it_open(pipe):
    actors = _actors(pipe, "Hamas and Hezbollah fighters fired rockets at Israel on Tuesday. The group said "
                           "more attacks would follow.")
    assert not [a for a in actors if a.resolved_by == "description"]


def test_a_description_with_its_own_country_or_name(pipe):
    assert not _described(pipe, "The Rapid Support Forces shelled a market in Nyala. The Chadian group said it "
                                "had no part in the attack.")
    assert not _described(pipe, "Hamas gunmen ambushed a patrol near Khan Younis. The group Islamic Jihad "
                                "said it had joined the attack.")


def test_quantities_and_names_with_of(pipe):
    assert not _described(pipe, "Leaders of NATO met in Washington. The group of seven richest nations "
                                "pledged more aid.")
    assert not _described(pipe, "Hamas gunmen ambushed a patrol near Khan Younis. A group of residents "
                                "fled north.")


def test_no_antecedent_no_actor(pipe):
    assert not _described(pipe, "The group said on Friday it had freed four hostages in the north.")


def test_the_modifier_must_agree_with_the_antecedent(pipe):
    # ECOWAS is an IGO, no militant group; "the regional bloc" is not the UN
    assert not _described(pipe, "ECOWAS leaders met in Abuja on Sunday. The militant group attacked a "
                                "convoy near the border.")
    assert not _described(pipe, "The United Nations urged restraint in Gaza on Monday. The regional bloc "
                                "criticised the strikes.")


def test_a_person_is_no_antecedent_of_the_group(pipe):
    assert not _described(pipe, "Antonio Guterres urged restraint in Gaza on Monday. The body said aid must "
                                "reach civilians.")


def test_an_antecedent_three_paragraphs_back_is_too_far(pipe):
    assert not _described(pipe, "Hezbollah fired a salvo of rockets at northern Israel.\n"
                                "Sirens sounded in several towns.\n"
                                "Schools were closed on Monday.\n"
                                "The group said the strike answered an Israeli raid.")


def test_the_closed_lists_agree():
    # every modifier leaves some kind a head can take, so no modifier is dead weight
    kinds = set().union(*HEADS.values())
    assert all(allowed <= kinds for allowed in MODIFIERS.values())
    assert all(any(allowed & h for h in HEADS.values()) for allowed in MODIFIERS.values())


# ---- end to end: the event gets the antecedent -------------------------------------------------------

def test_an_accusation_targets_the_group_named_before(pipe):
    events = code(pipe, "The Rapid Support Forces shelled a market in Nyala on Saturday. The Sudanese army "
                        "accused the group of targeting displaced families.")
    assert any(e.cameo.startswith("11") and e.source is not None and e.source.code == "SDNMIL"
               and e.target is not None and e.target.code == "SDNREBRSF" for e in events), events


def test_a_threat_by_the_bloc_has_the_bloc_as_source(pipe):
    events = code(pipe, "ECOWAS leaders met in Accra on Thursday. The bloc threatened to suspend "
                        "Guinea unless the junta set an election date.")
    assert any(e.cameo.startswith("13") and e.source is not None and e.source.code == "IGOWAFWAS"
               for e in events), events


@pytest.mark.parametrize("text", [
    "Hamas gunmen ambushed an army patrol near Khan Younis. Israel accused the militant group of breaking the "
    "truce.",
    "Hamas gunmen ambushed an army patrol near Khan Younis.\nIsraeli warplanes later struck the group's "
    "positions in Rafah.",
])
def test_the_described_group_is_an_events_target(pipe, text):
    events = code(pipe, text)
    assert any(e.target is not None and e.target.code == "PSEREBHMS" and e.target.resolved_by == "description"
               for e in events), events
