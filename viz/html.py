"""Self-contained interactive HTML views of the graph, drawn with pyvis (vis-network).

Everything is inline (vis-network's JavaScript included), so a page works offline from a
``file://`` address; pyvis's Bootstrap links are removed. A legend, a search box and a
filter by kind are added with DOM calls that only ever set ``textContent``. Every text that
comes from a page (names, comments, evidence) reaches the browser as JSON data escaped for
HTML. Tooltips never pass through pyvis's ``title`` (pyvis turns every tooltip into
``innerHTML`` as soon as one contains "href"): they travel as ``tip`` data and the page
builds each one as an element whose ``textContent`` is set, so a comment that contains
``<script>`` or ``<img onerror>`` shows as text and runs nothing. Bidi and control
characters are shown as escapes (``base.text.printable``). Beyond a few hundred nodes the layout is computed with
networkx beforehand and physics is off, so large graphs open without a long simulation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from pyvis.network import Network

from base.text import printable
from graph.schema import Label
from viz.style import DEFAULT_EDGE, EDGE_COLOURS, STYLE

PHYSICS_LIMIT = 300
SPRING_LIMIT = 1000
_BOOTSTRAP = re.compile(r"<link[^>]*bootstrap[^>]*>|<script[^>]*bootstrap[^>]*>\s*</script>", re.S | re.I)
_SNIPPET = 240
_CONTROLS = (Path(__file__).resolve().parent / "templates" / "controls.html").read_text(encoding="utf-8")


def _short(text: Any, size: int = _SNIPPET) -> str:
    flat = printable(" ".join(str(text).split()))
    return flat if len(flat) <= size else flat[: size - 1] + "…"


def _node_title(key: str, data: dict[str, Any]) -> str:
    lines = [_short(data.get("name", key), 400), _short(data.get("label", ""))]
    for field in ("year", "role", "site", "published", "rating_raw", "stance", "author"):
        if data.get(field) not in (None, ""):
            lines.append(f"{field}: {_short(data[field])}")
    if data.get("text"):
        lines.append(_short(data["text"]))
    return "\n".join(lines)


def _edge_title(kind: str, data: dict[str, Any]) -> str:
    lines = [f"{_short(kind)} ×{data.get('count', 1)}"]
    for item in data.get("evidence", [])[:3]:
        who = f"{_short(item['by'], 80)}: " if item.get("by") else ""
        lines.append(f"{who}“{_short(item.get('sentence', ''), 160)}” ({_short(item.get('source', ''))})")
    return "\n".join(lines)


def _layout(graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
    """Positions computed in Python: spring layout up to ``SPRING_LIMIT`` nodes; beyond, a
    spectral layout per connected component (seconds, not minutes, at 5,000 nodes), with the
    components laid side by side and a little seeded jitter so no two nodes coincide."""
    simple: nx.Graph[str] = nx.Graph(graph.to_undirected(as_view=True))
    scale = 120.0 * max(1.0, len(simple) ** 0.5)
    if len(simple) <= SPRING_LIMIT:
        positions = nx.spring_layout(simple, seed=7, iterations=80)
        return {key: (float(x) * scale, float(y) * scale) for key, (x, y) in positions.items()}
    jitter = np.random.default_rng(7)
    placed: dict[str, tuple[float, float]] = {}
    components = sorted(nx.connected_components(simple), key=len, reverse=True)
    columns = max(1, int(len(components) ** 0.5))
    for number, component in enumerate(components):
        part = simple.subgraph(component)
        if len(part) > 2:
            layout = nx.spectral_layout(part)
        else:
            layout = {key: np.array([0.1 * i, 0.0]) for i, key in enumerate(part)}
        size = max(1.0, len(part) ** 0.5) * 120.0
        ox, oy = (number % columns) * 2.5 * scale / columns, (number // columns) * 2.5 * scale / columns
        for key, (x, y) in layout.items():
            dx, dy = jitter.normal(0, 0.02, 2)
            placed[key] = (ox + (float(x) + dx) * size, oy + (float(y) + dy) * size)
    return placed


def _controls(labels: Iterable[Label], title: str) -> str:
    """The legend, search box and kind filter: built with DOM calls, data passed as JSON."""
    legend = [{"label": label.value, "colour": STYLE[label][0]} for label in labels]
    data = json.dumps({"legend": legend, "title": printable(title)}).replace("<", "\\u003c")
    return _CONTROLS.replace("__REELGRAPH_DATA__", data)


def graph_page(graph: nx.MultiDiGraph[str], title: str, highlight: Iterable[str] = ()) -> str:
    """The HTML of an interactive, self-contained view of ``graph``."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    large = graph.number_of_nodes() > PHYSICS_LIMIT
    _add_nodes(net, graph, set(highlight))
    _add_edges(net, graph, large)
    net.set_options(json.dumps(_options(large)))
    page = _BOOTSTRAP.sub("", net.generate_html())
    if ".innerHTML = nodeData" in page:  # pyvis's HTML tooltips: must never be switched on
        raise RuntimeError("pyvis switched tooltips to innerHTML; a node carries a title")
    labels = sorted({Label(d.get("label", Label.WORK)) for _, d in graph.nodes(data=True)}, key=lambda lb: lb.value)
    return page.replace("</body>", _controls(labels, title) + "\n</body>", 1)


def _add_nodes(net: Network, graph: nx.MultiDiGraph[str], marked: set[str]) -> None:
    """Each node at its place in the layout, coloured and shaped by its kind, sized by its
    degree (larger and outlined when ``marked``)."""
    positions = _layout(graph) if graph.number_of_nodes() else {}
    degree = dict(graph.degree())
    for key, data in graph.nodes(data=True):
        label = Label(data.get("label", Label.WORK.value))
        colour, shape = STYLE[label]
        x, y = positions.get(key, (0.0, 0.0))
        net.add_node(
            key,
            label=_short(data.get("name", key), 40),
            tip=_node_title(key, data),  # not "title": see the module text
            color=colour,
            shape=shape,
            kind=label.value,
            size=8 + 3 * min(12, degree.get(key, 0) ** 0.5) + (6 if key in marked else 0),
            x=x,
            y=y,
            borderWidth=4 if key in marked else 1,
        )


def _add_edges(net: Network, graph: nx.MultiDiGraph[str], large: bool) -> None:
    """Each edge coloured by its type, as wide as its count allows (unlabelled on a large graph)."""
    for src, dst, kind, data in graph.edges(keys=True, data=True):
        net.add_edge(
            src,
            dst,
            tip=_edge_title(kind, data),
            label=kind if not large else None,
            color=EDGE_COLOURS.get(kind, DEFAULT_EDGE),
            width=1 + min(6, int(data.get("count", 1)) - 1) * 0.5,
            arrows="to",
        )


def _options(large: bool) -> dict[str, Any]:
    """vis.js options: physics, smooth edges and the improved layout only on a small graph."""
    return {
        "physics": {"enabled": not large, "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large},
        "edges": {"smooth": not large, "font": {"size": 9, "align": "middle"}},
        "nodes": {"font": {"size": 12}},
        "layout": {"improvedLayout": not large},
    }
