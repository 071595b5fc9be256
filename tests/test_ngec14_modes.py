"""PLOVER modes read from the words of the coded clause (`dateline.coding.plover_modes`).

Our own wire-style sentences; the real spaCy model, the real pipeline (nlp, actors, coding).
"""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors", "coding"])


def _modes(pipe, text: str) -> dict[str, set]:
    art = next(iter(pipe.pipe([Article.create(text, id="t")])))
    out: dict[str, set] = {}
    for e in art.events:
        p = e.plover or {}
        out.setdefault(p.get("type"), set()).add(p.get("mode"))
    return out


@pytest.mark.parametrize("text, ptype, mode", [
    # ASSAULT: CAMEO 190 has no PLOVER mode; the weapon named in the clause gives it
    ("A drone strike by Turkey killed four fighters in northern Iraq on Monday.", "ASSAULT", "drone"),
    ("Russian shelling killed six civilians in Kharkiv.", "ASSAULT", "heavy-weapons"),
    ("Israeli warplanes bombed a training camp in Gaza.", "ASSAULT", "aerial"),
    ("Gunmen killed five villagers in central Mali.", "ASSAULT", "firearms"),
    ("Police in Nairobi fired tear gas at protesters on Tuesday.", "ASSAULT", "crowd-control"),
    # PROTEST: CAMEO 143 is one code for strikes and boycotts
    ("Teachers in Kenya went on strike over pay.", "PROTEST", "strike"),
    ("Nigerian students boycotted the ceremony in Lagos.", "PROTEST", "boycott"),
    # MOBILIZE: who or what is deployed
    ("Ethiopia deployed riot police to Addis Ababa.", "MOBILIZE", "police"),
    # THREATEN: what is threatened
    ("Iran threatened to expel European diplomats.", "THREATEN", "expel"),
    ("Serbia threatened to walk away from the talks with Kosovo.", "THREATEN", "relations"),
    # REQUEST: what is asked for
    ("Iraq asked Jordan for humanitarian aid.", "REQUEST", "assist"),
    # ACCUSE: "accused X of" alleges wrongdoing (CAMEO 112 is tabled as disapproval)
    ("Russia accused Ukraine of violating the truce.", "ACCUSE", "allege"),
    # RETREAT: a withdrawal (0874 is tabled as disarm)
    ("Turkey withdrew its troops from northern Syria.", "RETREAT", "withdraw"),
])
def test_mode_from_clause_words(pipe, text, ptype, mode):
    modes = _modes(pipe, text)
    assert ptype in modes, modes
    assert mode in modes[ptype], modes


def test_specific_code_keeps_its_table_mode(pipe):
    # an abduction is one whatever the weapon: 181 keeps "abduct" though gunmen are named
    modes = _modes(pipe, "Armed men abducted two Chinese engineers in southern Niger on Sunday.")
    assert modes.get("ASSAULT") == {"abduct"}, modes


def test_words_of_another_clause_do_not_set_the_mode(pipe):
    # the criticism is no attack: its mode stays the table's, and the shelling's words are its own
    modes = _modes(pipe, "Germany condemned Russia after shelling killed ten people in Odesa.")
    assert modes.get("ACCUSE") == {"disapprove"}, modes


def test_no_words_leave_the_table_mode(pipe):
    modes = _modes(pipe, "Armenian troops attacked Azerbaijani positions on Friday.")
    assert modes.get("ASSAULT") == {None}, modes


@pytest.mark.parametrize("text, ptype, mode", [
    # what a warning is about can sit in its complement clause
    ("Azerbaijan warned Armenia that it would invade the disputed region.", "THREATEN", "territory"),
    # tear gas is crowd control, a gas attack is not
    ("A chemical gas attack by Syrian government forces killed dozens in Douma.", "ASSAULT", "unconventional"),
    # "pulled its forces out" is a withdrawal
    ("Rwanda pulled its forces out of eastern Congo on Friday.", "RETREAT", "withdraw"),
])
def test_mode_from_complement_and_particles(pipe, text, ptype, mode):
    modes = _modes(pipe, text)
    assert mode in modes.get(ptype, set()), modes


def test_title_case_prepositions_are_lowered_for_the_parser(pipe):
    # "Near" in a Title Case headline is a preposition, not part of a name: lowered, the verb is read
    art = next(iter(pipe.pipe([Article.create("Farmers Block Highway Near Lyon", id="h")])))
    assert "PROTEST" in {(e.plover or {}).get("type") for e in art.events}
    from dateline.nlp_case import lower_title_case
    assert lower_title_case("Farmers Block Motorway Near Lyon Across France") == \
        "Farmers block Motorway near Lyon across France"
