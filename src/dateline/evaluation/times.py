"""Score the `times` stage on TempEval-3 style gold (one JSONL document per line with its TIMEX3s).

Input: a file or folder; a folder is read as `te3_platinum_docs.jsonl` inside it. Each document is run
through nlp → times with its document creation time as the publication date. A gold TIMEX3 is *found*
when a predicted expression overlaps it, and its value is *correct* when the predicted value equals the
gold value, or when the prediction is a range ("2009-2010", "since 1996") with the gold value as one end
(TimeML annotates each end of a range as its own TIMEX3). `value_accuracy` = correct / gold, so a miss
counts as wrong; figures are given for DATE+TIME (what events are dated by) and for all types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..model import Article
from ..pipeline import Pipeline

__all__ = ["detect", "evaluate", "render"]


def _docs(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if p.is_dir():
        p = p / "te3_platinum_docs.jsonl"
    if not p.exists():
        raise InputError(f"{p} not found; pass a TempEval JSONL file or its folder", code="E201")
    return [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]


def _correct(pred_value: str | None, gold_value: str) -> bool:
    if pred_value is None:
        return False
    if pred_value == gold_value:
        return True
    return "/" in pred_value and gold_value in pred_value.split("/")


def detect(record: dict[str, Any]) -> bool:
    """True when a JSONL record looks like this scorer's gold format."""
    return "timexes" in record and "dct" in record


def evaluate(path: str | Path, *, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Run the times stage over the gold documents and compare with the gold TIMEX3 values."""
    docs = _docs(path)[:limit] if limit else _docs(path)
    pipe = Pipeline(settings, stages=["nlp", "times"])
    articles = [Article.create(d["text"], id=d["doc_id"], published=d["dct"]["value"]) for d in docs]
    rows: list[dict[str, Any]] = []
    n_pred = n_pred_hit = 0
    for doc, art in zip(docs, pipe.pipe(articles), strict=True):
        golds = doc["timexes"]
        n_pred += len(art.times)
        n_pred_hit += sum(any(t.start < g["end"] and g["start"] < t.end for g in golds) for t in art.times)
        for g in golds:
            hits = [t for t in art.times if t.start < g["end"] and g["start"] < t.end]
            pred = min(hits, key=lambda t: abs(t.start - g["start"])) if hits else None
            rows.append({"doc": doc["doc_id"], "type": g["type"], "text": g["text"], "gold": g["value"],
                         "pred_text": pred.text if pred else None, "pred": pred.value if pred else None,
                         "found": pred is not None, "correct": _correct(pred.value if pred else None, g["value"])})

    def block(sel: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(sel)
        found = sum(r["found"] for r in sel)
        correct = sum(r["correct"] for r in sel)
        return {"gold": n, "found": found, "correct": correct, "recall": found / n if n else 0.0,
                "value_accuracy": correct / n if n else 0.0,
                "value_accuracy_found": correct / found if found else 0.0}

    date_time = [r for r in rows if r["type"] in ("DATE", "TIME")]
    return {
        "kind": "times", "gold_file": str(path), "documents": len(docs),
        "date_time": block(date_time), "all_types": block(rows),
        "predicted": n_pred, "precision_span": n_pred_hit / n_pred if n_pred else 0.0,
        "errors": [r for r in rows if not r["correct"]],
    }


def render(report: dict[str, Any]) -> str:
    """A short plain-text summary plus the misses."""
    lines = [f"times on {report['gold_file']} ({report['documents']} documents)"]
    for key, label in (("date_time", "DATE+TIME"), ("all_types", "all TIMEX3 types")):
        b = report[key]
        lines.append(f"  {label:17} gold {b['gold']:3}  found {b['found']:3} (recall {b['recall']:.3f})  "
                     f"value accuracy {b['value_accuracy']:.3f}  (on found: {b['value_accuracy_found']:.3f})")
    lines.append(f"  predicted expressions {report['predicted']}, overlapping a gold TIMEX3: "
                 f"{report['precision_span']:.3f}")
    lines.append("  misses:")
    for r in report["errors"]:
        lines.append(f"    {r['doc']:18} {r['type']:8} {r['text']!r:28} gold {r['gold']:14} "
                     f"pred {r['pred']!s:14} ({r['pred_text']!r})")
    return "\n".join(lines)
