"""Named Cypher queries (``queries/*.cypher``) and the checks around running Cypher.

Each file starts with a header: ``// name:``, ``// answers:``, ``// params:``, ``// uses:``.
Analysts' ad-hoc Cypher runs read-only unless they ask for ``--write``; values go in as
parameters only.

>>> is_read_only("MATCH (n) RETURN n"), is_read_only("MATCH (n) DETACH DELETE n")
(True, False)
>>> is_read_only("RETURN 'CREATE (x)' AS text // MERGE")
True
>>> parse_params(["limit=5", "film=Her", "min=0.5", "names=[\\"a\\"]"])
{'limit': 5, 'film': 'Her', 'min': 0.5, 'names': ['a']}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from base.errors import QueryError, QueryRefused, QueryUsageError
from graph.cypher_guard import check_read_only, tokens

QUERY_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    answers: str
    params: str
    uses: str
    text: str
    defaults: dict[str, Any] = field(default_factory=dict)


def _header(text: str, key: str) -> str:
    match = re.search(rf"^//\s*{key}:\s*(.+)$", text, re.M)
    return match.group(1).strip() if match else ""


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in ``queries/``."""
    found = {}
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        text = path.read_text(encoding="utf-8")
        params = _header(text, "params")
        defaults = {m.group(1): int(m.group(2)) for m in re.finditer(r"(\w+) \(integer, default (\d+)\)", params)}
        found[path.stem] = NamedQuery(
            _header(text, "name") or path.stem, _header(text, "answers"), params, _header(text, "uses"), text, defaults
        )
    return found


def is_read_only(cypher: str) -> bool:
    """Whether the read-only guard lets ``cypher`` through (``graph.cypher_guard``)."""
    try:
        check_read_only(cypher)
    except QueryRefused:
        return False
    return True


def parse_params(pairs: list[str]) -> dict[str, Any]:
    """``k=v`` pairs; values that read as JSON (numbers, lists, true) are typed, else text."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.isidentifier():
            raise QueryError.not_pair(pair)
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


def _check_types(query: NamedQuery, params: dict[str, Any]) -> None:
    """A parameter the header declares ``integer`` must be a whole number (``E506``)."""
    for name in re.findall(r"(\w+) \(integer", query.params):
        value = params.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise QueryUsageError.bad_param(name, value, "a whole number")


def resolve(name_or_cypher: str, pairs: list[str], allow_write: bool) -> tuple[str, dict[str, Any]]:
    """The Cypher text and parameters to run for a named query or ad-hoc Cypher."""
    queries = named_queries()
    params = parse_params(pairs)
    if name_or_cypher in queries:
        query = queries[name_or_cypher]
        text = query.text
        params = query.defaults | params
        _check_types(query, params)
    elif re.match(r"^\w+$", name_or_cypher):
        raise QueryError.unknown(name_or_cypher, sorted(queries))
    else:
        text = name_or_cypher
    if not allow_write:
        check_read_only(text)  # the first layer; Neo4jStore.read_only adds the server's own
    names = {t.text[1:].strip("`") for t in tokens(text) if t.kind == "param"}
    missing = sorted(names - set(params))
    if missing:
        raise QueryError.missing_params(missing)
    unknown = sorted(set(params) - names)
    if unknown and name_or_cypher in queries:  # a misspelt or foreign parameter of a named query
        raise QueryError.unknown_params(name_or_cypher, unknown, sorted(names))
    return text, params
