"""A page's identity in the store: its canonical URL when the page states one, else its
resolved file path; never the spelling of the path it was read from.

>>> normal_url("HTTP://Blog.Example:80/2013/her/#comments")
'https://blog.example/2013/her'
>>> normal_url("examples/her.txt") is None
True
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from extract.records import Page
    from reelgraph.pipeline import ReadResult

STDIN_SOURCE = "<stdin>"


def normal_url(text: str | None) -> str | None:
    """One spelling of an http(s) URL: scheme https, host lower case, default port, fragment
    and trailing slash dropped; None for anything that is not an http(s) URL."""
    if not text:
        return None
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower() + (f":{port}" if port not in (None, 80, 443) else "")
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", parts.query, ""))


def page_identity(page: Page, read_as: str) -> str:
    """The store's key for ``page``, read from the file named ``read_as`` (a WordPress
    export's posts keep their ``#post-N`` suffix when they state no URL)."""
    if url := normal_url(page.url):
        return url
    if read_as == STDIN_SOURCE or not page.source.startswith(read_as):
        return page.source
    return str(Path(read_as).expanduser().resolve()) + page.source[len(read_as) :]


def identified(results: Iterable[ReadResult]) -> Iterator[ReadResult]:
    """Each read result with its pages' sources replaced by their identities."""
    for result in results:
        pages = [replace(page, source=page_identity(page, result.source)) for page in result.pages]
        yield replace(result, pages=pages)


def identities_for(given: str) -> list[str]:
    """Every store key ``given`` may name: a URL in any spelling, or a path in any spelling
    (and, when the file is still there, the canonical URLs its pages state)."""
    if url := normal_url(given):
        return [url]
    path = Path(given).expanduser()
    found = [str(path.resolve())]
    if path.is_file():
        from base.errors import InputError
        from extract.io import read_file

        with contextlib.suppress(InputError):
            found += [page_identity(page, str(path)) for page in read_file(path)]
    return list(dict.fromkeys(found))


def shown(source: str) -> str:
    """A store key as the user reads it: a path under the working directory is relative.

    >>> shown(os.path.join(os.getcwd(), "examples", "a.txt"))
    'examples/a.txt'
    >>> shown("https://blog.example/her")
    'https://blog.example/her'
    """
    if not os.path.isabs(source):
        return source
    relative = os.path.relpath(source)
    return source if relative.startswith("..") else relative
