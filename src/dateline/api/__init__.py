"""The HTTP API and dashboard: `create_app(db)` builds the FastAPI app that `dateline serve` runs."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
