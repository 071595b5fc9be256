"""Re-run stored articles through the current coder and replace their records.

`recode` reads each stored article's text and metadata (with its wire dateline header, so the parser sees
exactly what it saw at ingest), runs the current pipeline, and writes the result with `replace=True`.
Records are a pure function of (text, metadata, dateline version, shipped data, settings): recoding with
an unchanged coder rewrites identical rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from ..config import Settings
from ..model import Article
from ..provenance import current
from .db import Store, WriteSummary
from .queries import parse_date

log = logging.getLogger(__name__)

__all__ = ["recode", "stale_article_ids"]


def stale_article_ids(store: Store) -> list[str]:
    """Ids of articles coded by another dateline version or other shipped data than this process's."""
    prov = current()
    return [r["id"] for r in store.query(
        "SELECT id FROM articles WHERE dateline_version IS DISTINCT FROM ? OR data_hash IS DISTINCT FROM ? "
        "ORDER BY id", [prov.version, prov.data_hash])]


def _bare(store: Store, ids: list[str]) -> Iterator[Article]:
    from .queries import get_article

    for aid in ids:
        stored = get_article(store, aid)
        art = Article(id=stored.id, text=stored.text, title=stored.title, url=stored.url, source=stored.source,
                      published=stored.published, language=stored.language, content_hash=stored.content_hash,
                      origin=stored.origin, dateline=stored.dateline, body_start=stored.body_start)
        yield art


def recode(
    store: Store, *, settings: Settings | None = None, ids: Iterable[str] | None = None, stale_only: bool = True,
    since: str | None = None, batch_size: int = 100, progress: Callable[[int], None] | None = None,
) -> WriteSummary:
    """Recode stored articles with the current pipeline and replace their records.

    Chooses `ids` when given, else every article (`stale_only=False`) or only those coded by another
    version or other data (`stale_only=True`, the default); `since` limits to articles published on or
    after a date. Writes in batches of `batch_size`; `progress(n)` is called after each batch.
    Raises `StoreError` when the store is read-only.
    """
    from ..api_lib import get_pipeline

    store._writable()
    if ids is not None:
        chosen = list(ids)
    elif stale_only:
        chosen = stale_article_ids(store)
    else:
        chosen = store.article_ids()
    if since:
        keep = {r["id"] for r in store.query("SELECT id FROM articles WHERE published >= ?",
                                             [parse_date(since, name="since")])}
        chosen = [i for i in chosen if i in keep]
    pipeline = get_pipeline(settings or store.settings)
    total = WriteSummary()
    for start in range(0, len(chosen), batch_size):
        batch = list(pipeline.pipe(_bare(store, chosen[start:start + batch_size])))
        for art in batch:
            art.doc = None
        total = total + store.write_articles(batch, replace=True)
        if progress:
            progress(len(batch))
    log.info("recoded %d articles in %s", len(chosen), store.path)
    return total
