"""Throughput against the parser's limit: bare spaCy vs `dateline extract` vs full `dateline ingest`.

    python bench/throughput.py [--quick] [--articles N] [--words W] [--procs N] [--repeat R]

On one deterministic synthetic corpus (bench/corpus.py) and the same cores, it measures
  (a) spacy    bare `nlp.pipe` with the same model over the same texts (dateline header blanked),
  (b) extract  the whole dateline pipeline without the store (read JSONL, every stage, JSON out),
  (c) ingest   full `run_ingest` into a fresh DuckDB file,
each with 1 and N processes (spaCy's own `n_process` for (a), `dateline.scale.local` for (b) and (c)).
Every measurement runs in a fresh Python process, so model loading and worker start-up are counted and
peak memory is its own. It prints a table (articles/s, words/s, wall seconds, peak RSS of the main process
and of the largest worker) and, last, `ratio=R` with R = (b)/(a) articles/s at N processes: the share of
the parser's speed that dateline keeps. `--quick` uses a small corpus and finishes in under a minute.
`--repeat R` runs the modes R times, alternating, at N processes only, and reports each extract run against
the spacy run just before it and the median ratio: the host's speed drifts by 10-20 % between runs on a
shared machine, which a single pair of runs cannot tell from a change in the code.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# --- memory: peak RSS of this process and of every process it started (workers, forkserver children) ---


def _status(pid: int) -> tuple[int, int]:
    """(parent pid, peak RSS in KiB) from /proc/PID/status; (0, 0) when gone."""
    ppid = hwm = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("PPid:"):
                    ppid = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return ppid, hwm


class PeakSampler(threading.Thread):
    """Samples VmHWM of every descendant of this process twice a second (Linux only)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.me = os.getpid()
        self.peaks: dict[int, int] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.sample()

    def sample(self) -> None:
        if not os.path.isdir("/proc"):
            return
        parents: dict[int, tuple[int, int]] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                parents[int(name)] = _status(int(name))
        for pid, (_ppid, hwm) in parents.items():
            p, seen = pid, 0
            while p and p != self.me and seen < 10:
                p = parents.get(p, (0, 0))[0]
                seen += 1
            if p == self.me and pid != self.me:
                self.peaks[pid] = max(hwm, self.peaks.get(pid, 0))

    def worker_peak_mb(self) -> float:
        self.sample()
        return max(self.peaks.values(), default=0) / 1024


def _self_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- one measurement, in its own process ----------------------------------------------------------------


def measure(mode: str, procs: int, corpus_path: str) -> dict:
    from dateline.config import Settings

    settings = Settings()
    sampler = PeakSampler()
    sampler.start()
    t0 = time.perf_counter()
    if mode == "spacy":
        from dateline.ingest import read_inputs
        from dateline.nlp import load_model, parse_text

        arts = list(read_inputs([corpus_path], settings=settings))
        texts = [parse_text(a) for a in arts]
        t0 = time.perf_counter()  # reading is not the parser's work: time parsing only, with model load
        nlp = load_model(settings.get("nlp.model"))
        n = sum(1 for _ in nlp.pipe(texts, batch_size=int(settings.get("nlp.batch_size", 32)), n_process=procs))
    elif mode == "extract":
        from dateline.api_lib import get_pipeline
        from dateline.jobs import iter_inputs
        from dateline.scale.local import parallel_pipe

        arts = iter_inputs([corpus_path], settings=settings)
        it = (get_pipeline(settings).pipe(arts) if procs == 1
              else parallel_pipe(arts, settings=settings, workers=procs))
        n = 0
        with open(os.devnull, "w", encoding="utf-8") as out:
            for art in it:
                out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    elif mode == "ingest":
        from dateline.jobs import run_ingest

        with tempfile.TemporaryDirectory() as tmp:
            summary = run_ingest([corpus_path], db=os.path.join(tmp, "bench.duckdb"), settings=settings,
                                 workers=procs)
        n = summary.stored
    else:
        raise SystemExit(f"unknown mode {mode}")
    wall = time.perf_counter() - t0
    sampler.stop.set()
    return {"mode": mode, "procs": procs, "articles": n, "seconds": wall, "main_rss_mb": _self_peak_mb(),
            "worker_rss_mb": sampler.worker_peak_mb() if procs > 1 else _self_peak_mb()}


