"""Review 14d: actor errors found on ten new wire articles (hyphenated family names, "the group" after
"an armed group", herders and farmers)."""

from __future__ import annotations

import pytest
from actor_helpers import actor_named as _actor, pipe  # noqa: F401 - pipe is a fixture

from dateline.model import Article


def test_a_hyphenated_family_name_refers_back_to_its_minister(pipe):
    a = _actor(pipe, "ACCRA, May 12 (Wire) - Japan donated medical equipment to Ghana on Wednesday. The "
               "shipment was received by Ghanaian Health Minister Kwaku Agyeman-Manu. Agyeman-Manu "
               "thanked Tokyo for the gift.", "Agyeman-Manu")
    assert (a.code, a.resolved_by) == ("GHAGOV", "coreference"), a


def test_the_group_refers_back_to_an_armed_group(pipe):
    a = _actor(pipe, "BAMAKO, March 14 (Wire) - An armed group seized two French engineers in northern "
               "Mali on Monday, local officials reported. The group threatened to kill the hostages.", "group")
    assert (a.code, a.resolved_by) == ("MLIUAF", "description"), a


def test_the_group_does_not_borrow_a_context_actor_of_another_kind(pipe):
    art = pipe(Article.create("BAMAKO, March 14 (Wire) - Malian soldiers patrolled the north on Monday. "
                              "The group said it would hold talks.", published="2025-03-14"))
    assert not any(a.text == "group" and a.resolved_by == "description" and a.code == "MLIMIL"
                   for a in art.actors), [(a.text, a.code, a.resolved_by) for a in art.actors]


@pytest.mark.parametrize("words,code", [("Kenyan herders", "KENAGR"), ("12 farmers", "NGAAGR")])
def test_herders_and_farmers_are_agriculture(pipe, words, code):
    text = {"Kenyan herders": "NAIROBI, August 22 (Wire) - Somali troops clashed with Kenyan herders near "
                              "the border on Sunday, police said.",
            "12 farmers": "ABUJA, August 22 (Wire) - Nigerian police said gunmen killed 12 farmers in "
                       "Benue state on Sunday."}[words]
    assert _actor(pipe, text, words).code == code
