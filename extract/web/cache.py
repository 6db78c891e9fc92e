"""The raw cache: every response body kept once, named by its SHA-256, with a fetch log
(URL, status, validators, time) beside it, so a better extractor can re-read everything
without fetching again (``reelgraph ingest --from-cache``).

Layout under the store: ``raw/objects/ab/abcdef...`` (bodies) and ``raw/fetch.sqlite``
(the log, the blogs found, their posts and the feed entries already seen).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from extract.web.client import Response

_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL, status INTEGER NOT NULL,
    digest TEXT, headers TEXT NOT NULL, fetched_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fetches_url ON fetches (url, id);
CREATE TABLE IF NOT EXISTS blogs (
    root TEXT PRIMARY KEY, posts_feed TEXT, comments_feed TEXT, sitemap TEXT);
CREATE TABLE IF NOT EXISTS posts (
    url TEXT PRIMARY KEY, blog TEXT NOT NULL, comments_feed TEXT);
CREATE TABLE IF NOT EXISTS refused (url TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seen (feed TEXT NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (feed, entry));
"""


@dataclass(frozen=True, slots=True)
class Blog:
    """A blog being followed, with the feeds and sitemap found for it."""

    root: str
    posts_feed: str | None = None
    comments_feed: str | None = None
    sitemap: str | None = None


@dataclass(frozen=True, slots=True)
class Cached:
    """The latest body fetched for a URL."""

    url: str
    kind: str
    body: bytes
    headers: dict[str, str]


class RawCache:
    """Bodies by content, and the log of what was fetched when."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        (directory / "objects").mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(directory / "fetch.sqlite")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def _object(self, digest: str) -> Path:
        return self.directory / "objects" / digest[:2] / digest

    def record(self, kind: str, response: Response) -> None:
        """Log a response; keep its body (once, whatever URL served it)."""
        digest = None
        if not response.not_modified:
            digest = hashlib.sha256(response.body).hexdigest()
            target = self._object(digest)
            if not target.exists():
                target.parent.mkdir(exist_ok=True)
                handle, temporary = tempfile.mkstemp(dir=target.parent)
                with os.fdopen(handle, "wb") as out:
                    out.write(response.body)
                os.replace(temporary, target)
        kept = {k: v for k, v in response.headers.items() if k in ("etag", "last-modified", "content-type", "date")}
        with self.db:
            self.db.execute(
                "INSERT INTO fetches (url, kind, status, digest, headers, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    response.url,
                    kind,
                    response.status,
                    digest,
                    json.dumps(kept, sort_keys=True),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )

    def latest(self, url: str) -> Cached | None:
        """The last body fetched from ``url`` (a 304 keeps the body before it)."""
        row = self.db.execute(
            "SELECT kind, digest, headers FROM fetches WHERE url = ? AND digest IS NOT NULL ORDER BY id DESC LIMIT 1",
            (url,),
        ).fetchone()
        if row is None or not self._object(row[1]).exists():
            return None
        return Cached(url, row[0], self._object(row[1]).read_bytes(), json.loads(row[2]))

    def validators(self, url: str) -> dict[str, str]:
        cached = self.latest(url)
        return {k: v for k, v in cached.headers.items() if k in ("etag", "last-modified")} if cached else {}

    def pages(self) -> Iterator[Cached]:
        """The latest body of every post page fetched, in URL order."""
        for (url,) in self.db.execute("SELECT url FROM posts ORDER BY url").fetchall():
            cached = self.latest(url)
            if cached is not None:
                yield cached

    def save_blog(self, blog: Blog) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO blogs VALUES (?, ?, ?, ?)",
                (blog.root, blog.posts_feed, blog.comments_feed, blog.sitemap),
            )

    def blogs(self) -> list[Blog]:
        return [Blog(*row) for row in self.db.execute("SELECT * FROM blogs ORDER BY root")]

    def save_post(self, url: str, blog: str, comments_feed: str | None) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO posts VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "comments_feed = COALESCE(excluded.comments_feed, comments_feed)",
                (url, blog, comments_feed),
            )

    def posts(self, blog: str) -> dict[str, str | None]:
        """Post URL -> its comment feed, for one blog."""
        rows = self.db.execute("SELECT url, comments_feed FROM posts WHERE blog = ? ORDER BY url", (blog,))
        return dict(rows.fetchall())

    def refuse(self, url: str, reason: str) -> None:
        """Remember a post that cannot be fetched (robots.txt, an error), so that ``update``
        does not ask again."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO refused VALUES (?, ?)", (url, reason))

    def is_refused(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM refused WHERE url = ?", (url,)).fetchone() is not None

    def comments_feed_of(self, url: str) -> str | None:
        row = self.db.execute("SELECT comments_feed FROM posts WHERE url = ?", (url,)).fetchone()
        return str(row[0]) if row and row[0] else None

    def unseen(self, feed: str, entries: list[str]) -> list[str]:
        """Which of ``entries`` (feed entry ids) were not seen before; marks them seen."""
        known = {row[0] for row in self.db.execute("SELECT entry FROM seen WHERE feed = ?", (feed,))}
        new = list(dict.fromkeys(e for e in entries if e not in known))
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)", [(feed, e) for e in new])
        return new
