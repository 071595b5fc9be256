"""Capital names from the Factbook's capital field, with the spellings it gives in parentheses
(scripts/build_actor_dicts.py `_capitals`), and the shipped dictionary built from them."""

from __future__ import annotations

import sys
from pathlib import Path

from actor_helpers import actor_named, pipe  # noqa: F401 - pipe is a fixture

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from build_actor_dicts import _capitals  # noqa: E402


def test_language_labels_and_alternative_spellings():
    assert _capitals("Chisinau in Romanian (Kishinev in Russian)") == ["Chisinau", "Kishinev"]
    assert _capitals("Pristina (Prishtine, Prishtina)") == ["Pristina", "Prishtine", "Prishtina"]
    assert _capitals("Nicosia (Lefkosia/Lefkosa)") == ["Nicosia", "Lefkosia", "Lefkosa"]


def test_notes_in_parentheses_are_no_names():
    assert _capitals("Suva (on Viti Levu)") == ["Suva"]
    assert _capitals("Porto-Novo (constitutional capital); Cotonou (seat of government)") == ["Porto-Novo",
                                                                                               "Cotonou"]
    assert _capitals("Malabo; note - Malabo is on the island of Bioko") == ["Malabo"]


def test_a_capital_labelled_with_its_language_is_a_seat_in_the_shipped_dictionary(pipe):
    a = actor_named(pipe, "Romania urged Chisinau on Tuesday to speed up the reforms.", "Chisinau")
    assert a.code == "MDAGOV", a
