"""Ray scale-out on one machine: the same corpus with 1 and 2 Ray workers (actors).

    python bench/scale_ray.py [--quick] [--articles N] [--words W] [--workers 1,2]

Starts one local Ray instance with as many CPUs as the largest worker count, then runs
`dateline.scale.ray_runner.run_ray_ingest` on the deterministic corpus (bench/corpus.py) once per worker
count into a fresh Parquet directory. Actor start-up (one spaCy model per actor) is counted. With
`--repeat R` every worker count runs R times, the order of the counts reversed on every other round (so
neither count always runs first, on a cold or a warm machine), and each count's median time is reported.
Prints a table and, last, `speedup=S` = median articles/s with the most workers / median articles/s with
the fewest (normally 1). Needs the ray extra.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpus")
    ap.add_argument("--articles", type=int, default=None, help="corpus size (default 400; --quick 60)")
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--batch-size", type=int, default=16, help="articles per actor call")
    ap.add_argument("--repeat", type=int, default=1, help="runs per worker count (median reported)")
    args = ap.parse_args(argv)

    import logging

    import ray
    from corpus import write_jsonl

    from dateline.scale.ray_runner import run_ray_ingest

    counts = [int(w) for w in args.workers.split(",")]
    n_articles = args.articles or (60 if args.quick else 400)
    words = 300 if args.quick and args.words == 500 else args.words
    ray.init(num_cpus=max(counts), include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING,
             object_store_memory=256 * 1024 * 1024)
    times: dict[int, list[float]] = {w: [] for w in counts}
    stored: dict[int, int] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "corpus.jsonl")
            total_words = write_jsonl(path, n_articles, words=words)
            print(f"corpus: {n_articles} articles, {total_words} words; Ray with {max(counts)} CPUs on "
                  f"{os.cpu_count()} cores", flush=True)
            for rnd in range(max(1, args.repeat)):
                for w in (counts if rnd % 2 == 0 else counts[::-1]):
                    out = os.path.join(tmp, f"out-{w}-{rnd}")  # fresh directory: nothing to skip
                    t0 = time.perf_counter()
                    summary = run_ray_ingest([path], out=out, workers=w, batch_size=args.batch_size)
                    secs = time.perf_counter() - t0
                    times[w].append(secs)
                    stored[w] = summary.stored
                    print(f"  round {rnd + 1} workers={w}: {secs:.1f} s, {summary.stored / secs:.2f} articles/s",
                          flush=True)
    finally:
        ray.shutdown()
    print(f"{'workers':>7s} {'articles':>8s} {'median s':>9s} {'runs (s)':>20s} {'art/s':>8s} {'art/h':>9s}")
    rate = {}
    for w in counts:
        med = statistics.median(times[w])
        rate[w] = stored[w] / med
        runs = " ".join(f"{t:.1f}" for t in times[w])
        print(f"{w:7d} {stored[w]:8d} {med:9.1f} {runs:>20s} {rate[w]:8.2f} {rate[w] * 3600:9.0f}")
    print(f"speedup={rate[max(counts)] / rate[min(counts)]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
