"""Floor on toponym resolution against GeoVirus (figures and commands in docs/accuracy.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.evaluation import places as places_eval

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "geoparsing-geovirus"
FIRST25_RESOLUTION = 0.935  # measured 0.946 (141 of 149 toponyms with a gold country)
FIRST25_E2E = 0.925  # measured 0.933


@pytest.mark.skipif(not (GOLD / "geovirus.jsonl").exists(), reason="shared gold sets not present")
def test_geovirus_first_articles_floor():
    # the first 25 articles: a quick check that runs with the fast suite
    report = places_eval.evaluate(GOLD, settings=Settings(), limit=25)
    assert report["resolution"]["country_accuracy"] >= FIRST25_RESOLUTION
    assert report["end_to_end"]["country_accuracy"] >= FIRST25_E2E


@pytest.mark.slow
@pytest.mark.skipif(not (GOLD / "geovirus.jsonl").exists(), reason="shared gold sets not present")
def test_geovirus_country_accuracy_floor():
    report = places_eval.evaluate(GOLD, settings=Settings())
    assert report["documents"] == 229
    assert report["resolution"]["country_accuracy"] >= 0.95  # measured 0.955
    assert report["end_to_end"]["country_accuracy"] >= 0.935  # measured 0.941
    assert report["end_to_end"]["acc161"] >= 0.68  # measured 0.689
    assert "country accuracy" in places_eval.render(report)
