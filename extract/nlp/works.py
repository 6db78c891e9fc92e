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
from extract.nlp.context import PageContext, Unit
from extract.nlp.spans import SpanIndex
from extract.nlp.textnorm import name_key
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
    return found + subtitled(unit, ctx, found, people)


def _named_spans(unit: Unit, ctx: PageContext, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lexicon = NameWords.of(ctx.gazetteer)
    text = unit.text
    return [
        (start, end)
        for start, end in spans
        if not lexicon.nameless(text[start:end]) or ctx.gazetteer.person_named(text[start:end]) is not None
    ]
