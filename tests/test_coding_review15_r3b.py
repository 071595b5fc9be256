"""Review 15 (r3b): background relative clauses, vows and warnings, and other gaps found on new wire
articles; every sentence here is new and wire-style."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - `pipe` is a fixture


def _triggers(events):
    return {(e.trigger.text, e.cameo) for e in events}


def test_a_relative_clause_describing_the_subject_is_no_event(pipe):
    # "which has invested" / "which sells": what a party has done or does, told in passing
    events = code(pipe, "Japan, which has invested in new ports in both countries, offered to mediate between "
                        "Kenya and Somalia.")
    assert not any(e.trigger.text == "invested" for e in events), _triggers(events)
    assert ("JPN", "KEN", "039", "asserted") in summary(events), _triggers(events)
    events = code(pipe, "Turkey, which sells drones to Ukraine, condemned the strike on the port.")
    assert not any(e.trigger.text == "sells" for e in events), _triggers(events)


def test_a_relative_clause_with_a_past_act_or_a_date_is_still_an_event(pipe):
    # control: a past tense or a date of its own makes the clause a report of an act
    events = code(pipe, "The Congolese army, which shelled rebel positions near Goma on Sunday, said it had repelled "
                        "an attack.")
    assert any(e.trigger.text == "shelled" for e in events), _triggers(events)
    events = code(pipe, "Hezbollah, which has fired rockets at Israel since Tuesday, said it would not stop.")
    assert any(e.trigger.text == "fired" for e in events), _triggers(events)
