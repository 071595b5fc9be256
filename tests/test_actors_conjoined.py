"""Rebels and opposition coordinated with a government take that government's country
(`dateline.actors.conjoined`). Sentences are our own."""

from __future__ import annotations

from actor_helpers import actor_named, pipe  # noqa: F401 - pipe is a fixture


def test_rebels_in_talks_hosted_by_a_mediator_are_the_governments(pipe):
    # the mediator's capital is named too, which alone would make the story Norwegian
    a = actor_named(pipe, "Norway hosted talks in Oslo between the Philippine government and communist rebels "
                          "on Monday.", "communist rebels")
    assert a.code == "PHLREB", a


def test_opposition_named_before_the_government(pipe):
    a = actor_named(pipe, "Rebels and the Malian government signed a truce in Algiers on Sunday.", "Rebels")
    assert a.country == "MLI" and a.sector == "REB", a


def test_opposition_coordinated_with_a_government_in_a_mediators_story(pipe):
    a = actor_named(pipe, "ADDIS ABABA, May 3 (Wire) - Ethiopia brokered a deal under which the Sudanese "
                          "government and the opposition agreed to create a joint panel, officials said.",
                    "opposition")
    assert a.country == "SDN" and a.sector == "OPP", a
