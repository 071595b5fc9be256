"""A load-independent cost of the stages: run under callgrind, which counts instructions, not time.

    valgrind --tool=callgrind --callgrind-out-file=cg.out python bench/stage_instructions.py --articles 6 --passes 3
    valgrind --tool=callgrind --callgrind-out-file=cg0.out python bench/stage_instructions.py --articles 6 --passes 0

Loads the pipeline, parses `--articles` articles of the synthetic corpus (bench/corpus.py) and runs every stage
over fresh copies of them `--passes` times, article by article as the pipeline does. The difference between
the two runs' "Collected" instruction counts, divided by articles x passes, is the stages' instructions per
article; unlike CPU time on a shared machine it does not move with the neighbours' load (each run takes
several minutes under valgrind).
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=6)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args(argv)

    from corpus import pipeline_and_articles

    from dateline.nlp import parse_text, sentences_from_doc

    settings, pipe, nlp, arts = pipeline_and_articles(args.articles, words=args.words)
    docs = list(nlp.pipe([parse_text(a) for a in arts], batch_size=int(settings.get("nlp.batch_size", 32))))
    for _ in range(args.passes):
        for art, doc in zip([copy.deepcopy(a) for a in arts], docs, strict=True):
            art.doc = doc
            art.sentences = sentences_from_doc(doc, parse_text(art))
            for _info, fn in pipe.stages:
                fn(art)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
