"""Pipeline stage `amounts` (placeholder: the real extractor replaces this module)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("amounts", requires=["doc", "sentences", "times"], assigns=["amounts"])
def make_amounts_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
