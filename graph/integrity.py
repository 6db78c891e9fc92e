"""Is the store file whole? Checks run when a store opens and by ``reelgraph check``.

SQLite keeps no checksum of its pages, and flipped bytes in a text column go unnoticed by
SQLite itself. So the store seals itself: when a connection that wrote closes, it folds
the write-ahead log into the file and records the file's size and CRC-32 in a small file
beside it (``graph.sqlite.sum``), with what the file system says of the file (size, times,
inode). The first write of a connection removes the seal, so a write that never finished (a
crash, a kill) leaves no seal rather than a wrong one. An open whose file the file system
reports untouched since the seal costs no read; any other is checked byte for byte.

On open:

- a 0-byte file is an error (``E311``), never an empty store;
- a file SQLite cannot read, or a store at the current schema with a table missing, is an
  error (``E310``, ``E312``): a table is never recreated empty in a store that has data;
- a non-numeric schema version is ``E313``;
- a sealed file whose bytes no longer match the seal is ``E310``;
- an unsealed file (an interrupted write, an older store, a write from outside reelgraph)
  gets SQLite's ``integrity_check`` and the content checks below instead.

``reelgraph check`` runs everything: ``PRAGMA integrity_check`` (indexes against their
tables too), the seal, every JSON column parsed, every label and relationship type known.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from base.errors import OutputError, StoreDamaged
from base.files import write_atomic
from base.vocab import Label, Rel

SEAL_SUFFIX = ".sum"
# Columns that hold JSON text, wherever the layout has them.
JSON_COLUMNS = (
    ("nodes", "props"),
    ("node_sources", "props"),
    ("sources", "record"),
    ("evidence", "extra"),
)
_WRITES = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    or name in {"SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_ALTER_TABLE", "SQLITE_REINDEX"}
)


def _damaged(path: Path, error: sqlite3.DatabaseError | UnicodeDecodeError) -> StoreDamaged:
    if isinstance(error, UnicodeDecodeError):
        return StoreDamaged.corrupt(str(path), "it holds text that is not UTF-8")
    return StoreDamaged.corrupt(str(path), f"SQLite: {error}")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def preflight(path: Path) -> None:
    """Refuse a 0-byte store file before SQLite would read it as a new, empty store."""
    if path.is_file() and path.stat().st_size == 0:
        raise StoreDamaged.empty(str(path))


def tables(connection: sqlite3.Connection, path: Path) -> set[str]:
    """The tables the file holds (``E310`` when SQLite cannot read its schema)."""
    try:
        return {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise _damaged(path, error) from None


def check_layout(connection: sqlite3.Connection, path: Path, ddl: str, version: int) -> bool:
    """Whether the file already holds a store; raises when its tables or version are wrong.

    A store at the current schema ``version`` must have every table ``ddl`` creates; an
    older one may lack tables a migration adds."""
    present = tables(connection, path)
    if not present:
        return False
    stored = _schema_version(connection, path) if "meta" in present else None
    expected = re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", ddl)
    missing = [name for name in expected if name not in present]
    if missing and (stored is None or stored >= version):
        raise StoreDamaged.missing_table(str(path), ", ".join(missing))
    return True


def _schema_version(connection: sqlite3.Connection, path: Path) -> int | None:
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise _damaged(path, error) from None
    if row is None:
        return None
    try:
        return int(row[0])
    except (TypeError, ValueError):
        shown = f"{str(row[0])[:40]!r} is not a version number"
        raise StoreDamaged.bad_value(str(path), "meta.schema", shown) from None


# --- the seal ---------------------------------------------------------------------------------


def seal_path(path: Path) -> Path:
    return path.with_name(path.name + SEAL_SUFFIX)


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


_STAMP = ("size", "crc32", "mtime_ns", "ctime_ns", "ino")


def _stamp(info: os.stat_result) -> dict[str, int]:
    """What the file system changes on any write: size, times (ctime cannot be set back by a
    program) and inode (a copy or a replacement gets a new one)."""
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "ctime_ns": info.st_ctime_ns, "ino": info.st_ino}


def _read_seal(path: Path) -> tuple[dict[str, int], os.stat_result] | None:
    seal = seal_path(path)
    try:
        stat = seal.stat()
        data = json.loads(seal.read_text(encoding="utf-8"))
        return {key: int(data.get(key, -1)) for key in _STAMP}, stat
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def verify_seal(path: Path, thorough: bool = False) -> bool | None:
    """True when the file matches its seal, None when there is no usable seal (or a write
    is under way); raises ``E310`` when the bytes changed since the seal was made.

    A file the file system reports untouched since the seal (same size, times and inode) is
    taken as sealed without reading it, unless ``thorough``; any other file is read whole
    and its CRC-32 compared, so a copy of a good store passes and a changed byte does not."""
    found = _read_seal(path)
    if found is None:
        return None
    if not _wal_is_empty(path):  # writes the seal does not cover (an outside or a broken writer):
        if not thorough:  # they will be folded into the file, so the seal can only go stale
            seal_path(path).unlink(missing_ok=True)
        return None
    seal, before = found
    info = path.stat()
    if not thorough and _stamp(info) == {key: seal[key] for key in _STAMP if key != "crc32"}:
        return True
    if info.st_size == seal["size"] and _crc(path) == seal["crc32"]:
        return True
    again = _read_seal(path)  # a writer that started meanwhile removes or renews the seal
    if again is None or (again[1].st_ino, again[1].st_mtime_ns) != (before.st_ino, before.st_mtime_ns):
        return None
    raise StoreDamaged.corrupt(
        str(path),
        f"its bytes changed since reelgraph last wrote it: the checksum in {seal_path(path).name} differs; "
        "if you replaced the file yourself, delete that file and run `reelgraph check`",
    )


@dataclass(slots=True)
class Seal:
    """Watches one connection: its first write removes the seal; :meth:`close` renews it."""

    path: Path
    dirty: bool = False
    _removed: bool = field(default=False, repr=False)

    def mark(self) -> None:
        self.dirty = True
        if not self._removed:
            seal_path(self.path).unlink(missing_ok=True)
            self._removed = True

    def authorize(self, action: int, first: str | None, second: str | None, db: str | None, _: str | None) -> int:
        if action in _WRITES and db != "temp" and not (first or "").startswith("sqlite_temp"):
            self.mark()
        return sqlite3.SQLITE_OK

    def close(self, connection: sqlite3.Connection) -> None:
        """Fold the log into the file and seal it, if this connection wrote and no one
        else is writing (the ingest lock is free, the checkpoint completes)."""
        if not self.dirty:
            return
        lock = self.path.parent / "ingest.lock"
        try:
            busy, log, done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or log != done or not _wal_is_empty(self.path) or _locked_by_other(lock):
                return
            crc = _crc(self.path)
            stamp = _stamp(self.path.stat()) | {"crc32": crc, "algorithm": "crc32"}
            write_atomic(seal_path(self.path), json.dumps(stamp))
        except (sqlite3.Error, OSError, OutputError):
            return  # no seal: the next open checks the file instead


def _locked_by_other(lock: Path) -> bool:
    """Whether a writer other than this process holds the ingest lock."""
    if not lock.exists():
        return False
    try:
        text = lock.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(text.strip()) and f"pid {os.getpid()})" not in text and _held(lock)


def _held(lock: Path) -> bool:
    with lock.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def watch(connection: sqlite3.Connection, path: Path, new: bool) -> Seal:
    """Install the write watcher on ``connection`` (a new store counts as written)."""
    seal = Seal(path)
    if new:
        seal.mark()
    connection.set_authorizer(seal.authorize)
    return seal


# --- checking content ------------------------------------------------------------------------


def problems(connection: sqlite3.Connection, path: Path, full: bool) -> list[StoreDamaged]:
    """What is wrong with the store's content: SQLite's own check (``integrity_check`` when
    ``full``, else ``quick_check``), JSON columns that do not parse, unknown labels and
    relationship types. Empty when all is well."""
    found: list[StoreDamaged] = []
    try:
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        rows = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}")]
        if rows != ["ok"]:
            found.append(StoreDamaged.corrupt(str(path), "; ".join(rows[:3])[:300]))
            return found  # the content checks below would only repeat it
        present = tables(connection, path)
        for table, column in JSON_COLUMNS:
            if table in present and column in _columns(connection, table):
                row = _row_id(connection, table)
                bad = connection.execute(
                    f"SELECT {row} FROM {table} WHERE {column} IS NOT NULL AND NOT json_valid({column}) LIMIT 1"
                ).fetchone()
                if bad is not None:
                    where = f"{table}.{column} (row {bad[0]})"
                    found.append(StoreDamaged.bad_value(str(path), where, "not valid JSON"))
        present |= _views(connection)  # schema 3 spells its links out in the view ``edges``
        for table, column, known in (("nodes", "label", Label), ("edges", "type", Rel)):
            if table in present and column in _columns(connection, table):
                values = {str(r[0]) for r in connection.execute(f"SELECT DISTINCT {column} FROM {table}")}
                unknown = sorted(values - {member.value for member in known})
                if unknown:
                    where = f"{table}.{column}"
                    found.append(StoreDamaged.bad_value(str(path), where, f"unknown {column} {unknown[0][:40]!r}"))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        found.append(_damaged(path, error))
    return found


def _views(connection: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}


def _row_id(connection: sqlite3.Connection, table: str) -> str:
    """What names a row of ``table`` in a message: its rowid, or its key in a WITHOUT ROWID table."""
    row = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    if row is None or "WITHOUT ROWID" not in str(row[0]).upper():
        return "rowid"
    keys = [str(r[1]) for r in connection.execute(f"PRAGMA table_info({table})") if int(r[5]) > 0]
    return " || ',' || ".join(keys) or "rowid"


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in connection.execute(f"PRAGMA table_info({table})")}


@dataclass(frozen=True, slots=True)
class Report:
    """What ``reelgraph check`` found."""

    path: str
    sealed: bool | None
    errors: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors


def check_file(path: Path, ddl: str, version: int) -> Report:
    """Every check, without changing the file (opened read-only)."""
    try:
        preflight(path)
        if not path.is_file():
            raise StoreDamaged.corrupt(str(path), "the file is missing")
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except StoreDamaged as error:
        return Report(str(path), None, [str(error)])
    try:
        errors: list[str] = []
        sealed: bool | None
        try:
            sealed = verify_seal(path, thorough=True)
        except StoreDamaged as error:
            sealed, errors = False, [str(error)]
        try:
            check_layout(connection, path, ddl, version)
        except StoreDamaged as error:
            return Report(str(path), sealed, [*errors, str(error)])
        errors += [str(problem) for problem in problems(connection, path, full=True)]
        return Report(str(path), sealed, errors)
    finally:
        connection.close()


def opened(connection: sqlite3.Connection, path: Path, ddl: str, version: int) -> bool:
    """The checks a store gets when it opens (closing ``connection`` if one fails); whether
    the file already held a store."""
    if path.stat().st_size == 0:  # just created (an existing 0-byte file was refused before)
        seal_path(path).unlink(missing_ok=True)  # a seal left from a store that was deleted
        return False
    try:
        sealed = verify_seal(path)  # the bytes first: a flipped byte anywhere, the header too
        if not _is_sqlite(path):
            return False  # a foreign file: the store refuses it as not a store (E300)
        existing = check_layout(connection, path, ddl, version)
        if existing and not sealed:
            found = problems(connection, path, full=True)
            if found:
                raise found[0]
    except StoreDamaged:
        connection.close()
        raise
    return existing


def check_store(directory: Path) -> Report:
    """``reelgraph check``: every check on the store under ``directory``, read-only.

    >>> check_store(Path("/nonexistent")).errors[0].startswith("E310 /nonexistent/graph.sqlite")
    True
    """
    from graph import store  # the layout lives there; this module is imported by it

    return check_file(directory / "graph.sqlite", store._DDL, store.SCHEMA_VERSION)
