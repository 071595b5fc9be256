"""Helpers shared by the coding tests: one pipeline up to the coder, and compact views of its events."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline

CODING_STAGES = ["nlp", "actors", "times", "places", "coding"]


@pytest.fixture(scope="module")
def pipe():
    """The real pipeline up to the coder (spaCy, actors, times, places), once per test module."""
    return Pipeline(Settings(), stages=CODING_STAGES)


def code(pipe, text, published="2024-05-06"):
    """The events of `text` as one article published on `published`."""
    return pipe(Article.create(text, published=published)).events


def summary(events):
    """{(source country, target country, CAMEO code, mode)} of `events`."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo, e.mode)
            for e in events}


def codes(got):
    """The CAMEO codes of a `summary`."""
    return {c for _s, _t, c, _m in got}


def events_with_rule_off(key, attr, text, published="2024-05-06"):
    """The events of `text` with the boolean coder setting `key` turned off, after checking that it is on by
    default and that `CoderOptions.<attr>` follows it."""
    from dateline.coding.component import options_from
    from dateline.config import load_settings

    assert getattr(options_from(load_settings()), attr) is True
    off = load_settings(overrides=[f"{key}=false"])
    assert getattr(options_from(off), attr) is False
    quiet = Pipeline(off, stages=CODING_STAGES)
    return quiet(Article.create(text, published=published)).events
