"""The store's tables (schema 3), its compressed page records, and the migration of older stores.

Schema 3 keeps every text once: node keys in ``nodes`` (an integer id beside the unique key),
page names in ``sources`` (an integer id), and short repeated strings (relationship types,
units, extractors, polarities, commenter names, dates) in ``symbols``. ``node_sources``,
``links`` (the edge aggregates), and ``evidence`` hold only integers and what is their own;
``edges`` is a view that spells the links out with their keys, as schema 2 stored them.

A ``node_sources`` row whose label, name and props are NULL stands for "the node as it is":
it is then the node's only contribution, so the node's own row holds the same values. A
second contribution fills it in before it is merged.

Page records are zstandard frames; once a store holds enough of them a dictionary is
trained on them (``dictionaries``), which more than halves a small record.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

SCHEMA_VERSION = 3
_DDL_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, digest TEXT NOT NULL, ingested TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS node_sources (
    key TEXT NOT NULL, source TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL,
    PRIMARY KEY (key, source));
CREATE INDEX IF NOT EXISTS node_sources_source ON node_sources (source);
CREATE TABLE IF NOT EXISTS nodes (key TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY, src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, source TEXT NOT NULL,
    unit TEXT, sentence TEXT, start INTEGER, end INTEGER, extractor TEXT, confidence REAL, polarity TEXT,
    by TEXT, seen TEXT, extra TEXT);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence (src, type, dst);
CREATE INDEX IF NOT EXISTS evidence_source ON evidence (source);
CREATE TABLE IF NOT EXISTS edges (
    src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, count INTEGER NOT NULL, first_seen TEXT,
    last_seen TEXT, confidence REAL, PRIMARY KEY (src, type, dst));
CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst);
CREATE INDEX IF NOT EXISTS edges_type ON edges (type);
"""
# Schema 2 added these (and ``evidence.sentence_id``) to schema 1.
_DDL_V2 = """
CREATE TABLE IF NOT EXISTS records (source TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, text TEXT NOT NULL);
"""
# Schema 3. ``first_seen``, ``last_seen`` and the evidence columns after ``sentence_id`` but
# ``start``, ``end`` and ``confidence`` hold ids of ``symbols`` (``extra``: of its JSON text,
# NULL when empty). A sentence in ``texts`` is found by a 64-bit hash of its text; ``data`` is the
# text, or a zstandard frame made with the store's dictionary when that is shorter.
# ``links_type`` lets ``stats`` count links by type without reading the table.
DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS symbols (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, digest TEXT NOT NULL, ingested TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, dictionary INTEGER, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS dictionaries (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
CREATE TABLE IF NOT EXISTS node_sources (
    node INTEGER NOT NULL, source INTEGER NOT NULL, label TEXT, name TEXT, props TEXT,
    PRIMARY KEY (node, source)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_sources_source ON node_sources (source);
CREATE TABLE IF NOT EXISTS links (
    src INTEGER NOT NULL, type INTEGER NOT NULL, dst INTEGER NOT NULL, count INTEGER NOT NULL,
    first_seen INTEGER, last_seen INTEGER, confidence REAL, PRIMARY KEY (src, type, dst)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_dst ON links (dst);
CREATE INDEX IF NOT EXISTS links_type ON links (type);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY, src INTEGER NOT NULL, type INTEGER NOT NULL, dst INTEGER NOT NULL,
    source INTEGER NOT NULL, unit INTEGER, sentence_id INTEGER, start INTEGER, end INTEGER, extractor INTEGER,
    confidence REAL, polarity INTEGER, by INTEGER, seen INTEGER, extra INTEGER);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence (src, type, dst);
CREATE INDEX IF NOT EXISTS evidence_source ON evidence (source);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, data NOT NULL);
CREATE INDEX IF NOT EXISTS texts_hash ON texts (hash);
CREATE VIEW IF NOT EXISTS edges AS
    SELECT s.key AS src, t.text AS type, d.key AS dst, l.count AS count, f.text AS first_seen,
        la.text AS last_seen, l.confidence AS confidence
    FROM links l JOIN nodes s ON s.id = l.src JOIN symbols t ON t.id = l.type JOIN nodes d ON d.id = l.dst
    LEFT JOIN symbols f ON f.id = l.first_seen LEFT JOIN symbols la ON la.id = l.last_seen;
"""
# Evidence fields kept as symbols, in their column order, and the rest kept as they are.
SYMBOL_FIELDS = ("unit", "extractor", "polarity", "by", "seen")
COLUMN_FIELDS = ("unit", "sentence", "start", "end", "extractor", "confidence", "polarity", "by", "seen")


def statements(ddl: str) -> list[str]:
    """The statements of ``ddl`` one by one (``executescript`` would commit a transaction)."""
    return [part.strip() for part in ddl.split(";") if part.strip()]


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def text_hash(text: str) -> int:
    """A 64-bit hash of a sentence (SQLite's signed integer): where ``texts`` looks it up."""
    found = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(found, "big", signed=True)


def squeeze(text: str, dictionary: tuple[int, bytes] | None) -> str | bytes:
    """A sentence as kept in ``texts``: compressed with the dictionary when that is shorter."""
    if dictionary is None or len(text) < 32:
        return text
    packed = pack(text, dictionary)
    return packed if len(packed) < len(text.encode("utf-8", "surrogatepass")) else text


def unsqueeze(data: str | bytes, dictionary: tuple[int, bytes] | None) -> str:
    return data if isinstance(data, str) else unpack(data, dictionary)


# --- page records ----------------------------------------------------------------------------

_ZSTD: dict[Any, Any] = {}  # compressors and decompressors per dictionary, made when first needed
TRAIN_AT = 200  # records in the store before a dictionary is trained on them
TRAIN_SAMPLES = 2000


def _zstd() -> Any:
    import zstandard

    return zstandard


def pack(text: str, dictionary: tuple[int, bytes] | None = None) -> bytes:
    """A page record as zstandard-compressed UTF-8 (level 3, with the store's dictionary when
    it has one; about 0.1 ms a record)."""
    key = ("c", None if dictionary is None else dictionary[1])  # by content: ids repeat across stores
    if key not in _ZSTD:
        zstandard = _zstd()
        if dictionary is None:
            _ZSTD[key] = zstandard.ZstdCompressor(level=3)
        else:
            data = zstandard.ZstdCompressionDict(dictionary[1])
            _ZSTD[key] = zstandard.ZstdCompressor(level=3, dict_data=data, write_dict_id=False)
    packed: bytes = _ZSTD[key].compress(text.encode("utf-8", "surrogatepass"))
    return packed


def unpack(data: bytes, dictionary: tuple[int, bytes] | None = None) -> str:
    key = ("d", None if dictionary is None else dictionary[1])
    if key not in _ZSTD:
        zstandard = _zstd()
        if dictionary is None:
            _ZSTD[key] = zstandard.ZstdDecompressor()
        else:
            _ZSTD[key] = zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(dictionary[1]))
    text: str = _ZSTD[key].decompress(data).decode("utf-8", "surrogatepass")
    return text


def train(samples: list[bytes]) -> bytes:
    """A zstandard dictionary for records like ``samples`` (about a twentieth of their size,
    at most 32 KiB)."""
    size = max(4096, min(32768, sum(map(len, samples)) // 20))
    trained: bytes = _zstd().train_dictionary(size, samples).as_bytes()
    return trained


# --- migrating schema 1 and 2 ----------------------------------------------------------------


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})")}


def migrate(db: sqlite3.Connection) -> None:
    """Rewrite a schema-1 or schema-2 store as schema 3, inside the caller's transaction.

    Old tables are renamed ``old_*``, copied into the new layout by id, and dropped. Sources
    keep their order (the order their contributions were merged in)."""
    present = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for index in [
        str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
    ]:
        db.execute(f"DROP INDEX {index}")
    names = ("sources", "records", "nodes", "node_sources", "evidence", "edges", "texts")
    moved = [name for name in names if name in present]
    for name in moved:
        db.execute(f"ALTER TABLE {name} RENAME TO old_{name}")
    for statement in statements(DDL):
        db.execute(statement)
    if "sentence_id" not in _columns(db, "old_evidence"):
        db.execute("ALTER TABLE old_evidence ADD COLUMN sentence_id INTEGER")
    # every sentence once, from the old ``texts`` and from schema-1 rows that kept theirs inline
    sentences = [str(r[0]) for r in db.execute("SELECT DISTINCT sentence FROM old_evidence WHERE sentence NOT NULL")]
    if "texts" in moved:
        sentences += [str(r[0]) for r in db.execute("SELECT text FROM old_texts ORDER BY id")]
    db.execute("CREATE TEMP TABLE old_sentences (text TEXT PRIMARY KEY, id INTEGER NOT NULL)")
    for text in dict.fromkeys(sentences):
        ident = db.execute(
            "INSERT INTO texts (hash, data) VALUES (?, ?) RETURNING id", (text_hash(text), text)
        ).fetchone()[0]
        db.execute("INSERT INTO temp.old_sentences VALUES (?, ?)", (text, ident))
    if "texts" in moved:
        db.execute(
            "UPDATE old_evidence SET sentence = (SELECT text FROM old_texts WHERE old_texts.id = sentence_id) "
            "WHERE sentence IS NULL AND sentence_id NOT NULL"
        )
    words = " UNION ".join(
        [f"SELECT {c} FROM old_evidence WHERE {c} NOT NULL" for c in ("type", *SYMBOL_FIELDS)]
        + ["SELECT extra FROM old_evidence WHERE extra NOT NULL AND extra != '{}'"]
        + [f"SELECT {c} FROM old_edges WHERE {c} NOT NULL" for c in ("type", "first_seen", "last_seen")]
    )
    db.execute(f"INSERT INTO symbols (text) SELECT * FROM ({words}) ORDER BY 1")
    db.execute("INSERT INTO nodes (key, label, name, props) SELECT key, label, name, props FROM old_nodes ORDER BY key")
    db.execute(
        "INSERT INTO sources (source, digest, ingested) SELECT source, digest, ingested FROM old_sources ORDER BY rowid"
    )
    packed = "records" in moved
    query = "SELECT s.id, o.record, {} FROM sources s JOIN old_sources o USING (source) {}".format(
        *(("r.data", "LEFT JOIN old_records r USING (source)") if packed else ("NULL", ""))
    )
    for ident, record, data in db.execute(query).fetchall():
        db.execute("INSERT INTO records VALUES (?, NULL, ?)", (ident, data if data is not None else pack(record)))
    db.execute(
        "INSERT INTO node_sources SELECT n.id, s.id, o.label, o.name, o.props FROM old_node_sources o "
        "JOIN nodes n ON n.key = o.key JOIN sources s ON s.source = o.source"
    )
    db.execute(
        "UPDATE node_sources SET label = NULL, name = NULL, props = NULL WHERE node IN "
        "(SELECT node FROM node_sources GROUP BY node HAVING COUNT(*) = 1)"
    )
    sym = "(SELECT id FROM symbols WHERE text = o.{0})"
    db.execute(
        "INSERT INTO evidence SELECT o.id, a.id, "
        + sym.format("type")
        + ", b.id, s.id, "
        + sym.format("unit")
        + ", (SELECT t.id FROM temp.old_sentences t WHERE t.text = o.sentence), o.start, o.end, "
        + ", ".join([sym.format("extractor"), "o.confidence", *(sym.format(c) for c in ("polarity", "by", "seen"))])
        + ", (SELECT id FROM symbols WHERE text = NULLIF(o.extra, '{}')) "
        "FROM old_evidence o JOIN nodes a ON a.key = o.src JOIN nodes b ON b.key = o.dst "
        "JOIN sources s ON s.source = o.source"
    )
    db.execute(
        "INSERT INTO links SELECT a.id, "
        + ", ".join([sym.format("type"), "b.id", "o.count", sym.format("first_seen"), sym.format("last_seen")])
        + ", o.confidence FROM old_edges o JOIN nodes a ON a.key = o.src JOIN nodes b ON b.key = o.dst"
    )
    for name in moved:
        db.execute(f"DROP TABLE old_{name}")
    db.execute("DROP TABLE temp.old_sentences")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))


def record_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)
