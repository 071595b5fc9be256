"""Pipeline stage `places` (placeholder: the real extractor replaces this module)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("places", requires=["doc", "sentences", "actors"], assigns=["places"])
def make_places_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
