"""Neo4j as a store: load the embedded store into it with batched, idempotent writes.

Uniqueness constraints first; then nodes per label and relationships per type and end
labels, ``UNWIND $rows ... MERGE`` in batches through ``execute_write`` (which retries
transient errors). Every node and relationship written is stamped with the load's id, and
what the load did not touch is deleted at the end: loading twice changes nothing, a
forgotten or changed page leaves nothing stale, and an interrupted load can simply be run
again.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

from base.errors import (
    AuthFailed,
    CredentialsInUri,
    LoadRefused,
    Neo4jError,
    Neo4jSettingsError,
    NoDatabase,
    QueryRefused,
    Unreachable,
)
from graph import cypher
from graph.cypher_guard import check_read_only, explain_text
from graph.load_check import Refusal, plan_load, summarize
from graph.model import GraphModel
from graph.schema import Label, Rel
from graph.store import EmbeddedStore

Progress = Callable[[int], object]


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_USERINFO = re.compile(r"(?<=//)[^/?#]*@")


def redact(uri: str) -> str:
    """``uri`` with any user name and password replaced by ``***``.

    >>> redact("neo4j+s://user:pass@db.example:7687")
    'neo4j+s://***@db.example:7687'
    """
    return _USERINFO.sub("***@", uri)


def check_uri(uri: str) -> str:
    """``uri`` if it is a Bolt address (``E406`` names the schemes) and carries no credentials;
    else :class:`CredentialsInUri`, which shows it redacted. A malformed address is refused
    without echoing what could be a password."""
    if uri.partition("://")[0].lower() not in BOLT_SCHEMES:
        raise Neo4jSettingsError.not_bolt(uri)
    if _USERINFO.search(uri):
        raise CredentialsInUri.of(redact(uri))
    try:
        urlsplit(uri).port  # noqa: B018 - parses the host and port, raising on a malformed one
    except ValueError as error:
        raise Neo4jError.bad_address(uri, str(error)) from None
    return uri


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load wrote (its id and rows) and the edges it skipped because the schema forbids them."""

    load: str
    rows: int
    refused: list[Refusal]

    def refused_summary(self) -> str:
        return summarize(self.refused)


@dataclass(frozen=True, slots=True)
class Connection:
    uri: str
    user: str
    database: str
    password: str

    def __post_init__(self) -> None:
        check_uri(self.uri)

    def __repr__(self) -> str:  # the password never appears in logs or tracebacks
        return f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def _explain(error: Exception, connection: Connection) -> Neo4jError:
    if isinstance(error, AuthError):
        return AuthFailed.of(connection.uri, connection.user)
    if isinstance(error, ServiceUnavailable | OSError):
        return Unreachable.of(connection.uri)
    message = str(getattr(error, "message", "") or error)
    if "database" in message.lower() and ("not found" in message.lower() or "does not exist" in message.lower()):
        return NoDatabase.of(connection.uri, connection.database)
    first = (message.strip().splitlines() or [""])[0][:200]  # the server's first line, never the whole query
    return Neo4jError.server_says(connection.uri, first)


class Neo4jStore:
    """A connected Neo4j database (or a Bolt server that speaks Neo4j 5)."""

    def __init__(self, connection: Connection, driver: Driver) -> None:
        self.connection = connection
        self.driver = driver
        self._explain_types: bool | None = None

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

    def read_only(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run an analyst's query that must not write, behind three layers: (c) the
        tokenizer's clause check and procedure allowlist, before anything is sent; (a) the
        server's own plan (``EXPLAIN``, then the summary's query type, ``r`` only) where the
        server reports types truthfully; (b) a read transaction, which Neo4j enforces."""
        check_read_only(query)
        with self._errors(), self.driver.session(database=self.connection.database) as session:
            if self.explains_types(session):
                kind = session.execute_read(_query_type, explain_text(query), params)
                if kind != "r":
                    raise QueryRefused.server_says(str(kind))
            return session.execute_read(lambda tx: [r.data() for r in tx.run(query, params)])

    def explains_types(self, session: Any) -> bool:
        """Whether the server's ``EXPLAIN`` gives a query's type (a known read must come back
        as ``r``: ArcadeDB, for one, answers ``w`` for everything and ignores read transactions)."""
        if self._explain_types is None:
            try:
                self._explain_types = session.execute_read(_query_type, "EXPLAIN MATCH (n) RETURN n LIMIT 1", {}) == "r"
            except ClientError:
                self._explain_types = False
        return self._explain_types

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

    def load(
        self, store: EmbeddedStore, batch_size: int = 500, progress: Progress | None = None, strict: bool = False
    ) -> LoadReport:
        """Push the embedded store. Idempotent and restartable.

        Every row is checked against the schema before the first write: an edge joining labels
        the schema forbids is skipped and reported (``LoadReport.refused``), or, with
        ``strict``, the whole load is refused (``LoadRefused``) with nothing written.
        """
        tick = progress or (lambda _: None)
        model = GraphModel.load(store)  # Neo4j receives the model's identities (persons merged)
        plan = plan_load(model.node_rows(), ((edge, items or []) for edge, items in model.edge_rows()))
        if strict and plan.refused:
            raise LoadRefused.forbidden(len(plan.refused), summarize(plan.refused))
        load = uuid.uuid4().hex
        self.ensure_constraints()
        for label, rows in plan.nodes.items():
            self.write_each(cypher.merge_nodes(label), cypher.batched(rows, batch_size), load, tick)
        for (rel, source, target), rows in plan.edges.items():
            self.write_each(cypher.merge_edges(rel, source, target), cypher.batched(rows, batch_size), load, tick)
        for rel in Rel:
            self.write(cypher.delete_stale_edges(rel), load=load)
        for label in Label:
            self.write(cypher.delete_stale_nodes(label), load=load)
        return LoadReport(load, plan.rows, plan.refused)

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


def _query_type(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> str | None:
    kind = tx.run(query, params).consume().query_type
    return None if kind is None else str(kind)


def _run_batch(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]], load: str) -> None:
    tx.run(query, {"rows": rows, "load": load}).consume()


def _run_one(tx: ManagedTransaction, query: str, params: dict[str, Any]) -> None:
    tx.run(query, params).consume()
