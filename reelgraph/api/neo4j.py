"""Neo4j: ``query`` (named or Cypher; named ones also on the embedded store) and ``load``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from base.errors import QueryUsageError
from reelgraph.api.store import open_store, stats
from reelgraph.settings import Settings

if TYPE_CHECKING:
    from graph.neo4j_store import Connection


def query(
    settings: Settings,
    name_or_cypher: str,
    params: list[str],
    allow_write: bool,
    embedded: bool,
    connection: Callable[[], Connection],
) -> list[dict[str, Any]]:
    """A named query or Cypher: on Neo4j, or a named one on the embedded store."""
    from queries.named import resolve

    text, values = resolve(name_or_cypher, params, allow_write)
    if embedded:
        from graph.nxgraph import to_networkx
        from queries.embedded import EMBEDDED

        if name_or_cypher not in EMBEDDED:
            raise QueryUsageError.not_embedded(name_or_cypher, sorted(EMBEDDED))
        with open_store(settings) as store:
            return EMBEDDED[name_or_cypher](to_networkx(store, evidence=False), **values)
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore.connect(connection()) as neo4j:
        return neo4j.write(text, **values) if allow_write else neo4j.read_only(text, **values)


def load(
    settings: Settings,
    connection: Connection,
    batch_size: int,
    progress: Callable[[int], object],
    strict: bool = False,
) -> dict[str, Any]:
    """Push the embedded store to Neo4j; returns the database's node and relationship counts,
    and under "skipped" what was left out because the schema forbids it ("" when nothing)."""
    from graph.neo4j_store import Neo4jStore

    with open_store(settings) as store, Neo4jStore.connect(connection) as neo4j:
        report = neo4j.load(store, batch_size, progress, strict=strict)
        return neo4j.counts() | {"skipped": report.refused_summary(), "skipped_count": len(report.refused)}


def load_size(settings: Settings) -> int:
    """Rows ``load`` will write (for its progress bar)."""
    counts = stats(settings)
    return int(counts["nodes"]) + int(counts["edges"])
