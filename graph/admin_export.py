"""The store as ``neo4j-admin database import full`` input: typed CSV and ``import.sh``.

One nodes file per label and one relationships file per
type, holding exactly the rows ``reelgraph load`` writes (``graph.load_check``), with one
typed column per property: ``year:int``, ``published:date``, ``rating:float``,
``placeholder:boolean``, lists as ``:string[]`` (joined by :data:`ARRAY_DELIMITER`). The
header rules are Neo4j's own: ``key:ID`` (one global ID space: keys are unique across
labels), ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``; an empty field is no property (so
empty strings and empty lists are left out, as are empty strings inside lists).

>>> column_type(["2013-10-06", None, "2014-01-25"]), column_type([2013, 1999]), column_type([0.5, 1])
('date', 'int', 'float')
>>> column_type([["a", "b"], []]), column_type(["x", "2013-10-06"]), column_type([True])
('string[]', 'string', 'boolean')
"""

from __future__ import annotations

import csv
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from base.files import atomic_output, output_folder, write_atomic
from graph.load_check import plan_load
from graph.store import EmbeddedStore

ARRAY_DELIMITER = "¦"  # not ';' (neo4j-admin's default): evidence sentences hold semicolons
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def _scalar_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "float"
    texts = [v for v in values if isinstance(v, str)]
    if len(texts) == len(values) and texts:
        if all(_DATE.match(v) for v in texts):
            return "date"
        if all(_DATETIME.match(v) for v in texts):
            return "datetime"
    return "string"


def column_type(values: Iterable[Any]) -> str:
    """The neo4j-admin type of a column holding ``values`` (None is no value)."""
    present = [v for v in values if v is not None]
    lists = [v for v in present if isinstance(v, list)]
    if lists and len(lists) == len(present):
        items = [item for value in lists for item in value]
        return (_scalar_type(items) if items else "string") + "[]"
    return _scalar_type(present) if present else "string"


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        return ARRAY_DELIMITER.join(_cell(item, kind[:-2]) for item in value if item != "")  # "" is no item
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "string":
        return str(value).replace(ARRAY_DELIMITER, "|")
    return str(value)


def _write(path: Path, fixed: list[str], fixed_rows: list[list[str]], props: list[dict[str, Any]]) -> None:
    names = sorted({key for row in props for key in row})
    kinds = {name: column_type(row.get(name) for row in props) for name in names}
    with atomic_output(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*fixed, *(f"{name}:{kinds[name]}" for name in names)])
        for head, row in zip(fixed_rows, props, strict=True):
            writer.writerow([*head, *(_cell(row.get(name), kinds[name]) for name in names)])


def export_admin(store: EmbeddedStore, out: Path, database: str = "neo4j") -> list[Path]:
    """Write the import files and an executable ``import.sh`` into ``out``; the script imports
    into ``$NEO4J_DATABASE`` or else ``database`` (the one ``load`` and ``query`` use)."""
    output_folder(out)
    plan = plan_load(store.nodes(), store.edges_with_evidence())
    written: list[Path] = []
    for label, rows in sorted(plan.nodes.items(), key=lambda item: item[0].value):
        path = out / f"nodes_{label.value}.csv"
        heads = [[row["key"], row["name"], label.value] for row in rows]
        _write(path, ["key:ID", "name:string", ":LABEL"], heads, [row["props"] for row in rows])
        written.append(path)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for (rel, _, _), rows in plan.edges.items():
        by_type.setdefault(rel.value, []).extend(rows)
    relationships: list[Path] = []
    for kind, rows in sorted(by_type.items()):
        path = out / f"rels_{kind}.csv"
        heads = [[row["src"], row["dst"], kind] for row in rows]
        _write(path, [":START_ID", ":END_ID", ":TYPE"], heads, [row["props"] for row in rows])
        relationships.append(path)
    script = out / "import.sh"
    write_atomic(script, import_script(database, [p.name for p in written], [p.name for p in relationships]))
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return [*written, *relationships, script]


def import_script(database: str, nodes: list[str], relationships: list[str]) -> str:
    """The shell script that runs ``neo4j-admin database import full`` on these files."""
    files = [f"--nodes={name}" for name in nodes] + [f"--relationships={name}" for name in relationships]
    lines = "".join(f"  {item} \\\n" for item in files)
    return (
        "#!/bin/sh\n"
        "# Bulk-import a reelgraph export into Neo4j. Stop the Neo4j server first (or use a new\n"
        "# database); afterwards `reelgraph load` keeps the database in step.\n"
        "set -e\n"
        'cd "$(dirname "$0")"\n'
        f'DATABASE="${{NEO4J_DATABASE:-{database}}}"\n'
        'neo4j-admin database import full "$DATABASE" --overwrite-destination=true \\\n'
        f"  --multiline-fields=true --array-delimiter='{ARRAY_DELIMITER}' --id-type=string \\\n"
        f"{lines}"
        '  "$@"\n'
    )