def _run_one(mode: str, procs: int, corpus_path: str) -> dict:
    res = subprocess.run([sys.executable, __file__, "--_one", mode, str(procs), corpus_path],
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"{mode} x{procs} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpus (under a minute on 2 cores)")
    ap.add_argument("--articles", type=int, default=None, help="corpus size (default 600; --quick 100)")
    ap.add_argument("--words", type=int, default=500, help="about this many words per article")
    ap.add_argument("--procs", type=int, default=None, help="N (default: all cores)")
    ap.add_argument("--modes", default="spacy,extract,ingest")
    ap.add_argument("--json", dest="json_out", default=None, help="also write the results to this file")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the modes this many times, alternating, at N processes only; reports each run's "
                         "extract/spacy ratio and the medians (the host's speed drifts between runs)")
    ap.add_argument("--_one", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._one:
        mode, procs, path = args._one
        print(json.dumps(measure(mode, int(procs), path)))
        return 0

    from corpus import write_jsonl

    from dateline.scale.local import default_workers

    # --quick stays above the runner's in-process threshold (one 32-article chunk per worker), so the
    # N-process rows really use N processes.
    n_articles = args.articles or (100 if args.quick else 600)
    words = 250 if args.quick and args.words == 500 else args.words
    procs = args.procs or default_workers()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        total_words = write_jsonl(path, n_articles, words=words)
        print(f"corpus: {n_articles} articles, {total_words} words ({total_words / n_articles:.0f}/article); "
              f"N={procs} processes on {os.cpu_count()} cores", flush=True)
        if args.repeat > 1:
            return _repeated(args.modes.split(","), procs, path, args.repeat, total_words, n_articles)
        for mode in args.modes.split(","):
            for p in sorted({1, procs}):
                r = _run_one(mode, p, path)
                r["words_per_s"] = total_words / r["seconds"] * r["articles"] / n_articles
                r["articles_per_s"] = r["articles"] / r["seconds"]
                results.append(r)
                print(f"  {mode:8s} x{p}: {r['articles_per_s']:8.1f} articles/s", flush=True)
    header = f"{'mode':8s} {'procs':>5s} {'articles':>8s} {'seconds':>8s} {'art/s':>8s} {'words/s':>9s} " \
             f"{'art/h':>9s} {'main MB':>8s} {'worker MB':>9s}"
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r['mode']:8s} {r['procs']:5d} {r['articles']:8d} {r['seconds']:8.1f} {r['articles_per_s']:8.2f} "
              f"{r['words_per_s']:9.0f} {r['articles_per_s'] * 3600:9.0f} {r['main_rss_mb']:8.0f} "
              f"{r['worker_rss_mb']:9.0f}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    by = {(r["mode"], r["procs"]): r["articles_per_s"] for r in results}
    if ("spacy", procs) in by and ("extract", procs) in by:
        print(f"ratio={by[('extract', procs)] / by[('spacy', procs)]:.2f}")
    return 0


def _repeated(modes: list[str], procs: int, path: str, repeat: int, total_words: int, n_articles: int) -> int:
    """Alternate the modes `repeat` times at `procs` processes; pair each extract run with the spacy run just
    before it, so a drift in the host's speed moves both sides of a ratio alike."""
    runs: dict[str, list[float]] = {m: [] for m in modes}
    ratios = []
    for i in range(repeat):
        for mode in modes:
            r = _run_one(mode, procs, path)
            runs[mode].append(r["articles"] / r["seconds"])
            print(f"  run {i + 1} {mode:8s} x{procs}: {runs[mode][-1]:6.2f} articles/s ({r['seconds']:.1f} s, "
                  f"worker {r['worker_rss_mb']:.0f} MB)", flush=True)
        if "spacy" in runs and "extract" in runs and runs["spacy"] and runs["extract"]:
            ratios.append(runs["extract"][-1] / runs["spacy"][-1])
            print(f"  run {i + 1} ratio={ratios[-1]:.2f}", flush=True)
    for mode, vals in runs.items():
        print(f"{mode:8s} x{procs}: median {statistics.median(vals):.2f} articles/s "
              f"({statistics.median(vals) * 3600:,.0f}/h; runs {', '.join(f'{v:.2f}' for v in vals)})")
    if ratios:
        print(f"ratio={statistics.median(ratios):.2f} (median of {len(ratios)} paired runs: "
              f"{', '.join(f'{x:.2f}' for x in ratios)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
