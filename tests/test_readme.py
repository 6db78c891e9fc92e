"""Issue 13, items 14-15: README is true to the byte (every output block is what its command
prints now) and says what the test command needs and what to do without root."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "readme_outputs.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_outputs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_replaces_a_stale_block_with_the_real_output() -> None:
    text = (
        "intro\n\n<!-- output: reelgraph extract --no-nlp examples/reel-rants/her-2013.txt 2>/dev/null | head -2 -->\n"
        "```\nstale\n```\n\n<!-- output: printf 'one\\n\\n  two\\n\\n' >&2 -->\n```\n```\nend\n"
    )
    fresh = _generator().regenerate(text)
    assert fresh == (
        "intro\n\n<!-- output: reelgraph extract --no-nlp examples/reel-rants/her-2013.txt 2>/dev/null | head -2 -->\n```\n"
        "examples/reel-rants/her-2013.txt [text] Reel Rants: HER (2013) – the loneliest gadget commercial ever made\n"
        "  site: Reel Rants · author: Gus Whitaker · published: 2014-01-25 · rating: Grade: C- (0.42)\n```\n\n"
        "<!-- output: printf 'one\\n\\n  two\\n\\n' >&2 -->\n```\none\n\n  two\n```\nend\n"
    )


@pytest.mark.slow
def test_every_output_block_in_readme_is_what_its_command_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count("<!-- output: ") >= 10
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (
        "README.md differs from what the commands print now; run `python scripts/readme_outputs.py`:\n" + done.stdout
    )


def test_readme_says_the_tests_need_root_for_chromium_and_what_to_do_elsewhere() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "Debian's `apt-get`, which needs root" in readme
    assert "REELGRAPH_CHROMIUM=/path/to/chromium" in readme
    assert "python -m playwright install chromium" in readme
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert 'if [ -z "${REELGRAPH_CHROMIUM:-}" ]' in script and '"$(id -u)" = 0' in script


def test_the_browser_code_uses_the_chromium_the_environment_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.browser import chromium_path

    binary = tmp_path / "my-chromium"
    binary.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setenv("REELGRAPH_CHROMIUM", str(binary))
    assert chromium_path() == str(binary)
    monkeypatch.setenv("REELGRAPH_CHROMIUM", str(tmp_path / "missing"))
    with pytest.raises(RuntimeError, match=r"REELGRAPH_CHROMIUM=.*missing is not a file"):
        chromium_path()
