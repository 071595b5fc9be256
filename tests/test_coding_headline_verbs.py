"""Headlines whose verb the small parser reads as a modifier of its object noun ("Chile and Peru sign trade
agreement"): the verb is coded with the noun as its object and the nominal before it as its subject
(`dateline.coding.headlines.verb_as_modifier`). Headlines are our own."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def test_lower_case_headline_verb_read_as_a_compound(pipe):
    got = summary(code(pipe, "Namibia and Angola sign water sharing agreement"))
    assert ("NAM", "AGO", "057", "asserted") in got and ("AGO", "NAM", "057", "asserted") in got, got


def test_title_case_headline_verb_read_as_a_compound(pipe):
    got = summary(code(pipe, "Namibia and Angola Sign Border Security Agreement"))
    assert ("NAM", "AGO", "057", "asserted") in got, got


def test_a_noun_compound_without_a_verb_form_signs_nothing(pipe):
    # "Trade" in front of "Agreement" is a noun modifier, not a headline verb: no signing is coded
    got = summary(code(pipe, "Namibia Trade Agreement Talks Stall Over Tariff Dispute"))
    assert not any(c == "057" for _s, _t, c, _m in got), got
    got = summary(code(pipe, "Namibia and Angola Sign Border Security Agreement"))
    assert any(c == "057" for _s, _t, c, _m in got), got
