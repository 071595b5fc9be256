"""Pipeline stage `actors`: finds actor mentions and resolves them (placeholder until the resolver lands)."""

from __future__ import annotations

from ..config import Settings
from ..model import Article
from ..pipeline import component


@component("actors", requires=["doc", "sentences"], assigns=["mentions", "actors"])
def make_actors_stage(settings: Settings):
    def run(article: Article) -> None:
        return None

    return run
