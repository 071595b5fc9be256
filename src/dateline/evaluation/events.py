"""Scoring the event coder against CAMEO gold records (the PETRARCH validation format).

Gold: JSONL, one sentence per line: `id`, `text`, `date`, `events` [{`source`, `target`, `event_code`}].
Each sentence is run through the pipeline (nlp, actors, coding) as a one-sentence article published on its
date. Only events the default `events` query shows count (asserted and future; negated and hypothetical
are left out).

Keys compared, as multisets per sentence:
  root level  (source country, target country, CAMEO root)
  full code   (source country, target country, CAMEO code)
A country is the first three letters of an actor code (`USAGOV` -> USA, `IGOUNO` -> IGO); an unknown
country (`---REB`, no actor, an unresolved actor) is None and matches only None.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ..config import Settings
from ..errors import InputError
from ..model import ASSERTED, FUTURE, Actor, Article, Event

__all__ = ["evaluate", "render", "run_sentences", "country_of", "detect", "prf"]

SCORED_MODES = (ASSERTED, FUTURE)
STAGES = ["nlp", "actors", "coding"]


def read_jsonl(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.exists():
        raise InputError(f"gold file {p} not found; pass an existing JSONL file to --gold", code="E230")
    out = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"line {n} is not JSON ({exc})", origin=str(p), code="E231") from None
            if limit and len(out) >= limit:
                break
    return out


def detect(record: dict[str, Any]) -> bool:
    """Whether a gold record is in this module's format."""
    evs = record.get("events")
    return "text" in record and isinstance(evs, list) and all("event_code" in e for e in evs)


def country_of(code: str | None) -> str | None:
    """Country part of a CAMEO-style actor code; None for unknown ("---", "", None)."""
    if not code:
        return None
    code = code.strip().strip('"').upper()
    if code.startswith("---") or len(code) < 3:
        return None
    return code[:3]


def actor_country(actor: Actor | None) -> str | None:
    if actor is None or not actor.resolved:
        return None
    if actor.country:
        return "IGO" if actor.country.upper().startswith("IGO") else actor.country.upper()[:3]
    return country_of(actor.code)


def _iso(date: str | None) -> str | None:
    if date and len(date) == 10 and date[4] == "-" and date[7] == "-":
        return date
    return None


def run_sentences(records: Iterable[tuple[str, str, str | None]], settings: Settings) -> dict[str, list[Event]]:
    """Run (id, text, date) sentences through nlp+actors+coding; the scored events per id."""
    from ..pipeline import Pipeline

    pipe = Pipeline(settings, stages=STAGES)
    arts = [Article.create(text, id=rid, published=_iso(date)) for rid, text, date in records]
    out: dict[str, list[Event]] = {}
    for art in pipe.pipe(arts):
        out[art.id] = [e for e in art.events if e.mode in SCORED_MODES]
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(path: str | Path, *, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Score the coder on a PETRARCH-format gold file. Returns the report dict (see `render`)."""
    records = read_jsonl(path, limit)
    usable = [r for r in records if (r.get("text") or "").strip() and not r.get("expect_error")]
    predicted = run_sentences(((str(r["id"]), r["text"], r.get("date")) for r in usable), settings)
    tot = {"root": Counter(), "full": Counter()}  # tp / pred / gold
    per_root: dict[str, Counter] = {}
    confusions: Counter = Counter()
    details = []
    for r in usable:
        rid = str(r["id"])
        gold = [(country_of(e.get("source")), country_of(e.get("target")), str(e["event_code"]))
                for e in r.get("events") or []]
        preds = sorted({(actor_country(e.source), actor_country(e.target), e.cameo) for e in predicted.get(rid, [])},
                       key=str)
        for level, cut in (("root", 2), ("full", None)):
            g = Counter((s, t, c[:cut] if cut else c) for s, t, c in gold)
            p = Counter((s, t, c[:cut] if cut else c) for s, t, c in preds)
            tp = sum((g & p).values())
            tot[level].update({"tp": tp, "pred": sum(p.values()), "gold": sum(g.values())})
            if level == "root":
                for key, n in g.items():
                    per_root.setdefault(key[2], Counter()).update({"gold": n, "tp": min(n, p.get(key, 0))})
                for key, n in p.items():
                    per_root.setdefault(key[2], Counter()).update({"pred": n})
                missed = list((g - p).elements())
                extra = list((p - g).elements())
                for ms in missed:
                    same = next((x for x in extra if x[:2] == ms[:2]), None)
                    if same is not None:
                        confusions[(ms[2], same[2])] += 1
                        extra.remove(same)
                    else:
                        confusions[(ms[2], "-")] += 1
                for x in extra:
                    confusions[("-", x[2])] += 1
        details.append({"id": rid, "gold": [list(x) for x in gold], "predicted": [list(x) for x in preds],
                        "patterns": [e.pattern for e in predicted.get(rid, [])]})
    report = {
        "kind": "events",
        "gold_file": str(path),
        "future_acts": str(settings.get("coding.future_acts", "intent")),
        "sentences": len(usable),
        "skipped": len(records) - len(usable),
        "gold_events": tot["root"]["gold"],
        "predicted_events": tot["root"]["pred"],
        "root": {**prf(tot["root"]["tp"], tot["root"]["pred"], tot["root"]["gold"]), "tp": tot["root"]["tp"]},
        "full": {**prf(tot["full"]["tp"], tot["full"]["pred"], tot["full"]["gold"]), "tp": tot["full"]["tp"]},
        "per_root": {k: {**dict(v), **prf(v["tp"], v["pred"], v["gold"])} for k, v in sorted(per_root.items())},
        "confusions": [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(15)],
        "records": details,
    }
    return report


def render(report: dict[str, Any]) -> str:
    """Plain-text summary: headline scores, per-root table, commonest confusions."""
    lines = [
        f"gold: {report['gold_file']}  sentences: {report['sentences']} (skipped {report['skipped']})  "
        f"gold events: {report['gold_events']}  predicted: {report['predicted_events']}  "
        f"future acts as: {report.get('future_acts', 'intent')} (coding.future_acts)",
        "",
        f"{'level':<34} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for key, label in (("root", "(source, target, root)"), ("full", "(source, target, full code)")):
        s = report[key]
        lines.append(f"{label:<34} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}")
    lines += ["", f"{'root':<6} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for root, s in report["per_root"].items():
        lines.append(f"{root:<6} {s.get('gold', 0):>5} {s.get('pred', 0):>5} {s.get('tp', 0):>4} "
                     f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}")
    if report["confusions"]:
        lines += ["", "commonest confusions (gold root -> predicted root; '-' = none):"]
        for c in report["confusions"]:
            lines.append(f"  {c['gold']:>3} -> {c['predicted']:<3} x{c['count']}")
    return "\n".join(lines)
