"""Pipeline stage `times` (placeholder: the real extractor replaces this module)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("times", requires=["doc", "sentences"], assigns=["times"])
def make_times_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
