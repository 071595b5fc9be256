"""Acts counted by a noun ("a series of bombings in X killed ..."): the place locates the acts, it did not
commit them; the unnamed attacker is the place's unidentified armed actor (`coding/unattributed.py`)."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors", "coding"])


def _sources(pipe, text: str) -> set[tuple]:
    art = next(iter(pipe.pipe([Article.create(text, id="t")])))
    return {(e.cameo[:2], e.source.code, e.source.resolved_by) for e in art.events if e.source}


@pytest.mark.parametrize("text, code", [
    ("A series of bombings in northern Nigeria killed at least 30 people on Sunday.", "NGAUAF"),
    ("A spate of shootings in Lima killed four police officers on Tuesday.", "PERUAF"),
    ("A wave of attacks in the Iraqi city of Mosul killed twelve civilians.", "IRQUAF"),
])
def test_place_under_a_counting_noun_is_not_the_attacker(pipe, text, code):
    found = _sources(pipe, text)
    assert ("19", code, "unattributed") in found, found
    assert not any(resolved_by != "unattributed" for root, _c, resolved_by in found if root in ("18", "19")), found


def test_counted_soldiers_keep_their_country(pipe):
    # "a number of Nigerian soldiers": the count is of people, who are the named attackers
    found = _sources(pipe, "A number of Nigerian soldiers attacked a village in Borno state.")
    assert any(c == "NGAMIL" for _r, c, _b in found), found


def _events(pipe, text: str) -> set[tuple]:
    art = next(iter(pipe.pipe([Article.create(text, id="t")])))
    return {(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in art.events}


def test_forces_deployed_without_an_agent_are_their_sides_posture(pipe):
    found = _events(pipe, "Kenyan troops were deployed to the border with Somalia on Monday.")
    assert ("15", "KENMIL", "SOM") in found, found
    found = _events(pipe, "Spanish police officers were deployed in Madrid before Sunday's cup final.")
    assert any(r == "15" and s == "ESPCOP" for r, s, _t in found), found


def test_a_named_deployer_stays_the_source(pipe):
    found = _events(pipe, "Kenyan troops were deployed to the border by the defence ministry.")
    assert any(r == "15" and s == "KENGOV" for r, s, _t in found), found
    assert not any(r == "15" and s == "KENMIL" for r, s, _t in found), found


def test_deployed_civilians_are_no_force_posture(pipe):
    found = _events(pipe, "Kenyan doctors were deployed to the flooded region on Monday.")
    assert not any(r == "15" for r, _s, _t in found), found
