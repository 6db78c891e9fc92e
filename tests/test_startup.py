"""Issue 16.1: the CLI starts without spaCy, the neo4j driver, scipy or pyvis, and
`reelgraph --help` / `--version` stay within 0.3 s of bare Python in the same run."""

from __future__ import annotations

import json
import subprocess
import sys
import time

HEAVY = ("spacy", "neo4j", "scipy", "pyvis")


def test_importing_the_cli_imports_no_heavy_package() -> None:
    code = f"import json, sys, reelgraph.cli; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_help_and_version_load_no_heavy_package() -> None:
    for flag in ("--help", "--version"):
        code = (
            "import json, sys\nfrom reelgraph.cli import main\ntry:\n    main([" + repr(flag) + "])\n"
            "except SystemExit:\n    pass\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert json.loads(out.stderr.strip().splitlines()[-1]) == [], flag


def _best(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def test_help_and_version_start_within_0_3_s_of_bare_python() -> None:
    bare = _best([sys.executable, "-c", "pass"])
    for flag in ("--help", "--version"):
        took = _best([sys.executable, "-m", "reelgraph.cli", flag])
        assert took - bare < 0.3, (flag, took, bare)
