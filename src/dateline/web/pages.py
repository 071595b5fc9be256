"""The dashboard: server-rendered pages over the same library queries as the API and CLI.

Pages are Jinja templates with autoescaping on (article text is never marked safe); charts are drawn by
the package's own `static/chart.js` from JSON embedded in the page with `tojson` (which escapes `<`, `>`,
`&` and quotes), so a page makes no request outside the server. Links are relative (see `urls.py`).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from typing import Any

from fastapi import FastAPI, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from ..api.deps import StoreDep
from ..store import Store
from ..store import queries as q
from . import data as d
from .highlight import article_blocks
from .urls import url_builder

__all__ = ["install_dashboard"]

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
LEGEND = [("trigger", "trigger"), ("source", "source actor"), ("target", "target actor"), ("quote", "quote"),
          ("amount", "amount"), ("time", "time"), ("place", "place"), ("actor", "other actor mention")]
PAGE = 50
_HERE = resources.files("dateline.web")


@lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    """CAMEO code → name from the shipped codebook (empty when it is not installed)."""
    try:
        raw = resources.files("dateline.data.coding").joinpath("cameo_codebook.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return {code: v.get("name", "") for code, v in json.loads(raw).get("codes", {}).items()}


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(_HERE.joinpath("templates"))),
                      autoescape=select_autoescape(["html"], default=True), trim_blocks=True,
                      lstrip_blocks=True)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any], *, status: int = 200) -> HTMLResponse:
    """Render a page with what every template uses: `u` (relative links), version, names."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    ctx = {
        "u": url_builder(raw.decode("latin-1") if isinstance(raw, bytes) else raw),
        "version": __version__,
        "db_name": os.path.basename(request.app.state.db_path),
        "quad_names": QUAD_NAMES,
        "cameo_names": cameo_names(),
        **context,
    }
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


def _params(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in (None, "")}


def _page_info(offset: int, rows: list, total: int | None, limit: int = PAGE) -> dict[str, Any]:
    more = (offset + len(rows) < total) if total is not None else len(rows) == limit
    return {"offset": offset, "limit": limit, "count": len(rows), "total": total, "more": more}


def install_dashboard(app: FastAPI) -> None:
    """Mount the static files and add the dashboard pages and the offline API docs to `app`."""
    app.state.templates = _templates()
    app.state.render = render
    # StaticFiles resolves every path inside this one folder and refuses anything outside it.
    app.mount("/static", StaticFiles(directory=str(_HERE.joinpath("static"))), name="static")
    Text = dict(max_length=200)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, store: Store = StoreDep) -> HTMLResponse:
        return render(request, "overview.html", {"title": "Overview", "nav": "overview", **d.overview(store)})

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request, store: Store = StoreDep,
        actor: str | None = Query(None, **Text), country: str | None = Query(None, **Text),
        code: str | None = Query(None, max_length=4), root: str | None = Query(None, max_length=2),
        since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
        modes: str | None = Query(None, max_length=60), order: str = Query("-date", max_length=20),
        q_: str | None = Query(None, alias="q", **Text), offset: int = Query(0, ge=0, le=10_000_000),
    ) -> HTMLResponse:
        params = _params(actor=actor, country=country, code=code, root=root, since=since, until=until,
                         modes=modes, order=order, q=q_)
        rows, total = d.event_page(store, params, offset=offset, limit=PAGE)
        return render(request, "events.html", {
            "title": "Events", "nav": "events", "rows": rows, "params": params,
            "page": _page_info(offset, rows, total)})

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, store: Store = StoreDep, q_: str | None = Query(None, alias="q", **Text),
                      offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        params = _params(q=q_)
        rows = q.articles(store, q=q_, limit=PAGE, offset=offset)
        total = q.count_articles(store, q=q_)
        return render(request, "articles.html", {
            "title": "Articles", "nav": "articles", "rows": rows, "params": params,
            "page": _page_info(offset, rows, total)})

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str = Path(..., max_length=500), store: Store = StoreDep,
                     event: str | None = Query(None, max_length=200, description="event id or index")
                     ) -> HTMLResponse:
        art = q.get_article(store, article_id)
        selected = d.selected_event(store, art, event)
        return render(request, "article.html", {
            "title": art.title or f"Article {art.id}", "nav": "articles", "article": art,
            "blocks": article_blocks(art), "legend": LEGEND, "selected": selected})

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, store: Store = StoreDep, q_: str | None = Query(None, alias="q", **Text),
                    offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        params = _params(q=q_)
        rows = q.actors(store, q=q_, limit=PAGE, offset=offset)
        return render(request, "actors.html", {
            "title": "Actors", "nav": "actors", "rows": rows, "params": params,
            "page": _page_info(offset, rows, None)})

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str = Path(..., max_length=60), store: Store = StoreDep,
                   by: str = Query("month", pattern="^(day|week|month|year)$")) -> HTMLResponse:
        ctx = d.actor_view(store, code, by=by)
        return render(request, "actor.html", {"title": f"Actor {code}", "nav": "actors", "code": code,
                                              "by": by, **ctx})

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str = Path(..., max_length=60), b: str = Path(..., max_length=60), store: Store = StoreDep,
                  by: str = Query("month", pattern="^(day|week|month|year)$")) -> HTMLResponse:
        ctx = d.dyad_view(store, a, b, by=by)
        return render(request, "dyad.html", {"title": f"Dyad {a} → {b}", "nav": "network", "a": a, "b": b,
                                             "by": by, **ctx})

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, store: Store = StoreDep,
                     since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
                     min_events: int = Query(1, ge=1, le=100000),
                     level: str = Query("country", pattern="^(country|actor)$")) -> HTMLResponse:
        params = _params(since=since, until=until, min_events=min_events, level=level)
        net = d.network_view(store, since=since, until=until, min_events=min_events, level=level)
        return render(request, "network.html", {"title": "Network", "nav": "network", "network": net,
                                                "params": params})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return render(request, "docs.html", {"title": "API", "nav": "docs",
                                             "endpoints": d.openapi_endpoints(app.openapi())})
