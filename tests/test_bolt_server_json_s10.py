"""`reelgraph bolt-server --json`: a long-running server says once, as one JSON line, that it
listens and how to log in (a supervising script reads the first line), and one line when it
stops. ArcadeDB is replaced by a stand-in module so that no JVM starts; the slow test in
tests/test_bolt_server.py runs the real one."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from graph.bolt_server import Running, serve

_STAND_IN = """
class ArcadeDBServer:
    def __init__(self, root_path, root_password, config):
        self.root_path, self.config = root_path, config
    def start(self):
        print("started", flush=True, file=__import__("sys").stderr)
    def create_database(self, name):
        __import__("os").makedirs(f"{self.root_path}/{name}", exist_ok=True)
    def stop(self):
        pass
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def stand_in(tmp_path: Path) -> Path:
    package = tmp_path / "site" / "arcadedb_embedded"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(_STAND_IN, encoding="utf-8")
    return package.parent


def _server(store: Path, port: int, site: Path, *flags: str, password: str | None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "REELGRAPH_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    command = [sys.executable, "-m", "reelgraph.cli", "--store", str(store), "bolt-server", "--port", str(port)]
    return subprocess.Popen([*command, *flags], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _stop(server: subprocess.Popen[str]) -> tuple[str, str]:
    server.send_signal(signal.SIGINT)
    out, err = server.communicate(timeout=60)
    assert server.returncode == 0, err
    return out, err


def test_json_says_ready_with_the_uri_and_generated_password_then_stopped(tmp_path: Path, stand_in: Path) -> None:
    port = _free_port()
    server = _server(tmp_path / "store", port, stand_in, "--json", password=None)
    assert server.stdout is not None
    ready = json.loads(server.stdout.readline())
    rest, _ = _stop(server)
    password = ready.pop("password")
    assert isinstance(password, str) and len(password) >= 12
    assert ready == {
        "event": "ready",
        "uri": f"bolt://127.0.0.1:{port}",
        "database": "neo4j",
        "user": "root",
        "data": str((tmp_path / "store" / "bolt-server").resolve()),
    }
    assert [json.loads(line) for line in rest.splitlines()] == [{"event": "stopped"}]


def test_json_gives_no_password_when_it_is_the_callers_and_text_stays_as_it_was(tmp_path: Path, stand_in: Path) -> None:
    port = _free_port()
    server = _server(tmp_path / "store", port, stand_in, "--json", password="secret-of-mine")
    assert server.stdout is not None
    ready = json.loads(server.stdout.readline())
    _stop(server)
    assert ready["password"] is None
    text = _server(tmp_path / "store", port, stand_in, password="secret-of-mine")
    assert text.stdout is not None
    shown = [text.stdout.readline().strip(), text.stdout.readline().strip()]  # both, before the stop: the
    said = [*shown, *_stop(text)[0].splitlines()]  # Ctrl-C may otherwise land between the two lines
    data = (tmp_path / "store" / "bolt-server").resolve()
    assert said == [
        f"Bolt server on bolt://127.0.0.1:{port} (database neo4j, user root; data in {data}). Ctrl-C stops it.",
        f"export NEO4J_URI=bolt://127.0.0.1:{port} NEO4J_USERNAME=root NEO4J_DATABASE=neo4j "
        "NEO4J_PASSWORD=(your NEO4J_PASSWORD)",
        "Bolt server stopped.",
    ]


def test_serve_hands_ready_a_running_record_and_returns_when_stopped(
    tmp_path: Path, stand_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(stand_in))
    monkeypatch.delitem(sys.modules, "arcadedb_embedded", raising=False)
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-of-the-caller")
    stop, seen = threading.Event(), list[Running]()

    def ready(running: Running) -> None:
        seen.append(running)
        stop.set()

    port = _free_port()
    worker = threading.Thread(target=serve, args=(tmp_path / "b", "127.0.0.1", port, "films", ready, stop))
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert seen == [Running(f"bolt://127.0.0.1:{port}", "films", (tmp_path / "b").resolve(), None)]
    assert (tmp_path / "b" / "databases" / "films").is_dir()
