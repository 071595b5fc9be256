"""What each dateline stage costs next to the parser, on pre-parsed documents.

    python bench/stage_times.py [--articles 40] [--repeat 5] [--counts]

Parses `--articles` articles of the synthetic corpus (bench/corpus.py, ~500 words each) once, then runs
every stage over fresh copies `--repeat` times and reports the fastest CPU time per stage (process CPU
time, so other processes on a shared machine disturb it less than wall time), in ms per article and as a
share of the parse. `--counts` adds deterministic cost proxies from cProfile: spaCy `Token` objects
created and Python function calls per stage (its timings are not used: profiling Cython code distorts
them). Start-up (model, dictionaries) is not included: see bench/throughput.py for end-to-end figures.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--counts", action="store_true", help="also count Token objects and function calls")
    args = ap.parse_args(argv)

    from corpus import pipeline_and_articles

    from dateline.nlp import parse_text, sentences_from_doc

    settings, pipe, nlp, arts = pipeline_and_articles(args.articles, words=args.words)
    t0 = time.process_time()
    docs = list(nlp.pipe([parse_text(a) for a in arts], batch_size=int(settings.get("nlp.batch_size", 32))))
    parse_s = time.process_time() - t0

    def fresh() -> list:
        out = [copy.deepcopy(a) for a in arts]
        for a, d in zip(out, docs, strict=True):
            a.doc = d
            a.sentences = sentences_from_doc(d, parse_text(a))
        return out

    for info, fn in pipe.stages:  # warm-up: lazy loads (gazetteer, caches) are start-up, not per article
        for a in fresh()[:2]:
            fn(a)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        batch = fresh()
        for info, fn in pipe.stages:
            t = time.process_time()
            for a in batch:
                fn(a)
            best[info.name] = min(best.get(info.name, float("inf")), time.process_time() - t)
    n = len(arts)
    counts: dict[str, tuple[int, int]] = {}
    if args.counts:
        batch = fresh()
        for info, fn in pipe.stages:
            prof = cProfile.Profile()
            prof.enable()
            for a in batch:
                fn(a)
            prof.disable()
            st = pstats.Stats(prof)
            toks = sum(v[1] for k, v in st.stats.items() if k[0].endswith("token.pxd") and k[2] == "cinit")
            counts[info.name] = (toks, st.total_calls)  # type: ignore[attr-defined]
    print(f"{n} articles; parse {1000 * parse_s / n:.1f} ms/article (CPU, nlp.pipe)")
    print(f"{'stage':8s} {'ms/art':>7s} {'of parse':>8s}" + (f" {'Tokens/art':>10s} {'calls/art':>9s}"
                                                             if counts else ""))
    for name, sec in best.items():
        line = f"{name:8s} {1000 * sec / n:7.2f} {100 * sec / parse_s:7.1f}%"
        if counts:
            line += f" {counts[name][0] / n:10.0f} {counts[name][1] / n:9.0f}"
        print(line)
    total = sum(best.values())
    print(f"{'all':8s} {1000 * total / n:7.2f} {100 * total / parse_s:7.1f}%   "
          f"in-process ratio ~ {parse_s / (parse_s + total):.2f} (parse / (parse + stages), start-up excluded)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
