"""Pipeline composition: ordering checks, per-article error isolation, batches keep order."""

from __future__ import annotations

import pytest

from dateline.config import Settings
from dateline.errors import PipelineError
from dateline.model import Article, ErrorRecord
from dateline.pipeline import Pipeline, component, registered_components


@component("test_explodes_on_boom", requires=["doc"], assigns=["boom"])
def _exploding(settings):
    def run(article):
        if "boom" in article.text:
            raise RuntimeError("kaboom")

    return run


@component("test_needs_boom", requires=["boom"], assigns=[])
def _needs_boom(settings):
    def run(article):
        article.scratch["ran"] = True

    return run


def test_builtin_stages_are_registered_with_versions():
    comps = registered_components()
    for name in ("actors", "coding", "times", "places", "quotes", "amounts"):
        assert comps[name].registered_name.startswith(f"dateline.{name}.")


def test_analyze_rejects_a_stage_before_its_requirements():
    with pytest.raises(PipelineError) as info:
        Pipeline(Settings(), stages=["nlp", "coding", "actors"])
    assert "reorder" in str(info.value)


def test_unknown_stage_lists_known_ones():
    with pytest.raises(PipelineError) as info:
        Pipeline(Settings(), stages=["nlp", "nope"])
    assert "actors" in str(info.value)


def test_one_failing_article_does_not_stop_the_batch_and_records_why():
    pipe = Pipeline(Settings(), stages=["nlp", "test_explodes_on_boom", "test_needs_boom"])
    arts = [Article.create(t, id=str(i)) for i, t in enumerate(["Fine text.", "This goes boom.", "Also fine."])]
    out = list(pipe.pipe(arts))
    assert [a.id for a in out] == ["0", "1", "2"]
    assert out[0].errors == [] and out[0].scratch.get("ran")
    assert out[2].errors == [] and out[2].scratch.get("ran")
    stages = [e.stage for e in out[1].errors]
    assert stages == ["test_explodes_on_boom", "test_needs_boom"]
    assert "kaboom" in out[1].errors[0].reason
    assert "skipped" in out[1].errors[1].reason
    assert out[1].sentences  # the nlp layer survived the later failure


def test_articles_unreadable_at_ingest_pass_through_unparsed_in_order():
    pipe = Pipeline(Settings(), stages=["nlp"])
    bad = Article(id="bad", text="")
    bad.errors.append(ErrorRecord("ingest", "binary file"))
    arts = [Article.create("One.", id="a"), bad, Article.create("Two.", id="b")]
    out = list(pipe.pipe(arts))
    assert [a.id for a in out] == ["a", "bad", "b"]
    assert out[1].sentences == [] and out[0].sentences


def test_dateline_header_is_blanked_for_the_parser_but_offsets_hold():
    text = "MOSCOW, Aug 21 (Newswire) - Putin met Xi. They talked."
    art = Article.create(text)
    art.body_start = text.index("Putin")
    out = Pipeline(Settings(), stages=["nlp"])(art)
    first = out.sentences[0]
    assert text[first.start:first.end] == "Putin met Xi."
