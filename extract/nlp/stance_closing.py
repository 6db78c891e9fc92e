"""The verdict paragraph's own reading: whether a review's closing turns away from its praise."""

from __future__ import annotations

import re

from extract.nlp.stance_text import (
    ABOUT_THE_REVIEW,
    OPENS_WITH_CONTRAST,
    SELF_NEGATED,
    clause_spans,
    is_rating_line,
    names_a_minor_fault,
    negated,
    paragraphs_of,
    sentence_cues,
    title_pattern,
)
from extract.nlp.verdict_phrases import FAINT_MARKERS, PRAISE_MARKERS, RESERVATION_MARKERS
from extract.nlp.verdicts import Cue
from extract.ratings import THREAD_HEADER

# The verdict paragraph's own reading. A review with reservations comes in two kinds: praise with a
# quibble conceded on the way ("Sure, it's not perfect, but it's true to the legacy"), and a
# grudging or mixed verdict ("So: great first act, great last ten minutes, a soggy middle", "I just
# don't know if I like it"). Both can hold far more praise than blame over the whole text; what
# tells them apart is WHERE the reservations sit: the positive review turns back to praise before it
# ends, the grudging one ends its verdict on the reservation. So the last paragraph that states a
# verdict is read sentence by sentence, each sentence by the last clause that says something (after
# "but", the main clause after "although"), a stated phrase or a marker over a weak word ("funny",
# "cold"); a review read as positive is mixed when that paragraph ends on a reservation and at least
# half its verdict sentences are reservations. Unrated reviews only: a rating decides by itself.
_RESERVATION = re.compile(RESERVATION_MARKERS)
_PRAISE = re.compile(PRAISE_MARKERS)
_FAINT = re.compile(FAINT_MARKERS, re.I)
_ZONE_RESERVED = 0.5  # the share of the verdict paragraph's sentences that end on a reservation
_WEAK_VERDICT = 2  # weak words that make a paragraph a verdict without a phrase ("A gripping, lovely ride.")
_CLOSING_READ = 4000  # characters read at the end of a text for its verdict paragraph
_STRONG = 1.0  # a one-word cue weaker than this ("funny", "flat") yields to a stated phrase or marker


def _verdict_items(
    sentence: str, title: re.Pattern[str] | None, cues_by_sentence: dict[str, list[Cue]] | None = None
) -> list[list[tuple[int, int, bool]]]:
    """Each clause's verdict items as (offset, side +1/-1, strong): the sentence's cues (turned by
    a negation in their clause) and the closing markers (``verdict_phrases.RESERVATION_MARKERS``,
    ``PRAISE_MARKERS``; a negated praise marker is a reservation: "not my favourite")."""
    cues = cues_by_sentence.get(sentence) if cues_by_sentence is not None else None
    if cues is None:
        cues = sentence_cues(sentence, title)
    clauses = []
    for start, end, _ in clause_spans(sentence):
        clause = sentence[start:end]
        found = []
        for cue in cues:
            if start <= cue.start < end and cue.polarity:
                polarity = cue.polarity
                if not SELF_NEGATED.match(cue.text) and negated(clause, cue.start - start):
                    polarity = -polarity
                found.append((cue.start, polarity, cue.strength >= _STRONG or " " in cue.text))
            elif start <= cue.start < end:
                found.append((cue.start, -1, True))  # a split verdict ("uneven", "has its moments")
        lowered = clause[:1].lower() + clause[1:]
        for m in _FAINT.finditer(clause):
            at, to = start + m.start(), start + m.end()
            found = [item for item in found if not at <= item[0] < to]  # "Not bad." is a pass, not praise
            found.append((at, -1, True))
        found += [(start + m.start(), -1, True) for m in _RESERVATION.finditer(lowered)]
        for m in _PRAISE.finditer(lowered):
            found.append((start + m.start(), -1 if negated(clause, m.start()) else 1, True))
        clauses.append(found)
    if names_a_minor_fault(cues):  # "My only gripe: the middle drags.": a quibble granted, no reservation
        return [[item for item in found if item[1] > 0] for found in clauses]
    return clauses


