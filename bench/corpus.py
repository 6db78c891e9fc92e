"""Synthetic blog posts for benchmarks: review-like text, heavy-tailed threads, pingbacks.

Everything is drawn from one ``random.Random`` so a seed gives the same corpus. Planning
(which blog, which film, which post pings which) is separate from rendering (text dump,
WordPress HTML, Blogger HTML, WXR item), and rendering is pure: post -> string.
"""

from __future__ import annotations

import html
import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from extract.filmdb import FilmRecord

FORMATS = ("text", "wordpress", "blogger", "wxr")
_FIRST = (
    "Ann Ben Cara Dev Eli Fay Gus Hana Ivo Jon Kat Leo Mia Nat Oli Pia Quin Raj Sol Tia Uma Vic Wes Xia "
    "Yan Zoe Ada Bo Cy Di Ed Flo Gil Hal Ida Jo Kim Lou Max Ned Ora Pat Rex Sam Ted Val"
).split()
_LAST = "Reyes Quill Okafor Whitaker Novak Sato Haddad Brennan Lindqvist Moreau Kowalski Adeyemi".split()
_BLOG_A = "Silver Long Late Second Reel Frame Dark Bright Quiet Midnight Velvet Paper".split()
_BLOG_B = "Take Screen Rants Sundays Frames Reels Matinee Projector Balcony Aisle Cut Dissolve".split()
_PRAISE = "a triumph|beautifully made|quietly devastating|the best film of its year|a small miracle".split("|")
_SCORN = "a mess|smug and empty|overlong|a gadget commercial|all surface".split("|")


@dataclass(slots=True)
class Blog:
    name: str
    author: str
    host: str
    form: str


@dataclass(slots=True)
class Comment:
    id: int
    parent: int | None
    author: str
    text: str
    day: date


@dataclass(slots=True)
class Post:
    number: int
    blog: Blog
    day: date
    film: FilmRecord
    others: list[FilmRecord]
    rating: int  # out of 10
    pinged_by: list[int] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.film.title} ({self.film.year}) review"

    @property
    def url(self) -> str:
        return f"https://{self.blog.host}/{self.day:%Y/%m}/post-{self.number}/"


class Drawer:
    """Weighted draws that stay fast for large tables (cumulative weights, bisect)."""

    def __init__(self, rng: random.Random, items: list[FilmRecord] | list[str], skew: float) -> None:
        self.rng = rng
        self.items = items
        self.cumulative = list(accumulate(1.0 / (rank + 1) ** skew for rank in range(len(items))))

    def draw(self) -> FilmRecord | str:
        return self.items[bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]


def _sentence(rng: random.Random, post: Post) -> str:
    film, other = post.film, rng.choice(post.others)
    director = film.director[0] if film.director else "the director"
    actor = rng.choice(film.cast) if film.cast else "the lead"
    good = post.rating >= 6
    verdict = rng.choice(_PRAISE if good else _SCORN)
    templates = (
        f"{director}'s {film.title} is {verdict}.",
        f"{actor} carries {film.title} through its slower stretches.",
        f"It reminds me of {other.title}, which {other.director[0] if other.director else 'its maker'} made in {other.year}.",
        f"{other.title} did this so much better."
        if not good
        else f"It is better than {other.title}, and I loved that one.",
        f"Compared to {other.title} it couldn't be more different.",
        f"The cinematography makes {film.title} worth seeing on the biggest screen you can find.",
        f"I kept thinking about {other.title} while {actor} was on screen.",
    )
    return rng.choice(templates)


