"""The flow runs one way: base -> extract -> graph -> queries -> viz -> reelgraph.

Each package may import only from itself and the packages before it; ``base`` imports
nothing of the project. The walk reads every import statement (top-level or inside a
function, since a lazy import is still a dependency) with ``ast``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["base", "extract", "graph", "queries", "viz", "reelgraph"]
PROJECT = {*LAYERS, "bench", "tests", "scripts"}


def imported_packages(source: str) -> set[str]:
    """The project's top-level packages a module imports.

    >>> sorted(imported_packages("import graph.store\\nfrom queries import x\\nimport os"))
    ['graph', 'queries']
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in PROJECT)
    return found


def upward_imports(package: str) -> list[str]:
    allowed = set(LAYERS[: LAYERS.index(package) + 1])
    problems = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for imported in sorted(imported_packages(path.read_text(encoding="utf-8")) - allowed):
            problems.append(f"{path.relative_to(ROOT)} imports {imported}")
    return problems


def test_the_walker_sees_function_level_imports() -> None:
    source = "def f():\n    from reelgraph.cli import run\n    import viz.html\n"
    assert imported_packages(source) == {"reelgraph", "viz"}


@pytest.mark.parametrize("package", LAYERS)
def test_no_package_imports_a_layer_above_its_own(package: str) -> None:
    assert upward_imports(package) == []


def test_base_imports_nothing_of_the_project() -> None:
    assert upward_imports("base") == []
    assert all(imported_packages(path.read_text(encoding="utf-8")) <= {"base"} for path in (ROOT / "base").glob("*.py"))
