"""The store's tables (schema 4), its compressed texts and records, and how a node is kept.

Schema 3 kept every text once: node keys in ``nodes`` (an integer id beside the unique key),
page names in ``sources`` (an integer id), and short repeated strings (relationship types,
units, extractors, polarities, commenter names, dates) in ``symbols``. ``node_sources``,
``links`` (the edge aggregates), and ``evidence`` hold only integers and what is their own;
``edges`` is a view that spells the links out with their keys, as schema 2 stored them.

Schema 4 keeps a node's key once too: it is found by ``key_hash`` (32 bits of it, indexed; the
key itself is compared after), not by a unique index holding a second copy of every key (the
writer keeps keys unique). It keeps a node's own text once. A node's ``text`` property (a comment's words) is
a row of ``texts``, where the evidence sentences are: a comment of up to 200 characters is the
very sentence its REPLIED_TO and WROTE evidence cite, so it costs nothing more. Its ``props``
keep ``"text": null`` where the text goes (so the properties read back in their order). A
name that is what the node's author and text make it (``graph.build.comment_name``) is kept
as NULL and made again on reading; ``name_hash`` (32 bits of its case-folded text, indexed)
finds it by name. Once the store has a dictionary, ``props`` moves to
``packed``, a zstandard frame made with a dictionary trained on node properties (a comment's
properties: 130 bytes of JSON, about 35 packed). ``tallies`` counts nodes by label and links by
type (kept by the writer, each transaction's changes at its end), so ``stats`` reads no
index of the big tables; the indexes only
``stats`` used are gone.

A ``node_sources`` row whose label, name and props are NULL stands for "the node as it is":
it is then the node's only contribution, so the node's own row holds the same values. A
second contribution fills it in (the node's full properties, text included, as JSON) before
it is merged.

Page records are zstandard frames; once a store holds enough of them a dictionary is
trained on them (``dictionaries``, kind ``records``), which more than halves a small record.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

SCHEMA_VERSION = 4
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
# Schema 3 (the migration of schema 1 and 2 goes through it). ``first_seen``, ``last_seen``
# and the evidence columns after ``sentence_id`` but ``start``, ``end`` and ``confidence`` hold
# ids of ``symbols`` (``extra``: of its JSON text, NULL when empty). A sentence in ``texts`` is
# found by a 64-bit hash of its text; ``data`` is the text, or a zstandard frame made with the
# store's dictionary when that is shorter. ``links_type`` let ``stats`` count links by type
# without reading the table (schema 4: ``tallies``).
# Schemas 3 and 4 share these parts: pages, symbols and records; sources and links; evidence and texts.
_PAGES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS symbols (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, digest TEXT NOT NULL, ingested TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, dictionary INTEGER, data BLOB NOT NULL);
"""
_LINKS = """
CREATE TABLE IF NOT EXISTS node_sources (
    node INTEGER NOT NULL, source INTEGER NOT NULL, label TEXT, name TEXT, props TEXT,
    PRIMARY KEY (node, source)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_sources_source ON node_sources (source);
CREATE TABLE IF NOT EXISTS links (
    src INTEGER NOT NULL, type INTEGER NOT NULL, dst INTEGER NOT NULL, count INTEGER NOT NULL,
    first_seen INTEGER, last_seen INTEGER, confidence REAL, PRIMARY KEY (src, type, dst)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_dst ON links (dst);
"""
_EVIDENCE = """
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
DDL_V3 = (
    _PAGES
    + """
CREATE TABLE IF NOT EXISTS dictionaries (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
"""
    + _LINKS
    + "CREATE INDEX IF NOT EXISTS links_type ON links (type);\n"
    + _EVIDENCE
)
# Schema 4: schema 3's tables, but ``nodes`` (see the module's text), ``dictionaries.kind``,
# ``tallies``; ``nodes_label`` and ``links_type`` are gone.
DDL = (
    _PAGES
    + """
CREATE TABLE IF NOT EXISTS dictionaries (
    id INTEGER PRIMARY KEY, data BLOB NOT NULL, kind TEXT NOT NULL DEFAULT 'records');
CREATE TABLE IF NOT EXISTS nodes (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL, key_hash INTEGER NOT NULL, label TEXT NOT NULL, name TEXT,
    name_hash INTEGER, props TEXT, packed BLOB, text INTEGER);
CREATE INDEX IF NOT EXISTS nodes_key ON nodes (key_hash);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes (name COLLATE NOCASE) WHERE name NOT NULL;
CREATE INDEX IF NOT EXISTS nodes_name_hash ON nodes (name_hash) WHERE name_hash NOT NULL;
"""
    + _LINKS
    + _EVIDENCE
    + """CREATE TABLE IF NOT EXISTS tallies (
    kind TEXT NOT NULL, value NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kind, value)) WITHOUT ROWID;
