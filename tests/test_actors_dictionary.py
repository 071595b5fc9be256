"""The shipped actor dictionary validates, loads fast, stays small; user files extend and override it."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from dateline.actors import resolve_text
from dateline.actors.data import _read, _shipped_path, load_dictionary, validate
from dateline.config import Settings
from dateline.errors import DictionaryError


def test_shipped_dictionary_validates_every_record_and_is_compact():
    path = _shipped_path()
    assert path.stat().st_size < 20_000_000
    data = _read(path)
    validate(data, origin=str(path), deep=True)
    assert len(data["countries"]) > 240 and len(data["people"]) > 10_000


def test_loads_once_per_process_and_quickly():
    from dateline.actors import data as mod

    mod._load.cache_clear()
    t0 = time.process_time()
    first = load_dictionary()
    elapsed = time.process_time() - t0
    assert load_dictionary() is first
    assert elapsed < 3.0  # < 1 s on an idle machine; the margin absorbs shared CI cores


def _write(tmp_path: Path, data: dict, *, gz: bool = False) -> Path:
    path = tmp_path / ("user.json.gz" if gz else "user.json")
    raw = json.dumps(data).encode()
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


def test_user_file_adds_people_and_overrides_shipped_readings(tmp_path):
    user = _write(tmp_path, {
        "format": "dateline-actors", "version": 1,
        "people": [{"name": "Marta Quellwood", "roles": [["NZL", "GOV", "foreign_minister", "2030-01-01", ""]]}],
        "orgs": [{"code": "NZLMED", "country": "NZL", "sector": "MED", "names": ["Kiwi Wire"]}],
        "countries": [{"iso3": "RUS", "seats": {"Moscow": "MIL"}}],
    }, gz=True)
    settings = Settings().with_overrides({"actors.user_file": str(user)})
    actors = {a.text: a for a in resolve_text("Marta Quellwood told Kiwi Wire that Moscow was wrong.",
                                              date="2030-02-01", settings=settings)}
    assert actors["Marta Quellwood"].code == "NZLGOV" and actors["Marta Quellwood"].role == "foreign_minister"
    assert actors["Kiwi Wire"].code == "NZLMED"
    assert actors["Moscow"].code == "RUSMIL"
    # The shipped dictionary, used without the user file, is unchanged.
    plain = {a.text: a for a in resolve_text("Moscow was wrong.", date="2030-02-01")}
    assert plain["Moscow"].code == "RUSGOV"


def test_bad_user_file_raises_a_dictionary_error_that_says_what_to_fix(tmp_path):
    bad = _write(tmp_path, {"people": [{"name": "X Y", "roles": [["NZL", "GOV", "pm", "last year", ""]]}]})
    with pytest.raises(DictionaryError) as err:
        load_dictionary(bad)
    assert "YYYY-MM-DD" in str(err.value)
    with pytest.raises(DictionaryError):
        load_dictionary(tmp_path / "missing.json")
