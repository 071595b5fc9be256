"""PNG/SVG/PDF plots of a dyad series and of an actor network (matplotlib, headless Agg backend)."""

from __future__ import annotations

import math
import os
from typing import Any

__all__ = ["plot_dyad", "plot_network"]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)  # no display on servers and in tests
    import matplotlib.pyplot as plt

    return plt


def plot_dyad(rows: list[dict[str, Any]], path: str | os.PathLike, *, title: str = "") -> str:
    """Stacked bars of events per QuadClass per period (conflict below zero) and the mean Goldstein line.

    `rows` is the output of `dateline.analysis.dyad`. Writes `path` (format from its suffix) and returns it.
    """
    plt = _pyplot()
    labels = [r["period"] for r in rows]
    x = list(range(len(rows)))
    fig, ax = plt.subplots(figsize=(max(7.0, 0.45 * len(rows) + 2), 4.6), dpi=110)
    try:
        vc = [r["verbal_cooperation"] for r in rows]
        mc = [r["material_cooperation"] for r in rows]
        vf = [-r["verbal_conflict"] for r in rows]
        mf = [-r["material_conflict"] for r in rows]
        ax.bar(x, vc, color="#8fbf8f", label="verbal cooperation")
        ax.bar(x, mc, bottom=vc, color="#2e7d32", label="material cooperation")
        ax.bar(x, vf, color="#ef9a9a", label="verbal conflict")
        ax.bar(x, mf, bottom=vf, color="#c62828", label="material conflict")
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_ylabel("events (conflict below zero)")
        ax2 = ax.twinx()
        gx = [i for i, r in zip(x, rows, strict=True) if r["mean_goldstein"] is not None]
        gy = [r["mean_goldstein"] for r in rows if r["mean_goldstein"] is not None]
        ax2.plot(gx, gy, color="#1f3b73", marker="o", linewidth=1.4, label="mean Goldstein")
        ax2.set_ylim(-10.5, 10.5)
        ax2.set_ylabel("mean Goldstein")
        step = max(1, len(labels) // 16)
        ax.set_xticks(x[::step])
        ax.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize=8)
        ax.set_title(title or "dyad")
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        fig.legend(h1 + h2, l1 + l2, fontsize=7, loc="lower center", ncol=5, frameon=False)
        fig.tight_layout(rect=(0, 0.06, 1, 1))
        fig.savefig(path)
    finally:
        plt.close(fig)
    return str(path)


def plot_network(graph: dict[str, Any], path: str | os.PathLike, *, title: str = "", max_nodes: int = 40) -> str:
    """Circular drawing of `dateline.analysis.network` output: node size = events, edge width = events,
    edge colour = mean Goldstein (red conflict … green cooperation). Keeps the `max_nodes` busiest nodes.
    Writes `path` and returns it."""
    plt = _pyplot()
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    nodes = graph["nodes"][:max_nodes]
    keep = {n["id"] for n in nodes}
    edges = [e for e in graph["edges"] if e["source"] in keep and e["target"] in keep]
    pos = {n["id"]: (math.cos(2 * math.pi * i / max(1, len(nodes))), math.sin(2 * math.pi * i / max(1, len(nodes))))
           for i, n in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(7, 7), dpi=110)
    try:
        cmap, norm = colormaps["RdYlGn"], Normalize(-10, 10)
        top = max([e["events"] for e in edges] or [1])
        for e in edges:
            (x0, y0), (x1, y1) = pos[e["source"]], pos[e["target"]]
            ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                        arrowprops={"arrowstyle": "-|>", "color": cmap(norm(e["mean_goldstein"] or 0)),
                                    "lw": 0.5 + 4 * e["events"] / top, "alpha": 0.8,
                                    "connectionstyle": "arc3,rad=0.12", "shrinkA": 10, "shrinkB": 10})
        biggest = max([n["events"] for n in nodes] or [1])
        for n in nodes:
            x, y = pos[n["id"]]
            ax.scatter([x], [y], s=120 + 900 * n["events"] / biggest, color="#90a4ae", edgecolor="#37474f", zorder=3)
            ax.text(x, y, n["id"], ha="center", va="center", fontsize=8, zorder=4)
        ax.set_xlim(-1.35, 1.35)
        ax.set_ylim(-1.35, 1.35)
        ax.set_axis_off()
        ax.set_title(title or f"{graph.get('level', 'actor')} network ({len(nodes)} nodes, {len(edges)} edges)")
        if not nodes:
            ax.text(0, 0, "no events match", ha="center", va="center")
        fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6, label="mean Goldstein")
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)
    return str(path)
