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


def serve(
    root: Path,
    host: str,
    port: int,
    database: str,
    say: Callable[[str], Any],
    stop: threading.Event | None = None,
) -> None:
    """Start ArcadeDB with Bolt on ``host:port`` serving ``database`` (created if new), say
    how to connect, and block until ``stop`` is set, SIGINT or SIGTERM."""
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
        _say_how_to_connect(say, f"bolt://{host}:{port}", database, root, password if generated else None)
        _wait_for_stop(stop or threading.Event())
    finally:
        server.stop()
        say("Bolt server stopped.")


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


def _say_how_to_connect(say: Callable[[str], Any], uri: str, database: str, root: Path, generated: str | None) -> None:
    """Where the server is, and the environment that points ``load`` and ``query`` at it
    (showing the password only when it was ``generated`` for this run)."""
    say(f"Bolt server on {uri} (database {database}, user {USER}; data in {root}). Ctrl-C stops it.")
    shown = generated if generated is not None else "(your NEO4J_PASSWORD)"
    say(f"export NEO4J_URI={uri} NEO4J_USERNAME={USER} NEO4J_DATABASE={database} NEO4J_PASSWORD={shown}")
    if generated is not None:
        say("The password was generated for this run and is not stored: copy it now.")


def _wait_for_stop(done: threading.Event) -> None:
    """Block until ``done`` is set, or (on the main thread) SIGINT or SIGTERM."""
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: done.set())
    done.wait()
