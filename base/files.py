"""Writing output files safely: every file reelgraph writes goes through here.

A file is written to a temporary file beside it and renamed over the destination, so a
reader never sees half a file, an interrupted write leaves the old file, and a symlink at the
destination is replaced rather than followed (a planted link cannot redirect the write).
Paths that cannot be written give one coded error (``E210``-``E212``), never a traceback.

>>> import tempfile; folder = Path(tempfile.mkdtemp())
>>> write_atomic(folder / "a.txt", "hello").read_text()
'hello'
>>> write_atomic(folder, "x", example="graph.ttl")
Traceback (most recent call last):
...
base.errors.OutputError: E210 ... is a directory; give a file name (e.g. .../graph.ttl).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from base.errors import OutputError


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def output_folder(path: Path) -> Path:
    """``path`` as a folder to write files into: created if missing; an existing file there
    is an error (``E211``), not overwritten."""
    if path.exists() and not path.is_dir():
        raise OutputError.not_directory(str(path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError.unwritable(str(path), error.strerror or type(error).__name__) from None
    return path


@contextmanager
def atomic_output(
    path: Path, binary: bool = False, newline: str | None = None, example: str | None = None
) -> Iterator[IO[Any]]:
    """A handle on a temporary file that replaces ``path`` when the block ends without error.

    The folder is created if missing; ``path`` must not be a folder (``E210``, suggesting the
    file name ``example`` inside it); any other failure to write is ``E212``. The file gets the
    usual permissions (0666 less the umask)."""
    if path.is_dir() and not path.is_symlink():
        raise OutputError.is_directory(str(path), example)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError.unwritable(str(path), error.strerror or type(error).__name__) from None
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name[:80]}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError.unwritable(str(path), error.strerror or type(error).__name__) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        mode = "wb" if binary else "w"
        with os.fdopen(fd, mode, encoding=None if binary else "utf-8", newline=None if binary else newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError.unwritable(str(path), error.strerror or type(error).__name__) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes, example: str | None = None) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` through :func:`atomic_output`."""
    with atomic_output(path, binary=isinstance(data, bytes), example=example) as handle:
        handle.write(data)
    return path
