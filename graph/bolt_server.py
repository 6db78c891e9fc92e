"""A local Bolt server for people without Neo4j: ArcadeDB (the ``arcadedb-embedded`` wheel,
with its own JRE) with its Bolt plugin, which speaks Neo4j 5's protocol to ``load`` and
``query``. ``reelgraph bolt-server`` runs it in the foreground until Ctrl-C.

The user is ArcadeDB's ``root``; the password comes from ``NEO4J_PASSWORD`` or is generated
and printed once; the data lives under the store (``STORE/bolt-server``).
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from base.errors import BoltServerError

USER = "root"


def _free(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _any_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True, slots=True)
class Running:
    """A started server: where it listens and how to log in (the password only when it was
    generated for this run; otherwise it is the caller's NEO4J_PASSWORD)."""

    uri: str
    database: str
    data: Path
    generated_password: str | None
    user: str = USER

    def how_to_connect(self) -> list[str]:
        """Where the server is, and the environment that points ``load`` and ``query`` at it.

        >>> Running("bolt://127.0.0.1:7687", "neo4j", Path("/s"), "pw").how_to_connect()[1]
        'export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=root NEO4J_DATABASE=neo4j NEO4J_PASSWORD=pw'
        """
        shown = self.generated_password if self.generated_password is not None else "(your NEO4J_PASSWORD)"
        lines = [
            f"Bolt server on {self.uri} (database {self.database}, user {self.user}; data in {self.data}). "
            "Ctrl-C stops it.",
            f"export NEO4J_URI={self.uri} NEO4J_USERNAME={self.user} NEO4J_DATABASE={self.database} "
            f"NEO4J_PASSWORD={shown}",
        ]
        if self.generated_password is not None:
            lines.append("The password was generated for this run and is not stored: copy it now.")
        return lines

    def to_json(self) -> dict[str, Any]:
        """The "ready" record a supervising script reads (``password`` null: NEO4J_PASSWORD)."""
        return {
            "event": "ready",
            "uri": self.uri,
            "database": self.database,
            "user": self.user,
            "data": str(self.data),
            "password": self.generated_password,
        }


def serve(
    root: Path,
    host: str,
    port: int,
    database: str,
    ready: Callable[[Running], Any],
    stop: threading.Event | None = None,
) -> None:
    """Start ArcadeDB with Bolt on ``host:port`` serving ``database`` (created if new), hand
    ``ready`` where it runs, and block until ``stop`` is set, SIGINT or SIGTERM."""
    try:
        from arcadedb_embedded import ArcadeDBServer
    except ImportError as error:
        raise BoltServerError.missing() from error
    if not _free(host, port):
        raise BoltServerError.port_taken(host, port)
    password = os.environ.get("NEO4J_PASSWORD")
    generated = password is None
    password = password or secrets.token_urlsafe(12)
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    server = _start(ArcadeDBServer, root, host, port, password)
    try:
        if not (root / "databases" / database).is_dir():
            server.create_database(database)
        done = _stopped_by_signals(stop or threading.Event())  # before `ready`: a caller may stop it at once
        ready(Running(f"bolt://{host}:{port}", database, root, password if generated else None))
        done.wait()
    finally:
        server.stop()


def _start(server_class: Any, root: Path, host: str, port: int, password: str) -> Any:
    """A started ArcadeDB server with the Bolt plugin on ``port`` (its HTTP port any free one)."""
    previous = Path.cwd()
    os.chdir(root)  # ArcadeDB writes its log/ folder into the working directory
    try:
        server = server_class(
            root_path=str(root / "databases"),
            root_password=password,
            config={
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": port,
                "http_port": _any_port(host),
                "host": host,
            },
        )
        server.start()
    finally:
        os.chdir(previous)
    return server


def _stopped_by_signals(done: threading.Event) -> threading.Event:
    """``done``, also set (on the main thread) by SIGINT or SIGTERM."""
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: done.set())
    return done
