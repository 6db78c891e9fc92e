"""Node labels and relationship types are spelled once, in ``base/vocab.py``: the rest of the
project uses the ``Label`` and ``Rel`` enums (Cypher text in ``queries/*.cypher`` aside)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from base.vocab import Label, Rel
from extract.record_json import entities_from_json
from extract.records import PageEntities, Relation, Stance

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "base" / "vocab.py"
PACKAGES = ("base", "extract", "graph", "queries", "viz", "reelgraph", "scripts", "bench")
RDF_TERMS = ROOT / "graph" / "rdf_terms.py"  # the RDF vocabulary names its own classes (rg:Character)
NAMES = {r.value for r in Rel} | {lb.value for lb in Label}


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py") if p != VOCAB)


def spelled_names(source: str, name: str) -> list[str]:
    """String literals of ``source`` that are a label or relationship type, outside ``__all__``."""
    tree = ast.parse(source, name)
    exported = {
        id(element)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets)
        for element in ast.walk(node.value)
    }
    return [
        f"{name}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in NAMES and id(node) not in exported
    ]


def test_no_module_spells_a_label_or_relationship_type() -> None:
    modules = _modules()
    assert len(modules) > 100
    found = []
    for path in modules:
        hits = spelled_names(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
        if path == RDF_TERMS:
            hits = [h for h in hits if not h.endswith(": 'Character'")]
        found += hits
    assert found == []


def test_the_grep_of_issue_15_finds_nothing() -> None:
    pattern = re.compile(
        r'"(?:COMPARED_TO|REPLIED_TO|MENTIONS|PINGED_BY|CITES|RECOMMENDS|DIRECTED|ACTED_IN|WROTE|REVIEWS)"'
    )
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _modules()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []


def test_the_check_sees_a_bare_type_and_a_bare_label() -> None:
    source = """__all__ = ["Comment", "Page"]
roles = {"DIRECTED": "director"}
if relation.type == 'COMPARED_TO' or label == "Person":
    pass
edge = Rel.COMPARED_TO
"""
    assert spelled_names(source, "m.py") == ["m.py:2: 'DIRECTED'", "m.py:3: 'COMPARED_TO'", "m.py:3: 'Person'"]


def test_relations_read_back_from_json_carry_the_enum() -> None:
    relation = Relation(Rel.COMPARED_TO, "Her", "Lost in Translation", "body", "It felt like Lost in Translation.")
    data = PageEntities(Stance("positive", 0.8), relations=[relation]).to_json()
    assert data["relations"][0]["type"] == "COMPARED_TO"
    read = entities_from_json(data)
    assert read is not None and read.relations == [relation]
    assert type(read.relations[0].type) is Rel
