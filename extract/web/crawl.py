"""Following blogs: from a home page, a post, a feed or a sitemap to the blog's posts and
their comment threads, fetched politely into the raw cache; later, only what changed.

``follow(url)`` discovers the blog (its posts feed, comments feed and sitemap), fetches the
posts it lists (up to a cap per host) and, where a page shows less of its thread than it
states, the post's comment feed. ``update()`` asks each followed blog's feeds what changed
(conditional requests) and re-fetches only new posts and posts with new comments.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from base.errors import FetchError, InputError
from extract.io import parse_document
from extract.records import Page
from extract.web.cache import Blog, RawCache
from extract.web.client import PoliteClient, Response
from extract.web.discover import (
    feed_entries,
    feed_links,
    is_post_url,
    looks_like_feed,
    looks_like_sitemap,
    site_root,
    sitemap_urls,
)

MAX_SITEMAPS = 20  # child sitemaps read per blog


@dataclass(slots=True)
class CrawlReport:
    """What one ``fetch`` or ``update`` did."""

    new_posts: list[str] = field(default_factory=list)
    changed_posts: list[str] = field(default_factory=list)
    unchanged_posts: int = 0
    refused: list[str] = field(default_factory=list)  # coded one-line reasons
    planned: list[str] = field(default_factory=list)  # --dry-run: the posts that would be fetched
    capped: int = 0  # posts left out by --max-pages
    new_comments: int = 0

    @property
    def fetched(self) -> list[str]:
        return self.new_posts + self.changed_posts


def is_thread_incomplete(page: Page) -> bool:
    """The page states more comments than it shows (a paginated or lazy-loaded thread)."""
    shown = sum(1 for c in page.comments if not c.placeholder)
    return page.comment_count_stated is not None and page.comment_count_stated > shown


def complete_thread(pages: list[Page], feed: bytes | None, source: str) -> list[Page]:
    """The post's pages, with the comment feed's thread where the page shows less of it."""
    if feed is None or len(pages) != 1 or not is_thread_incomplete(pages[0]):
        return pages
    try:
        from_feed = [c for p in parse_document(feed, source) for c in p.comments]
    except InputError:
        return pages
    if len(from_feed) > len(pages[0].comments):
        pages[0].comments = from_feed
    return pages


def read_post(cache: RawCache, url: str) -> list[Page]:
    """The pages of one cached post, its thread completed from its cached comment feed."""
    cached = cache.latest(url)
    if cached is None:
        return []
    pages = parse_document(cached.body, url)
    feed_url = cache.comments_feed_of(url)
    feed = cache.latest(feed_url) if feed_url else None
    return complete_thread(pages, feed.body if feed else None, url)


def _comment_count(cache: RawCache, url: str) -> int:
    try:
        return sum(1 for page in read_post(cache, url) for c in page.comments if not c.placeholder)
    except InputError:
        return 0


class Crawler:
    """Fetches blogs into the raw cache with a :class:`PoliteClient`."""

    def __init__(
        self,
        client: PoliteClient,
        cache: RawCache,
        max_pages: int = 500,
        dry_run: bool = False,
        on_post: Callable[[str], None] | None = None,
    ) -> None:
        """``on_post(url)`` is called after each post is fetched (for progress bars)."""
        self.on_post = on_post
        self.client = client
        self.cache = cache
        self.max_pages = max_pages
        self.dry_run = dry_run
        self.report = CrawlReport()
        self._per_host: Counter[str] = Counter()

    def _get(self, url: str, kind: str, conditional: bool = True) -> Response | None:
        try:
            response = self.client.get(url, self.cache.validators(url) if conditional else None)
        except FetchError as error:
            self.report.refused.append(str(error))
            return None
        self.cache.record(kind, response)
        return response

    def _body(self, url: str | None, kind: str) -> bytes | None:
        """The current body of ``url`` (from the cache when the server says not modified)."""
        if not url:
            return None
        response = self._get(url, kind)
        if response is None:
            return None
        if response.not_modified:
            cached = self.cache.latest(url)
            return cached.body if cached else None
        return response.body

    def follow(self, url: str) -> None:
        """Discover the blog ``url`` belongs to and fetch its posts."""
        start = self._get(url, "start", conditional=False)
        if start is None:
            return
        blog = self._discover(url, start)
        self.cache.save_blog(blog)
        posts: dict[str, str | None] = {}
        if is_post_url(url) and not looks_like_feed(start.body) and not looks_like_sitemap(start.body):
            own = [f.url for f in feed_links(start.body, url) if f.comments and f.url != blog.comments_feed]
            posts[url] = own[0] if own else None
        for feed in (blog.posts_feed, blog.comments_feed):
            body = start.body if feed == url else self._body(feed, "feed")
            if feed and body:
                entries = feed_entries(body, feed)
                self.cache.unseen(feed, [e.id for e in entries])
                for entry in entries:
                    if feed == blog.posts_feed or entry.post in posts:
                        posts.setdefault(entry.post, entry.comments_feed)
                    else:  # a comment on a post the posts feed does not list (an older post)
                        posts.setdefault(entry.post, None)
        for page_url in self._sitemap_posts(blog.sitemap, start if blog.sitemap == url else None):
            posts.setdefault(page_url, None)
        for post, comments_feed in posts.items():
            self._fetch_post(blog.root, post, comments_feed)

    def update(self) -> None:
        """Fetch only what changed on every followed blog since the last run."""
        for blog in self.cache.blogs():
            known = self.cache.posts(blog.root)
            todo: dict[str, str | None] = {}
            for feed in (blog.posts_feed, blog.comments_feed):
                if not feed:
                    continue
                response = self._get(feed, "feed")
                if response is None or response.not_modified:
                    continue
                entries = feed_entries(response.body, feed)
                fresh = set(self.cache.unseen(feed, [e.id for e in entries]))
                for entry in entries:
                    if entry.id in fresh:
                        todo.setdefault(entry.post, entry.comments_feed or known.get(entry.post))
            if blog.sitemap:
                for page_url in self._sitemap_posts(blog.sitemap, None):
                    if page_url not in known and not self.cache.is_refused(page_url):
                        todo.setdefault(page_url, None)
            if not blog.comments_feed:  # no feed says which threads grew: ask each post, conditionally
                for post, comments_feed in known.items():
                    todo.setdefault(post, comments_feed)
            for post, comments_feed in todo.items():
                self._fetch_post(blog.root, post, comments_feed)

    def _discover(self, url: str, start: Response) -> Blog:
        root = site_root(url)
        if looks_like_feed(start.body):
            comments = "comment" in url.lower()
            return Blog(root, None if comments else url, url if comments else None)
        if looks_like_sitemap(start.body):
            return Blog(root, sitemap=url)
        links = feed_links(start.body, url)
        posts_feed = next((f.url for f in links if not f.comments), None)
        comments_feed = next((f.url for f in links if f.comments and urlsplit(f.url).path.count("/") <= 3), None)
        if posts_feed and comments_feed is None and posts_feed.endswith("/feeds/posts/default"):
            comments_feed = posts_feed.removesuffix("posts/default") + "comments/default"  # Blogger's convention
        return Blog(root, posts_feed, comments_feed, self._find_sitemap(root))

    def _find_sitemap(self, root: str) -> str | None:
        for candidate in (f"{root}wp-sitemap.xml", f"{root}sitemap.xml"):
            try:
                response = self.client.get(candidate)
            except FetchError:
                continue
            if looks_like_sitemap(response.body):
                self.cache.record("sitemap", response)
                return candidate
        return None

    def _sitemap_posts(self, sitemap: str | None, already: Response | None) -> list[str]:
        if not sitemap:
            return []
        found: list[str] = []
        queue, read = [sitemap], 0
        while queue and read < MAX_SITEMAPS:
            url = queue.pop(0)
            body = already.body if (already is not None and url == sitemap) else self._body(url, "sitemap")
            read += 1
            if body is None:
                continue
            pages, children = sitemap_urls(body)
            found.extend(pages)
            queue.extend(children)
        return found

    def _fetch_post(self, blog: str, url: str, comments_feed: str | None) -> None:
        host = urlsplit(url).netloc
        if self._per_host[host] >= self.max_pages:
            self.report.capped += 1
            return
        self._per_host[host] += 1
        if self.dry_run:
            try:
                self.client.check(url)
                self.report.planned.append(url)
            except FetchError as error:
                self.report.refused.append(str(error))
            return
        before = self.cache.latest(url)
        comments_before = _comment_count(self.cache, url) if before else 0
        response = self._get(url, "page")
        if response is None:
            if before is None:
                self.cache.refuse(url, self.report.refused[-1])
            return
        if comments_feed is None:
            own = [f.url for f in feed_links(response.body, url) if f.comments] if not response.not_modified else []
            comments_feed = next((f for f in own if f.rstrip("/") != blog.rstrip("/") + "/comments/feed"), None)
        self.cache.save_post(url, blog, comments_feed)
        after = self.cache.latest(url)
        body = after.body if after else b""
        thread_grew = False
        if comments_feed and body:
            try:
                pages = parse_document(body, url)
            except InputError:
                pages = []
            if pages and is_thread_incomplete(pages[0]):
                feed = self._get(comments_feed, "comments")
                thread_grew = feed is not None and not feed.not_modified
        self.report.new_comments += max(0, _comment_count(self.cache, url) - comments_before)
        if self.on_post is not None:
            self.on_post(url)
        if before is None:
            self.report.new_posts.append(url)
        elif thread_grew or (not response.not_modified and before.body != body):
            self.report.changed_posts.append(url)
        else:
            self.report.unchanged_posts += 1
