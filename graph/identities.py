"""Which nodes of the store are one person (or one film): the one identity rule, applied
by the graph model (``graph.model``) for every reader of the graph.

The store keeps a commenter per blog (scoped by site or web host) unless a link proves more;
``identities`` reads the proofs over the whole store and maps each group's members to the
group's best-linked member.

>>> from graph.kept import NodeInfo
>>> nodes = {k: NodeInfo(k, Label.PERSON, "Marta Quill", {}) for k in ("person:marta quill@a", "person:marta quill@b")}
>>> identities(nodes, [])
{}
>>> nodes["film:arrival:?"] = NodeInfo("film:arrival:?", Label.FILM, "Arrival", {})
>>> nodes["film:arrival:2016"] = NodeInfo("film:arrival:2016", Label.FILM, "Arrival", {})
>>> identities(nodes, []) == {"film:arrival:?": "film:arrival:2016", "film:arrival:2016": "film:arrival:2016"}
True
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from extract.nlp.textnorm import name_key
from graph.schema import Label, Rel, site_scope, url_scope

if TYPE_CHECKING:
    from networkx.utils import UnionFind

    from graph.kept import NodeInfo

# a stored edge as the model reads it: source key, type, target key, count
EdgeRow = tuple[str, Rel, str, int]


def identities(nodes: dict[str, NodeInfo], edges: list[EdgeRow]) -> dict[str, str]:
    """Nodes that are one person (or one film), mapped to the best-linked of them (the one rule).

    A film named without a year is the film of that title when the pages give it exactly one
    year ("Arrival" and "Arrival (2016)": one node, the dated one); extraction itself never
    looks at other pages, so this is decided here, over the whole store.

    The store keeps a commenter per blog (scoped by site or web host) unless a link proves
    more. Two proofs are read here: a blog's posts give its web host and its name, so
    "Marta Quill@thelongtake.example" and "Marta Quill@<The Long Take>" are one; and a
    critic cited by first name ("Marta at The Long Take") is the one blogger of that name.
    """
    from networkx.utils import UnionFind  # networkx is imported only when a model is built

    same: UnionFind[str] = UnionFind()
    _join_blog_scopes(nodes, same)
    _join_commenters_of_one_blog(nodes, same)
    _join_cited_bloggers(nodes, edges, same)
    _join_undated_films(nodes, same)
    return _best_linked_members(nodes, edges, same)


def _join_blog_scopes(nodes: dict[str, NodeInfo], same: UnionFind[str]) -> None:
    """A blog's posts give its web host and its name: the two scopes are one blog."""
    for node in nodes.values():
        if node.label is Label.POST and node.props.get("url") and node.props.get("site"):
            host, site = url_scope(str(node.props["url"])), site_scope(str(node.props["site"]))
            if host and site:
                same.union(f"scope:{host}", f"scope:{site}")


def _join_commenters_of_one_blog(nodes: dict[str, NodeInfo], same: UnionFind[str]) -> None:
    """People of one name under scopes of one blog are one person."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, node in nodes.items():
        if node.label is Label.PERSON and "@" in key:
            name, _, scope = key.partition("@")
            groups[(name, same[f"scope:{scope}"])].append(key)
    for members in groups.values():
        if len(members) > 1:
            same.union(*members)


def _join_cited_bloggers(nodes: dict[str, NodeInfo], edges: list[EdgeRow], same: UnionFind[str]) -> None:
    """A critic cited by first name is the one blogger of that first name, if there is one."""
    bloggers: dict[str, set[str]] = defaultdict(set)
    for src, rel, dst, _ in edges:
        if rel is Rel.WROTE and dst in nodes and nodes[dst].label is Label.POST and src in nodes:
            bloggers[name_key(nodes[src].name).split(" ")[0]].add(src)
    for _, rel, dst, _ in edges:
        if rel is Rel.CITES and "@" not in dst and dst in nodes:
            candidates = {same[b] for b in bloggers.get(name_key(nodes[dst].name).split(" ")[0], set())}
            if len(candidates) == 1:
                same.union(next(iter(candidates)), dst)


def _join_undated_films(nodes: dict[str, NodeInfo], same: UnionFind[str]) -> None:
    """An undated film ("Arrival") is the film of that title when only one year is known."""
    dated: dict[str, list[str]] = defaultdict(list)  # "film:arrival" -> ["film:arrival:2016"]
    for key, node in nodes.items():
        if node.label is Label.FILM and not key.endswith(":?"):
            dated[key.rpartition(":")[0]].append(key)
    for key, node in nodes.items():
        if node.label is Label.FILM and key.endswith(":?") and len(dated.get(key[:-2], [])) == 1:
            same.union(key, dated[key[:-2]][0])


def _best_linked_members(nodes: dict[str, NodeInfo], edges: list[EdgeRow], same: UnionFind[str]) -> dict[str, str]:
    """Every node of a group of two or more, mapped to the group's dated, best-linked member."""
    links: dict[str, int] = defaultdict(int)
    for src, _, dst, _ in edges:
        links[src] += 1
        links[dst] += 1
    merged: dict[str, str] = {}
    for group in same.to_sets():
        people = [m for m in group if m in nodes]
        if len(people) > 1:
            best = max(people, key=lambda k: (not k.endswith(":?"), links[k], k))
            merged.update({member: best for member in people})
    return merged
