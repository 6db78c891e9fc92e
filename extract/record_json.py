"""Records back from their JSON form (``Page.to_json()``, ``PageEntities.to_json()``): the
store keeps each page's record, so its graph can be rebuilt without reading or extracting
the page again (after an alias edit, for one).

>>> from extract.records import Comment, Page
>>> page = Page("a.txt", "text", "Her", comments=[Comment("c1", "Hi", author="Leo")])
>>> page_from_json(page.to_json()) == page
True
"""

from __future__ import annotations

from typing import Any

from base.vocab import Rel
from extract.records import (
    Comment,
    Hint,
    Mention,
    Page,
    PageEntities,
    Pingback,
    Rating,
    Relation,
    ReviewedWork,
    Stance,
)


def _pingback(data: dict[str, Any] | None) -> Pingback | None:
    return None if data is None else Pingback(data["title"], data.get("site"), data.get("url"))


def _comment(data: dict[str, Any]) -> Comment:
    return Comment(
        id=data["id"],
        text=data.get("text", ""),
        author=data.get("author"),
        author_evidence=data.get("author_evidence"),
        parent=data.get("parent"),
        placeholder=data.get("placeholder", False),
        depth=data.get("depth", 1),
        pingback=_pingback(data.get("pingback")),
        published=data.get("published"),
        author_url=data.get("author_url"),
        author_email_hash=data.get("author_email_hash"),
    )


def page_from_json(data: dict[str, Any]) -> Page:
    """The :class:`Page` whose ``to_json()`` is ``data`` (extra keys are ignored)."""
    rating, reviewed = data.get("rating"), data.get("reviewed")
    return Page(
        source=data["source"],
        format=data["format"],
        title=data["title"],
        site=data.get("site"),
        author=data.get("author"),
        published=data.get("published"),
        url=data.get("url"),
        rating=Rating(rating["raw"], rating.get("value")) if rating else None,
        reviewed=ReviewedWork(reviewed["title"], reviewed.get("year"), reviewed.get("director")) if reviewed else None,
        comment_count_stated=data.get("comment_count_stated"),
        body=data.get("body", ""),
        comments=[_comment(c) for c in data.get("comments", [])],
        hints=[Hint(h["text"], h["kind"], h.get("href")) for h in data.get("hints", [])],
        language=data.get("language"),
    )


def _mention(data: dict[str, Any]) -> Mention:
    return Mention(
        text=data["text"],
        name=data["name"],
        kind=data["kind"],
        unit=data["in"],
        start=data["start"],
        end=data["end"],
        id=data.get("id"),
        year=data.get("year"),
        role=data.get("role"),
        rule=data.get("rule", ""),
    )


def _relation(data: dict[str, Any]) -> Relation:
    return Relation(
        type=Rel(data["type"]),
        source=data["source"],
        target=data["target"],
        unit=data["in"],
        evidence=data["evidence"],
        by=data.get("by"),
        polarity=data.get("polarity"),
        confidence=data.get("confidence", 0.5),
        start=data.get("start", 0),
        end=data.get("end", 0),
        extractor=data.get("extractor", ""),
        source_kind=data.get("source_kind", ""),
        target_kind=data.get("target_kind", ""),
    )


def _stance(data: dict[str, Any]) -> Stance:
    return Stance(data["label"], data["score"], data.get("rating"))


def entities_from_json(data: dict[str, Any]) -> PageEntities | None:
    """The :class:`PageEntities` in a record, or None when the page was read without NLP."""
    if "stance" not in data:
        return None
    reviewed = data.get("reviewed_entity")
    return PageEntities(
        stance=_stance(data["stance"]),
        mentions=[_mention(m) for m in data.get("mentions", [])],
        relations=[_relation(r) for r in data.get("relations", [])],
        comment_stances={k: _stance(v) for k, v in data.get("comment_stances", {}).items()},
        reviewed=_mention(reviewed) if reviewed else None,
    )
