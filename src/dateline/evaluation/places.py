"""Score the `places` stage on GeoVirus-style gold (JSONL articles with toponym spans and coordinates).

Two views, both over every gold toponym:
- end to end: the article runs through nlp → actors → places; a gold toponym counts when a resolved
  predicted place overlaps it (a miss counts as wrong);
- resolution only: each gold span's text is resolved by `resolve_name` with the article's own context
  (countries of the places and actors found in it), which isolates the gazetteer and ranking.
Measures: `acc161` (within 161 km of the gold point, the usual "exact" for geoparsing), `country_accuracy`
(over toponyms whose gold point lies in a country: the gold country is the country whose name is the gold
Wikipedia title, else the country of the nearest town within 300 km; continents and seas are left out) and
the median error in km over resolved toponyms. The report also lists the misses: `country_misses`
(resolution view), `end_to_end_missed` (gold toponyms with a country that we did not find or left
unresolved) and `end_to_end_wrong` (found in another country).
"""

from __future__ import annotations

import json
import statistics
import urllib.parse
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..extract.gazetteer import haversine_km, load_gazetteer
from ..extract.places import _context, _candidates, resolve_name
from ..model import Article
from ..pipeline import Pipeline, registered_components

__all__ = ["detect", "evaluate", "render"]


def _docs(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if p.is_dir():
        p = p / "geovirus.jsonl"
    if not p.exists():
        raise InputError(f"{p} not found; pass a GeoVirus JSONL file or its folder", code="E201")
    return [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]


def _gold_country(top: dict[str, Any], gaz) -> str | None:
    title = urllib.parse.unquote(top.get("wikipedia") or "").rsplit("/", 1)[-1].replace("_", " ")
    kinds = {e.kind for e, _ in gaz.lookup(title)}
    if "L" in kinds:
        return None  # a continent or world region: in no one country
    for e, primary in gaz.lookup(title):
        if e.kind == "C":
            return e.country
    near = gaz.nearest_city(top["lat"], top["lon"])
    return near.country if near else None


def _block(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    n = len(rows)
    resolved = [r for r in rows if r[key] is not None]
    with_c = [r for r in rows if r["gold_country"]]
    errs = [r[key]["km"] for r in resolved]
    return {
        "gold": n, "resolved": len(resolved),
        "acc161": sum(1 for e in errs if e <= 161) / n if n else 0.0,
        "country_gold": len(with_c),
        "country_accuracy": sum(1 for r in with_c if r[key] and r[key]["country"] == r["gold_country"]) / len(with_c)
        if with_c else 0.0,
        "median_km": statistics.median(errs) if errs else None,
    }


def detect(record: dict[str, Any]) -> bool:
    """True when a JSONL record looks like this scorer's gold format."""
    return "toponyms" in record and "text" in record


def evaluate(path: str | Path, *, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    """Run the places stage over the gold articles and compare with the gold coordinates."""
    docs = _docs(path)[:limit] if limit else _docs(path)
    gaz = load_gazetteer(settings.get("places.gazetteer") or None)
    stages = ["nlp"] + (["actors"] if "actors" in registered_components() else []) + ["places"]
    pipe = Pipeline(settings, stages=stages)
    articles = [Article.create(d["text"], id=str(d["doc_id"])) for d in docs]
    rows: list[dict[str, Any]] = []
    pipe_out = list(pipe.pipe(articles, keep_docs=True))
    for doc, art in zip(docs, pipe_out, strict=True):
        ctx = _context(art, gaz, _candidates(art, gaz))
        for top in doc["toponyms"]:
            hits = [p for p in art.places if p.start < top["end"] and top["start"] < p.end and p.lat is not None]
            pred = hits[0] if hits else None
            alone = resolve_name(top["text"], gaz, ctx)
            row = {"doc": doc["doc_id"], "text": top["text"], "gold_country": _gold_country(top, gaz),
                   "e2e": None, "resolution": None}
            if pred is not None:
                row["e2e"] = {"name": pred.name, "country": pred.country,
                              "km": haversine_km(top["lat"], top["lon"], pred.lat, pred.lon)}
            if alone is not None:
                row["resolution"] = {"name": alone.name, "country": alone.country,
                                     "km": haversine_km(top["lat"], top["lon"], alone.lat, alone.lon)}
            rows.append(row)
        art.doc = None
    misses = [r for r in rows if r["gold_country"] and (r["resolution"] is None
                                                         or r["resolution"]["country"] != r["gold_country"])]
    # end to end: gold toponyms we did not find (or found unresolved), and found in the wrong country
    e2e_missed = [r for r in rows if r["gold_country"] and r["e2e"] is None]
    e2e_wrong = [r for r in rows
                 if r["gold_country"] and r["e2e"] and r["e2e"]["country"] != r["gold_country"]]
    return {"kind": "places", "gold_file": str(path), "documents": len(docs),
            "end_to_end": _block(rows, "e2e"), "resolution": _block(rows, "resolution"),
            "country_misses": misses, "end_to_end_missed": e2e_missed, "end_to_end_wrong": e2e_wrong}


def render(report: dict[str, Any]) -> str:
    """A short plain-text summary plus the country misses of the resolution view."""
    lines = [f"places on {report['gold_file']} ({report['documents']} articles)"]
    for key, label in (("end_to_end", "end to end"), ("resolution", "resolution only")):
        b = report[key]
        med = f"{b['median_km']:.1f}" if b["median_km"] is not None else "n/a"
        lines.append(f"  {label:16} gold {b['gold']}  resolved {b['resolved']}  acc@161km {b['acc161']:.3f}  "
                     f"country accuracy {b['country_accuracy']:.3f} (of {b['country_gold']})  median error {med} km")
    lines.append("  country misses (resolution only):")
    for r in report["country_misses"][:60]:
        got = r["resolution"]
        lines.append(f"    {r['doc']:>4} {r['text']!r:28} gold {r['gold_country']}  got "
                     f"{(got['name'], got['country']) if got else None}")
    return "\n".join(lines)
