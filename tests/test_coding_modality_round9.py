"""Modality of what is denied, of acts a judging verb presupposes and of hedged threats; domestic refusals
(coding/modality.py, mode_rules.py, roles.py)."""

from __future__ import annotations

from dateline.model import ASSERTED, NEGATED

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def test_what_is_denied_is_negated_not_asserted(pipe):
    got = summary(code(pipe, "Russia denied that its forces had attacked civilians in Bucha."))
    assert not any(c.startswith("19") and m == ASSERTED for _s, _t, c, m in got), got
    assert any(c.startswith("19") and m == NEGATED for _s, _t, c, m in got), got
    got = summary(code(pipe, "Sudan denied reports that its troops had shelled Chadian border villages."))
    assert not any(c.startswith("19") and m == ASSERTED for _s, _t, c, m in got), got


def test_an_act_that_is_judged_happened_whatever_the_judging_verb_s_mode(pipe):
    got = summary(code(pipe, "India refused to condemn Russia's invasion of Ukraine."))
    assert ("RUS", "UKR", "190", NEGATED) not in got, got
    assert any(s == "IND" and c.startswith("12") for s, _t, c, _m in got), got  # the refusal itself
    got = summary(code(pipe, "Brazil did not condemn the Chinese blockade of Taiwan."))
    assert not any(s == "CHN" and m == NEGATED for s, _t, _c, m in got), got


def test_refusing_to_de_escalate_or_lift_sanctions_is_not_aimed_at_the_own_country(pipe):
    for sentence in ("Israel rejected calls for a ceasefire.", "Hungary refused to lift the sanctions."):
        got = summary(code(pipe, sentence))
        assert got and not any(s == t for s, t, _c, _m in got), (sentence, got)


def test_force_or_sanctions_a_party_says_it_may_use_is_a_threat(pipe):
    got = summary(code(pipe, "Russia said it could cut gas supplies to Moldova."))
    assert any(s == "RUS" and t == "MDA" and c.startswith("13") and m == ASSERTED for s, t, c, m in got), got
    # someone else's speculation stays hypothetical, and so does a possible kindness
    got = summary(code(pipe, "Analysts said Russia could cut gas supplies to Moldova."))
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got
    got = summary(code(pipe, "Japan said it could help Vietnam."))
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got


def test_a_conjunct_with_its_own_tense_keeps_its_own_polarity(pipe):
    got = summary(code(pipe, "Egypt did not attend the talks and boycotted the summit."))
    assert any(c.startswith("14") and m == ASSERTED for _s, _t, c, m in got), got
    assert any(c.startswith("04") and m == NEGATED for _s, _t, c, m in got), got
    # a bare conjunct shares its first clause's negation
    got = summary(code(pipe, "Egypt will not meet or negotiate with Ethiopia."))
    assert not any(m == ASSERTED and c.startswith("04") for _s, _t, c, m in got), got


def test_tear_gas_fired_at_protesters_is_repression(pipe):
    got = summary(code(pipe, "Kenyan police fired tear gas at protesters in Nairobi."))
    assert any(s == "KEN" and c == "175" for s, _t, c, _m in got), got