def sentence_side(sentence: str, title: re.Pattern[str] | None = None) -> int:
    """The side a verdict sentence ends on: +1 praise, -1 a reservation, 0 nothing said. Its last
    clause that says something decides, and there the last strong item (a phrase or marker) over
    weak words.

    >>> sentence_side("The cast is terrific, but the middle drags.")
    -1
    >>> sentence_side("Sure, the middle drags, but it is a terrific ride.")
    1
    >>> sentence_side("Not my favourite of his.")
    -1
    """
    return _side(_verdict_items(sentence, title))


def _side(clauses: list[list[tuple[int, int, bool]]]) -> int:
    """``sentence_side`` of a sentence's verdict items by clause."""
    for found in reversed(clauses):
        if found:
            strong = [item for item in found if item[2]]
            return max(strong or found)[1]
    return 0


def closing_turns_away(
    text: str, titles: tuple[str, ...] = (), cues_by_sentence: dict[str, list[Cue]] | None = None
) -> bool:
    """Whether the last paragraph stating a verdict (a phrase or marker, or two weak words) ends
    on a reservation with at least half its verdict sentences reservations; a text of one paragraph
    has no verdict paragraph of its own (False). Only the text's last ``_CLOSING_READ`` characters
    (from a paragraph's start) are read; ``cues_by_sentence``: the cues ``weigh`` found, if any.

    >>> closing_turns_away("A gorgeous film, superbly acted and shot.\\n\\n"
    ...     "So: a great first act, a lovely score, and a middle that dragged. I just don't know if I love it.")
    True
    >>> closing_turns_away("A gorgeous film, superbly acted and shot.\\n\\n"
    ...     "Sure, the middle drags. But it is the best thing I have seen this year.")
    False
    """
    if (thread := THREAD_HEADER.search(text)) and text[: thread.start()].strip():
        text = text[: thread.start()]
    text = ABOUT_THE_REVIEW.sub(" ", text)
    cut = text.find("\n\n", len(text) - _CLOSING_READ) if len(text) > _CLOSING_READ else -1
    # from the cut when the opening paragraph lies before it; else all but the opening
    paragraphs = paragraphs_of(text[cut:]) if cut > 0 and text[:cut].strip() else paragraphs_of(text)[1:]
    title = title_pattern(titles)
    for paragraph in reversed(paragraphs):
        items = [_verdict_items(s, title, cues_by_sentence) for s in paragraph if not is_rating_line(s)]
        said = [item for clauses in items for found in clauses for item in found]
        if not any(item[2] for item in said) and len(said) < _WEAK_VERDICT:
            continue  # no verdict stated here: a sign-off, a credit, a plot line ("a student flat")
        sides = [side for side in _turned_sides(paragraph, items) if side]
        return bool(sides) and sides[-1] < 0 and sides.count(-1) >= _ZONE_RESERVED * len(sides)
    return False


def _turned_sides(paragraph: list[str], items: list[list[list[tuple[int, int, bool]]]]) -> list[int]:
    """Each verdict sentence's side (``_side``), a sentence that opens by turning ("But", "Still",
    "That said") after a reservation and states no reservation of its own counted as praise: the
    faults were conceded, and the paragraph turns back to the verdict ("It is not perfect. The middle
    drags. But I am glad I saw it, and now I have.").

    >>> _turned_sides(["The middle drags.", "But I am glad I finally saw it."],
    ...     [[[(4, -1, True)]], [[]]])
    [-1, 1]
    """
    sentences = [s for s in paragraph if not is_rating_line(s)]
    sides: list[int] = []
    for sentence, clauses in zip(sentences, items, strict=True):
        side = _side(clauses)
        if side == 0 and -1 in sides and OPENS_WITH_CONTRAST.match(sentence):
            side = 1
        sides.append(side)
    return sides
