"""The weighted, directed actor graph of deduplicated events, and its JSON/GraphML/CSV renderings."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from ..errors import ConfigError
from ..store.db import Store
from ..store.queries import event_where

__all__ = ["LEVELS", "network", "network_csv", "network_graphml"]

LEVELS = ("country", "actor")

_EDGE_FIELDS = ["source", "target", "events", "mentions", "mean_goldstein", "cooperation", "conflict",
                "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


def network(
    store: Store, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
    min_events: int = 1, level: str = "country", modes: Sequence[str] | str | None = None,
    code: str | None = None, root: str | None = None, actor: str | None = None,
) -> dict[str, Any]:
    """Directed graph: nodes are countries (`level="country"`) or full actor codes (`level="actor"`),
    an edge source→target carries the events between them.

    Returns `{"level", "directed": True, "nodes": [...], "edges": [...]}`. Edge fields: `source`,
    `target`, `events`, `mentions`, `mean_goldstein`, `cooperation` (QuadClass 1+2), `conflict` (3+4) and
    the four QuadClass counts. Only edges with at least `min_events` events are kept (self-loops are
    dropped); nodes are the actors on kept edges, with `events` (weighted degree), `out_events`,
    `in_events` and `name`. Raises `ConfigError` for an unknown level or a bad filter.
    """
    if level not in LEVELS:
        raise ConfigError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}", code="E118")
    where, params = event_where(since=since, until=until, modes=modes, code=code, root=root, actor=actor)
    col = "country" if level == "country" else "code"
    edges = store.query(f"""
        SELECT source_{col} AS source, target_{col} AS target, count(*) AS events,
               sum(num_mentions) AS mentions, round(avg(goldstein), 3) AS mean_goldstein,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM events
        WHERE {where} AND source_{col} IS NOT NULL AND target_{col} IS NOT NULL
              AND source_{col} <> target_{col}
        GROUP BY ALL HAVING count(*) >= ?
        ORDER BY events DESC, source, target""", [*params, int(min_events)])
    names = {}
    if level == "actor":
        names = {r["code"]: r["name"] for r in store.query(f"""
            SELECT code, mode(name) AS name FROM (
                SELECT source_code AS code, source_name AS name FROM events WHERE {where}
                UNION ALL SELECT target_code, target_name FROM events WHERE {where})
            WHERE name IS NOT NULL GROUP BY code""", [*params, *params])}
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        e["mentions"] = int(e["mentions"] or 0)
        for end, key in ((e["source"], "out_events"), (e["target"], "in_events")):
            n = nodes.setdefault(end, {"id": end, "name": names.get(end), "events": 0, "out_events": 0,
                                       "in_events": 0})
            n[key] += e["events"]
            n["events"] += e["events"]
    return {
        "level": level,
        "directed": True,
        "nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])),
        "edges": edges,
    }


def network_csv(graph: dict[str, Any]) -> str:
    """The edges of `graph` as CSV with a header row."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_EDGE_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for e in graph["edges"]:
        w.writerow(e)
    return buf.getvalue()


def network_graphml(graph: dict[str, Any]) -> str:
    """`graph` as GraphML (readable by Gephi, networkx, igraph), edge weights = event counts."""
    edge_keys = [k for k in _EDGE_FIELDS if k not in ("source", "target")]
    types = {"mean_goldstein": "double"}
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="n_events" for="node" attr.name="events" attr.type="int"/>',
    ]
    for k in edge_keys:
        lines.append(f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{types.get(k, "int")}"/>')
    lines.append('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>')
    lines.append(f'  <graph id="dateline-{graph["level"]}" edgedefault="directed">')
    for n in graph["nodes"]:
        lines.append(f'    <node id="{escape(n["id"], {chr(34): "&quot;"})}">')
        if n.get("name"):
            lines.append(f'      <data key="name">{escape(n["name"])}</data>')
        lines.append(f'      <data key="n_events">{n["events"]}</data>')
        lines.append("    </node>")
    for i, e in enumerate(graph["edges"]):
        src = escape(e["source"], {'"': "&quot;"})
        tgt = escape(e["target"], {'"': "&quot;"})
        lines.append(f'    <edge id="e{i}" source="{src}" target="{tgt}">')
        for k in edge_keys:
            if e.get(k) is not None:
                lines.append(f'      <data key="{k}">{e[k]}</data>')
        lines.append(f'      <data key="weight">{float(e["events"])}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"
