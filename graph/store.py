"""The embedded store: a SQLite file under the store directory. No server, no pickle.

Each page's contribution is kept apart (``node_sources``, ``evidence``), so ingest is
idempotent (an unchanged page is skipped by its digest), incremental (a changed page
replaces only its own rows) and reversible (``forget`` deletes one page's rows). Nodes and
edges are aggregates of those rows: an edge is one (source node, type, target node) with
its evidence count and first and last dates. Every write is one SQLite transaction, so a
crash leaves the previous store as it was; a lock file keeps two writers apart.

The store is in parts: the tables (schema 4: integer ids, every text once, compressed
records, texts and node properties) in :mod:`graph.store_layout`, what reading and writing
share in :mod:`graph.store_core`, writing in :mod:`graph.store_write`, reading in
:mod:`graph.store_read`, and the migration of older stores in :mod:`graph.store_migrate`.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from base.errors import StoreBusy, StoreError
from graph import integrity, store_migrate
from graph.store_core import Edge, Node
from graph.store_layout import _DDL_V1, _DDL_V2, DDL, SCHEMA_VERSION, NodeRow, statements
from graph.store_read import StoreReading
from graph.store_write import StoreWriting

_DDL = DDL  # what ``reelgraph check`` holds a store at the current schema to
__all__ = ["SCHEMA_VERSION", "_DDL", "_DDL_V1", "_DDL_V2", "Edge", "EmbeddedStore", "Node"]


class EmbeddedStore(StoreWriting, StoreReading):
    """The persistent graph under ``directory`` (``graph.sqlite``, ``ingest.lock``)."""

    @classmethod
    def open(cls, directory: Path, create: bool = True) -> EmbeddedStore:
        """Open (and create if asked) the store; a newer or foreign file is refused, an older
        one (schema 1, 2 or 3) is rewritten as schema 4 in one transaction."""
        path = directory / "graph.sqlite"
        if not path.exists() and not create:
            raise StoreError.missing(str(directory))
        integrity.preflight(path)  # a 0-byte file is a damaged store, not an empty one
        directory.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, timeout=30, isolation_level=None)
            existing = integrity.opened(connection, path, _DDL, SCHEMA_VERSION)  # never recreate its tables
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if not existing:
                for statement in statements(_DDL):
                    connection.execute(statement)
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as error:
            raise StoreError.foreign(str(path), str(error)) from error
        if row is None and not existing:
            connection.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif row is not None and int(row[0]) > SCHEMA_VERSION:
            raise StoreError.newer(str(path), str(row[0]))
        store = cls(directory, connection)
        store.seal = integrity.watch(connection, path, new=not existing)
        if existing and (row is None or int(row[0]) < SCHEMA_VERSION):
            try:
                store._upgrade()
            except BaseException:
                connection.close()
                raise
        return store

    def _upgrade(self) -> None:
        """Rewrite a schema-1, -2 or -3 store as schema 4 (one transaction: all or nothing),
        then give the old tables' pages back to the file system (VACUUM)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            store_migrate.migrate(self.db, self._columns_for)
            self._train(self.db)
        except BaseException:
            self.db.execute("ROLLBACK")
            self._forget_cached()
            raise
        self.db.execute("COMMIT")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _columns_for(self, texts: set[str]) -> store_migrate.NodeColumns:
        """How the migration keeps a node: as the writer would, with these texts found or added at once."""
        found = self._text_ids(self.db, set(texts))

        def columns(name: str, props: dict[str, Any]) -> NodeRow:
            return self._node_row(self.db, name, props, found)

        return columns

    def close(self) -> None:
        if self.seal is not None:
            self.seal.close(self.db)  # a store this connection wrote is sealed for the next open
        self.db.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's write lock; a second writer gets a clear error at once."""
        lock_path = self.directory / "ingest.lock"
        handle = lock_path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreBusy.held(str(self.directory), holder) from error
        handle.seek(0)
        handle.truncate()
        handle.write(f"reelgraph (pid {os.getpid()})")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
