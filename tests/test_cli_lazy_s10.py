"""The CLI imports a command's module only when the command runs: `reelgraph queries` loads
reelgraph/commands/neo4j.py, not the seven other command modules; `--help`, which lists
every command, loads them all; importing reelgraph.cli loads none."""

from __future__ import annotations

import json
import subprocess
import sys


def _command_modules(code: str) -> list[str]:
    probe = (
        "import json, sys\n"
        + code
        + "\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('reelgraph.commands.'))), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    found: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return found


def _run(*args: str) -> str:
    return f"from reelgraph.cli import main\ntry:\n    main({list(args)!r})\nexcept SystemExit:\n    pass"


def test_importing_the_cli_loads_no_command_module() -> None:
    assert _command_modules("import reelgraph.cli") == ["reelgraph.commands.common"]


def test_a_command_loads_only_its_own_module() -> None:
    assert _command_modules(_run("queries", "--json")) == ["reelgraph.commands.common", "reelgraph.commands.neo4j"]


def test_help_loads_every_command_module_and_the_recommend_script_is_still_there() -> None:
    every = [f"reelgraph.commands.{m}" for m in ("aliases", "answers", "common", "follow", "neo4j", "pages")]
    every += ["reelgraph.commands.scoring", "reelgraph.commands.store"]
    assert _command_modules(_run("--help")) == every
    assert _command_modules("from reelgraph.cli import recommend_main") == [
        "reelgraph.commands.answers",
        "reelgraph.commands.common",
    ]
