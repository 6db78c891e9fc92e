"""The model file kept beside a store (``model.sqlite``), as far as a query can use it without
numpy or the model's arrays: which store file and generation it was built for, and the answers
kept in it (a ranking worked out once per generation). ``graph.model_file`` writes the
model's arrays into the same file.

>>> NodeInfo("film:her:2013", Label.FILM, "Her", {"year": 2013}).display()
'Her (2013)'
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.schema import WORK_LABELS, Label

if TYPE_CHECKING:
    from graph.store import EmbeddedStore

MODEL_FILE = "model.sqlite"
MODEL_FORMAT = 5  # bump when the arrays or their encoding change: older files are rebuilt
Key = tuple[str, int, int]  # store file, generation, inode


@dataclass(frozen=True, slots=True)
class NodeInfo:
    key: str
    label: Label
    name: str
    props: dict[str, Any]

    def display(self) -> str:
        year = self.props.get("year")
        return f"{self.name} ({year})" if year and self.label in WORK_LABELS else self.name


def model_key(store: EmbeddedStore) -> Key:
    """The store file, its generation and its inode (a new store at the same path is another)."""
    path, generation = store.cache_key()
    return path, generation, os.stat(path).st_ino


def open_saved(directory: Path, key: Key) -> sqlite3.Connection | None:
    """The model file beside the store, read-only, if it was built for ``key``."""
    path = directory / MODEL_FILE
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
    except sqlite3.DatabaseError:
        return None  # a damaged model is rebuilt from the store
    if row is None or tuple(json.loads(row[0])) != (MODEL_FORMAT, *key):  # another layout or generation
        db.close()
        return None
    return db


def kept_answer(store: EmbeddedStore, name: str) -> Any:
    """The answer kept as ``name`` for the store's current generation, or None."""
    db = open_saved(store.directory, model_key(store))
    if db is None:
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", (f"answer:{name}",)).fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        db.close()
    return None if row is None else json.loads(row[0])


def keep_answer(directory: Path, key: Key, name: str, value: Any) -> bool:
    """Keep ``value`` (JSON) as the answer ``name`` in the model file, if that file is the
    model of ``key``'s generation and can be written; whether it was kept."""
    path = directory / MODEL_FILE
    if key == ("", 0, 0) or not path.is_file():
        return False
    with contextlib.suppress(OSError, sqlite3.Error):
        db = sqlite3.connect(path, timeout=5)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
            if row is None or tuple(json.loads(row[0])) != (MODEL_FORMAT, *key):
                return False  # the file holds another generation's model
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"answer:{name}", json.dumps(value)))
            db.commit()
            return True
        finally:
            db.close()
    return False
