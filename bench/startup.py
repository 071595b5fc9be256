"""What one local worker process spends before and on its first articles (CPU time, this process).

    python bench/startup.py [--chunk 8] [--words 500]

Runs `dateline.scale.local`'s worker initializer in this fresh process (spaCy import, the pipeline with the
actor dictionary and lexicon, the model), then the worker's first two chunks of the synthetic corpus
(bench/corpus.py). "first-chunk extra" is the first chunk's CPU less the second's: what is loaded on first
use (gazetteer, name-spelling index, time-range patterns). A worker pays all of it; bare spaCy with
`n_process` loads the model once and forks. CPU time moves with the neighbours' load on a shared machine:
run it a few times, alternating the trees compared.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chunk", type=int, default=8, help="articles per chunk (scale.chunk_size)")
    ap.add_argument("--words", type=int, default=500)
    args = ap.parse_args(argv)

    c0 = time.process_time()
    from dateline.config import Settings
    from dateline.scale import local

    local._init_worker(Settings())
    c1 = time.process_time()

    import os
    import tempfile

    from corpus import write_jsonl
    from dateline.jobs import iter_inputs

    with tempfile.TemporaryDirectory() as tmp:  # read as `dateline extract` reads (headers parsed)
        path = os.path.join(tmp, "corpus.jsonl")
        write_jsonl(path, 2 * args.chunk, words=args.words)
        arts = list(iter_inputs([path], settings=Settings()))
    c2 = time.process_time()
    local._process_chunk(arts[:args.chunk])
    c3 = time.process_time()
    local._process_chunk(arts[args.chunk:])
    c4 = time.process_time()
    print(f"initializer {c1 - c0:.3f} s  chunk 1 {c3 - c2:.3f} s  chunk 2 {c4 - c3:.3f} s  "
          f"first-chunk extra {(c3 - c2) - (c4 - c3):+.3f} s  (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
