"""When a coded event happened: the time expression its sentence attaches to the trigger (the times layer's
`event_date`), else the article's publication date."""

from __future__ import annotations

import logging

from .context import Ctx

log = logging.getLogger(__name__)

__all__ = ["event_when"]


def event_when(ctx: Ctx, start: int) -> tuple[str | None, str | None, str]:
    """(date, precision, where the date came from) of the event whose trigger starts at `start`."""
    try:
        from ..extract.times import event_date
    except ImportError:
        event_date = None
    if event_date is not None:
        try:
            return event_date(ctx.article, ctx.sentence, start)
        except Exception:  # noqa: BLE001 - a date bug must not lose the event
            log.debug("event_date failed", exc_info=True)
    return ctx.article.published, ("day" if ctx.article.published else None), "published"
