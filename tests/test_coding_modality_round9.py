"""Modality of what is denied, and of acts a judging verb presupposes (coding/modality.py)."""

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
