"""Start-up work a worker no longer repeats: the collector paused while loading, the lexicon built once."""

from __future__ import annotations

import gc
import json

import pytest

from dateline.loading import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_collector_paused_inside_and_back_on_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_back_on_after_an_error(collector_on):
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("a loader failed")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # a caller that had paused it keeps it paused


def test_shipped_lexicon_is_one_object_however_it_is_asked_for():
    from dateline.coding.lexicon import load_lexicon

    # nlp_case asks with no argument, the coding stage with `coding.lexicon or None`: one build, not two
    assert load_lexicon() is load_lexicon(None) is load_lexicon("")


def test_user_lexicon_loads_with_the_collector_back_on(tmp_path, collector_on):
    from dateline.coding.lexicon import load_lexicon

    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps({"entries": [
        {"id": "t.v.rebuke", "pos": "VERB", "lemma": "rebuke", "code": "111", "obj": ["Envoy"]},
        {"id": "t.n.phone_call", "pos": "NOUN", "lemma": "phone call", "code": "040"},
    ], "light_verbs": ["hold"], "speech_verbs": ["say"]}), encoding="utf-8")
    lex = load_lexicon(str(path))
    assert gc.isenabled()
    assert lex.size == 2
    assert lex.candidates("VERB", "rebuke")[0].obj == frozenset({"envoy"})
    assert lex.candidates("NOUN", "call")[0].mod == frozenset({"phone"})  # the head, the rest a modifier
    assert lex is load_lexicon(str(path))


def test_worker_initializer_leaves_the_collector_on(monkeypatch):
    from dateline.config import Settings
    from dateline.scale import local

    for key in local._SINGLE_THREAD_ENV:  # the initializer sets these for its worker; undo them here
        monkeypatch.setenv(key, "")
    was = gc.isenabled()
    gc.enable()
    try:
        local._init_worker(Settings())
        assert gc.isenabled()  # paused while loading, on again for the articles
        assert local._WORKER_PIPELINE is not None
    finally:
        gc.unfreeze()
        local._WORKER_PIPELINE = None
        if not was:
            gc.disable()

