"""Shared helpers for the actor tests that run the real pipeline up to the actors stage (spaCy, the shipped
dictionary): a module-scoped `pipe` fixture and `actor_named`."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(), stages=["nlp", "actors"])


def actor_named(pipe, text, words, published="2025-06-02"):
    """The last actor of `text` whose text is `words` (the assertion lists the actors found otherwise)."""
    art = pipe(Article.create(text, published=published))
    found = [a for a in art.actors if a.text == words]
    assert found, [(a.text, a.code) for a in art.actors]
    return found[-1]
