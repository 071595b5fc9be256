"""Floor on time-expression accuracy against TempEval-3 (dev half; figures in docs/accuracy.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.evaluation import times as times_eval

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "tempeval3-dev"


@pytest.mark.skipif(not (GOLD / "te3_platinum_docs.jsonl").exists(), reason="shared gold sets not present")
def test_tempeval_dev_value_accuracy_floor():
    report = times_eval.evaluate(GOLD, settings=Settings())
    assert report["documents"] == 10
    assert report["date_time"]["value_accuracy"] >= 0.85  # 40 of 47 DATE/TIME values (0.851)
    assert report["all_types"]["value_accuracy"] >= 0.79  # 55 of 69 with durations and sets (0.797)
    assert report["precision_span"] >= 0.90
    assert "value accuracy" in times_eval.render(report)
