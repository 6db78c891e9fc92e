"""The graph vocabulary: node labels and relationship types, the only place they are spelled.

``extract/`` emits them, ``graph/`` checks them (which labels each type may join lives in
``graph.schema.ENDPOINTS``).

>>> Label.for_kind("novel") is Label.NOVEL, Rel.COMPARED_TO.value
(True, 'COMPARED_TO')
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """Node labels (closed: a misspelled label is an AttributeError, not a new label)."""

    FILM = "Film"
    TV = "TVShow"
    NOVEL = "Novel"
    COMIC = "Comic"
    SONG = "Song"
    WORK = "Work"
    PERSON = "Person"
    CHARACTER = "Character"
    POST = "Post"
    COMMENT = "Comment"
    SITE = "Site"

    @classmethod
    def for_kind(cls, kind: str) -> Label:
        """The label of an extracted entity kind."""
        return _KIND_LABELS[kind]


class Rel(StrEnum):
    """Relationship types."""

    WROTE = "WROTE"  # person -> post or comment they wrote; person -> work they wrote
    REVIEWS = "REVIEWS"  # post -> the work it reviews
    MENTIONS = "MENTIONS"  # post or comment -> entity
    COMPARED_TO = "COMPARED_TO"  # work -> work, with polarity and who compared
    REPLIED_TO = "REPLIED_TO"  # comment -> comment or post
    PINGED_BY = "PINGED_BY"  # post -> the post that linked to it
    CITES = "CITES"  # person -> person whose review or post they refer to
    RECOMMENDS = "RECOMMENDS"  # person -> work
    DIRECTED = "DIRECTED"  # person -> film
    ACTED_IN = "ACTED_IN"  # person -> film
    ADAPTED_FROM = "ADAPTED_FROM"  # film -> novel
    PUBLISHED_ON = "PUBLISHED_ON"  # post -> site
    CHARACTER_IN = "CHARACTER_IN"  # character -> work


_KIND_LABELS = {
    "film": Label.FILM,
    "tv": Label.TV,
    "novel": Label.NOVEL,
    "comic": Label.COMIC,
    "song": Label.SONG,
    "work": Label.WORK,
    "person": Label.PERSON,
    "character": Label.CHARACTER,
    "site": Label.SITE,
}
WORK_LABELS = frozenset({Label.FILM, Label.TV, Label.NOVEL, Label.COMIC, Label.SONG, Label.WORK})
