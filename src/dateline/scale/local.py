"""The pipeline over local worker processes: one spaCy model per process, one writer in the caller.

`parallel_pipe(articles, settings=..., workers=N)` is a drop-in for `Pipeline.pipe`: it takes an iterable of
`Article`s (read lazily), sends them in chunks to N worker processes and yields the processed articles back
to the caller, which stays the single writer to the store.

Why it looks like this:

- Processes, not threads: spaCy's parser and our stages are pure Python/Cython under the GIL.
- `forkserver` (Linux) or `spawn`, never `fork`: the caller usually holds an open DuckDB connection and
  its threads; forking those is undefined behaviour. Each worker imports dateline and loads spaCy and the
  dictionaries once (`get_pipeline`), in its initializer.
- Bounded memory: at most `max_in_flight` chunks are submitted and not yet yielded, so a multi-GB JSONL is
  streamed with a constant number of articles in memory, however slow the writer is.
- Small inputs stay in-process: starting N interpreters and N models costs seconds, more than a handful of
  articles take to parse. The runner looks ahead `min_parallel` articles first; when the input ends
  before that, it runs them in this process instead.
- Articles cross process boundaries by pickle with `doc=None` and an empty `scratch` (a spaCy Doc is big
  and scratch may hold spans that do not pickle).
"""

from __future__ import annotations

import gc
import itertools
import logging
import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..config import Settings
from ..errors import ConfigError, PipelineError
from ..model import Article

log = logging.getLogger(__name__)

__all__ = ["default_workers", "parallel_pipe", "worker_rss_mb"]

