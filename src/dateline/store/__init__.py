"""The store: DuckDB schema and migrations, batched idempotent writes, queries and exports.

    Store(path, *, read_only=False, settings=None)      open a DuckDB file, ":memory:" or a Parquet dir
    Store.write_articles(articles) -> WriteSummary       idempotent batched write of every layer
    dateline.store.queries                               events, get_article, quotes, amounts, ...
    dateline.analysis                                    dyad, timeline, network, top
    dateline.store.export                                GDELT 2.0, POLECAT, PLOVER, Parquet exports
"""

from __future__ import annotations

from .db import Store, WriteSummary
from .tables import article_tables, dedup_key

__all__ = ["Store", "WriteSummary", "article_tables", "dedup_key"]
