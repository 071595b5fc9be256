"""Pipeline stage `quotes` (placeholder: the real extractor replaces this module)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("quotes", requires=["doc", "sentences", "actors"], assigns=["quotes"])
def make_quotes_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