# Environment that keeps each worker's numeric libraries on one thread: N workers on N cores already
# use every core, and nested thread pools only add contention.
_SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def default_workers() -> int:
    """The number of cores this process may run on (all of them unless CPU affinity says otherwise)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _start_method() -> str:
    return "forkserver" if sys.platform.startswith("linux") else "spawn"


# --- worker side -----------------------------------------------------------------------------------------
# A per-process cache of the loaded pipeline (allowed by the style guide: resources, not configuration).
_WORKER_PIPELINE = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    os.environ.update(_SINGLE_THREAD_ENV)
    _exit_with_caller()
    from ..api_lib import get_pipeline
    from ..loading import collector_paused
    from ..nlp import load_model

    # Everything loaded here is frozen below anyway, so the collector's passes while loading are wasted work
    # (0.3-0.5 s CPU per worker: each full pass walks the objects already loaded).
    with collector_paused():
        _WORKER_PIPELINE = get_pipeline(settings)
        if _WORKER_PIPELINE.use_nlp:
            load_model(settings.get("nlp.model"))  # load now, not inside the first chunk's timing
    # The model, actor dictionary and lexicon just loaded are ~390,000 objects that live as long as this
    # worker, and every full pass of the cyclic garbage collector walks them again (~0.3 s a pass; over 64
    # articles the collector took 0.36 s of 13.8 s CPU, 0.10 s with them frozen). Frozen, they are left out
    # of its passes; what the worker makes later (articles, Docs) is collected as usual. Loading leaves
    # almost no cyclic garbage behind (a few dozen objects), so nothing worth collecting is frozen with them.
    gc.freeze()


def _exit_with_caller() -> None:
    """Exit this worker as soon as the process that started it dies.

    A `dateline ingest` killed with SIGKILL cannot shut its pool down, and a forkserver worker blocked on
    its task queue would otherwise live on, holding a spaCy model, forever (found by the crash test of
    tests/test_reliability_crash.py). The parent sentinel becomes readable when the caller is gone.
    """
    parent = mp.parent_process()
    if parent is None or parent.sentinel is None:
        return
    import threading
    from multiprocessing.connection import wait as wait_fds

    def watch(sentinel: int) -> None:
        wait_fds([sentinel])
        os._exit(1)

    threading.Thread(target=watch, args=(parent.sentinel,), name="exit-with-caller", daemon=True).start()


def _process_chunk(articles: list[Article]) -> tuple[int, int, list[Article]]:
    """Process one chunk; return (pid, peak RSS in KiB so far, articles) so the caller can report memory."""
    assert _WORKER_PIPELINE is not None, "worker initializer did not run"
    out = list(_WORKER_PIPELINE.pipe(articles))
    for art in out:
        art.doc = None
        art.scratch = {}
    return os.getpid(), _peak_rss_kb(), out


def _peak_rss_kb() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux
    except ImportError:  # Windows
        return 0


# --- caller side -----------------------------------------------------------------------------------------


def parallel_pipe(
    articles: Iterable[Article],
    *,
    settings: Settings,
    workers: int | None = None,
    ordered: bool = True,
    chunk_size: int | None = None,
    max_in_flight: int | None = None,
    min_parallel: int | None = None,
    rss_report: dict[int, int] | None = None,
) -> Iterator[Article]:
    """Run the pipeline of `settings` over `articles` in `workers` processes; yield every article.

    `ordered=True` yields in input order; `ordered=False` yields chunks as they finish (faster when article
    lengths vary a lot). `chunk_size` articles go to a worker at a time (default `scale.chunk_size`), and
    at most `max_in_flight` chunks (default 4 per worker) are pending at once. Inputs shorter than
    `min_parallel` articles (default one `nlp.batch_size` per worker) run in this process. When
    `rss_report` is a dict, it is filled with {worker pid: peak resident memory in KiB}.

    Raises `PipelineError` when a worker process dies (e.g. killed for memory).
    """
    workers = default_workers() if workers is None else int(workers)
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}", code="E106")
    # Chunks are small so that the run ends evenly: with 32-article chunks one worker sat idle for up to a
    # chunk's time (~7 s) while the other finished the last one. spaCy parses an 8-article batch as fast
    # per word as a 32-article one, and 4 chunks per worker in flight keep one queued behind a slow chunk.
    chunk_size = int(chunk_size or settings.get("scale.chunk_size", 8))
    if chunk_size < 1:
        raise ConfigError(f"scale.chunk_size must be at least 1, not {chunk_size}", code="E106")
    max_in_flight = int(max_in_flight or 4 * workers)
    batch = int(settings.get("nlp.batch_size", 32) or 32)
    min_parallel = workers * batch if min_parallel is None else int(min_parallel)

    it = iter(articles)
    head = list(itertools.islice(it, max(min_parallel, 1)))
    if workers == 1 or len(head) < min_parallel:
        from ..api_lib import get_pipeline

        if workers > 1:
            log.info("only %d articles: running in this process instead of %d workers", len(head), workers)
        yield from get_pipeline(settings).pipe(itertools.chain(head, it))
        return

    chunks = _chunks(itertools.chain(head, it), chunk_size)
    ctx = mp.get_context(_start_method())
    log.info("starting %d worker processes (%s)", workers, ctx.get_start_method())
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(settings,))
    pending: deque[Future] = deque()
    try:
        for chunk in itertools.islice(chunks, max_in_flight):
            pending.append(pool.submit(_process_chunk, chunk))
        while pending:
            if ordered:
                done = pending.popleft()
            else:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                done = next(f for f in pending if f in finished)
                pending.remove(done)
            pid, rss_kb, result = _result(done)
            if rss_report is not None:
                rss_report[pid] = max(rss_kb, rss_report.get(pid, 0))
            # Refill before yielding, so the workers keep parsing while the caller writes.
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_process_chunk, nxt))
            yield from result
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def worker_rss_mb(rss_report: dict[int, int]) -> float:
    """The largest per-worker peak RSS in MiB from a `rss_report` dict filled by `parallel_pipe`."""
    return max(rss_report.values(), default=0) / 1024


def _chunks(it: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _result(future: Future):
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise PipelineError(
            "a worker process died (killed for memory, or crashed while loading the pipeline); "
            "try fewer --workers or a smaller nlp.batch_size, and run with -v to see the worker's log",
            code="E320",
        ) from exc
