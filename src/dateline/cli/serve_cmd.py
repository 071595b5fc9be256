"""`dateline serve`: the HTTP API and dashboard over a store, opened read-only."""

from __future__ import annotations

import logging

import typer

from ..errors import DatelineError
from .app import ConfigOption, DbOption, SetOption, app, db_path, err_console, fail, make_settings

log = logging.getLogger(__name__)


@app.command()
def serve(
    db: str = DbOption,
    host: str = typer.Option(None, "--host", help="Interface to bind (default 127.0.0.1: this machine only)."),
    port: int = typer.Option(None, "--port", help="TCP port (default 8000).", min=0, max=65535),
    cors_origin: list[str] = typer.Option(
        None, "--cors-origin", help="Allow browser calls from this origin, e.g. http://localhost:3000 "
        "(repeatable; default: CORS off)."),
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Serve the HTTP API (/api/, docs at /docs) and the dashboard (/) over a store, read-only.

    The store is never written; `dateline ingest` into the same file can run between requests.
    """
    settings = make_settings(config, set_)
    host = host or settings.get("server.host", "127.0.0.1")
    port = port if port is not None else int(settings.get("server.port", 8000))
    from ..api import create_app

    path = db_path(db)
    try:
        application = create_app(path, settings=settings, cors_origins=cors_origin or None)
    except DatelineError as exc:
        fail(str(exc))
        return
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning:[/] listening on {host}: other machines can reach this server")
    err_console.print(f"dateline: serving {path} read-only on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
