"""Floor on actor accuracy against the shared gold sets (see docs/accuracy.md for the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluation import actors as actor_eval

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
PETR = GOLD / "petrarch-validation" / "petr2_gsr_validation.jsonl"
PLOVER = GOLD / "plover-gsr" / "plover_gsr_cameo.jsonl"


@pytest.mark.skipif(not PETR.exists(), reason="shared gold sets not present")
def test_petrarch_gsr_actor_recall_floor():
    report = actor_eval.evaluate(str(PETR))
    assert report["records"] == 78
    assert report["country_recall"] >= 0.96
    assert report["code_recall"] >= 0.79
    assert report["sector_recall"] >= 0.82
    assert "country_recall" in actor_eval.render(report)


@pytest.mark.slow
@pytest.mark.skipif(not PLOVER.exists(), reason="shared gold sets not present")
def test_plover_gsr_actor_accuracy_floor():
    report = actor_eval.evaluate(str(PLOVER))
    assert report["country_precision"] >= 0.965
    assert report["country_accuracy"] >= 0.875
    assert report["sector_accuracy"] >= 0.73
