"""Placeholder: wire dateline header parsing lands with the ingest readers."""

from __future__ import annotations

from ..model import Article


def apply_dateline(article: Article) -> None:
    return None
