"""The `/api/` routes: thin adapters over `dateline.store.queries`, `dateline.analysis` and `extract`.

Each route parses and bounds its parameters, calls one library function with them and shapes the reply;
no query logic lives here. Lists come as `{"items", "count", "limit", "offset", "total"}` or, with
`format=csv`, as CSV.
"""

from __future__ import annotations

import threading
from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from .. import __version__
from ..store import Store
from .. import analysis as an
from ..analysis import dyads as dy
from ..analysis import web_queries as wq
from ..store import queries as q
from .deps import Page, PageDep, StoreDep, listing

__all__ = ["router"]

router = APIRouter(prefix="/api")

Fmt = Literal["json", "csv"]
# FastAPI parameter objects must not be shared between parameters: each use builds its own.
def _fmt() -> Any:
    return Query("json", description="json, or csv for a table download.")


def _code() -> Any:
    return Query(None, description="Actor code, or a country/IGO code matching all its actors.", max_length=200)


def _date() -> Any:
    return Query(None, description="YYYY-MM-DD (or YYYY-MM, YYYY).", max_length=10)


def _period() -> Any:
    return Query("month", pattern="^(day|week|month|year)$", description="day, week, month or year.")


S = dict(max_length=200)  # every free-text parameter is bounded


def _modes(modes: str | None) -> list[str] | str | None:
    if not modes:
        return None
    if modes == "all":
        return "all"
    return [m.strip() for m in modes.split(",") if m.strip()]


@router.get("/", summary="Version and the list of endpoints.")
def index(request: Request) -> dict[str, Any]:
    paths = sorted(p for p in request.app.openapi()["paths"] if p.startswith("/api/"))
    return {"name": "dateline", "version": __version__, "endpoints": paths}


@router.get("/stats", summary="Row counts per table and the date range of events.")
def stats(store: Store = StoreDep) -> dict[str, Any]:
    out = q.stats(store)
    out.pop("path", None)  # the server's file layout is not the client's business
    return out


@router.get("/articles", summary="Stored articles, newest first.")
def articles(
    page: Page = PageDep, store: Store = StoreDep, format: Fmt = _fmt(),
    q_: str | None = Query(None, alias="q", description="Text in the title or body.", **S),
    since: str | None = _date(), until: str | None = _date(),
    source: str | None = Query(None, description="Outlet name.", **S),
) -> Any:
    filters = dict(since=since, until=until, source=source, q=q_)
    rows = q.articles(store, limit=page.limit, offset=page.offset, **filters)
    return listing(rows, page, fmt=format, name="articles", total=q.count_articles(store, **filters))


@router.get("/articles/{article_id:path}", summary="One article with all its layers (the extract JSON).")
def article(article_id: str = Path(..., max_length=500), store: Store = StoreDep) -> dict[str, Any]:
    return q.get_article(store, article_id).to_dict()


def _event_filters(
    actor: str | None = _code(), source: str | None = _code(), target: str | None = _code(),
    country: str | None = Query(None, description="Either actor's country (ISO3).", **S),
    code: str | None = Query(None, description="CAMEO code or prefix (04 matches 040-046).", max_length=4),
    root: str | None = Query(None, description="CAMEO root code (01-20).", max_length=2),
    quad_class: int | None = Query(None, ge=1, le=4, description="1-4."),
    since: str | None = _date(), until: str | None = _date(),
    modes: str | None = Query(None, description="Comma-separated modes, or 'all'. Default: leave out "
                              "negated and hypothetical.", max_length=60),
    place: str | None = Query(None, description="Place country (ISO3) or name.", **S),
    article: str | None = Query(None, description="Only events reported in this article.", max_length=500),
) -> dict[str, Any]:
    return dict(actor=actor, source=source, target=target, country=country, code=code, root=root,
                quad_class=quad_class, since=since, until=until, modes=_modes(modes), place=place,
                article=article)


EventFilters = Depends(_event_filters)


@router.get("/events", summary="Deduplicated events, filtered, sorted and paged (as `dateline events`).")
def events(
    filters: dict[str, Any] = EventFilters, page: Page = PageDep, store: Store = StoreDep,
    order: str = Query("date", description="Sort order: " + ", ".join(q.EVENT_ORDERS) + ".", max_length=20),
    format: Fmt = _fmt(),
) -> Any:
    rows = q.events(store, limit=page.limit, offset=page.offset, order=order, **filters)
    return listing(rows, page, fmt=format, name="events", total=q.count_events(store, **filters))


@router.get("/events/{event_id}", summary="One event with every mention that reported it.")
def event(event_id: str = Path(..., max_length=200), store: Store = StoreDep) -> dict[str, Any]:
    return q.get_event(store, event_id)


@router.get("/actors", summary="Actors by number of mentions.")
def actors(
    page: Page = PageDep, store: Store = StoreDep, format: Fmt = _fmt(),
    country: str | None = Query(None, **S), sector: str | None = Query(None, **S),
    q_: str | None = Query(None, alias="q", description="Code, name or text contains.", **S),
    resolved: Literal["yes", "no", "any"] = Query("yes", description="yes, no (unresolved only), any."),
) -> Any:
    flag = {"yes": True, "no": False, "any": None}[resolved]
    rows = q.actors(store, country=country, sector=sector, q=q_, resolved=flag, limit=page.limit,
                    offset=page.offset)
    return listing(rows, page, fmt=format, name="actors")


