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
