"""`times`/`places` layers and each event's date/place appear in the article's JSON contract."""

from __future__ import annotations

from dateline.model import Article
from dateline.pipeline import Pipeline


def test_times_and_places_in_the_extract_json():
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday. "
            "The two leaders signed an energy accord.")
    art = Pipeline()(Article.create(text, published="2024-05-17"))
    out = Article.from_dict(art.to_dict()).to_dict()
    assert any(t["text"] == "Thursday" and t["value"] == "2024-05-16" for t in out["times"])
    assert any(p["text"] == "Beijing" and p["country"] == "CHN" and p["geonames_id"] for p in out["places"])
    for ev in out["events"]:
        assert ev["date"] is not None and ev["date_source"] in ("time", "offset", "dateline", "published")
