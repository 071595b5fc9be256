"""What every route shares: the read-only store, page parameters and CSV rendering.

The store is opened read-only **per request** and closed after it: DuckDB lets many processes read a
file but lets none write while any holds it open, so a server that kept it open would block
`dateline ingest` into the same file for as long as it runs. Opening costs a few milliseconds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Query, Request
from fastapi.responses import Response

from ..store import Store
from .errors import ApiError

__all__ = ["Page", "csv_response", "get_page", "get_store", "listing", "open_store"]


def open_store(request: Request) -> Store:
    """Open the app's database read-only (raises `StoreError`, answered 503, when it cannot be read)."""
    state = request.app.state
    return Store(state.db_path, read_only=True, settings=state.settings)


def get_store(request: Request) -> Iterator[Store]:
    """FastAPI dependency: a read-only `Store` for the duration of one request."""
    store = open_store(request)
    try:
        yield store
    finally:
        store.close()


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def get_page(
    request: Request,
    limit: int | None = Query(None, ge=1, description="Rows per page (default 100, at most "
                              "server.max_page_size)."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip."),
) -> Page:
    """FastAPI dependency: page parameters, refusing pages larger than the configured maximum."""
    most = int(request.app.state.max_page_size)
    if limit is None:
        return Page(min(100, most), offset)
    if limit > most:
        raise ApiError(f"limit {limit} is larger than the maximum page size {most}; fetch further pages "
                       "with offset", status=400, code="E705",
                       details=[{"loc": ["query", "limit"], "message": f"at most {most}"}])
    return Page(limit, offset)


PageDep = Depends(get_page)
StoreDep = Depends(get_store)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def csv_response(rows: list[dict[str, Any]], *, name: str) -> Response:
    """Rows as a CSV download; nested values are JSON-encoded in their cell."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def listing(rows: list[dict[str, Any]], page: Page | None, *, fmt: str, name: str,
            total: int | None = None) -> Any:
    """The response of a tabular endpoint: `{"items", "count", "limit", "offset", "total"}` or CSV."""
    if fmt == "csv":
        return csv_response(rows, name=name)
    out: dict[str, Any] = {"items": rows, "count": len(rows)}
    if page is not None:
        out.update(limit=page.limit, offset=page.offset)
    out["total"] = total
    return out
