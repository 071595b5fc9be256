"""The main job: read inputs, run the pipeline, store the results. CLI, API and Ray runner call this.

Re-running is idempotent and resumable: an article whose id and content hash are already stored is skipped
before parsing, so an interrupted run picks up where it stopped.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .api_lib import get_pipeline
from .config import Settings
from .model import Article

log = logging.getLogger(__name__)

__all__ = ["IngestSummary", "FailedArticle", "run_ingest", "iter_inputs"]


@dataclass(frozen=True)
class FailedArticle:
    id: str
    origin: str | None
    stage: str
    reason: str


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store with the same content
    failed: list[FailedArticle] = field(default_factory=list)
    events: int = 0
    events_by_root: Counter = field(default_factory=Counter)

    @property
    def failed_articles(self) -> int:
        return len({f.id for f in self.failed})

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": [f.__dict__ for f in self.failed],
            "events": self.events,
            "events_by_root": dict(sorted(self.events_by_root.items())),
        }


def iter_inputs(paths: Iterable[str], *, settings: Settings, published: str | None = None) -> Iterator[Article]:
    """Articles from files, folders, JSONL and feeds; `published` fills in a missing publication date."""
    from .ingest import read_inputs

    for art in read_inputs(list(paths), settings=settings, published=published):
        if published and not art.published:
            art.published = published
        yield art


def run_ingest(
    paths: Iterable[str],
    *,
    db: str,
    settings: Settings | None = None,
    published: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> IngestSummary:
    """Extract every article under `paths` and store it in the DuckDB file `db`.

    Returns a summary; articles that failed any stage are stored with their errors and listed in
    `summary.failed`. `progress(n)` is called after each batch with the number of articles done.
    `workers` > 1 parses in that many worker processes (`dateline.scale.local`); this process stays the
    single writer. None or 1: everything runs in this process.
    """
    from .store import Store

    from .pipeline import validate_stages

    settings = settings or Settings()
    parallel = workers is not None and workers > 1
    # With workers, this process only reads and writes: check the configuration now (fail before reading
    # anything) but leave spaCy and the dictionaries to the workers, which load their own.
    pipeline = None if parallel else get_pipeline(settings)
    if parallel:
        validate_stages(settings)
    summary = IngestSummary()
    write_batch = int(settings.get("store.batch_size", 500))
    with Store(db) as store:

        def todo() -> Iterator[Article]:
            for art in iter_inputs(paths, settings=settings, published=published):
                summary.read += 1
                if not art.errors and store.has_article(art.id, art.content_hash):
                    summary.skipped += 1
                    if progress:
                        progress(1)
                    continue
                yield art

        if parallel:
            from .scale.local import parallel_pipe

            processed = parallel_pipe(todo(), settings=settings, workers=workers)
        else:
            assert pipeline is not None
            processed = pipeline.pipe(todo())
        while chunk := list(itertools.islice(processed, write_batch)):
            store.write_articles(chunk)
            for art in chunk:
                summary.stored += 1
                summary.events += len(art.events)
                summary.events_by_root.update(e.root for e in art.events)
                for err in art.errors:
                    summary.failed.append(FailedArticle(art.id, art.origin, err.stage, err.reason))
            if progress:
                progress(len(chunk))
    log.info("ingest: %s", summary.to_dict())
    return summary
