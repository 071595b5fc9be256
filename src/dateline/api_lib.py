"""The library entry points that the CLI, HTTP API and Ray runner all call."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .config import Settings
from .model import Article
from .pipeline import Pipeline

__all__ = ["extract", "extract_articles", "get_pipeline"]


_PIPELINES: dict[str, Pipeline] = {}


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """One pipeline per distinct settings per process (spaCy and dictionaries load once)."""
    settings = settings or Settings()
    key = settings.fingerprint()
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


def extract(
    text: str, *, published: str | None = None, id: str | None = None, settings: Settings | None = None,
    keep_doc: bool = False,
) -> Article:
    """Run the full pipeline on one text and return the annotated `Article`."""
    from .ingest.dateline_header import apply_dateline

    art = Article.create(text, id=id, published=published)
    apply_dateline(art)
    return get_pipeline(settings)(art, keep_doc=keep_doc)


def extract_articles(articles: Iterable[Article], *, settings: Settings | None = None) -> Iterator[Article]:
    """Run the pipeline over many articles lazily, in batches."""
    return get_pipeline(settings).pipe(articles)