@router.get("/quotes", summary="Quotes with their speakers, newest first.")
def quotes(
    page: Page = PageDep, store: Store = StoreDep, format: Fmt = _fmt(),
    speaker: str | None = Query(None, description="Speaker code, or part of the name.", **S),
    country: str | None = Query(None, **S), article: str | None = Query(None, max_length=500),
    since: str | None = _date(), until: str | None = _date(),
    q_: str | None = Query(None, alias="q", description="Quote text contains.", **S),
) -> Any:
    rows = q.quotes(store, speaker=speaker, country=country, article=article, since=since, until=until,
                    q=q_, limit=page.limit, offset=page.offset)
    return listing(rows, page, fmt=format, name="quotes")


@router.get("/amounts", summary="Amounts (money, percentages, counts) with what they measure.")
def amounts(
    page: Page = PageDep, store: Store = StoreDep, format: Fmt = _fmt(),
    unit: str | None = Query(None, **S), kind: str | None = Query(None, **S),
    measures: str | None = Query(None, **S), min_value: float | None = None, max_value: float | None = None,
    article: str | None = Query(None, max_length=500), since: str | None = _date(),
    until: str | None = _date(),
) -> Any:
    rows = q.amounts(store, unit=unit, kind=kind, measures=measures, min_value=min_value,
                     max_value=max_value, article=article, since=since, until=until, limit=page.limit,
                     offset=page.offset)
    return listing(rows, page, fmt=format, name="amounts")


@router.get("/places", summary="Places named in articles, most named first.")
def places(
    page: Page = PageDep, store: Store = StoreDep, format: Fmt = _fmt(),
    country: str | None = Query(None, **S), article: str | None = Query(None, max_length=500),
    since: str | None = _date(), until: str | None = _date(),
) -> Any:
    rows = q.places(store, country=country, article=article, since=since, until=until, limit=page.limit,
                    offset=page.offset)
    return listing(rows, page, fmt=format, name="places")




@router.get("/dyads/{a}/{b}", summary="Events between two actors per period (counts by QuadClass, mean "
            "Goldstein), as `dateline dyad`.")
def dyad(
    a: str = Path(..., max_length=60), b: str = Path(..., max_length=60), store: Store = StoreDep,
    by: str = _period(), since: str | None = _date(), until: str | None = _date(),
    directed: bool = Query(False, description="Only a→b (default: both directions)."),
    modes: str | None = Query(None, max_length=60), format: Fmt = _fmt(),
) -> Any:
    rows = dy.dyad(store, a, b, by=by, since=since, until=until, directed=directed, modes=_modes(modes))
    return listing(rows, None, fmt=format, name=f"dyad-{a}-{b}")


@router.get("/series", summary="Events per period by QuadClass with mean Goldstein, for one actor or all.")
def series(
    store: Store = StoreDep, actor: str | None = _code(), by: str = _period(), since: str | None = _date(),
    until: str | None = _date(), modes: str | None = Query(None, max_length=60), format: Fmt = _fmt(),
) -> Any:
    rows = wq.quad_timeline(store, actor=actor, by=by, since=since, until=until, modes=_modes(modes))
    return listing(rows, None, fmt=format, name="series")


@router.get("/timeline", summary="An actor's events in date order, with evidence (as `dateline timeline`).")
def timeline(
    actor: str = Query(..., description="Actor code, or a country code matching all its actors.", **S),
    page: Page = PageDep, store: Store = StoreDep,
    role: Literal["any", "source", "target"] = "any", since: str | None = _date(),
    until: str | None = _date(), code: str | None = Query(None, max_length=4),
    modes: str | None = Query(None, max_length=60), newest_first: bool = False, format: Fmt = _fmt(),
) -> Any:
    rows = an.timeline(store, actor, since=since, until=until, role=role, modes=_modes(modes), code=code,
                       limit=page.limit, offset=page.offset, newest_first=newest_first)
    return listing(rows, page, fmt=format, name=f"timeline-{actor}")


@router.get("/network", summary="The directed actor network (nodes and weighted edges).")
def network(
    store: Store = StoreDep, level: Literal["country", "actor"] = "country", since: str | None = _date(),
    until: str | None = _date(), min_events: int = Query(1, ge=1, le=1_000_000),
    actor: str | None = _code(), modes: str | None = Query(None, max_length=60), format: Fmt = _fmt(),
) -> Any:
    net = an.network(store, level=level, since=since, until=until, min_events=min_events, actor=actor,
                     modes=_modes(modes))
    if format == "csv":
        return listing(net["edges"], None, fmt="csv", name="network-edges")
    return net


@router.get("/top/{what}", summary="The most frequent actors, codes, places or dyads among events.")
def top(
    what: Literal["actors", "codes", "places", "dyads"], store: Store = StoreDep,
    limit: int = Query(10, ge=1, le=1000), since: str | None = _date(), until: str | None = _date(),
    country: str | None = Query(None, **S), modes: str | None = Query(None, max_length=60),
    format: Fmt = _fmt(),
) -> Any:
    rows = an.top(store, what, limit=limit, since=since, until=until, country=country, modes=_modes(modes))
    return listing(rows, None, fmt=format, name=f"top-{what}")


class ExtractRequest(BaseModel):
    text: str = Field(..., min_length=1, description="The article text.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD.")
    id: str | None = Field(None, max_length=500)


# spaCy pipelines are not documented as thread-safe; the threadpool would otherwise run requests at once.
_EXTRACT_LOCK = threading.Lock()


@router.post("/extract", summary="Run the pipeline on one text; returns the `dateline extract` JSON.")
def extract(request: Request, body: ExtractRequest = Body(...)) -> dict[str, Any]:
    from ..api_lib import extract as run_extract

    with _EXTRACT_LOCK:
        art = run_extract(body.text, published=body.published, id=body.id, settings=request.app.state.settings)
    return art.to_dict()
