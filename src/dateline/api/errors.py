"""The one JSON error shape of the HTTP API, and the handlers that produce it.

Every error the server returns, whatever raised it, has this body (pinned by tests/test_api_errors.py):

    {"error": {"status": 404, "code": "E600", "type": "not_found",
               "message": "no article with id 'x'; list ids with GET /api/articles", "details": []}}

`code` is the stable `dateline.errors` code; errors that only exist at the HTTP layer use E7xx:

    E700 other HTTP error          E703 no such route
    E701 invalid request parameter E704 method not allowed
    E702 request body too large    E799 internal error (details only in the server log)

A stack trace never reaches the client: unexpected exceptions are logged server-side and answered with a
generic message. Dashboard pages (non-`/api/` paths asked for by a browser) get the same fields rendered
as an HTML page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, DatelineError, InputError, NotFound, StoreError

log = logging.getLogger(__name__)

__all__ = ["ApiError", "error_body", "install_error_handlers"]


class ApiError(DatelineError):
    """An error in the HTTP request itself (bad parameter, body too large), with its HTTP status."""

    code = "E700"

    def __init__(self, message: str, *, status: int = 400, code: str | None = None,
                 details: list[dict[str, Any]] | None = None):
        super().__init__(message, code=code)
        self.status = status
        self.details = details or []


_STATUS_BY_TYPE: list[tuple[type[DatelineError], int]] = [
    (NotFound, 404),
    (ConfigError, 400),
    (InputError, 400),
    (StoreError, 503),
]

_TYPE_NAMES = {
    400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
    422: "invalid_parameter", 500: "internal_error", 503: "unavailable",
}


def error_body(status: int, code: str, message: str, details: list[dict[str, Any]] | None = None,
               ) -> dict[str, Any]:
    """The error object every failing response carries."""
    return {"error": {"status": status, "code": code, "type": _TYPE_NAMES.get(status, "error"),
                      "message": message, "details": details or []}}


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path in ("/openapi.json",):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(request: Request, body: dict[str, Any]) -> Response:
    status = body["error"]["status"]
    headers = {"Allow": "GET"} if status == 405 else None
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request, "error.html", {"error": body["error"], "title": f"Error {status}"},
                status_code=status,
            )
        return HTMLResponse(f"<h1>Error {status}</h1>", status_code=status)  # pragma: no cover
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Only where and what: the offending input is not echoed back (it may be large or hostile).
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        out.append({"loc": loc, "message": str(err.get("msg", "invalid value"))})
    return out


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception the app can raise to the one error shape."""

    @app.exception_handler(DatelineError)
    async def _dateline_error(request: Request, exc: DatelineError) -> Response:
        if isinstance(exc, ApiError):
            status, details = exc.status, exc.details
        else:
            status = next((s for t, s in _STATUS_BY_TYPE if isinstance(exc, t)), 500)
            details = []
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        return _respond(request, error_body(status, exc.code, exc.message, details))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        where = ", ".join(".".join(d["loc"]) + ": " + d["message"] for d in details[:3])
        return _respond(request, error_body(422, "E701", f"invalid request: {where}", details))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            code, msg = "E703", f"no such page or endpoint: {request.url.path}; see /docs for the API"
        elif exc.status_code == 405:
            code, msg = "E704", f"method {request.method} not allowed on {request.url.path}"
        else:
            code, msg = "E700", str(exc.detail) if isinstance(exc.detail, str) else "request failed"
        return _respond(request, error_body(exc.status_code, code, msg))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # The traceback goes to the server log only.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(request, error_body(
            500, "E799", "internal error; the server log has the details"))
