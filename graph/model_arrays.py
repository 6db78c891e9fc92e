"""The model's arrays, built from the store's records by pure steps (``GraphModel.build``
runs them in order): how labels and relationship types are numbered, each stored node's
facts, the both-way adjacency in CSR form, the evidence polarities of COMPARED_TO edges and
the name index.

>>> LABEL_ORDER.index(Label.FILM) == list(Label).index(Label.FILM)
True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from extract.nlp.textnorm import name_key
from graph.identities import EdgeRow
from graph.kept import NodeInfo
from graph.model_views import NameIndex
from graph.schema import Label, Rel
from graph.store import EmbeddedStore

REL_ORDER: tuple[Rel, ...] = tuple(Rel)
LABEL_ORDER: tuple[Label, ...] = tuple(Label)
Array = np.ndarray[Any, Any]
# Per stored node: canon, label, positive (stance "positive"), rating (NaN if none). Per
# adjacency entry: other, rel, out, count, src, dst, edge (the stored edge's number). Per
# COMPARED_TO edge with evidence (``polarity_arrays``): pol_edge, pol_ptr, pol_code, pol_n.
ARRAYS = ("canon", "label", "indptr", "other", "rel", "out", "count", "src", "dst", "edge")
NODE_FACTS = ("positive", "rating")
STORED_ARRAYS = frozenset(ARRAYS + NODE_FACTS)  # the arrays GraphModel reads as attributes


@dataclass(slots=True)
class NodeFacts:
    """Per stored node, in the store's order: its publication date, a positive stance, its
    rating (NaN if none)."""

    published: list[str]
    positive: list[bool]
    rating: list[float]


def read_nodes(store: EmbeddedStore) -> tuple[dict[str, NodeInfo], NodeFacts]:
    """The store's nodes by key (only posts keep their properties) and their facts."""
    nodes: dict[str, NodeInfo] = {}
    facts = NodeFacts([], [], [])
    labels = {label.value: label for label in Label}
    for node in store.nodes():
        kind, props = labels[node.label], node.props
        facts.published.append(str(props.get("published") or ""))
        facts.positive.append(props.get("stance") == "positive")
        facts.rating.append(float(props["rating"]) if isinstance(props.get("rating"), int | float) else np.nan)
        nodes[node.key] = NodeInfo(node.key, kind, node.name, props if kind is Label.POST else {})
    return nodes, facts


def adjacency_arrays(canon: Array, edges: list[EdgeRow], index: dict[str, int]) -> dict[str, Array]:
    """Each edge twice (at its source, then at its target, between canonical nodes), grouped by
    node in CSR form: ``indptr`` and the entries' other end, type, direction, count, the
    stored ends and the edge's number."""
    rel_code = {rel: i for i, rel in enumerate(REL_ORDER)}
    src = np.array([index[e[0]] for e in edges], dtype=np.int32)
    dst = np.array([index[e[2]] for e in edges], dtype=np.int32)
    rel = np.array([rel_code[e[1]] for e in edges], dtype=np.int8)
    count = np.array([e[3] for e in edges], dtype=np.int32)
    rows = np.empty(2 * len(edges), dtype=np.int32)  # entry 2i: edge i at its source, 2i+1: at its target
    rows[0::2], rows[1::2] = canon[src], canon[dst]
    other = np.empty_like(rows)
    other[0::2], other[1::2] = canon[dst], canon[src]
    order = np.argsort(rows, kind="stable")
    return {
        "indptr": np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(canon)))]).astype(np.int64),
        "other": other[order],
        "rel": np.repeat(rel, 2)[order],
        "out": np.tile(np.array([True, False]), len(edges))[order],
        "count": np.repeat(count, 2)[order],
        "src": np.repeat(src, 2)[order],
        "dst": np.repeat(dst, 2)[order],
        "edge": (order // 2).astype(np.int32),
    }


def polarity_arrays(store: EmbeddedStore, edges: list[EdgeRow]) -> tuple[dict[str, Array], list[str]]:
    """Per COMPARED_TO edge with evidence, its evidence polarities counted in order of
    appearance (``pol_*`` arrays), and the polarity names in the order their codes give."""
    polarities: dict[str, int] = {}
    pol_edge: list[int] = []
    pol_ptr, pol_code, pol_n = [0], list[int](), list[int]()
    compared = store.polarities(Rel.COMPARED_TO.value)
    for number, (a, kind_of_edge, b, _) in enumerate(edges):
        if kind_of_edge is Rel.COMPARED_TO:
            seen = Counter(p or "neutral" for p in compared.get((a, b), []))
            if seen:
                pol_edge.append(number)
                pol_code += [polarities.setdefault(p, len(polarities)) for p in seen]
                pol_n += seen.values()
                pol_ptr.append(len(pol_code))
    arrays: dict[str, Array] = {
        "pol_edge": np.array(pol_edge, dtype=np.int32),
        "pol_ptr": np.array(pol_ptr, dtype=np.int64),
        "pol_code": np.array(pol_code, dtype=np.int16),
        "pol_n": np.array(pol_n, dtype=np.int32),
    }
    return arrays, list(polarities)


def names_of_canonical_nodes(keys: list[str], names_of: list[str], canon: Array) -> NameIndex:
    """The name index: each canonical node's key under its name's lookup key."""
    names: dict[str, list[str]] = defaultdict(list)
    keyed: dict[str, str] = {}  # many nodes share a name (a commenter on many blogs)
    for i in np.flatnonzero(canon == np.arange(len(keys))).tolist():
        name = names_of[i]
        found = keyed.get(name)
        if found is None:
            found = keyed[name] = name_key(name)
        names[found].append(keys[i])
    return NameIndex(dict(names))
