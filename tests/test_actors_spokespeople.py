"""Unknown spokespeople speak for the institution just named (actors/spokespeople.py).

Synthetic wire-style paragraphs run through the real pipeline (spaCy, the shipped dictionary) up to the coder.
"""

from __future__ import annotations

from dateline.model import Article

from coding_helpers import pipe, summary  # noqa: F401 - pipe is a fixture


def _run(pipe, text, published="2024-05-06"):
    return pipe(Article.create(text, published=published))


def _spokes(art):
    return [a for a in art.actors if a.resolved_by == "spokesperson"]


def test_a_spokeswoman_after_her_ministry(pipe):
    art = _run(pipe, "Egypt's foreign ministry condemned the raid on Sunday. Spokeswoman Lina Fahmy urged "
                     "Israel to withdraw its forces from the crossing.")
    found = _spokes(art)
    assert [(a.text, a.code) for a in found] == [("Spokeswoman Lina Fahmy", "EGYGOV")], art.actors
    got = summary(art.events)
    assert any(s == "EGY" and t == "ISR" and c.startswith("02") for s, t, c, _m in got), got


def test_two_countries_institutions_in_one_sentence_leave_it_open(pipe):
    art = _run(pipe, "Egypt's foreign ministry and Jordan's foreign ministry issued statements on Sunday. "
                     "Spokesman Karim Adel said the crossing would stay shut.")
    assert not _spokes(art), art.actors


def test_two_paragraphs_back_is_too_far(pipe):
    # wire copy often gives each sentence its own paragraph, so the paragraph just before counts (review 15);
    # one further back does not
    art = _run(pipe, "Egypt's foreign ministry condemned the raid on Sunday.\n\n"
                     "The crossing stayed shut for a third day.\n\n"
                     "Spokesman Karim Adel said talks would resume.")
    assert not _spokes(art), art.actors


def test_the_paragraph_before_with_two_countries_leaves_it_open(pipe):
    art = _run(pipe, "Egypt's foreign ministry and Jordan's foreign ministry issued statements on Sunday.\n\n"
                     "Spokesman Karim Adel said the crossing would stay shut.")
    assert not _spokes(art), art.actors


def test_a_known_person_keeps_their_own_code(pipe):
    art = _run(pipe, "Egypt's foreign ministry condemned the raid. Spokesman Matthew Miller of the State "
                     "Department said Washington was concerned.")
    assert not any(a.country == "EGY" and "Miller" in a.text for a in art.actors), art.actors
