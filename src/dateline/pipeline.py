"""Stages composed over the document model.

A stage is a registered component: a factory that takes `Settings` and returns a callable that adds its
layer to an `Article`. Each declares what it `requires` and `assigns`; `Pipeline.analyze()` refuses an
order in which a stage would run before what it needs. The `nlp` stage is built in: it parses articles in
batches with `nlp.pipe` and assigns `doc` and `sentences`.

A stage that raises on one article records an `ErrorRecord` on that article; later stages that needed its
layer are skipped for that article (and say so), and the batch goes on.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .config import Settings
from .errors import PipelineError
from .model import Article
from .nlp import parse_articles, parse_text, sentences_from_doc

log = logging.getLogger(__name__)

__all__ = ["ComponentInfo", "Pipeline", "component", "registered_components", "validate_stages"]

StageFn = Callable[[Article], None]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[[Settings], StageFn]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str

    @property
    def registered_name(self) -> str:
        return f"dateline.{self.name}.{self.version}"


_REGISTRY: dict[str, ComponentInfo] = {}
NLP_ASSIGNS = ("doc", "sentences")


def component(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (), version: str = "v1"
) -> Callable[[Callable[[Settings], StageFn]], Callable[[Settings], StageFn]]:
    """Register a stage factory under `name` (decorator)."""

    def deco(factory: Callable[[Settings], StageFn]) -> Callable[[Settings], StageFn]:
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(requires), tuple(assigns), version)
        return factory

    return deco


def registered_components() -> dict[str, ComponentInfo]:
    from . import components  # noqa: F401  (registers the built-in stages)

    return dict(_REGISTRY)


def validate_stages(settings: Settings) -> list[str]:
    """Check `pipeline.stages` (known names, an order in which every stage's needs come first) without
    building any stage, i.e. without loading spaCy or the dictionaries; returns the stage names.

    For a process that only hands articles to workers (`run_ingest` with `workers` > 1): it should fail
    fast on a bad configuration but has no use for the loaded resources.
    """
    names = list(settings.get("pipeline.stages"))
    registry = registered_components()
    for name in names:
        if name != "nlp" and name not in registry:
            raise PipelineError(
                f"unknown stage {name!r} in pipeline.stages; known: nlp, {', '.join(sorted(registry))}",
                code="E301",
            )
    _check_order(names, registry)
    return names


def _check_order(names: list[str], registry: dict[str, ComponentInfo]) -> None:
    have: set[str] = {"text"}
    for name in names:
        if name == "nlp":
            have.update(NLP_ASSIGNS)
            continue
        info = registry[name]
        missing = [r for r in info.requires if r not in have]
        if missing:
            raise PipelineError(
                f"stage {name!r} needs {missing} but no earlier stage assigns them; "
                "reorder pipeline.stages",
                code="E302",
            )
        have.update(info.assigns)


class Pipeline:
    """Runs the configured stages over articles.

    >>> pipe = Pipeline(Settings())
    >>> art = pipe(Article.create("Russian President Vladimir Putin hailed ties with China.", published="2024-05-16"))
    """

    def __init__(self, settings: Settings | None = None, *, stages: Iterable[str] | None = None):
        self.settings = settings or Settings()
        names = list(stages if stages is not None else self.settings.get("pipeline.stages"))
        registry = registered_components()
        self.use_nlp = "nlp" in names
        self.stage_names = names
        self.stages: list[tuple[ComponentInfo, StageFn]] = []
        for name in names:
            if name == "nlp":
                continue
            if name not in registry:
                raise PipelineError(
                    f"unknown stage {name!r} in pipeline.stages; known: nlp, {', '.join(sorted(registry))}",
                    code="E301",
                )
            info = registry[name]
            self.stages.append((info, info.factory(self.settings)))
        self.analyze()

    def analyze(self) -> None:
        """Check that every stage's requirements are assigned by an earlier stage."""
        _check_order(self.stage_names, registered_components())

    def __call__(self, article: Article, *, keep_doc: bool = False) -> Article:
        return next(iter(self.pipe([article], keep_docs=keep_doc)))

    def pipe(self, articles: Iterable[Article], *, keep_docs: bool = False) -> Iterator[Article]:
        """Process articles lazily, in batches of `nlp.batch_size`; yields every article, failed or not."""
        batch_size = int(self.settings.get("nlp.batch_size", 32))
        it = iter(articles)
        while batch := list(itertools.islice(it, batch_size)):
            yield from self._run_batch(batch, keep_docs=keep_docs)

    def _run_batch(self, batch: list[Article], *, keep_docs: bool) -> Iterator[Article]:
        # Articles a reader could not read (an "ingest" error) pass through untouched: nothing to process.
        # Output keeps input order.
        order = list(batch)
        batch = [a for a in order if not any(e.stage == "ingest" for e in a.errors)]
        for _ in self._process(batch, keep_docs=keep_docs):
            pass
        yield from order

    def _process(self, batch: list[Article], *, keep_docs: bool) -> Iterator[Article]:
        if self.use_nlp:
            parsed = parse_articles(
                batch,
                model=self.settings.get("nlp.model"),
                batch_size=int(self.settings.get("nlp.batch_size", 32)),
                max_chars=int(self.settings.get("nlp.max_chars", 200_000)),
            )
        else:
            parsed = ((a, None, None) for a in batch)
        for article, doc, error in parsed:
            have: set[str] = {"text"}
            if self.use_nlp:
                if error is not None:
                    article.add_error("nlp", f"{type(error).__name__}: {error}", code="E310")
                else:
                    article.doc = doc
                    article.sentences = sentences_from_doc(doc, parse_text(article))
                    have.update(NLP_ASSIGNS)
            for info, fn in self.stages:
                missing = [r for r in info.requires if r not in have]
                if missing:
                    article.add_error(info.name, f"skipped: needs {missing}, which an earlier stage failed to add",
                                      code="E311")
                    continue
                try:
                    fn(article)
                except Exception as exc:  # noqa: BLE001 - per-article isolation is the point
                    log.debug("stage %s failed on %s", info.name, article.id, exc_info=True)
                    article.add_error(info.name, f"{type(exc).__name__}: {exc}; a bug in stage {info.name!r} "
                                      "(the other stages still ran): report it with this article's text, or "
                                      "leave the stage out of pipeline.stages", code="E312")
                else:
                    have.update(info.assigns)
            if not keep_docs:
                article.doc = None
            yield article
