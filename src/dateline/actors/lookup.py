"""Finding the actors of an article by character range (used by coding, quotes and evaluation)."""

from __future__ import annotations

from ..model import Actor, Article

__all__ = ["actor_at", "actors_in"]


def actors_in(article: Article, start: int, end: int) -> list[Actor]:
    """Actors whose spans lie inside [start, end), in text order."""
    return sorted((a for a in article.actors if a.start >= start and a.end <= end), key=lambda a: (a.start, -a.end))


def actor_at(article: Article, start: int, end: int) -> Actor | None:
    """The actor that best stands for the char range [start, end) (e.g. a subject's subtree).

    Preference: a resolved actor covering the whole range; else the resolved actor inside the range that
    starts first (the phrase's own head rather than an embedded modifier), longest on ties; else an
    unresolved one by the same rules. None when no actor overlaps the range.
    """
    covering = [a for a in article.actors if a.start <= start and a.end >= end]
    inside = actors_in(article, start, end)
    for pool in (covering, inside):
        resolved = [a for a in pool if a.resolved or a.members]
        if resolved:
            return min(resolved, key=lambda a: (a.end - a.start) if pool is covering else (a.start, -(a.end - a.start)))
    for pool in (covering, inside):
        if pool:
            return min(pool, key=lambda a: (a.end - a.start) if pool is covering else (a.start, -(a.end - a.start)))
    return None
