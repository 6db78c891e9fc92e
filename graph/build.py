"""A page and its entities -> the nodes and edges it contributes to the graph (pure).

Every edge carries its evidence: the page, the unit (body or comment), the sentence, the
character span, the extractor and its confidence. Posts are identified by site and title
(else URL, else file), so a pingback from a post that is itself in the corpus lands on that
post's node: cross-blog edges need no second pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.authors import same_person
from extract.nlp.textnorm import name_key
from extract.records import WORK_KINDS, Comment, Mention, Page, PageEntities, Relation
from graph.schema import (
    Label,
    Rel,
    character_key,
    comment_key,
    email_scope,
    film_key,
    person_key,
    site_key,
    site_scope,
    url_scope,
    web_address,
    work_key,
)

STRUCTURE = "reelgraph.structure/1"


@dataclass(slots=True)
class NodeRecord:
    key: str
    label: Label
    name: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class EdgeRecord:
    src: str
    type: Rel
    dst: str
    evidence: dict[str, Any]


@dataclass(slots=True)
class Contribution:
    """What one page adds to the graph; removing it removes exactly this."""

    source: str
    nodes: list[NodeRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)

    def node(self, key: str, label: Label, name: str, **props: Any) -> str:
        self.nodes.append(NodeRecord(key, label, name, {k: v for k, v in props.items() if v is not None}))
        return key

    def edge(self, src: str, rel: Rel, dst: str, **evidence: Any) -> None:
        self.edges.append(EdgeRecord(src, rel, dst, {"source": self.source, **evidence}))


def comment_name(author: str | None, text: str) -> str:
    """A comment's name: its author and its first words (the store makes it again from
    these, so it keeps it only when it is something else).

    >>> comment_name(None, "Loved   it.\\nTruly.")
    'unsigned: Loved it. Truly.'
    """
    return f"{author or 'unsigned'}: {' '.join(text.split())[:60]}"


def post_identity(title: str, site: str | None, url: str | None, source: str) -> str:
    """The key of a post: by site and title, else by URL, else by file.

    >>> post_identity("Review: Heat", "Reel Notes", None, "a.txt")
    'post:reel notes/review: heat'
    """
    if title and site:
        return f"post:{name_key(site)}/{name_key(title)}"
    if url:
        return f"post:{url.split('#')[0].rstrip('/')}"
    return f"post:{source}"


class _PageBuilder:
    def __init__(self, page: Page, entities: PageEntities | None) -> None:
        self.page = page
        self.entities = entities
        self.out = Contribution(page.source)
        self.seen = page.published
        url = web_address(page.url)  # a malformed canonical link is no link
        self.post = post_identity(page.title, page.site, url, page.source)
        self.scope = url_scope(url) or site_scope(page.site) or f"page-{page.source}"
        self.author_key = person_key(page.author, self.scope) if page.author else None
        self.entity_keys: dict[tuple[str, str, int | None], str] = {}
        self.comments = {c.id: c for c in page.comments}
        self.pingers = {
            c.id: post_identity(c.pingback.title, c.pingback.site, c.pingback.url, f"{page.source}#{c.id}")
            for c in page.comments
            if c.pingback is not None
        }

    def evidence(self, unit: str, sentence: str, **extra: Any) -> dict[str, Any]:
        return {
            "unit": unit,
            "sentence": sentence,
            "extractor": STRUCTURE,
            "confidence": 1.0,
            "seen": self.seen,
        } | extra

    def build(self) -> Contribution:
        page = self.page
        self.out.node(
            self.post,
            Label.POST,
            page.title,
            title=page.title,
            url=page.url,
            site=page.site,
            author=page.author,
            published=page.published,
            format=page.format,
            source=page.source,
            rating=page.rating.value if page.rating else None,
            rating_raw=page.rating.raw if page.rating else None,
            stance=self.entities.stance.label if self.entities else None,
            stance_score=self.entities.stance.score if self.entities else None,
            comment_count_stated=page.comment_count_stated,
        )
        if page.site:
            self.out.node(site_key(page.site), Label.SITE, page.site)
            self.out.edge(self.post, Rel.PUBLISHED_ON, site_key(page.site), **self.evidence("title", page.title))
        if self.author_key and page.author:
            self.out.node(self.author_key, Label.PERSON, page.author, role="critic")
            self.out.edge(self.author_key, Rel.WROTE, self.post, **self.evidence("title", page.title))
        if self.entities is not None:
            self._entities(self.entities)
        for comment in page.comments:
            self._comment(comment)
        return self.out

    def _person_for(self, comment: Comment) -> str | None:
        if not comment.author:
            return None
        if self.page.author and same_person(comment.author, self.page.author) and not comment.author_url:
            return self.author_key
        scope = url_scope(comment.author_url) or email_scope(comment.author_email_hash) or self.scope
        return person_key(comment.author, scope)

    def _comment(self, comment: Comment) -> None:
        page, seen = self.page, comment.published or self.seen
        if comment.pingback is not None:
            ping = comment.pingback
            other = self.pingers[comment.id]
            self.out.node(other, Label.POST, ping.title, title=ping.title, site=ping.site, url=ping.url)
            if ping.site:
                self.out.node(site_key(ping.site), Label.SITE, ping.site)
            self.out.edge(
                self.post, Rel.PINGED_BY, other, **self.evidence(comment.id, f"Pingback: {ping.title}", seen=seen)
            )
            return
        key = comment_key(page.source, comment.id)
        label = comment_name(comment.author, comment.text)
        stance = self.entities.comment_stances.get(comment.id) if self.entities else None
        self.out.node(
            key,
            Label.COMMENT,
            label,
            id=comment.id,
            text=comment.text,
            author=comment.author,
            author_evidence=comment.author_evidence,
            published=comment.published,
            placeholder=comment.placeholder,
            depth=comment.depth,
            source=page.source,
            stance=stance.label if stance else None,
        )
        parent = self._parent_node(comment.parent)
        self.out.edge(key, Rel.REPLIED_TO, parent, **self.evidence(comment.id, comment.text[:200], seen=seen))
        person = self._person_for(comment)
        if person and comment.author:
            self.out.node(person, Label.PERSON, comment.author)
            evidence = self.evidence(comment.id, comment.text[:200], seen=seen, how=comment.author_evidence)
            self.out.edge(person, Rel.WROTE, key, **evidence)

    def _entity(self, mention: Mention) -> str:
        cache = (mention.name, mention.kind, mention.year)
        if cache in self.entity_keys:
            return self.entity_keys[cache]
        if mention.kind == "person":
            key = person_key(mention.name)
            self.out.node(key, Label.PERSON, mention.name, role=mention.role)
        elif mention.kind == "character":
            work = self.entities.reviewed.name if self.entities and self.entities.reviewed else None
            key = character_key(mention.name, work)
            self.out.node(key, Label.CHARACTER, mention.name, work=work)
        else:
            label = Label.for_kind(mention.kind)
            key = film_key(mention.name, mention.year) if label is Label.FILM else work_key(label, mention.name)
            self.out.node(key, label, mention.name, title=mention.name, year=mention.year, imdb_id=mention.id)
        self.entity_keys[cache] = key
        return key

    def _parent_node(self, parent: str | None) -> str:
        """The node a comment replies to: the comment, the post a pingback came from, or the
        post itself when the parent is none or not on the page (an edge never names a node
        that no page holds)."""
        if parent is None or parent not in self.comments:
            return self.post
        return self._unit_node(parent)

    def _unit_node(self, unit: str) -> str:
        """The node a unit's text belongs to: the post, a comment, or the post a pingback came from."""
        if unit in {"body", "title"}:
            return self.post
        return self.pingers.get(unit) or comment_key(self.page.source, unit)

    def _by(self, relation: Relation) -> str | None:
        if relation.by is None:
            return None
        comment = self.comments.get(relation.unit)
        if comment is not None:
            return self._person_for(comment)
        return self.author_key if self.page.author and same_person(relation.by, self.page.author) else None

    def _entities(self, entities: PageEntities) -> None:
        if entities.reviewed is not None:
            reviewed = self._entity(entities.reviewed)
            self.out.edge(
                self.post,
                Rel.REVIEWS,
                reviewed,
                **self.evidence("title", self.page.title, extractor="reelgraph.extractor/1"),
            )
        for mention in entities.mentions:
            self._entity(mention)
        by_name = {m.name: m for m in entities.mentions}
        if entities.reviewed is not None:
            by_name.setdefault(entities.reviewed.name, entities.reviewed)
        for relation in entities.relations:
            self._relation(relation, by_name)
        for mention in entities.mentions:
            if mention.kind == "character" and entities.reviewed is not None:
                self.out.edge(
                    self._entity(mention),
                    Rel.CHARACTER_IN,
                    self._entity(entities.reviewed),
                    **self.evidence(mention.unit, mention.text, extractor="reelgraph.extractor/1", confidence=0.7),
                )

    def _relation(self, relation: Relation, by_name: dict[str, Mention]) -> None:
        evidence = {
            "unit": relation.unit,
            "sentence": relation.evidence,
            "start": relation.start,
            "end": relation.end,
            "extractor": relation.extractor,
            "confidence": relation.confidence,
            "polarity": relation.polarity,
            "by": relation.by,
            "seen": self._seen(relation.unit),
        }
        kind = Rel(relation.type)
        if kind is Rel.MENTIONS:
            target = by_name.get(relation.target)
            if target is not None:
                self.out.edge(self._unit_node(relation.unit), kind, self._entity(target), **evidence)
        elif kind in {Rel.CITES, Rel.RECOMMENDS}:
            self._said_by_someone(relation, kind, by_name, evidence)
        else:
            self._between_mentions(relation, kind, by_name, evidence)

    def _said_by_someone(
        self, relation: Relation, kind: Rel, by_name: dict[str, Mention], evidence: dict[str, Any]
    ) -> None:
        """CITES (of a critic) and RECOMMENDS (of a work), from the person who said it."""
        source = self._by(relation)
        if source is None:
            return
        if kind is Rel.CITES:
            target_key = person_key(relation.target)
            self.out.node(target_key, Label.PERSON, relation.target, role="critic")
        elif relation.target in by_name:
            target_key = self._entity(by_name[relation.target])
        else:
            return
        self.out.edge(source, kind, target_key, **evidence)

    def _between_mentions(
        self, relation: Relation, kind: Rel, by_name: dict[str, Mention], evidence: dict[str, Any]
    ) -> None:
        """A relation between two mentioned entities (a credit's person need not be mentioned)."""
        source_mention = self._end(relation.source, relation.source_kind, by_name)
        target_mention = self._end(relation.target, relation.target_kind, by_name)
        if source_mention is None and kind in {Rel.DIRECTED, Rel.ACTED_IN, Rel.WROTE}:
            source_key = person_key(relation.source)
            self.out.node(source_key, Label.PERSON, relation.source)
        elif source_mention is not None:
            source_key = self._entity(source_mention)
        else:
            return
        if target_mention is None:
            return
        if kind is Rel.COMPARED_TO:
            evidence["by_key"] = self._by(relation)
        self.out.edge(source_key, kind, self._entity(target_mention), **evidence)

    def _end(self, name: str, given: str, by_name: dict[str, Mention]) -> Mention | None:
        """A relation's end: the reviewed work where the rule typed the end a work of its name
        (the page's "Klute" may be the detective too), else the mention of that name."""
        reviewed = self.entities.reviewed if self.entities else None
        if reviewed is not None and name == reviewed.name and given in WORK_KINDS:
            return reviewed
        return by_name.get(name)

    def _seen(self, unit: str) -> str | None:
        comment = self.comments.get(unit)
        return (comment.published if comment else None) or self.seen


def page_contribution(page: Page, entities: PageEntities | None) -> Contribution:
    """The nodes and edges one page contributes (with entities when extracted)."""
    return _PageBuilder(page, entities).build()
