"""Issue 13, item 13: `reelgraph bolt-server` gives people without Neo4j a Bolt server one
command away: loopback by default, the password generated and printed once (or taken from
NEO4J_PASSWORD), data under the store; `load` and `query` work against it."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reelgraph.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_bolt_server_serves_load_and_query(tmp_path: Path) -> None:
    store, port = tmp_path / "store", _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "REELGRAPH_"))}
    ingest = _cli("--store", str(store), "ingest", "--no-nlp", str(ROOT / "examples" / "reel-rants"), env=env)
    assert ingest.returncode == 0, ingest.stderr
    server = subprocess.Popen(
        [sys.executable, "-m", "reelgraph.cli", "--store", str(store), "bolt-server", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        lines: list[str] = []
        while not any(line.startswith("export ") for line in lines):
            line = server.stdout.readline()
            assert line, f"bolt-server ended: {lines}"
            lines.append(line.strip())
        lines.append(server.stdout.readline().strip())  # the line after says the password is not kept
        said = [line for line in lines if line.startswith(("Bolt server", "export", "The password"))]
        assert said[0] == (
            f"Bolt server on bolt://127.0.0.1:{port} (database neo4j, user root; data in {store.resolve() / 'bolt-server'})."
            " Ctrl-C stops it."
        )
        found = re.fullmatch(
            rf"export NEO4J_URI=(bolt://127\.0\.0\.1:{port}) NEO4J_USERNAME=root NEO4J_DATABASE=neo4j "
            r"NEO4J_PASSWORD=(\S+)",
            said[1],
        )
        assert found is not None, said[1]
        assert said[2] == "The password was generated for this run and is not stored: copy it now."
        password = found.group(2)
        assert len(password) >= 12
        assert (store / "bolt-server" / "databases" / "databases" / "neo4j").is_dir()
        client = env | {"NEO4J_URI": found.group(1), "NEO4J_USERNAME": "root", "NEO4J_PASSWORD": password}
        loaded = _cli("--store", str(store), "load", env=client)
        assert loaded.returncode == 0, loaded.stderr
        assert loaded.stdout.startswith(f"loaded into bolt://127.0.0.1:{port} (neo4j): ")
        posts = _cli("--store", str(store), "query", "MATCH (p:Post) RETURN count(p) AS posts", "--json", env=client)
        stats = json.loads(_cli("--store", str(store), "stats", "--json", env=env).stdout)
        assert json.loads(posts.stdout) == {"posts": stats["labels"]["Post"]} and stats["pages"] == 4
        taken = _cli("--store", str(tmp_path / "other"), "bolt-server", "--port", str(port), env=env)
        assert taken.returncode == 1
        assert taken.stderr.strip() == (
            f"reelgraph: E411 127.0.0.1:{port} is already in use. Stop what listens there or pick another --port."
        )
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0
    assert server.stdout.read().strip().endswith("Bolt server stopped.")