"""
)
# Evidence fields kept as symbols, in their column order, and the rest kept as they are.
SYMBOL_FIELDS = ("unit", "extractor", "polarity", "by", "seen")
COLUMN_FIELDS = ("unit", "sentence", "start", "end", "extractor", "confidence", "polarity", "by", "seen")


def statements(ddl: str) -> list[str]:
    """The statements of ``ddl`` one by one (``executescript`` would commit a transaction);
    a trigger's body would be one statement with its own semicolons."""
    found, pending = [], ""
    for part in ddl.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                found.append(pending.strip())
            pending = ""
    return found


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


def train(samples: list[bytes]) -> bytes | None:
    """A zstandard dictionary for records like ``samples`` (about a twentieth of their size,
    at most 32 KiB), or None when zstandard cannot train one on them (too few)."""
    zstandard = _zstd()
    size = max(4096, min(32768, sum(map(len, samples)) // 20))
    try:
        trained: bytes = zstandard.train_dictionary(size, samples).as_bytes()
    except zstandard.ZstdError:
        return None
    return trained


def train_props(samples: list[bytes]) -> bytes | None:
    """A zstandard dictionary for node properties like ``samples`` (an eighth of their size,
    2-16 KiB), or None when zstandard cannot train one on them (too few)."""
    zstandard = _zstd()
    size = max(2048, min(16384, sum(map(len, samples)) // 8))
    try:
        trained: bytes = zstandard.train_dictionary(size, samples).as_bytes()
    except zstandard.ZstdError:
        return None
    return trained


_RECORD_JSON = json.JSONEncoder(ensure_ascii=False)


def record_json(record: dict[str, Any]) -> str:
    return _RECORD_JSON.encode(record)


# --- nodes -----------------------------------------------------------------------------------

PROPS_DICTIONARY = "props"  # the kind of the dictionary node properties are packed with
RECORDS_DICTIONARY = "records"


_PROPS_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once: json.dumps with
# options makes an encoder each call


def props_json(props: dict[str, Any]) -> str:
    """Node properties as compact JSON (no blanks after separators)."""
    return _PROPS_JSON.encode(props)


# A node's columns as kept: name, name_hash, props, packed, text.
NodeRow = tuple[str | None, int | None, str | None, bytes | None, int | None]
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def key_hash(key: str) -> int:
    """32 bits of a node's key, signed: where ``nodes_key`` finds it (keys that share them are
    told apart by the key itself)."""
    found = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(found, "big", signed=True)


def name_hash(name: str) -> int:
    """32 bits of a name as SQLite's NOCASE sees it (ASCII letters folded), signed.

    >>> name_hash("Ada: Loved it.") == name_hash("ADA: loved IT.") != name_hash("Ada: Loved it!")
    True
    """
    return key_hash(name.translate(ASCII_LOWER))


def node_columns(name: str, props: dict[str, Any], text: int | None, dictionary: tuple[int, bytes] | None) -> NodeRow:
    """How a node is kept: (``name``, ``name_hash``, ``props``, ``packed``, ``text``). With
    ``text`` (the id of its ``text`` property in ``texts``), the property is kept as null, and
    a name its author and text make is kept as NULL; with the properties' dictionary, the
    JSON is packed with it when that is shorter."""
    from graph.build import comment_name

    kept: str | None = name
    words = props.get("text")
    if text is not None and isinstance(words, str):
        if name == comment_name(props.get("author"), words):
            kept = None
        props = props | {"text": None}
    data = props_json(props)
    packed = pack_props(data, dictionary)
    made = None if kept is not None else name_hash(name)
    return (kept, made, data, None, text) if packed is None else (kept, made, None, packed, text)


def pack_props(data: str, dictionary: tuple[int, bytes] | None) -> bytes | None:
    """Node properties' JSON packed with their dictionary, or None when that is no shorter."""
    if dictionary is None or len(data) < 24:
        return None
    packed = pack(data, dictionary)
    return packed if len(packed) < len(data.encode("utf-8", "surrogatepass")) else None


def node_values(
    name: str | None,
    props: str | None,
    packed: bytes | None,
    text: str | bytes | None,
    dictionaries: tuple[tuple[int, bytes] | None, tuple[int, bytes] | None],
) -> tuple[str, dict[str, Any]]:
    """A node's name and properties from its columns (``text``: its ``texts`` row's data;
    ``dictionaries``: the records' and the properties')."""
    found: dict[str, Any] = json.loads(unpack(packed, dictionaries[1]) if packed is not None else str(props))
    if text is not None and "text" in found:
        found["text"] = unsqueeze(text, dictionaries[0])
    if name is None:
        from graph.build import comment_name

        name = comment_name(found.get("author"), str(found.get("text", "")))
    return name, found
