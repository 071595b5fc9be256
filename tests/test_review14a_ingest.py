"""Review of new wire text (pass 14a): a JSONL "date" key dates the article like "published"."""

from __future__ import annotations

import json

from dateline.config import Settings
from dateline.ingest import read_inputs


def _read(tmp_path, obj):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(obj) + "\n", encoding="utf-8")
    return list(read_inputs([p], settings=Settings()))


def test_a_date_key_is_the_publication_date(tmp_path):
    [art] = _read(tmp_path, {"id": "d1", "date": "2019-10-15",
                             "text": "SEOUL, October 15 (Newswire) - South Korea protested on Tuesday after "
                                     "two Russian bombers entered its air defence zone, the military said."})
    assert not art.errors
    assert art.published == "2019-10-15"
    assert art.dateline.date == "2019-10-15"  # the dateline's month and day take the article's year


def test_published_wins_over_date(tmp_path):
    [art] = _read(tmp_path, {"id": "d2", "published": "2021-03-02", "date": "2020-01-01",
                             "text": "LIMA, March 2 (Newswire) - Peru recalled its ambassador to Mexico on "
                                     "Monday."})
    assert art.published == "2021-03-02"


def test_a_bad_date_key_fails_like_a_bad_published(tmp_path):
    [art] = _read(tmp_path, {"id": "d3", "date": "2021-02-30",
                             "text": "QUITO, Feb 27 (Newswire) - Ecuador expelled two Colombian diplomats."})
    assert art.errors and art.errors[0].code == "E213"
