"""Two test blogs on 127.0.0.1 built from the example corpus, for ``fetch`` and ``update``.

A WordPress-like blog (The Long Take: HTML posts, an RSS posts feed with ``wfw:commentRss``,
the blog's comment feed, a comment feed per post, ``wp-sitemap.xml``, a robots.txt that
disallows ``/private/``) and a Blogger-like one (Cinema Sundays: Atom feeds, comments linked
by ``thr:in-reply-to``). Both answer conditional requests (ETag). The WordPress-like blog
also serves hostile endpoints: a 429 with Retry-After, a slow page, a redirect loop, an
oversized page and a malformed feed. Every request is logged with its time.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lxml_html

from extract.html_reader import parse_html_page
from extract.records import Comment

ROOT = Path(__file__).resolve().parent.parent / "examples"


@dataclass
class Post:
    path: str  # e.g. /2014/01/her/
    file: Path
    title: str
    comments: list[Comment]
    extra: list[tuple[str, str, str]] = field(default_factory=list)  # (id, author, text) added live


def _posts(folder: str) -> list[Post]:
    posts = []
    for file in sorted((ROOT / folder).glob("*.html")):
        html = file.read_text(encoding="utf-8")
        link = lxml_html.fromstring(html).find('.//link[@rel="canonical"]')
        href = str(link.get("href") if link is not None else f"/{file.stem}/")
        page = parse_html_page(html, str(file))
        posts.append(
            Post(urlsplit(href).path, file, page.title or file.stem, [c for c in page.comments if not c.placeholder])
        )
    return posts


@dataclass
class Blog:
    """One blog's content and its request log."""

    kind: str  # "wordpress" or "blogger"
    posts: list[Post]
    base: str = ""
    log: list[tuple[float, str, int]] = field(default_factory=list)
    busy_left: int = 1  # how many 429s /busy/ answers before it answers 200

    def add_comment(self, path: str, author: str, text: str) -> None:
        post = next(p for p in self.posts if p.path == path)
        post.extra.append((f"9{len(post.extra) + 1:02d}", author, text))

    def feed_head(self, post: Post | None) -> str:
        """The ``<link rel="alternate">`` tags of a page (a post's own comment feed on posts)."""
        if self.kind == "blogger":
            return '<link rel="alternate" type="application/atom+xml" title="Cinema Sundays - Atom" href="/feeds/posts/default">'
        links = (
            '<link rel="alternate" type="application/rss+xml" title="The Long Take &raquo; Feed" href="/feed/">'
            '<link rel="alternate" type="application/rss+xml" title="The Long Take &raquo; Comments Feed" '
            'href="/comments/feed/">'
        )
        if post is not None:
            links += (
                f'<link rel="alternate" type="application/rss+xml" title="{escape(post.title)} Comments Feed" '
                f'href="{post.path}feed/">'
            )
        return links

    def page(self, post: Post) -> str:
        html = post.file.read_text(encoding="utf-8")
        extra = "".join(
            f'<li id="comment-{cid}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">{escape(author)}</b> <span class="says">says:</span></div>'
            f'</footer><div class="comment-content"><p>{escape(text)}</p></div></article></li>'
            for cid, author, text in post.extra
        )
        html = html.replace('<ol class="comment-list">', '<ol class="comment-list">' + extra, 1)
        return html.replace("</head>", self.feed_head(post) + "</head>", 1)

    def post_id(self, post: Post) -> str:
        return str(self.posts.index(post) + 1)

    def all_comments(self, post: Post) -> list[tuple[str, str, str]]:
        return [(c.id, c.author or "", c.text) for c in post.comments] + post.extra

    def rss_posts(self) -> str:
        items = "".join(
            f"<item><title>{escape(p.title)}</title><link>{self.base}{p.path}</link>"
            f"<guid>{self.base}/?p={self.post_id(p)}</guid><wfw:commentRss>{self.base}{p.path}feed/</wfw:commentRss></item>"
            for p in self.posts
        )
        return _rss("The Long Take", items)

    def rss_comments(self, only: Post | None = None) -> str:
        items = "".join(
            f"<item><title>{escape(author)}</title><link>{self.base}{p.path}#comment-{cid}</link>"
            f'<guid isPermaLink="false">{self.base}/?p={self.post_id(p)}#comment-{cid}</guid>'
            f"<dc:creator>{escape(author)}</dc:creator><description>{escape(text)}</description></item>"
            for p in self.posts
            if only is None or p is only
            for cid, author, text in self.all_comments(p)
        )
        return _rss("Comments", items)

    def atom_posts(self) -> str:
        entries = "".join(
            f"<entry><id>tag:blogger.com,1999:blog-7.post-{self.post_id(p)}</id><title>{escape(p.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{self.base}{p.path}"/>'
            f'<link rel="replies" type="application/atom+xml" href="{self.base}/feeds/{self.post_id(p)}/comments/default"/>'
            f"<updated>2014-01-01T00:00:00Z</updated></entry>"
            for p in self.posts
        )
        return _atom("Cinema Sundays", entries)

    def atom_comments(self, only: Post | None = None) -> str:
        entries = "".join(
            f"<entry><id>tag:blogger.com,1999:blog-7.post-{self.post_id(p)}-c{cid}</id><title>{escape(author)}</title>"
            f'<link rel="alternate" type="text/html" href="{self.base}{p.path}?showComment={cid}#c{cid}"/>'
            f'<thr:in-reply-to ref="tag:blogger.com,1999:blog-7.post-{self.post_id(p)}" href="{self.base}{p.path}" '
            f'type="text/html"/><author><name>{escape(author)}</name></author><content type="html">{escape(text)}</content>'
            f"<updated>2014-01-01T00:00:00Z</updated></entry>"
            for p in self.posts
            if only is None or p is only
            for cid, author, text in self.all_comments(p)
        )
        return _atom("Comments", entries)

    def sitemap(self, path: str) -> str | None:
        if path == "/wp-sitemap.xml":
            locs = f"<sitemap><loc>{self.base}/wp-sitemap-posts-post-1.xml</loc></sitemap>"
            locs += f"<sitemap><loc>{self.base}/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>"
            return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
        if path == "/wp-sitemap-posts-post-1.xml":
            paths = [p.path for p in self.posts] + ["/private/draft/"]
            locs = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in paths)
            return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
        return None

    def answer(self, path: str) -> tuple[int, str, str, dict[str, str]]:
        """(status, content type, body, extra headers) for a path."""
        html, rss, xml = "text/html; charset=utf-8", "application/rss+xml", "application/xml"
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /private/\n", {}
        if path == "/":
            links = "".join(f'<li><a href="{p.path}">{escape(p.title)}</a></li>' for p in self.posts)
            head = f"<title>Home</title>{self.feed_head(None)}"
            return 200, html, f"<html><head>{head}</head><body><ul>{links}</ul></body></html>", {}
        for post in self.posts:
            if path == post.path:
                return 200, html, self.page(post), {}
            if self.kind == "wordpress" and path == f"{post.path}feed/":
                return 200, rss, self.rss_comments(post), {}
            if self.kind == "blogger" and path == f"/feeds/{self.post_id(post)}/comments/default":
                return 200, "application/atom+xml", self.atom_comments(post), {}
        if self.kind == "wordpress":
            if path == "/feed/":
                return 200, rss, self.rss_posts(), {}
            if path == "/comments/feed/":
                return 200, rss, self.rss_comments(), {}
            if (sitemap := self.sitemap(path)) is not None:
                return 200, xml, sitemap, {}
            if path == "/busy/":
                if self.busy_left > 0:
                    self.busy_left -= 1
                    return 429, "text/plain", "slow down", {"Retry-After": "1"}
                return 200, html, "<html><body><p>ok now</p></body></html>", {}
            if path == "/slow/":
                time.sleep(1.5)
                return 200, html, "<html><body>late</body></html>", {}
            if path == "/loop/":
                return 302, "text/plain", "", {"Location": "/loop/"}
            if path == "/huge/":
                return 200, html, "<html><body>" + "x" * 300_000 + "</body></html>", {}
            if path == "/bad-feed/":
                return 200, rss, "<rss><channel><item><title>broken", {}
        else:
            if path == "/feeds/posts/default":
                return 200, "application/atom+xml", self.atom_posts(), {}
            if path == "/feeds/comments/default":
                return 200, "application/atom+xml", self.atom_comments(), {}
        return 404, "text/plain", "not found", {}


def _rss(title: str, items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{escape(title)}</title>{items}</channel></rss>'
    )


def _atom(title: str, entries: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xmlns:thr="http://purl.org/syndication/thread/1.0"><title>{escape(title)}</title>{entries}</feed>'
    )


def _handler(blog: Blog) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            status, kind, body, headers = blog.answer(path)
            data = body.encode("utf-8")
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, data = 304, b""
            blog.log.append((time.monotonic(), path, status))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Last-Modified", format_datetime(datetime(2024, 1, 1, tzinfo=UTC), usegmt=True))
            if status in (200, 304):
                self.send_header("ETag", etag)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class BlogServer:
    """Serves one blog on 127.0.0.1 (an ephemeral port) in a thread."""

    def __init__(self, blog: Blog, port: int = 0) -> None:
        self.blog = blog
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(blog))
        blog.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return self.blog.base + "/"

    def __enter__(self) -> BlogServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def wordpress_blog() -> Blog:
    return Blog("wordpress", _posts("the-long-take"))


def blogger_blog() -> Blog:
    return Blog("blogger", _posts("cinema-sundays"))
