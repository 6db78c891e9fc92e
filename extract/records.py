"""Typed records for what a blog page holds, and their stable JSON form.

The JSON keys are a contract (``reelgraph extract --json``): add keys, never rename.

>>> page = Page(source="p.txt", format="text", title="Her")
>>> page.to_json()["comments"]
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from base.vocab import Rel

PageFormat = Literal["text", "html", "wxr", "blogger-atom", "feed"]
AuthorEvidence = Literal["stated", "greeting", "context"]


@dataclass(slots=True)
class Rating:
    """A reviewer's rating: the text as written and its value on 0..1 (``None`` when the
    scale cannot be known, as in "Rating: 4")."""

    raw: str
    value: float | None

    def to_json(self) -> dict[str, Any]:
        return {"raw": self.raw, "value": self.value}


@dataclass(slots=True)
class ReviewedWork:
    """The work a page reviews, as the page names it."""

    title: str
    year: int | None = None
    director: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "year": self.year, "director": self.director}


@dataclass(slots=True)
class Pingback:
    """Another post that linked to this one (pingback or trackback)."""

    title: str
    site: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "site": self.site, "url": self.url}


@dataclass(slots=True)
class Comment:
    """One comment of a thread; ``placeholder`` comments stand for lost parents."""

    id: str
    text: str = ""
    author: str | None = None
    author_evidence: AuthorEvidence | None = None
    parent: str | None = None
    placeholder: bool = False
    depth: int = 1
    pingback: Pingback | None = None
    published: str | None = None
    author_url: str | None = None
    author_email_hash: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "author_evidence": self.author_evidence,
            "parent": self.parent,
            "placeholder": self.placeholder,
            "depth": self.depth,
            "text": self.text,
            "pingback": self.pingback.to_json() if self.pingback else None,
            "published": self.published,
            "author_url": self.author_url,
            "author_email_hash": self.author_email_hash,
        }


@dataclass(slots=True)
class Hint:
    """Markup in a review body that hints at an entity: an italic span or a link."""

    text: str
    kind: Literal["em", "link"]
    href: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "href": self.href}


@dataclass(slots=True)
class Page:
    """One blog post with its review body and its comment thread."""

    source: str
    format: PageFormat
    title: str
    site: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    rating: Rating | None = None
    reviewed: ReviewedWork | None = None
    comment_count_stated: int | None = None
    # Comments this page itself shows (a paginated thread states more than it shows).
    comments_on_page: int | None = None
    body: str = ""
    comments: list[Comment] = field(default_factory=list)
    hints: list[Hint] = field(default_factory=list)
    language: str | None = None  # ISO 639-1, detected from the body and comments
    warnings: list[str] = field(default_factory=list)  # what a reader worked around (W1xx)
    chrome: list[str] = field(default_factory=list)  # the blog's lines cut from around the post (menus, widgets)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "site": self.site,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "rating": self.rating.to_json() if self.rating else None,
            "reviewed": self.reviewed.to_json() if self.reviewed else None,
            "comment_count_stated": self.comment_count_stated,
            "comments_on_page": self.comments_on_page,
            "body": self.body,
            "hints": [hint.to_json() for hint in self.hints],
            "comments": [comment.to_json() for comment in self.comments],
            "language": self.language,
            "warnings": list(self.warnings),
            "chrome": list(self.chrome),
        }

    @property
    def real_comments(self) -> list[Comment]:
        """Comments that are neither placeholders nor pingbacks."""
        return [c for c in self.comments if not c.placeholder and c.pingback is None]

    @property
    def pingbacks(self) -> list[Pingback]:
        return [c.pingback for c in self.comments if c.pingback is not None]


EntityKind = Literal["film", "tv", "novel", "comic", "song", "work", "person", "character", "site"]
WORK_KINDS: frozenset[str] = frozenset({"film", "tv", "novel", "comic", "song", "work"})
BODY = "body"


@dataclass(slots=True)
class Mention:
    """A name found in the body or a comment, resolved to its canonical entity."""

    text: str
    name: str
    kind: EntityKind
    unit: str  # "body" or a comment id
    start: int
    end: int
    id: str | None = None  # IMDb id from the gazetteer, when known
    year: int | None = None
    role: str | None = None  # for people: director, actor, writer, author, critic, commenter
    rule: str = ""  # which rule found it (gazetteer, quoted, italic, cue, ...)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "kind": self.kind,
            "id": self.id,
            "year": self.year,
            "role": self.role,
            "in": self.unit,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Relation:
    """A typed edge with its provenance: where, by whom, the sentence, the extractor."""

    type: Rel
    source: str
    target: str
    unit: str
    evidence: str
    by: str | None = None
    polarity: str | None = None
    confidence: float = 0.5
    start: int = 0
    end: int = 0
    extractor: str = ""
    source_kind: str = ""
    target_kind: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "source_kind": self.source_kind,
            "target": self.target,
            "target_kind": self.target_kind,
            "by": self.by,
            "in": self.unit,
            "polarity": self.polarity,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "extractor": self.extractor,
        }


StanceLabel = Literal["positive", "negative", "mixed", "neutral"]


@dataclass(slots=True)
class Stance:
    """A review's or comment's stance toward the reviewed work."""

    label: StanceLabel
    score: float
    rating: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "score": self.score, "rating": self.rating}


@dataclass(slots=True)
class PageEntities:
    """What the entity extractor adds to a page."""

    stance: Stance
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    comment_stances: dict[str, Stance] = field(default_factory=dict)
    reviewed: Mention | None = None  # the reviewed work, resolved
    notes: list[str] = field(default_factory=list)  # what extraction left out, and why (W16x)

    def to_json(self) -> dict[str, Any]:
        return {
            "stance": self.stance.to_json(),
            "reviewed_entity": self.reviewed.to_json() if self.reviewed else None,
            "comment_stances": {key: value.to_json() for key, value in self.comment_stances.items()},
            "mentions": [m.to_json() for m in self.mentions],
            "relations": [r.to_json() for r in self.relations],
            "notes": list(self.notes),
        }
