"""What each dashboard page shows, gathered from the library's query functions.

These functions only combine and reshape results of `dateline.store.queries` and `dateline.analysis` for
a template (e.g. a dyad series as chart arrays); every query they run is one of those public functions.
"""

from __future__ import annotations

from typing import Any

from .. import analysis as an
from ..analysis import dyads as dy
from ..analysis import web_queries as wq
from ..model import Article
from ..store import Store
from ..store import queries as q

__all__ = ["actor_view", "dyad_view", "event_page", "network_view", "openapi_endpoints",
           "overview", "selected_event"]

_QUAD_KEYS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_ROW_LIMIT = 500  # events listed under a chart; the API pages through the rest


def _modes(modes: str | None) -> Any:
    if not modes:
        return None
    return "all" if modes == "all" else [m for m in modes.split(",") if m]


def chart_series(rows: list[dict[str, Any]], by: str) -> dict[str, Any]:
    """Per-period rows (as `analysis.dyads.dyad` returns) → the arrays `chart.js` draws."""
    return {
        "by": by,
        "periods": [r["period"] for r in rows],
        "quad": {str(i + 1): [int(r.get(k) or 0) for r in rows] for i, k in enumerate(_QUAD_KEYS)},
        "goldstein": [r.get("mean_goldstein") for r in rows],
    }


def _with_period(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    for r in rows:
        day = q.parse_date(r.get("date")) if r.get("date") else None
        r["period"] = dy.period_label(day, by) if day else ""
    return rows


def event_page(store: Store, params: dict[str, Any], *, offset: int, limit: int
               ) -> tuple[list[dict[str, Any]], int]:
    """One page of the event table with its total, from the page's filter parameters."""
    filters = {k: params.get(k) for k in ("actor", "country", "code", "root", "since", "until")}
    filters["modes"] = _modes(params.get("modes"))
    text = params.get("q")
    if text:
        rows = wq.search_events(store, text, order=params.get("order", "-date"), limit=limit, offset=offset,
                                **filters)
        return rows, wq.count_search_events(store, text, **filters)
    rows = q.events(store, order=params.get("order", "-date"), limit=limit, offset=offset, **filters)
    return rows, q.count_events(store, **filters)


def overview(store: Store) -> dict[str, Any]:
    stats = q.stats(store)
    counts = stats["counts"]
    shown = {"articles": counts.get("articles", 0), "events": counts.get("events", 0),
             "event mentions": counts.get("mentions", 0), "actor mentions": counts.get("actors", 0),
             "quotes": counts.get("quotes", 0), "amounts": counts.get("amounts", 0),
             "places": counts.get("places", 0)}
    return {
        "counts": shown,
        "stats": stats,
        "recent": q.events(store, order="-date", limit=15),
        "top_actors": an.top(store, "actors", limit=12),
        "top_dyads": an.top(store, "dyads", limit=12),
        "timeline": chart_series(wq.quad_timeline(store, by="month"), "month"),
    }


def actor_view(store: Store, code: str, *, by: str) -> dict[str, Any]:
    series = wq.quad_timeline(store, actor=code, by=by)
    rows = _with_period(q.events(store, actor=code, order="-date", limit=_ROW_LIMIT), by)
    matches = q.actors(store, q=code, limit=20)
    info = next((a for a in matches if a["code"] == code), {"code": code})
    info = {**info, "events": q.count_events(store, actor=code)}
    return {
        "series": chart_series(series, by),
        "rows": rows,
        "info": info,
        "quotes": q.quotes(store, speaker=code, limit=100),
        "partners": [e for e in an.network(store, level="actor", actor=code)["edges"]
                     if e["source"] == code][:12],
    }


def dyad_view(store: Store, a: str, b: str, *, by: str) -> dict[str, Any]:
    series = dy.dyad(store, a, b, by=by, directed=True)
    rows = q.events(store, source=a, target=b, order="-date", limit=_ROW_LIMIT)
    return {"series": chart_series(series, by), "rows": _with_period(rows, by)}


def network_view(store: Store, *, since: str | None, until: str | None, min_events: int, level: str,
                 max_nodes: int = 60) -> dict[str, Any]:
    """The network, cut to the `max_nodes` busiest nodes so that the drawing stays legible."""
    net = an.network(store, since=since, until=until, min_events=min_events, level=level)
    keep = {n["id"] for n in net["nodes"][:max_nodes]}
    net["nodes"] = [n for n in net["nodes"] if n["id"] in keep]
    net["edges"] = [e for e in net["edges"] if e["source"] in keep and e["target"] in keep]
    return net


def selected_event(store: Store, article: Article, event: str | None) -> int | None:
    """The index (in `article.events`) of the event a link asked to highlight: an index, or an event id
    reported by this article (its first mention here)."""
    if event is None or event == "":
        return None
    if event.isdigit():
        i = int(event)
        return i if i < len(article.events) else None
    for m in q.event_mentions(store, event):
        if m["article_id"] == article.id:
            return int(m["idx"])
    return None


def openapi_endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI spec flattened for the offline docs page."""
    out = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p.get("name"), "where": p.get("in"), "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            body = None
            if "requestBody" in op:
                ref = (op["requestBody"].get("content", {}).get("application/json", {}).get("schema", {})
                       .get("$ref", ""))
                model = spec.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
                body = "{" + ", ".join(model.get("properties", {})) + "}"
            out.append({"id": f"{method}-{path}".replace("/", "-").strip("-"), "method": method.upper(),
                        "path": path, "summary": op.get("summary", ""), "params": params, "body": body})
    return out


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    return str(schema.get("type", ""))
