"""Migrating older stores to schema 4, inside the caller's transaction (all or nothing).

Schema 1 and 2 are first rewritten as schema 3 (``migrate_to_3``), then schema 3 becomes
schema 4 (``migrate_to_4``): ``nodes`` is rebuilt with the same ids, each node's name and
properties kept as schema 4 keeps them (its ``text`` in ``texts``), ``tallies`` filled, and
the indexes only ``stats`` used dropped. Every other table keeps its rows as they are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from graph.store_layout import (
    DDL,
    DDL_V3,
    SCHEMA_VERSION,
    SYMBOL_FIELDS,
    NodeRow,
    key_hash,
    pack,
    statements,
    text_hash,
)

# (name, props) -> the node's columns, as the store's writer keeps them
NodeColumns = Callable[[str, dict[str, Any]], NodeRow]


def version(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return 1 if row is None else int(row[0])


def migrate(db: sqlite3.Connection, columns: Callable[[set[str]], NodeColumns]) -> None:
    """Rewrite a schema-1, -2 or -3 store as schema 4. ``columns`` is given every node text
    of the store first (so they are looked up together) and returns how a node is kept."""
    if version(db) < 3:
        migrate_to_3(db)
    migrate_to_4(db, columns)


def migrate_to_4(db: sqlite3.Connection, columns: Callable[[set[str]], NodeColumns]) -> None:
    """Schema 3 -> 4: see the module's text."""
    for index in ("nodes_label", "links_type", "nodes_name"):  # and the key's, with the old table
        db.execute(f"DROP INDEX IF EXISTS {index}")
    db.execute("DROP VIEW IF EXISTS edges")  # it names ``nodes``: made again below
    if "kind" not in _columns(db, "dictionaries"):
        db.execute("ALTER TABLE dictionaries ADD COLUMN kind TEXT NOT NULL DEFAULT 'records'")
    db.execute("ALTER TABLE nodes RENAME TO old_nodes")
    for statement in statements(DDL):
        db.execute(statement)
    rows = db.execute("SELECT id, key, label, name, props FROM old_nodes ORDER BY id").fetchall()
    found = [(ident, key, label, name, json.loads(props)) for ident, key, label, name, props in rows]
    keep = columns({str(p["text"]) for *_, p in found if isinstance(p.get("text"), str)})
    db.executemany(
        "INSERT INTO nodes (id, key, key_hash, label, name, name_hash, props, packed, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(ident, key, key_hash(key), label, *keep(name, props)) for ident, key, label, name, props in found],
    )
    db.execute("INSERT INTO tallies SELECT 'label', label, COUNT(*) FROM nodes GROUP BY label")
    db.execute("INSERT INTO tallies SELECT 'type', type, COUNT(*) FROM links GROUP BY type")
    db.execute("DROP TABLE old_nodes")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})")}


def migrate_to_3(db: sqlite3.Connection) -> None:
    """Rewrite a schema-1 or schema-2 store as schema 3, inside the caller's transaction.

    Old tables are renamed ``old_*``, copied into the new layout by id, and dropped. Sources
    keep their order (the order their contributions were merged in)."""
    moved = _set_aside_v2_tables(db)
    _copy_sentences(db, has_texts="texts" in moved)
    _copy_symbols(db)
    _copy_nodes_and_sources(db, has_records="records" in moved)
    _copy_node_sources(db)
    _copy_evidence(db)
    _copy_links(db)
    for name in moved:
        db.execute(f"DROP TABLE old_{name}")
    db.execute("DROP TABLE temp.old_sentences")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', '3')")


def _set_aside_v2_tables(db: sqlite3.Connection) -> list[str]:
    """Drop the old indexes, rename the old tables ``old_*`` and create schema 3's; return the
    names of the tables renamed."""
    present = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for index in [
        str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
    ]:
        db.execute(f"DROP INDEX {index}")
    names = ("sources", "records", "nodes", "node_sources", "evidence", "edges", "texts")
    moved = [name for name in names if name in present]
    for name in moved:
        db.execute(f"ALTER TABLE {name} RENAME TO old_{name}")
    for statement in statements(DDL_V3):
        db.execute(statement)
    if "sentence_id" not in _columns(db, "old_evidence"):
        db.execute("ALTER TABLE old_evidence ADD COLUMN sentence_id INTEGER")
    return moved


