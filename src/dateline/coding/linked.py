"""Linked events: acts CAMEO codes twice, once from each side (a visit and its hosting, a deployment of
peacekeepers and its reception)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .codes import code_info

__all__ = ["paired_events"]

# CAMEO codes a visit twice: "X visits Y" is X 042 (make a visit) Y and Y 043 (host a visit) X, and a
# reported hosting ("Y received X") is likewise the guest's visit; a deployment of peacekeepers likewise
# is X 074 (provide peacekeeping) Y and Y 0861 (receive peacekeepers) X (codebook, 0334 and 0861). Only
# with both sides known. PLOVER records one event per visit or deployment, so the paired event carries no
# PLOVER type (no double count there).
_VISIT_PAIRS = {"042": "043", "043": "042", "074": "0861", "0861": "074"}


def paired_events(events: list[Event]) -> list[Event]:
    """The other side's event of each visit, hosting, deployment or reception in `events` whose two sides
    are known."""
    out = []
    for ev in events:
        other = _VISIT_PAIRS.get(ev.cameo)
        if other is None or ev.target is None or not ev.target.resolved or ev.source is None:
            continue
        info = code_info(other)
        out.append(replace(ev, source=ev.target, target=ev.source, cameo=other, root=info.root,
                           goldstein=info.goldstein, quad_class=info.quad_class, plover=None,
                           pattern=f"{ev.pattern}>paired:{other}"))
    return out
