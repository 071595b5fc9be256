"""Review 14f: a country's craft or post named by its demonym or owner is the phrase's actor, with the
sector the craft says (actors/assets.py), not the bare country of the adjective."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors"])


def _actors(pipe, text):
    art = pipe(Article.create(text, published="2025-06-02"))
    return {a.text: a.code for a in art.actors}


def test_a_demonym_ship_is_the_whole_phrase_and_the_country(pipe):
    got = _actors(pipe, "MANILA, June 2 (Wire) - A Philippine ship and a Chinese vessel were anchored off "
                        "the atoll for a week, officials said.")
    assert got.get("Philippine ship") == "PHL" and got.get("Chinese vessel") == "CHN", got
    assert "Philippine" not in got, got


def test_positions_and_outposts_are_the_military(pipe):
    got = _actors(pipe, "BAKU, June 2 (Wire) - Georgian positions along the ridge and an Armenian outpost "
                        "were shelled overnight, the ministry said.")
    assert got.get("Georgian positions") == "GEOMIL", got
    assert got.get("Armenian outpost") == "ARMMIL", got


def test_a_convoy_and_a_patrol_boat_are_the_military(pipe):
    got = _actors(pipe, "HANOI, June 2 (Wire) - A Malaysian convoy passed as an Indonesian patrol boat "
                        "waited in the strait, the navy said.")
    assert got.get("Malaysian convoy") == "MYSMIL", got
    assert got.get("Indonesian patrol boat") == "IDNMIL", got


def test_fishing_and_cargo_vessels_are_civilians_and_business(pipe):
    got = _actors(pipe, "HANOI, June 2 (Wire) - A Vietnamese fishing boat and a Korean cargo ship docked "
                        "at the port on Sunday.")
    assert got.get("Vietnamese fishing boat") == "VNMCVL", got
    assert got.get("Korean cargo ship", "KOR").startswith("KOR") and got.get("Korean cargo ship") != "KOR", got


def test_a_countrys_possessed_patrol_boats(pipe):
    got = _actors(pipe, "MANILA, June 2 (Wire) - Japan's patrol boats left the harbour on Monday.")
    assert got.get("Japan's patrol boats") == "JPNMIL", got


def test_a_position_on_a_question_is_no_military_post(pipe):
    got = _actors(pipe, "MOSCOW, June 2 (Wire) - Russia's position on the grain deal has not changed, "
                        "a diplomat told reporters.")
    assert not any(code == "RUSMIL" for code in got.values()), got


def test_plural_positions_on_a_question_and_an_industrial_base_are_no_military(pipe):
    got = _actors(pipe, "JERUSALEM, June 2 (Wire) - Egyptian positions on the truce have hardened, and "
                        "Turkey's manufacturing base is shrinking, analysts said.")
    assert not any(code in ("EGYMIL", "TURMIL") for code in got.values()), got


def test_air_bases_are_military_and_an_aid_convoy_is_not(pipe):
    got = _actors(pipe, "ANKARA, June 2 (Wire) - Syrian air bases were struck overnight while a Turkish aid "
                        "convoy waited at the crossing.")
    assert got.get("Syrian air bases") == "SYRMIL", got
    assert got.get("Turkish aid convoy") == "TUR", got
