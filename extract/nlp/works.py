"""Films and other works named in a text: the gazetteer plus context rules.

Stock NER finds film titles badly, and many titles are ordinary words ("Her", "Mud",
"Gravity"). A gazetteer match is accepted when the text treats it as a title: title case
for several words; for one word, quotes, italics, the page's own title, capitals used as a
title, or a capitalised word mid-sentence that is nobody's name. Works the gazetteer does
not know come from quotes, italics, capitals in titles, and title-case runs after cue words
("novel", "book called", "series") or before "by <person>".
"""

from __future__ import annotations

from extract.nlp.candidates import Candidate
from extract.nlp.context import QUOTE_CLOSE, PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_credited import capitals_works, directed_works, lowercase_works
from extract.nlp.work_extents import split_compounds, subtitled
from extract.nlp.work_extras import pingback_title_work, site_mentions, song_works
from extract.nlp.work_furniture import off_furniture
from extract.nlp.work_lists import parenthesised_titles
from extract.nlp.work_makers import grammar_works, owned_works, sung_works
from extract.nlp.work_matches import abbreviated_works, gazetteer_works, predecessor_works
from extract.nlp.work_names import NameWords
from extract.nlp.work_runs import (
    actor_in_runs,
    caps_in_titles,
    cue_works,
    cued_runs,
    dated_runs,
    hint_works,
    joined_runs,
    listed_after_works,
    quoted_works,
)
from extract.nlp.work_slots import cue_slot_words, makers_best_subjects, with_more_subjects


def find_works(
    unit: Unit, ctx: PageContext, people_spans: list[tuple[int, int]], people_words: set[str]
) -> list[Candidate]:
    """Every work candidate in a unit (overlaps are settled by the caller). A person span the
    film table's words call no name ("Spirited Away") does not keep the work rules off its run."""
    people_spans = _named_spans(unit, ctx, people_spans)
    people = SpanIndex(people_spans)
    found = [
        *pingback_title_work(unit),
        *song_works(unit),
        *([] if unit.is_title else site_mentions(unit)),
        *gazetteer_works(unit, ctx, people_words),
        *predecessor_works(unit, ctx, people_words),
        *abbreviated_works(unit, ctx),
        *dated_runs(unit, ctx, people),
        *actor_in_runs(unit, ctx, people_words),
        *quoted_works(unit, ctx),
        *cue_works(unit, people_spans),
        *cued_runs(unit, ctx, people),
        *cue_slot_words(unit, ctx, people_words),
        *listed_after_works(unit, ctx, people_words),
        *parenthesised_titles(unit, ctx, people, people_words),
        *with_more_subjects(unit, ctx, people_words),
        *makers_best_subjects(unit, ctx, people_words),
        *joined_runs(unit, ctx, people_spans),
        *caps_in_titles(unit),
        *hint_works(unit, ctx),
        *grammar_works(unit, ctx, people, people_words),
        *owned_works(unit, ctx, people, people_words),
        *sung_works(unit, ctx, people, people_words),
        *lowercase_works(unit, ctx, people),
        *capitals_works(unit, ctx),
    ]
    named = {name_key(c.text) for c in found}
    found += [c for c in directed_works(unit, ctx, people) if name_key(c.text) not in named]  # names no rule found
    found = split_compounds(unit, ctx, off_furniture(unit, found))
    found = [c for c in found if not _bare_pronoun(unit, c) and not _article_event(unit, ctx, c)]
    return found + subtitled(unit, ctx, found, people)


# One-word titles that are personal pronouns ("It", "Us", "Them!"): the word opens quoted speech
# (“It's the best ...”), follows a footnote mark, or shouts in capitals ("SKIP IT") far more often
# than it names the film, so it names one only where the page marks it as a title. "Her" is not
# among them: mid-sentence, a capitalised "Her" is the film far more often than the pronoun.
_PRONOUNS = frozenset("it us them me you we him they she he".split())
_PRONOUN_RULES = frozenset({"possessive", "dated", "italic", "reviewed-title"})


def _bare_pronoun(unit: Unit, candidate: Candidate) -> bool:
    """Whether a pronoun title stands unmarked: not after a maker's possessive ("Peele's Us"),
    a year, italics or the page's own title, nor closed in quotation marks of its own
    (“It” yes; “It's the best” no)."""
    if candidate.kind != "film" or fold(candidate.text.strip("!")) not in _PRONOUNS:
        return False
    if candidate.rule in _PRONOUN_RULES:
        return False
    text, end = unit.text, candidate.end
    closed = text[end : end + 1] in QUOTE_CLOSE and not text[end + 1 : end + 2].isalpha()
    return not (candidate.rule == "quoted" and closed)


_ARTICLES = frozenset({"the"})
_NOT_FILM_LABELS = frozenset({"EVENT", "FAC", "GPE", "LOC", "LAW", "ORG", "NORP"})


def _article_event(unit: Unit, ctx: PageContext, candidate: Candidate) -> bool:
    """Whether a title without an article of its own is, with "the" before it, a name the parser
    reads as an event, place or body: "fought in the Civil War", "the Cold War stuff" (the films
    are "Civil War" and "Cold War"). Quoted, italic and dated titles stay films."""
    if candidate.kind != "film" or candidate.film is None or candidate.rule in _PRONOUN_RULES | {"quoted"}:
        return False
    before = unit.text[max(0, candidate.start - 4) : candidate.start]
    if fold(before.strip()) not in _ARTICLES or not before.endswith(" "):
        return False
    title = ctx.gazetteer.films[candidate.film].title
    if fold(title.split()[0]) in _ARTICLES:
        return False
    article = candidate.start - 4
    return any(
        label in _NOT_FILM_LABELS and s <= article and e >= candidate.end
        for s, e, label in unit.entities_near(candidate.start, candidate.end)
    )


def _named_spans(unit: Unit, ctx: PageContext, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lexicon = NameWords.of(ctx.gazetteer)
    text = unit.text
    return [
        (start, end)
        for start, end in spans
        if not lexicon.nameless(text[start:end]) or ctx.gazetteer.person_named(text[start:end]) is not None
    ]
