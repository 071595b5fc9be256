"""`create_app`: one FastAPI app serving the JSON API (`/api/`), its docs and the dashboard.

Security defaults (issue 9): the database is opened read-only; every query is parameterised by the
library; request bodies and page sizes are bounded (`[server]` settings); static files are served only
from the package's own folder; CORS is off unless origins are given; errors never carry a traceback;
every page sends a Content-Security-Policy allowing nothing but the server itself.
"""

from __future__ import annotations

import logging
import os
from fastapi import FastAPI

from .. import __version__
from ..config import Settings
from ..errors import ConfigError
from .errors import install_error_handlers
from .middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from .routes import router

log = logging.getLogger(__name__)

__all__ = ["create_app"]


def create_app(db: str | os.PathLike, *, settings: Settings | None = None,
               cors_origins: list[str] | None = None, check: bool = True) -> FastAPI:
    """Build the app over the store at `db` (a DuckDB file or Parquet directory), opened read-only.

    `cors_origins` overrides `server.cors_origins` (empty: no CORS headers at all). With `check`, the
    store is opened once now so that a missing or foreign file fails here with its `StoreError`, not on
    the first request.
    """
    from ..store import Store
    from ..web.pages import install_dashboard

    settings = settings or Settings()
    path = os.fspath(db)
    if check:
        Store(path, read_only=True, settings=settings).close()
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Political event data from news text: events, actors, quotes, amounts, times, places.",
        docs_url=None,  # FastAPI's /docs pulls Swagger UI from a CDN; ours is served from the package
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = path
    app.state.settings = settings
    app.state.max_page_size = int(settings.get("server.max_page_size", 1000))
    install_error_handlers(app)
    app.include_router(router)
    install_dashboard(app)

    origins = list(settings.get("server.cors_origins", []) if cors_origins is None else cors_origins)
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        if "*" in origins:
            raise ConfigError("server.cors_origins must list origins; '*' would let any web page read "
                             "the API", code="E520")
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])
    # Added last = outermost: the size limit applies before anything reads the body.
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=int(settings.get("server.max_body_bytes", 1_000_000)))
    log.info("serving %s read-only (cors: %s)", path, origins or "off")
    return app
