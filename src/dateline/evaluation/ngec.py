"""Scoring PLOVER event types on the NGEC synthetic stories (`../shared/gold/ngec-synthetic`).

Gold: JSONL, one story per line: `headline` (a filled template such as "<country> Leader Criticizes
<country>'s Response to Crisis"), `text` (a language model's continuation of the headline), `event` (the
template's PLOVER type), `mode_normalized` (the template's PLOVER mode, often null), `slot_fill_ok`.

The labels are the prompt's intent, not a reading of the text, and the stories drift (the gold README says
so: "do not use them for final accuracy claims"); the source/target slots are not annotated roles. So this
scores event *types* only, two ways, and says how often the coder is silent:

- headline: the headline coded as one sentence. Type recall = headlines with an event of the gold type;
  type precision = coded events whose type is the gold type (the headline states one event).
- story: the story coded as an article. Type recall = stories with an event of the gold type anywhere
  (no precision: a story legitimately reports other events).
- mode: of the headlines coded with the gold type and a gold mode, the share whose PLOVER mode matches.

Scored events: asserted and future (what the default `events` query shows), as in the other scorers.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..config import Settings
from .events import read_jsonl, run_sentences
from .plover import normalise_type

__all__ = ["evaluate", "render", "detect"]


def detect(record: dict[str, Any]) -> bool:
    return "headline" in record and "event" in record and "synthetic" in record


def _types(events: list) -> list[str]:
    return [t for t in (normalise_type((e.plover or {}).get("type")) for e in events) if t]


def evaluate(path: str | Path, *, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Score PLOVER types on NGEC synthetic stories (headline and story level). Returns the report dict."""
    records = [r for r in read_jsonl(path, limit) if r.get("event") and r.get("slot_fill_ok", True)]
    heads = run_sentences(((str(r["id"]), (r.get("headline") or "").strip(), None) for r in records), settings)
    stories = run_sentences(((str(r["id"]), (r.get("text") or "").strip(), None) for r in records), settings)
    per_type: dict[str, Counter] = {}
    confusions: Counter = Counter()
    totals: Counter = Counter()
    for r in records:
        rid, gold = str(r["id"]), normalise_type(r["event"])
        h_events = heads.get(rid, [])
        h_types = _types(h_events)
        s_types = set(_types(stories.get(rid, [])))
        c = per_type.setdefault(gold, Counter())
        hit = gold in h_types
        c.update({"gold": 1, "head_hit": int(hit), "story_hit": int(gold in s_types)})
        totals.update({"records": 1, "head_pred": len(h_types), "head_pred_ok": h_types.count(gold),
                       "head_hit": int(hit), "head_silent": int(not h_types), "story_hit": int(gold in s_types),
                       "story_silent": int(not s_types)})
        if not hit:
            confusions[(gold, ",".join(sorted(set(h_types))) or "-")] += 1
        gmode = (r.get("mode_normalized") or "").strip().lower()
        if hit and gmode:
            modes = {((e.plover or {}).get("mode") or "").lower() for e in h_events
                     if normalise_type((e.plover or {}).get("type")) == gold}
            totals.update({"mode_scored": 1, "mode_ok": int(gmode in modes)})
    n = totals["records"] or 1
    p = totals["head_pred_ok"] / totals["head_pred"] if totals["head_pred"] else 0.0
    rcl = totals["head_hit"] / n
    return {
        "kind": "ngec",
        "gold_file": str(path),
        "records": totals["records"],
        "headline": {"precision": round(p, 4), "recall": round(rcl, 4),
                     "f1": round(2 * p * rcl / (p + rcl), 4) if p + rcl else 0.0,
                     "silent": round(totals["head_silent"] / n, 4), "predicted": totals["head_pred"]},
        "story": {"recall": round(totals["story_hit"] / n, 4), "silent": round(totals["story_silent"] / n, 4)},
        "mode": {"scored": totals["mode_scored"],
                 "accuracy": round(totals["mode_ok"] / totals["mode_scored"], 4) if totals["mode_scored"] else None},
        "per_type": {t: {"gold": c["gold"], "headline_recall": round(c["head_hit"] / c["gold"], 4),
                         "story_recall": round(c["story_hit"] / c["gold"], 4)}
                     for t, c in sorted(per_type.items())},
        "confusions": [{"gold": g, "predicted": pr, "count": k} for (g, pr), k in confusions.most_common(15)],
    }


def render(report: dict[str, Any]) -> str:
    h, s, m = report["headline"], report["story"], report["mode"]
    mode = f"{m['accuracy']:.3f} of {m['scored']}" if m["accuracy"] is not None else "n/a"
    lines = [
        f"gold: {report['gold_file']}  stories: {report['records']}  (synthetic, prompt labels: development only)",
        "",
        f"headline PLOVER type   P {h['precision']:.3f}  R {h['recall']:.3f}  F1 {h['f1']:.3f}  "
        f"(no event: {h['silent']:.3f})",
        f"story PLOVER type      R {s['recall']:.3f}  (no event: {s['silent']:.3f})",
        f"mode (headlines with the gold type and a gold mode): {mode}",
        "",
        f"{'type':<12} {'gold':>5} {'head R':>7} {'story R':>8}",
    ]
    for t, c in report["per_type"].items():
        lines.append(f"{t:<12} {c['gold']:>5} {c['headline_recall']:>7.3f} {c['story_recall']:>8.3f}")
    if report["confusions"]:
        lines += ["", "commonest headline misses (gold type -> predicted types; '-' = none):"]
        for c in report["confusions"]:
            lines.append(f"  {c['gold']:<10} -> {c['predicted']:<24} x{c['count']}")
    return "\n".join(lines)
