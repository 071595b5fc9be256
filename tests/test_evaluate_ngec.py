"""`dateline evaluate --kind ngec`: PLOVER types of synthetic-story headlines and stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.evaluation import ngec

# Our own records in the NGEC layout (headline + story + the prompt's PLOVER type and mode).
STORIES = [
    {"id": "n1", "headline": "Peru condemned Chile over the border incident.",
     "text": "LIMA - Peru's foreign ministry on Monday condemned Chile over a border incident. Officials in "
             "Lima said the two countries would hold talks next month.",
     "event": "ACCUSE", "mode_normalized": None, "synthetic": True, "slot_fill_ok": True},
    {"id": "n2", "headline": "Kenya and Ethiopia signed a trade agreement.",
     "text": "Kenya and Ethiopia signed a trade agreement in Nairobi on Friday, officials said.",
     # CAMEO 057 (sign formal agreement) is SUPPORT in the CAMEO->PLOVER table we follow
     "event": "SUPPORT", "mode_normalized": None, "synthetic": True, "slot_fill_ok": True},
    {"id": "n3", "headline": "The weather in Oslo was mild.", "text": "The weather in Oslo was mild all week.",
     "event": "PROTEST", "mode_normalized": "demonstrate", "synthetic": True, "slot_fill_ok": True},
    {"id": "n4", "headline": "Template did not fill", "text": "Nothing here.", "event": "AID",
     "synthetic": True, "slot_fill_ok": False},
]


def test_ngec_report_scores_headlines_and_stories(tmp_path, dateline_cli):
    gold = tmp_path / "ngec.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in STORIES), "utf-8")
    report = ngec.evaluate(gold, settings=Settings())
    assert report["records"] == 3  # the record whose template did not fill is left out
    h, s = report["headline"], report["story"]
    assert h["recall"] == pytest.approx(2 / 3, abs=1e-3)  # n1 and n2 coded with their type; n3 has no event
    assert h["silent"] == pytest.approx(1 / 3, abs=1e-3)
    assert s["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert report["per_type"]["PROTEST"]["headline_recall"] == 0.0
    assert {"gold": "PROTEST", "predicted": "-", "count": 1} in report["confusions"]
    assert "headline PLOVER type" in ngec.render(report)
    res = dateline_cli("evaluate", "--gold", str(gold), "--format", "json")  # detected as ngec
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["kind"] == "ngec"


@pytest.mark.slow
def test_ngec_dev_floor(shared_dir):
    # Floors just under the figures in docs/accuracy.md (first 150 stories of the 2023-04 file).
    path = shared_dir / "gold" / "ngec-synthetic" / "ngec_synthetic_2023-04.jsonl"
    if not Path(path).exists():
        pytest.skip("NGEC synthetic stories not in ../shared")
    report = ngec.evaluate(path, settings=Settings(), limit=150)
    assert report["headline"]["precision"] >= 0.79  # 0.810 after the thirteenth pass (0.777 after the tenth)
    assert report["story"]["recall"] >= 0.56  # 0.580 after the fourteenth (0.573 after the thirteenth)
    assert report["headline"]["recall"] >= 0.56  # 0.580
    assert report["mode"]["accuracy"] >= 0.95  # 81 of 81 after the fourteenth pass (65 of 81 before; in-sample)
