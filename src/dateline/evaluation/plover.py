"""Scoring the event coder against PLOVER gold records (the PLOVER GSR format).

Gold: JSONL, one record per sentence: `id`, `text`, `event` (PLOVER type), `source_actors` and
`target_actors` (lists of {text, code, sector}). Each record holds one gold event.

The coder's events (asserted and future only, as the default `events` query) become tuples
(source country, target country, PLOVER type). A tuple matches its record's gold event when
  - the type is the gold type (older PLOVER names are read as their successors: DEMAND -> REQUEST,
    DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT),
  - the source country is one of the gold source countries, and
  - the target country is one of the gold target countries; where the gold lists no target, the target
    may be none or another gold source (the record's reciprocal "SRC/TAR" actors).
Precision = matching predicted tuples / predicted tuples; recall = records with a matching tuple / records.
A sentence holding several gold events is several records with the same text (one event each, as the PLOVER
GSR files it): its predicted tuples are counted once, and a tuple is right when it matches any of them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..config import Settings
from .events import actor_country, prf, read_jsonl, run_sentences

__all__ = ["evaluate", "render", "detect", "normalise_type"]

_OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Old CAMEO country codes the gold file uses, read as today's (the same aliases as the actors scorer).
_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA"}


def detect(record: dict[str, Any]) -> bool:
    return "text" in record and "event" in record and "source_actors" in record


def normalise_type(t: str | None) -> str | None:
    if not t:
        return None
    t = t.upper()
    return _OLD_TYPES.get(t, t)


def _countries(actors: list[dict] | None) -> set[str]:
    out = set()
    for a in actors or []:
        code = (a.get("code") or "").upper()[:3]
        if code:
            out.add(_CODE_ALIASES.get(code, code))
    return out


def evaluate(path: str | Path, *, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Score the coder on PLOVER gold records. Returns the report dict (see `render`)."""
    records = read_jsonl(path, limit)
    usable = [r for r in records if (r.get("text") or "").strip().strip("{}") and r.get("event")]
    predicted = run_sentences(((str(r["id"]), r["text"].strip().strip("{}"), None) for r in usable), settings)
    n_pred = n_pred_ok = n_hit = 0
    per_type: dict[str, Counter] = {}
    confusions: Counter = Counter()
    details = []
    by_text_pred: dict[str, set] = {}
    by_text_ok: dict[str, set] = {}
    for r in usable:
        rid = str(r["id"])
        gtype = normalise_type(r["event"])
        srcs, tgts = _countries(r.get("source_actors")), _countries(r.get("target_actors"))
        preds = {(actor_country(e.source), actor_country(e.target), normalise_type((e.plover or {}).get("type")))
                 for e in predicted.get(rid, [])}
        preds = {p for p in preds if p[2]}
        ok = set()
        for s, t, typ in preds:
            allowed = tgts if tgts else (srcs - {s}) | {None}
            if typ == gtype and s in srcs and t in allowed:
                ok.add((s, t, typ))
        # A sentence with several events appears as several records (one gold event each): a predicted
        # tuple is right when it matches any record of the same text, and is counted once per text.
        key = r["text"].strip().strip("{}").strip()
        by_text_pred.setdefault(key, set()).update(preds)
        by_text_ok.setdefault(key, set()).update(ok)
        hit = bool(ok)
        n_hit += hit
        c = per_type.setdefault(gtype, Counter())
        c.update({"gold": 1, "hit": int(hit)})
        for _s, _t, typ in preds:
            per_type.setdefault(typ, Counter()).update({"pred": 1})
            if typ == gtype and (_s, _t, typ) in ok:
                per_type[typ].update({"pred_ok": 1})
        if not hit:
            types = {p[2] for p in preds}
            confusions[(gtype, ",".join(sorted(types)) if types else "-")] += 1
        details.append({"id": rid, "gold": {"type": gtype, "source": sorted(srcs), "target": sorted(tgts)},
                        "predicted": [list(p) for p in sorted(preds, key=str)], "hit": hit})
    n_pred = sum(len(v) for v in by_text_pred.values())
    n_pred_ok = sum(len(v) for v in by_text_ok.values())
    p = n_pred_ok / n_pred if n_pred else 0.0
    rcl = n_hit / len(usable) if usable else 0.0
    f1 = 2 * p * rcl / (p + rcl) if p + rcl else 0.0
    return {
        "kind": "plover",
        "gold_file": str(path),
        "future_acts": str(settings.get("coding.future_acts", "intent")),
        "records": len(usable),
        "skipped": len(records) - len(usable),
        "predicted_tuples": n_pred,
        "plover": {"precision": round(p, 4), "recall": round(rcl, 4), "f1": round(f1, 4),
                   "records_hit": n_hit, "tuples_ok": n_pred_ok},
        "per_type": {k: {**dict(v), **_type_prf(v)} for k, v in sorted(per_type.items())},
        "confusions": [{"gold": g, "predicted": pr, "count": n} for (g, pr), n in confusions.most_common(15)],
        "details": details,
    }


def _type_prf(c: Counter) -> dict[str, float]:
    out = prf(c.get("pred_ok", 0), c.get("pred", 0), 1)  # placeholder recall, replaced below
    r = c.get("hit", 0) / c["gold"] if c.get("gold") else 0.0
    p = out["precision"]
    out["recall"] = round(r, 4)
    out["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def render(report: dict[str, Any]) -> str:
    s = report["plover"]
    lines = [
        f"gold: {report['gold_file']}  records: {report['records']} (skipped {report['skipped']})  "
        f"predicted tuples: {report['predicted_tuples']}  "
        f"future acts as: {report.get('future_acts', 'intent')} (coding.future_acts)",
        "",
        f"(source, target, PLOVER type)   P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}",
        "",
        f"{'type':<12} {'gold':>5} {'hit':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for t, c in report["per_type"].items():
        lines.append(f"{t:<12} {c.get('gold', 0):>5} {c.get('hit', 0):>5} {c.get('pred', 0):>5} "
                     f"{c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}")
    if report["confusions"]:
        lines += ["", "commonest misses (gold type -> predicted types; '-' = none):"]
        for c in report["confusions"]:
            lines.append(f"  {c['gold']:<10} -> {c['predicted']:<24} x{c['count']}")
    return "\n".join(lines)
