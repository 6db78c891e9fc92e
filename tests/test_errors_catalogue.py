"""Every error and warning code is defined once, in ``base/errors.py``, and README lists them all."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from base.catalogue import catalogue, markdown_table

ROOT = Path(__file__).resolve().parent.parent
ERRORS = ROOT / "base" / "errors.py"
PACKAGES = ("base", "extract", "graph", "queries", "viz", "reelgraph", "scripts", "bench")
STARTS_WITH_CODE = re.compile(r"[EW]\d{3}(?: |$)")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def inline_codes(source: str, name: str) -> list[str]:
    """Where ``source`` spells a code itself: a string (or f-string) that starts with one, or
    ``code = "E..."``. Docstrings may mention codes."""
    tree = ast.parse(source, name)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if STARTS_WITH_CODE.match(node.value):
                found.append(f"{name}:{node.lineno}: {node.value[:40]!r}")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                named = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
                value = node.value
                if named == "code" and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.append(f"{name}:{node.lineno}: code = {value.value!r}")
    return sorted(set(found))


def code_places(source: str) -> dict[str, set[tuple[str, str]]]:
    """Each code literal of an errors module -> the (class, builder) pairs that spell it; a
    class attribute or ``__init__`` default counts as the class itself (builder "")."""
    places: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def visit(node: ast.AST, cls: str, builder: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls, builder = node.name, ""
        elif isinstance(node, ast.FunctionDef) and node.name != "__init__":
            builder = node.name
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = STARTS_WITH_CODE.match(node.value)
            if match:
                places[match.group().strip()].add((cls, builder))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, builder)

    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):  # doctests in docstrings name codes; they define none
        if isinstance(node, ast.Expr) and id(node.value) in docstrings:
            node.value = ast.Constant("")
    visit(tree, "", "")
    return places


def doubly_defined(places: dict[str, set[tuple[str, str]]]) -> list[str]:
    """Codes spelled in two classes, or by two builders."""
    bad = []
    for code, where in sorted(places.items()):
        classes = {cls for cls, _ in where}
        builders = {(cls, b) for cls, b in where if b}
        if len(classes) > 1 or len(builders) > 1:
            bad.append(f"{code}: {sorted(where)}")
    return bad


def _project_modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py") if p != ERRORS)


def test_no_module_but_base_errors_spells_a_code() -> None:
    modules = _project_modules()
    assert len(modules) > 100  # the walk sees the whole project
    found = [
        hit for path in modules for hit in inline_codes(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []


def test_the_inline_code_check_sees_each_form() -> None:
    source = '''"""Docstrings may say E300 or start with it."""
class StoreError(Exception):
    code = "E300"
def f(pair):
    """E501 in a docstring is fine."""
    log("W150 %s: bad", pair)
    raise QueryError(f"E501 parameter {pair!r} is not key=value")
self.code = "E999"
message = "see E300 in README"  # not at the start: fine
'''
    assert inline_codes(source, "m.py") == [
        "m.py:3: 'E300'",
        "m.py:3: code = 'E300'",
        "m.py:6: 'W150 %s: bad'",
        "m.py:7: 'E501 parameter '",
        "m.py:8: 'E999'",
        "m.py:8: code = 'E999'",
    ]


def test_each_code_is_defined_by_one_class_and_one_builder() -> None:
    places = code_places(ERRORS.read_text(encoding="utf-8"))
    assert len(places) >= 80
    assert doubly_defined(places) == []


def test_the_one_place_check_sees_a_code_given_twice() -> None:
    source = '''
class A(Exception):
    """>>> A.first()  # E101 in a doctest defines nothing"""
    code = "E100"
    def __init__(self, message, code="E100"): ...
    @classmethod
    def first(cls): return cls("it broke.", "E101")
    @classmethod
    def second(cls): return cls("it broke again.", "E101")
class B(Exception):
    code = "E100"
'''
    assert doubly_defined(code_places(source)) == [
        "E100: [('A', ''), ('B', '')]",
        "E101: [('A', 'first'), ('A', 'second')]",
    ]


def test_the_catalogue_lists_every_code_of_base_errors_once() -> None:
    entries = catalogue()
    codes = [e.code for e in entries]
    assert len(codes) == len(set(codes))
    assert set(codes) == set(code_places(ERRORS.read_text(encoding="utf-8")))
    by_code = {e.code: e for e in entries}
    assert by_code["E131"].raised_by == "InputError.too_large"
    assert by_code["E131"].happened == (
        "<source>: the file is larger than the <limit>-byte cap (<size> bytes or more)."
    )
    assert by_code["E131"].remedy == "Split it, or raise the cap with REELGRAPH_MAX_FILE_BYTES."
    assert by_code["E302"].remedy == "Run `reelgraph ingest PATH...` first."
    assert by_code["E601"] == by_code["E601"].__class__(
        "E601",
        "UnknownName",
        "No node of the wanted kind has that name (the message lists the closest names).",
        "",
    )


def test_readme_lists_every_code_as_generated() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = "<!-- error-table:start (scripts/error_table.py --write) -->\n"
    assert readme.count(start) == 1
    table = readme.split(start)[1].split("<!-- error-table:end -->")[0]
    assert table == markdown_table(), "README's error table is stale: run python3 scripts/error_table.py --write"
    assert table.count("\n| `") == len(catalogue())


def test_codes_that_lived_beside_their_modules_are_now_in_base_errors() -> None:
    moved = {"E110", "E300", "E301", "E302", "E304", "E400", "E401", "E402", "E403", "E408", "E500", "E501", "W150"}
    assert moved <= {e.code for e in catalogue()}
