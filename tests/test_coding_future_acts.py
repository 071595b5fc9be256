"""The `coding.future_acts` setting: a future act coded as CAMEO's statement of intent (the default) or as
the act itself with mode "future" (PETRARCH-style data), on our own sentences through the real pipeline."""

from __future__ import annotations

import pytest

from dateline.coding.component import options_from
from dateline.config import Settings
from dateline.errors import ConfigError
from dateline.model import ASSERTED, FUTURE, Article
from dateline.pipeline import Pipeline

from coding_helpers import CODING_STAGES, code, pipe, summary  # noqa: F401 - pipe is a fixture

VISIT = "Chilean President Gabriel Boric will visit Argentina next month, his office said on Tuesday."
STRIKE = "Ethiopia will bomb rebel positions in Tigray, the army said."


@pytest.fixture(scope="module")
def act_pipe():
    return Pipeline(Settings().with_overrides({"coding.future_acts": "act"}), stages=CODING_STAGES)


def test_default_codes_a_future_visit_as_intent_to_meet(pipe):
    got = summary(code(pipe, VISIT))
    assert ("CHL", "ARG", "036", FUTURE) in got, got
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got


def test_act_setting_keeps_the_visit_code_with_mode_future(act_pipe):
    got = summary(code(act_pipe, VISIT))
    assert ("CHL", "ARG", "042", FUTURE) in got, got
    assert not any(c.startswith("03") for _s, _t, c, _m in got), got


def test_future_force_is_a_threat_by_default_and_the_attack_under_act(pipe, act_pipe):
    default = summary(code(pipe, STRIKE))
    act = summary(code(act_pipe, STRIKE))
    assert any(s == "ETH" and c.startswith("13") for s, _t, c, _m in default), default
    assert any(s == "ETH" and c[:2] in ("18", "19") and m == FUTURE for s, _t, c, m in act), act
    assert not any(c.startswith("13") for _s, _t, c, _m in act), act


def test_asserted_acts_do_not_depend_on_the_setting(pipe, act_pipe):
    text = "Chilean President Gabriel Boric visited Argentina on Monday."
    assert summary(code(pipe, text)) == summary(code(act_pipe, text))
    assert ("CHL", "ARG", "042", ASSERTED) in summary(code(act_pipe, text))


def test_unknown_value_is_a_config_error_naming_the_choices():
    with pytest.raises(ConfigError) as err:
        options_from(Settings().with_overrides({"coding.future_acts": "someday"}))
    assert "act" in str(err.value) and "intent" in str(err.value)
    assert err.value.code == "E108"


def test_article_published_date_is_irrelevant_to_mode(act_pipe):
    art = act_pipe(Article.create(VISIT, published="2019-03-01"))
    assert {e.mode for e in art.events if e.cameo == "042"} == {FUTURE}


def test_evaluate_reports_and_honours_the_setting(tmp_path):
    from dateline.evaluation.events import evaluate, render

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "v1", "text": "%s", "date": "2024-05-06", "events": '
                    '[{"source": "CHLGOV", "target": "ARG", "event_code": "042"}]}\n' % VISIT, encoding="utf-8")
    intent = evaluate(gold, settings=Settings())
    act = evaluate(gold, settings=Settings().with_overrides({"coding.future_acts": "act"}))
    assert intent["future_acts"] == "intent" and act["future_acts"] == "act"
    assert act["full"]["tp"] == 1 and intent["full"]["tp"] == 0
    assert "future acts as: act" in render(act)


def test_intent_frame_over_an_act_with_no_intent_code_keeps_the_act_as_future(pipe):
    got = summary(code(pipe, "The IAEA wants to investigate nuclear sites in Iran."))
    assert any(t == "IRN" and c[:2] == "09" and m == FUTURE for _s, t, c, m in got), got
    assert not any(c == "030" for _s, _t, c, _m in got), got  # no "intent to cooperate"
    got = summary(code(pipe, "The European Union wants to criticise Hungary over its media law."))
    assert any(t == "HUN" and c[:2] == "11" and m == FUTURE for _s, t, c, m in got), got


def test_intent_frame_over_cooperation_is_still_an_intent(pipe):
    got = summary(code(pipe, "Egypt wants to send food aid to Sudan."))
    assert ("EGY", "SDN", "033", ASSERTED) in got, got
