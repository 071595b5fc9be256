"""Actor resolution: mentions -> country, sector, person and dated role.

Public API:
    resolve_phrase(text, *, date=None, settings=None) -> Actor | None
    resolve_text(text, *, date=None, settings=None) -> list[Actor]    (every mention, for debugging)
    lookup.actor_at(article, start, end), lookup.actors_in(article, start, end)
The pipeline stage is `actors` (component.py); dictionaries are described in data.py.
"""

from __future__ import annotations

from ..config import Settings
from ..model import Actor, Article

__all__ = ["resolve_phrase", "resolve_text"]


def resolve_text(text: str, *, date: str | None = None, settings: Settings | None = None) -> list[Actor]:
    """Parse `text` and return its actors (resolved or not), as of `date` (YYYY-MM-DD; default today)."""
    return list(_analyse(text, date=date, settings=settings).actors)


def resolve_phrase(text: str, *, date: str | None = None, settings: Settings | None = None) -> Actor | None:
    """Resolve a bare phrase ("Chinese state media", "Russia's foreign ministry") without an article.

    Returns the actor that covers the phrase (the longest resolved one), or None when nothing in it is an
    actor the dictionaries know.
    """
    text = text.strip()
    if not text:
        return None
    art = _analyse(text, date=date, settings=settings)
    from .lookup import actor_at

    actor = actor_at(art, 0, len(text))
    if actor is None or not (actor.resolved or actor.members):
        return None
    return actor


def _analyse(text: str, *, date: str | None, settings: Settings | None) -> Article:
    from ..nlp import load_model
    from .component import resolve_article
    from .data import load_dictionary

    settings = settings or Settings()
    art = Article.create(text, published=date)
    nlp = load_model(settings.get("nlp.model"))
    art.doc = nlp(text)
    resolve_article(art, load_dictionary(settings.get("actors.user_file") or None))
    return art
