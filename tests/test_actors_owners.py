"""State bodies owned by a possessive pronoun ("his government", "its army", "their forces"): actors/owners.py.

Synthetic wire-style sentences run through the real pipeline (spaCy, the shipped dictionary) up to the coder.
"""

from __future__ import annotations

from dateline.model import Article

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def _owned(pipe, text, published="2024-05-06"):
    return [a for a in pipe(Article.create(text, published=published)).actors if a.resolved_by == "possessive"]


def test_his_government_is_the_speaker_s_country(pipe):
    owned = _owned(pipe, "Kenya's president said on Monday his government had expelled two Somali envoys.")
    assert [(a.text, a.code) for a in owned] == [("his government", "KENGOV")], owned
    got = summary(code(pipe, "Kenya's president said on Monday his government had expelled two Somali envoys."))
    assert any(s == "KEN" and t == "SOM" and c.startswith("16") for s, t, c, _m in got), got


def test_its_army_is_the_country_s(pipe):
    owned = _owned(pipe, "Armenia said its army had returned fire along the border overnight.")
    assert [(a.text, a.code) for a in owned] == [("its army", "ARMMIL")], owned


def test_her_takes_a_person_and_not_a_country(pipe):
    # "her" cannot point back to a country named after the person
    owned = _owned(pipe, "The Danish prime minister told reporters in Oslo that her government backed the plan.")
    assert [a.country for a in owned] == ["DNK"], owned


def test_no_antecedent_in_the_paragraph_leaves_it_unresolved(pipe):
    text = "Talks resumed in Geneva.\n\nHe said his government would not attend."
    assert not _owned(pipe, text), "a pronoun with no person before it in its paragraph owns nothing"


def test_a_named_country_beats_the_pronoun(pipe):
    owned = _owned(pipe, "Biden said his Mexican counterpart's government would tighten border checks.")
    assert not any(a.country == "USA" for a in owned), owned


def test_a_party_raided_and_its_spokesman_detained_are_the_partys(pipe):
    # coercion lands on others: "its" is not the police's own; the city of the raid owns nothing
    events = code(pipe, "Police raided the headquarters of Zimbabwe's opposition Movement for Democratic Change in "
                        "Harare and detained its spokesman.", published="2024-05-01")
    held = [e for e in events if e.cameo == "173"]
    assert held and held[0].target is not None and held[0].target.code == "ZWEOPP", events
