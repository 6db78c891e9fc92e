"""The graph model's file beside the store (``model.sqlite``): its tables, and numpy arrays,
key lists and derived arrays in and out of it. ``graph.kept`` reads the same file's key and
kept answers without numpy; ``graph.model`` decides what goes in.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from graph.store_layout import key_hash

Array = np.ndarray[Any, Any]

MODEL_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE arrays (name TEXT PRIMARY KEY, dtype TEXT NOT NULL, shape TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE nodes (i INTEGER PRIMARY KEY, key TEXT NOT NULL, key_hash INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE names (name TEXT NOT NULL, i INTEGER NOT NULL);
"""


def write_model_file(
    path: Path,
    key: list[Any],
    facts: dict[str, Any],
    published: list[str],
    arrays: dict[str, Array],
    keys: Sequence[str],
    names: Sequence[str],
    name_rows: Iterable[tuple[str, int]],
) -> None:
    """Write a whole model file for the model ``key`` (format, store file, generation, inode)
    under a temporary name, then put it in place: readers see the old model or the new one,
    never half of one. ``name_rows``: (name key, node number) for the name index."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    try:
        db.executescript(MODEL_DDL)
        db.execute("INSERT INTO meta VALUES ('key', ?)", (json.dumps(key),))
        db.execute("INSERT INTO meta VALUES ('facts', ?)", (json.dumps(facts),))
        db.execute("INSERT INTO blobs VALUES ('published', ?)", (pack_keys(published),))
        for name, array in arrays.items():
            write_array(db, name, array)
        db.executemany(
            "INSERT INTO nodes VALUES (?, ?, ?, ?)", ((i, k, key_hash(k), names[i]) for i, k in enumerate(keys))
        )
        db.executemany("INSERT INTO names VALUES (?, ?)", name_rows)
        db.execute("CREATE INDEX nodes_key ON nodes (key_hash)")
        db.execute("CREATE INDEX names_name ON names (name)")
        db.commit()
    finally:
        db.close()
    os.replace(temporary, path)


def add_derived(path: Path, key: list[Any], name: str, arrays: dict[str, Array]) -> None:
    """Add the arrays a query derived (``name.part``) to the model file, if it still holds
    the model ``key`` (else another generation's model is there: nothing is written)."""
    db = sqlite3.connect(path, timeout=5)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        if row is None or tuple(json.loads(row[0])) != tuple(key):
            return
        for part, array in arrays.items():
            write_array(db, f"{name}.{part}", array)
        db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"derived:{name}", json.dumps(list(arrays))))
        db.commit()
    finally:
        db.close()


def blob(db: sqlite3.Connection, name: str) -> bytes:
    return bytes(db.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()[0])


def write_array(db: sqlite3.Connection, name: str, array: Array) -> None:
    data = np.ascontiguousarray(array)
    db.execute(
        "INSERT OR REPLACE INTO arrays VALUES (?, ?, ?, ?)",
        (name, data.dtype.str, json.dumps(list(data.shape)), data.tobytes()),
    )


def read_array(db: sqlite3.Connection, name: str) -> Array:
    """An array as kept (its raw bytes, no copy made: read-only)."""
    row = db.execute("SELECT dtype, shape, data FROM arrays WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise KeyError(name)
    array: Array = np.frombuffer(row[2], dtype=np.dtype(row[0])).reshape(json.loads(row[1]))
    return array


def pack_keys(keys: list[str]) -> bytes:
    # NUL never occurs in a page's text or a file name; not compressed: decoding takes milliseconds
    return "\0".join(keys).encode("utf-8", "surrogatepass")


def unpack_keys(data: bytes) -> list[str]:
    text = data.decode("utf-8", "surrogatepass")
    return text.split("\0") if text else []
