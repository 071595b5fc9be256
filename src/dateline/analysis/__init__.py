"""Analysis over a store: cross-article dedup, dyads, timelines, networks and top-N lists.

Library functions first; the CLI, HTTP API and dashboard call these:

    dyad(store, a, b, *, by="month", since=None, until=None, directed=False, modes=None) -> list[dict]
    timeline(store, actor, *, since=None, until=None, role="any", modes=None, limit=100, offset=0) -> list[dict]
    network(store, *, since=None, until=None, min_events=1, level="country", modes=None) -> dict
    top(store, what, *, since=None, until=None, limit=10, modes=None) -> list[dict]

Names resolve lazily so that `dateline.store` can import `analysis.dedup` without a cycle.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "dyad": "dyads",
    "period_label": "dyads",
    "timeline": "timelines",
    "network": "networks",
    "network_graphml": "networks",
    "network_csv": "networks",
    "top": "rankings",
    "plot_dyad": "plots",
    "plot_network": "plots",
    "recompute_events": "dedup",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