def plan_comments(rng: random.Random, post: Post, people: Drawer, count: int | None = None) -> list[Comment]:
    """A heavy-tailed thread: most posts get a few comments, some get hundreds."""
    if count is None:
        count = min(int(rng.lognormvariate(1.1, 1.1)), 400)
    comments: list[Comment] = []
    depth: list[int] = []
    for index in range(count):
        parent = None
        if comments and rng.random() < 0.45:
            candidate = rng.randrange(max(0, index - 8), index)
            if depth[candidate] < 7:
                parent = candidate
        author = post.blog.author if parent is not None and rng.random() < 0.4 else str(people.draw())
        mention = rng.choice(post.others).title
        text = rng.choice(
            (
                f"Great review! I liked it more than {mention}.",
                f"{post.film.title} is on my list now. Did you see {mention}?",
                f"Totally disagree, {mention} is the better film.",
                f"The score alone is worth it. Thanks, {post.blog.author.split()[0]}.",
                "I saw it twice and the ending still got me.",
            )
        )
        if rng.random() < 0.5:
            text += " " + _sentence(rng, post)
        comments.append(Comment(index + 1, parent, author, text, post.day + timedelta(days=index // 5)))
        depth.append(0 if parent is None else depth[parent] + 1)
    return comments


def thread_order(comments: list[Comment]) -> list[tuple[Comment, int, int]]:
    """(comment, depth from 1, number among its siblings) in display order, iteratively."""
    children: dict[int | None, list[Comment]] = {}
    for comment in comments:
        children.setdefault(None if comment.parent is None else comment.parent + 1, []).append(comment)
    ordered: list[tuple[Comment, int, int]] = []
    stack = [(c, 1, n) for n, c in reversed(list(enumerate(children.get(None, []), start=1)))]
    while stack:
        comment, depth, number = stack.pop()
        ordered.append((comment, depth, number))
        kids = children.get(comment.id, [])
        stack.extend((c, depth + 1, n) for n, c in reversed(list(enumerate(kids, start=1))))
    return ordered


def body_paragraphs(rng: random.Random, post: Post) -> list[str]:
    sentences = [_sentence(rng, post) for _ in range(rng.randint(12, 30))]
    cut = len(sentences) // 2
    return [" ".join(sentences[:cut]), " ".join(sentences[cut:]), f"Rating: {post.rating}/10"]


def render_text(post: Post, paragraphs: list[str], comments: list[Comment], pings: list[Post]) -> str:
    lines = [post.title, "", f"Posted on {post.day:%B %d, %Y} by {post.blog.author}", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += [f"{len(comments) + len(pings)} thoughts on “{post.title}”", ""]
    for comment, depth, number in thread_order(comments):
        pad = "  " * depth
        lines += [f"{pad}{number}. {comment.author} says:", "", f"{pad}  {comment.text}", ""]
    top = sum(1 for c in comments if c.parent is None)
    for offset, ping in enumerate(pings, start=top + 1):
        lines += [f"  {offset}. Pingback: {ping.title} – {ping.blog.name}", ""]
    lines.append(f"Leave a reply to {post.blog.author.split()[0].lower()} Cancel reply")
    return "\n".join(lines) + "\n"


def _wordpress_comment(comment: Comment) -> str:
    return (
        f'<li id="comment-{comment.id}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{html.escape(comment.author)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><time datetime="{comment.day.isoformat()}T12:00:00+00:00">{comment.day:%B %d, %Y}</time></div>'
        f'</footer><div class="comment-content"><p>{html.escape(comment.text)}</p></div></article>'
    )


def _blogger_comment(comment: Comment) -> str:
    return (
        f'<li class="comment" id="c{comment.id}"><div class="comment-block"><div class="comment-header">'
        f'<cite class="user">{html.escape(comment.author)}</cite><span class="datetime secondary-text">'
        f"<a>{comment.day:%B %d, %Y} at 9:00 AM</a></span></div>"
        f'<p class="comment-content">{html.escape(comment.text)}</p></div>'
    )


def _nested_list(comments: list[Comment], form: str) -> str:
    """Nested <li> markup built from the display order without recursion."""
    render, open_list, close_list = (
        (_wordpress_comment, '<ol class="children">', "</ol>")
        if form == "wordpress"
        else (
            _blogger_comment,
            '<div class="comment-replies"><div class="comment-thread"><ol>',
            "</ol></div></div>",
        )
    )
    parts: list[str] = []
    open_items = 0  # <li> elements open; each one past the first also has its reply list open
    for comment, depth, _ in thread_order(comments):
        if depth > open_items:
            if open_items:
                parts.append(open_list)
        else:
            parts.append("</li>")
            open_items -= 1
            while open_items >= depth:
                parts.append(close_list + "</li>")
                open_items -= 1
        parts.append(render(comment))
        open_items = depth
    if open_items:
        parts.append("</li>")
        parts.extend([close_list + "</li>"] * (open_items - 1))
    return "".join(parts)


def render_html(post: Post, paragraphs: list[str], comments: list[Comment], pings: list[Post]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if post.blog.form == "blogger":
        return (
            f"<!DOCTYPE html><html><head><title>{html.escape(post.blog.name)}: {html.escape(post.title)}</title>"
            f'</head><body><div id="header"><h1 class="title">{html.escape(post.blog.name)}</h1></div>'
            f'<h2 class="date-header"><span>{post.day:%A, %B %d, %Y}</span></h2><div class="post hentry">'
            f'<h3 class="post-title entry-title">{html.escape(post.title)}</h3>'
            f'<div class="post-body entry-content">{body}</div><div class="post-footer"><span class="post-author vcard">'
            f'Posted by <span class="fn">{html.escape(post.blog.author)}</span></span></div></div>'
            f'<div class="comments" id="comments"><h4>{len(comments)} comments:</h4>'
            f'<div class="comment-thread"><ol>{_nested_list(comments, "blogger")}</ol></div></div></body></html>'
        )
    ping_items = "".join(
        f'<li class="pingback"><div class="comment-body">Pingback: <a href="{p.url}">'
        f"{html.escape(p.title)} | {html.escape(p.blog.name)}</a></div></li>"
        for p in pings
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(post.title)} – '
        f'{html.escape(post.blog.name)}</title><meta property="og:site_name" content="{html.escape(post.blog.name)}">'
        f'<link rel="canonical" href="{post.url}"></head><body><article class="post">'
        f'<h1 class="entry-title">{html.escape(post.title)}</h1><div class="entry-meta"><span class="byline">'
        f'<span class="author vcard"><a class="url fn n">{html.escape(post.blog.author)}</a></span></span>'
        f'<time class="entry-date published" datetime="{post.day.isoformat()}">{post.day}</time></div>'
        f'<div class="entry-content">{body}</div></article><div id="comments">'
        f'<h2 class="comments-title">{len(comments) + len(pings)} thoughts on “{html.escape(post.title)}”</h2>'
        f'<ol class="comment-list">{_nested_list(comments, "wordpress")}{ping_items}</ol></div></body></html>'
    )


def render_wxr_item(post: Post, paragraphs: list[str], comments: list[Comment], pings: list[Post]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    items = [
        f"<wp:comment><wp:comment_id>{c.id}</wp:comment_id><wp:comment_author>{html.escape(c.author)}"
        f"</wp:comment_author><wp:comment_date_gmt>{c.day} 12:00:00</wp:comment_date_gmt>"
        f"<wp:comment_content>{html.escape(c.text)}</wp:comment_content><wp:comment_approved>1"
        f"</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>"
        f"{0 if c.parent is None else c.parent + 1}</wp:comment_parent></wp:comment>"
        for c in comments
    ]
    items += [
        f"<wp:comment><wp:comment_id>{len(comments) + n}</wp:comment_id><wp:comment_author>"
        f"{html.escape(p.title)} | {html.escape(p.blog.name)}</wp:comment_author><wp:comment_author_url>{p.url}"
        f"</wp:comment_author_url><wp:comment_content>[…]</wp:comment_content><wp:comment_approved>1"
        f"</wp:comment_approved><wp:comment_type>pingback</wp:comment_type><wp:comment_parent>0"
        f"</wp:comment_parent></wp:comment>"
        for n, p in enumerate(pings, start=1)
    ]
    return (
        f"<item><title>{html.escape(post.title)}</title><link>{post.url}</link><dc:creator>"
        f"{html.escape(post.blog.author)}</dc:creator><content:encoded>{html.escape(body)}</content:encoded>"
        f"<wp:post_id>{post.number}</wp:post_id><wp:post_date_gmt>{post.day} 09:00:00</wp:post_date_gmt>"
        f"<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>{''.join(items)}</item>\n"
    )


WXR_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
    "<title>{name}</title>\n"
)
WXR_TAIL = "</channel></rss>\n"


def make_blogs(rng: random.Random, count: int) -> list[Blog]:
    blogs = []
    for index in range(count):
        name = f"{rng.choice(_BLOG_A)} {rng.choice(_BLOG_B)} {index + 1}"
        author = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        host = name.lower().replace(" ", "") + ".example"
        blogs.append(Blog(name, author, host, FORMATS[index % len(FORMATS)]))
    return blogs


def commenter_names(rng: random.Random, count: int) -> list[str]:
    return [f"{rng.choice(_FIRST)}{'' if n % 3 else ' ' + rng.choice(_LAST)[0] + '.'}{n}" for n in range(count)]
