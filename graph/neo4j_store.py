"""Neo4j as a store: load the embedded store into it with batched, idempotent writes.

Uniqueness constraints first; then nodes per label and relationships per type and end
labels, ``UNWIND $rows ... MERGE`` in batches through ``execute_write`` (which retries
transient errors). Every node and relationship written is stamped with the load's id, and
what the load did not touch is deleted at the end: loading twice changes nothing, a
forgotten or changed page leaves nothing stale, and an interrupted load can simply be run
again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

from graph import cypher
from graph.schema import ENDPOINTS, Label, Rel
from graph.store import EmbeddedStore
from base.errors import ReelgraphError

Progress = Callable[[int], object]


class Neo4jError(ReelgraphError):
    code = "E400"


class AuthFailed(Neo4jError):
    code = "E401"


class Unreachable(Neo4jError):
    code = "E402"


class NoDatabase(Neo4jError):
    code = "E403"


@dataclass(frozen=True, slots=True)
class Connection:
    uri: str
    user: str
    database: str
    password: str

    def __repr__(self) -> str:  # the password never appears in logs or tracebacks
        return f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def _explain(error: Exception, connection: Connection) -> Neo4jError:
    if isinstance(error, AuthError):
        return AuthFailed(
            f"Neo4j at {connection.uri} refused user {connection.user!r}: wrong user or password. "
            "Set NEO4J_USERNAME and NEO4J_PASSWORD."
        )
    if isinstance(error, ServiceUnavailable | OSError):
        return Unreachable(f"cannot reach Neo4j at {connection.uri}: is it running? Check --uri or NEO4J_URI.")
    message = str(getattr(error, "message", "") or error)
    if "database" in message.lower() and ("not found" in message.lower() or "does not exist" in message.lower()):
        return NoDatabase(
            f"Neo4j at {connection.uri} has no database {connection.database!r}. "
            "Create it (CREATE DATABASE ...) or pass --database / NEO4J_DATABASE."
        )
    return Neo4jError(f"Neo4j at {connection.uri}: {message}")


class Neo4jStore:
    """A connected Neo4j database (or a Bolt server that speaks Neo4j 5)."""

    def __init__(self, connection: Connection, driver: Driver) -> None:
        self.connection = connection
        self.driver = driver

    @classmethod
    def connect(cls, connection: Connection) -> Neo4jStore:
        """Connect and check the database answers; errors say what to do."""
        try:
            driver = GraphDatabase.driver(connection.uri, auth=(connection.user, connection.password))
            driver.verify_connectivity()
            with driver.session(database=connection.database) as session:
                session.run("RETURN 1 AS ok").consume()  # no retries: a wrong setting fails at once
            return cls(connection, driver)
        except (AuthError, ServiceUnavailable, ClientError, OSError, ValueError) as error:
            raise _explain(error, connection) from error

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (AuthError, ServiceUnavailable, ClientError) as error:
            raise _explain(error, self.connection) from error

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self._errors(), self.driver.session(database=self.connection.database) as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(query, params)])

    def write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with self._errors(), self.driver.session(database=self.connection.database) as session:
            return session.execute_write(lambda tx: [r.data() for r in tx.run(query, params)])

    def write_each(self, query: str, batches: Iterator[list[dict[str, Any]]], load: str, progress: Progress) -> None:
        with self._errors(), self.driver.session(database=self.connection.database) as session:
            for batch in batches:
                session.execute_write(_run_batch, query, batch, load)
                progress(len(batch))

    # --- loading -------------------------------------------------------------------------

    def ensure_constraints(self) -> None:
        for label in Label:
            self.write(cypher.constraint(label))

    def load(self, store: EmbeddedStore, batch_size: int = 500, progress: Progress | None = None) -> str:
        """Push the embedded store; returns the load id. Idempotent and restartable."""
        tick = progress or (lambda _: None)
        load = uuid.uuid4().hex
        self.ensure_constraints()
        nodes: dict[Label, list[dict[str, Any]]] = defaultdict(list)
        labels: dict[str, Label] = {}
        for node in store.nodes():
            label = Label(node.label)
            labels[node.key] = label
            nodes[label].append({"key": node.key, "name": node.name, "props": cypher.neo4j_props(node.props)})
        for label, rows in nodes.items():
            self.write_each(cypher.merge_nodes(label), cypher.batched(rows, batch_size), load, tick)
        edges: dict[tuple[Rel, Label, Label], list[dict[str, Any]]] = defaultdict(list)
        for edge, evidence in store.edges_with_evidence():
            props = {
                "count": edge.count,
                "first_seen": edge.first_seen,
                "last_seen": edge.last_seen,
                "confidence": edge.confidence,
                "by": sorted({str(e["by"]) for e in evidence if e.get("by")}),
                "polarity": sorted({str(e["polarity"]) for e in evidence if e.get("polarity")}),
                "sentences": [str(e.get("sentence", "")) for e in evidence[:3]],
            }
            key = (Rel(edge.type), labels[edge.src], labels[edge.dst])
            if key[1:] not in ENDPOINTS[key[0]]:
                raise Neo4jError(f"{edge.src} -[{edge.type}]-> {edge.dst} joins labels the schema does not allow.")
            edges[key].append({"src": edge.src, "dst": edge.dst, "props": cypher.neo4j_props(props)})
        for (rel, source, target), rows in edges.items():
            self.write_each(cypher.merge_edges(rel, source, target), cypher.batched(rows, batch_size), load, tick)
        for rel in Rel:
            self.write(cypher.delete_stale_edges(rel), load=load)
        for label in Label:
            self.write(cypher.delete_stale_nodes(label), load=load)
        return load

    def load_row_by_row(self, store: EmbeddedStore) -> None:
        """The slow way, one statement per node and per relationship (benchmark baseline)."""
        load = uuid.uuid4().hex
        labels: dict[str, Label] = {}
        with self._errors(), self.driver.session(database=self.connection.database) as session:
            for node in store.nodes():
                label = labels.setdefault(node.key, Label(node.label))
                session.execute_write(
                    _run_one,
                    cypher.merge_node_one_row(label),
                    {"key": node.key, "name": node.name, "props": cypher.neo4j_props(node.props), "load": load},
                )
            for edge in store.edges():
                query = cypher.create_edge_one_row(Rel(edge.type), labels[edge.src], labels[edge.dst])
                props = cypher.neo4j_props(
                    {"count": edge.count, "first_seen": edge.first_seen, "last_seen": edge.last_seen}
                )
                session.execute_write(_run_one, query, {"src": edge.src, "dst": edge.dst, "props": props, "load": load})

    def counts(self) -> dict[str, Any]:
        """Node counts by label and relationship counts by type, like the embedded store's stats."""
        labels = {label.value: self.read(cypher.count_nodes(label))[0]["count"] for label in Label}
        types = {rel.value: self.read(cypher.count_edges(rel))[0]["count"] for rel in Rel}
        labels = {k: v for k, v in labels.items() if v}
        types = {k: v for k, v in types.items() if v}
        return {"nodes": sum(labels.values()), "edges": sum(types.values()), "labels": labels, "types": types}


def _run_batch(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]], load: str) -> None:
    tx.run(query, {"rows": rows, "load": load}).consume()


def _run_one(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> None:
    tx.run(query, params).consume()
