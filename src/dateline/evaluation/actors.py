"""Actor accuracy against gold files: `dateline evaluate --kind actors --gold FILE`.

Two gold layouts are understood:

* PLOVER GSR (`source_actors`/`target_actors` with `text`, `code`, `sector`): each gold actor is matched
  to our actor whose span overlaps its text in the sentence. Country accuracy counts a gold actor right
  when our country equals the gold code (IGO codes compare on the `IGO` prefix); sector accuracy is over
  gold actors with a real sector (not `***`, not empty). Unfound or unresolved gold actors count wrong.
* PETRARCH validation (`events` with `source`/`target` codes, no spans): sentence-level recall — a gold
  actor code counts found when one of our resolved actors in the sentence has that country (and, for
  the code score, the same first sector). Codes starting `---` (no country) only score the sector.

Old CAMEO country codes in the gold (JAP, ITL) are read as today's (JPN, ITA). Police are COP on both
sides (CAMEO's code, which the resolver emits; the design notes' "POL" is not used).

The same sentence text is never copied anywhere; only counts and codes are reported.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..config import Settings
from ..model import Actor, Article
from ..pipeline import Pipeline

__all__ = ["evaluate", "render", "detect"]


def detect(record: dict[str, Any]) -> bool:
    """Claim only files made for actor scoring; PLOVER/PETRARCH files are scored with --kind actors."""
    actors = record.get("actors")
    return "text" in record and isinstance(actors, list) and bool(actors) and isinstance(actors[0], dict) \
        and "code" in actors[0]


def _read(path: str, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


# Country codes of older CAMEO releases that name the same country as today's ISO code; the gold files
# still use them. Only true synonyms belong here (a former state such as the USSR is not one).
OLD_CAMEO = {"JAP": "JPN", "ITL": "ITA"}


def _country_of(code: str) -> str:
    if code.startswith("IGO"):
        return "IGO"
    return OLD_CAMEO.get(code[:3], code[:3])


def _analyse(records: list[dict[str, Any]], settings: Settings) -> list[Article]:
    pipe = Pipeline(settings, stages=["nlp", "actors"])
    arts = []
    for i, r in enumerate(records):
        date = r.get("date") or (r.get("original") or {}).get("date")
        arts.append(Article.create(r["text"], id=str(r.get("id", i)), published=date))
    return list(pipe.pipe(arts))


def _overlapping(article: Article, start: int, end: int) -> Actor | None:
    best = None
    for a in article.actors:
        if a.start < end and a.end > start:
            overlap = min(a.end, end) - max(a.start, start)
            key = (a.resolved, overlap, -(a.end - a.start))
            if best is None or key > best[0]:
                best = (key, a)
    return best[1] if best else None


def _score_plover(records: list[dict[str, Any]], arts: list[Article]) -> dict[str, Any]:
    c = Counter()
    confusions: Counter = Counter()
    for r, art in zip(records, arts, strict=True):
        for g in [*r.get("source_actors", []), *r.get("target_actors", [])]:
            gold_code, gold_text = g.get("code") or "", g.get("text") or ""
            if not gold_code or gold_code in ("***", "---"):
                continue
            c["gold"] += 1
            pos = art.text.find(gold_text) if gold_text else -1
            ours = _overlapping(art, pos, pos + len(gold_text)) if pos >= 0 else None
            if ours is None or not ours.resolved:
                c["unresolved"] += 1
                continue
            c["resolved"] += 1
            ok = _country_of(ours.country or "") == _country_of(gold_code)
            c["country_ok"] += ok
            if not ok:
                confusions[(_country_of(gold_code), _country_of(ours.country or ""))] += 1
            sector = (g.get("sector") or "")[:3]
            if sector and sector != "***" and sector.isupper():
                c["sector_gold"] += 1
                c["sector_ok"] += (ours.sector or "") == sector
    return {
        "layout": "plover",
        "gold_actors": c["gold"],
        "resolved": c["resolved"],
        "country_accuracy": _ratio(c["country_ok"], c["gold"]),
        "country_precision": _ratio(c["country_ok"], c["resolved"]),
        "sector_gold": c["sector_gold"],
        "sector_accuracy": _ratio(c["sector_ok"], c["sector_gold"]),
        "top_confusions": [{"gold": g, "ours": o, "n": n} for (g, o), n in confusions.most_common(10)],
    }


def _score_petrarch(records: list[dict[str, Any]], arts: list[Article]) -> dict[str, Any]:
    c = Counter()
    for r, art in zip(records, arts, strict=True):
        ours = [a for a in art.actors if a.resolved]
        countries = {_country_of(a.country or "") for a in ours}
        for e in r.get("events", []):
            for gold in (e.get("source"), e.get("target")):
                if not gold:
                    continue
                country, sector = gold[:3], gold[3:6]
                if country != "---":
                    c["gold"] += 1
                    found = _country_of(gold) in countries
                    c["country_found"] += found
                    c["code_found"] += any(_country_of(a.country or "") == _country_of(gold)
                                           and (a.sector or "") == sector for a in ours)
                if sector:
                    c["sector_gold"] += 1
                    c["sector_found"] += any((a.sector or "") == sector for a in ours)
        c["our_resolved"] += len(ours)
    return {
        "layout": "petrarch",
        "gold_actors": c["gold"],
        "country_recall": _ratio(c["country_found"], c["gold"]),
        "code_recall": _ratio(c["code_found"], c["gold"]),
        "sector_gold": c["sector_gold"],
        "sector_recall": _ratio(c["sector_found"], c["sector_gold"]),
        "our_resolved_actors": c["our_resolved"],
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate(path: str, *, settings: Settings | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score actor resolution on a gold JSONL file (PLOVER GSR or PETRARCH validation layout)."""
    settings = settings or Settings()
    records = _read(path, limit)
    arts = _analyse(records, settings)
    plover = bool(records) and "source_actors" in records[0]
    report = _score_plover(records, arts) if plover else _score_petrarch(records, arts)
    report.update({"gold": str(path), "records": len(records)})
    return report


def render(report: dict[str, Any]) -> str:
    """A short readable summary of `evaluate`'s report."""
    lines = [f"actors on {report['gold']} ({report['records']} records, {report['gold_actors']} gold actors)"]
    for key, value in report.items():
        if key in ("gold", "records", "gold_actors", "layout", "top_confusions"):
            continue
        lines.append(f"  {key:20} {value if value is not None else '-'}")
    for conf in report.get("top_confusions", []):
        lines.append(f"  confused {conf['gold']} -> {conf['ours'] or '(none)'}: {conf['n']}")
    return "\n".join(lines)