def _copy_sentences(db: sqlite3.Connection, has_texts: bool) -> None:
    """Every sentence once into ``texts``, from the old ``texts`` and from schema-1 rows that
    kept theirs inline; ``temp.old_sentences`` maps each text to its new id."""
    sentences = [str(r[0]) for r in db.execute("SELECT DISTINCT sentence FROM old_evidence WHERE sentence NOT NULL")]
    if has_texts:
        sentences += [str(r[0]) for r in db.execute("SELECT text FROM old_texts ORDER BY id")]
    db.execute("CREATE TEMP TABLE old_sentences (text TEXT PRIMARY KEY, id INTEGER NOT NULL)")
    for text in dict.fromkeys(sentences):
        ident = db.execute(
            "INSERT INTO texts (hash, data) VALUES (?, ?) RETURNING id", (text_hash(text), text)
        ).fetchone()[0]
        db.execute("INSERT INTO temp.old_sentences VALUES (?, ?)", (text, ident))
    if has_texts:
        db.execute(
            "UPDATE old_evidence SET sentence = (SELECT text FROM old_texts WHERE old_texts.id = sentence_id) "
            "WHERE sentence IS NULL AND sentence_id NOT NULL"
        )


def _copy_symbols(db: sqlite3.Connection) -> None:
    """Every short repeated string of the old evidence and edges once into ``symbols``."""
    words = " UNION ".join(
        [f"SELECT {c} FROM old_evidence WHERE {c} NOT NULL" for c in ("type", *SYMBOL_FIELDS)]
        + ["SELECT extra FROM old_evidence WHERE extra NOT NULL AND extra != '{}'"]
        + [f"SELECT {c} FROM old_edges WHERE {c} NOT NULL" for c in ("type", "first_seen", "last_seen")]
    )
    db.execute(f"INSERT INTO symbols (text) SELECT * FROM ({words}) ORDER BY 1")


def _copy_nodes_and_sources(db: sqlite3.Connection, has_records: bool) -> None:
    """Nodes by key, sources in their merge order, and each source's packed records."""
    db.execute("INSERT INTO nodes (key, label, name, props) SELECT key, label, name, props FROM old_nodes ORDER BY key")
    db.execute(
        "INSERT INTO sources (source, digest, ingested) SELECT source, digest, ingested FROM old_sources ORDER BY rowid"
    )
    query = "SELECT s.id, o.record, {} FROM sources s JOIN old_sources o USING (source) {}".format(
        *(("r.data", "LEFT JOIN old_records r USING (source)") if has_records else ("NULL", ""))
    )
    for ident, record, data in db.execute(query).fetchall():
        db.execute("INSERT INTO records VALUES (?, NULL, ?)", (ident, data if data is not None else pack(record)))


def _copy_node_sources(db: sqlite3.Connection) -> None:
    """Each source's view of a node, kept only for nodes more than one source names."""
    db.execute(
        "INSERT INTO node_sources SELECT n.id, s.id, o.label, o.name, o.props FROM old_node_sources o "
        "JOIN nodes n ON n.key = o.key JOIN sources s ON s.source = o.source"
    )
    db.execute(
        "UPDATE node_sources SET label = NULL, name = NULL, props = NULL WHERE node IN "
        "(SELECT node FROM node_sources GROUP BY node HAVING COUNT(*) = 1)"
    )


def _symbol(column: str) -> str:
    """SQL for the id in ``symbols`` of the old row ``o``'s ``column`` (a name from this module)."""
    return f"(SELECT id FROM symbols WHERE text = o.{column})"


def _copy_evidence(db: sqlite3.Connection) -> None:
    """Evidence rows by id, their strings replaced by symbol and sentence ids."""
    db.execute(
        "INSERT INTO evidence SELECT o.id, a.id, "
        + _symbol("type")
        + ", b.id, s.id, "
        + _symbol("unit")
        + ", (SELECT t.id FROM temp.old_sentences t WHERE t.text = o.sentence), o.start, o.end, "
        + ", ".join([_symbol("extractor"), "o.confidence", *(_symbol(c) for c in ("polarity", "by", "seen"))])
        + ", (SELECT id FROM symbols WHERE text = NULLIF(o.extra, '{}')) "
        "FROM old_evidence o JOIN nodes a ON a.key = o.src JOIN nodes b ON b.key = o.dst "
        "JOIN sources s ON s.source = o.source"
    )


def _copy_links(db: sqlite3.Connection) -> None:
    """Old ``edges`` rows as ``links`` between node ids."""
    db.execute(
        "INSERT INTO links SELECT a.id, "
        + ", ".join([_symbol("type"), "b.id", "o.count", _symbol("first_seen"), _symbol("last_seen")])
        + ", o.confidence FROM old_edges o JOIN nodes a ON a.key = o.src JOIN nodes b ON b.key = o.dst"
    )
