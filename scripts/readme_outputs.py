"""Regenerate every output block in README.md from the real commands.

An output block is a fenced block right after a marker line:

    <!-- output: reelgraph stats -->
    ```
    ...what the command prints...
    ```

The marker's text after ``output:`` is a shell command line (``&&`` allowed) run with
``bash`` in a scratch folder that holds a copy of ``examples/``; stdout and stderr are
captured together, as a terminal shows them. A command line ending in ``&& python`` then
runs the ``python`` block just above the marker. Blocks run in README order in one folder, so the
first block's ``reelgraph ingest examples/`` builds the one store the others read.

    python scripts/readme_outputs.py          # rewrite README.md
    python scripts/readme_outputs.py --check  # exit 1 (and show the diff) if README differs
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARKER = re.compile(r"^<!-- output: (?P<command>.+?) -->\n```[a-z]*\n(?P<body>.*?)```\n", re.M | re.S)
PYTHON = re.compile(r"```python\n(?P<code>.*?)```\n", re.S)


def _environment(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REELGRAPH_", "NEO4J_"))}
    env["REELGRAPH_CACHE"] = os.environ.get("REELGRAPH_CACHE", str(Path("~/.cache/reelgraph").expanduser()))
    env["COLUMNS"] = "120"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(command: str, folder: Path, before: str) -> str:
    output = ""
    shell, _, python = command.rpartition("&& ") if command.endswith("&& python") else ("", "", command)
    if shell or python != "python":
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {shell or command}"],
            cwd=folder,
            env=_environment(folder),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output = done.stdout
    if python == "python":
        blocks = list(PYTHON.finditer(before))
        if not blocks:
            raise SystemExit("readme_outputs: `<!-- output: ... python -->` has no python block above it")
        done = subprocess.run(
            [sys.executable, "-c", blocks[-1].group("code")],
            cwd=folder,
            env=_environment(folder),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        output += done.stdout
    return output.rstrip("\n") + "\n"


def regenerate(text: str) -> str:
    """``text`` (README.md) with every output block replaced by what its command prints now."""
    with tempfile.TemporaryDirectory(prefix="reelgraph-readme-") as scratch:
        folder = Path(scratch)
        shutil.copytree(ROOT / "examples", folder / "examples")
        parts, last = [], 0
        for match in MARKER.finditer(text):
            output = _run(match.group("command"), folder, text[: match.start()])
            fence = match.group(0).split("\n", 2)[1]
            parts += [text[last : match.start()], f"<!-- output: {match.group('command')} -->\n{fence}\n{output}```\n"]
            last = match.end()
        parts.append(text[last:])
    return "".join(parts)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = regenerate(current)
    if "--check" in argv:
        if fresh != current:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True), "README.md"))
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
