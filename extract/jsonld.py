"""schema.org JSON-LD in a page: Review, Movie, Rating, Comment.

>>> from lxml import html
>>> tree = html.fromstring('''<html><script type="application/ld+json">
... {"@type": "Review", "itemReviewed": {"@type": "Movie", "name": "Heat", "dateCreated": "1995"},
...  "reviewRating": {"ratingValue": 8, "bestRating": 10}, "author": {"name": "Ann"}}
... </script></html>''')
>>> facts = read_json_ld(tree.xpath("//script"))
>>> facts.reviewed, facts.rating, facts.author
(ReviewedWork(title='Heat', year=1995, director=None), Rating(raw='8/10', value=0.8), 'Ann')
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from extract.dates import parse_date
from extract.records import Comment, Rating, ReviewedWork

_REVIEW_TYPES = {"Review", "CriticReview", "UserReview"}
_ARTICLE_TYPES = {"BlogPosting", "Article", "NewsArticle", "SocialMediaPosting", "DiscussionForumPosting"}
_PAGE_TYPES = {"WebPage", "ItemPage"}
_POST_TYPES = _ARTICLE_TYPES | _PAGE_TYPES


@dataclass(slots=True)
class JsonLdFacts:
    """What a page's JSON-LD says about the post, its review and its comments."""

    headline: str | None = None
    page_name: str | None = None  # a WebPage's name: the <title>, used only when nothing better
    author: str | None = None
    site: str | None = None
    published: str | None = None
    url: str | None = None
    rating: Rating | None = None
    reviewed: ReviewedWork | None = None
    comments: list[Comment] = field(default_factory=list)


def _objects(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD document (``@graph`` and nesting flattened)."""
    found: list[dict[str, Any]] = []
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                pending.append(item["@graph"])
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    return {str(k) for k in (kind if isinstance(kind, list) else [kind])}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if not value:
        return None
    text = str(value)
    if "&" in text:  # (WordPress and Ghost write HTML entities into their JSON-LD: 'd&#x27;une', 'Kapadokya&#8217;da')
        text = html.unescape(text)
    return " ".join(text.split())


def _year(value: Any) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


def _rating(value: Any) -> Rating | None:
    if not isinstance(value, dict):
        return None
    try:
        score = float(value["ratingValue"])
        best = float(value.get("bestRating", 5))
        worst = float(value.get("worstRating", 0))
    except (KeyError, TypeError, ValueError):
        return None
    if best <= worst or not worst <= score <= best:
        return None
    raw = f"{value['ratingValue']}/{value.get('bestRating', 5)}"
    return Rating(raw=raw, value=round((score - worst) / (best - worst), 4))


def _comments(post: dict[str, Any]) -> list[Comment]:
    comments: list[Comment] = []
    pending: list[tuple[Any, str | None]] = [(c, None) for c in reversed(_as_list(post.get("comment")))]
    while pending:
        item, parent = pending.pop()
        if not isinstance(item, dict):
            continue
        comment_id = str(item.get("@id") or item.get("identifier") or f"j{len(comments) + 1}")
        author = _name(item.get("author"))
        comments.append(
            Comment(
                id=comment_id.rsplit("#", 1)[-1],
                text=str(item.get("text") or ""),
                author=author,
                author_evidence="stated" if author else None,
                parent=parent,
                published=parse_date(str(item.get("dateCreated") or item.get("datePublished") or "")),
            )
        )
        replies = _as_list(item.get("comment"))
        pending.extend((reply, comments[-1].id) for reply in reversed(replies))
    return comments


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def read_json_ld(scripts: list[etree._Element]) -> JsonLdFacts:
    """Facts from the page's ``application/ld+json`` scripts; bad JSON is skipped."""
    facts = JsonLdFacts()
    for script in scripts:
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _objects(data):
            types = _types(obj)
            if not types & (_REVIEW_TYPES | _POST_TYPES):
                continue
            if types & _PAGE_TYPES and not types & (_REVIEW_TYPES | _ARTICLE_TYPES):
                # a WebPage's name is the <title> (with the blog's name): a last resort
                facts.page_name = facts.page_name or _name(obj.get("name"))
            else:
                facts.headline = facts.headline or _name(obj.get("headline") or obj.get("name"))
            facts.author = facts.author or _name(obj.get("author"))
            facts.site = facts.site or _name(obj.get("publisher"))
            facts.url = facts.url or (str(obj["url"]) if obj.get("url") else None)
            published = obj.get("datePublished")
            facts.published = facts.published or (parse_date(str(published)) if published else None)
            facts.comments = facts.comments or _comments(obj)
            if types & _REVIEW_TYPES:
                facts.rating = facts.rating or _rating(obj.get("reviewRating"))
                item = obj.get("itemReviewed")
                if isinstance(item, dict) and _name(item):
                    facts.reviewed = ReviewedWork(
                        title=_name(item) or "",
                        year=_year(item.get("dateCreated") or item.get("datePublished")),
                        director=_name(item.get("director")),
                    )
    return facts
