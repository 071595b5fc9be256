"""Pipeline stage `coding` (placeholder until the coder lands)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("coding", requires=["doc", "sentences", "actors"], assigns=["events"])
def make_coding_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
