"""An actor's events in date order, each with the evidence sentence of its first report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError
from ..store.db import Store
from ..store.queries import events

__all__ = ["timeline"]

ROLES = ("any", "source", "target")


def timeline(
    store: Store, actor: str, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
    role: str = "any", modes: Sequence[str] | str | None = None, code: str | None = None,
    limit: int | None = 100, offset: int = 0, newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Events of `actor` (a code such as `RUSGOV`, or a country such as `RUS`) in date order.

    `role` keeps events where the actor is the source, the target, or either (`any`). Rows are those of
    `dateline.store.queries.events` (event fields + first-mention evidence: `evidence`, `trigger`,
    `article_id`, `url`) plus `role` ("source" or "target") and `counterpart` (the other actor's code).
    Raises `ConfigError` for an unknown role or a bad date.
    """
    if role not in ROLES:
        raise ConfigError(f"unknown role {role!r}; use one of {', '.join(ROLES)}", code="E115")
    if not actor:
        raise ConfigError("timeline needs an actor code, e.g. --actor RUSGOV", code="E116")
    filt: dict[str, Any] = {"source": actor} if role == "source" else \
        {"target": actor} if role == "target" else {"actor": actor}
    rows = events(store, since=since, until=until, modes=modes, code=code, limit=limit, offset=offset,
                  order="-date" if newest_first else "date", **filt)
    for r in rows:
        is_source = actor in (r["source"], r["source_country"])
        r["role"] = "source" if is_source else "target"
        r["counterpart"] = r["target"] if is_source else r["source"]
    return rows
