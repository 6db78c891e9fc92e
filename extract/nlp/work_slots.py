"""Lone capitalised words in a comparison's slot, and subjects that "did the same thing with more"."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.candidates import Candidate
from extract.nlp.context import (
    PageContext,
    Unit,
    sentence_initial,
)
from extract.nlp.cues import PERSON_SUBJECT_CUES, Cue
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded
from extract.nlp.work_text import NOT_TITLES, modifies_noun

_KNOWN = 50  # critics' reviews: a film this well known is named even as a modifier ("the Alien set-up")
_SLOT_SHAPES = frozenset({"object", "binary", "between"})


_SLOT_BLOCKING = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


_SLOT_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})  # "Arrival", "Burning": the tagger's guess for a lone title


def cue_slot_words(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """A lone capitalised word in a comparison cue's slot holds a work, even where the tagger calls
    it a person: the object right after the cue ("Better than Arrival", "I preferred Booksmart",
    "Like M, made twenty years earlier", "Fury Road meets Stagecoach") and the subject right before
    a cue that starts with its verb ("Though Burning is still the better thriller"). Not a name the
    page or the film table gives a person (a full name's part, a director's surname, a commenter)."""
    if unit.is_title:
        return []
    tokens = unit.tokens
    found: list[Candidate] = []
    for cue in unit.cues:
        if cue.shape not in _SLOT_SHAPES:
            continue  # "I preferred Booksmart": a person subject ("prefer") still takes a work object
        index = unit.token_index_at(cue.end)
        if (
            index < len(tokens)
            and tokens[index].start - cue.end <= 1
            and (candidate := _slot_word(unit, ctx, people_words, index, cue)) is not None
        ):
            found.append(candidate)
        first = unit.token_index_at(cue.start)
        if (
            cue.name not in PERSON_SUBJECT_CUES
            and 0 < first < len(tokens)
            and unit.pos_at(cue.start) in {"AUX", "VERB"}
            and _lone_subject(unit, first - 1)
            and (candidate := _slot_word(unit, ctx, people_words, first - 1, cue)) is not None
        ):
            found.append(candidate)
    return found


_OPENERS = frozenset({"SCONJ", "CCONJ", "ADV", "INTJ"})  # "Though Burning is ...", "But Burning is ..."


def _lone_subject(unit: Unit, index: int) -> bool:
    """Whether the token at ``index`` stands alone at its clause's start: after the start of a
    sentence, a comma or a sentence-initial conjunction or adverb."""
    tokens = unit.tokens
    if index == 0 or sentence_initial(unit.text, tokens[index].start):
        return True
    before = tokens[index - 1]
    if before.text in {",", ";", "—", "–"}:
        return True
    return unit.pos_at(before.start) in _OPENERS and sentence_initial(unit.text, before.start)


def _slot_word(unit: Unit, ctx: PageContext, people_words: set[str], index: int, cue: Cue | None) -> Candidate | None:
    tokens = unit.tokens
    token = tokens[index]
    word = token.text
    if index + 1 < len(tokens) and (tokens[index + 1].text[:1].isupper() or tokens[index + 1].text in {"’s", "'s"}):
        return None  # a longer run or a possessive: the run rules decide
    if not word.isalpha() or not word[:1].isupper() or (len(word) == 1 and word in {"I", "A"}):
        return None
    if len(word) > 1 and word.isupper():
        return None
    films = ctx.gazetteer.films_titled(word)
    if modifies_noun(unit, token.end) and not (films and ctx.gazetteer.films[films[0]].reviews >= _KNOWN):
        return None  # "than Latin cinema": a word before its noun; "like the Alien set-up" names a film
    if len(word) == 1 and index + 1 < len(tokens) and tokens[index + 1].text[:1].isalnum():
        return None  # "Y tu mamá también": a one-letter title stands alone before its punctuation
    key = fold(word)
    if key in NOT_TITLES or key in STOP_WORDS or ctx.is_commenter(word):
        return None
    if key in people_words and not (ctx.reviewed_key and key in ctx.reviewed_key.split()):
        return None  # a page person's name; but "If you loved Zoolander" on "Zoolander 2" is the first film
    pos = unit.pos_at(token.start)
    if pos not in _SLOT_POS:
        return None
    films = ctx.gazetteer.films_titled(word)
    if not films and (
        ctx.gazetteer.person_named(word) is not None
        or ctx.gazetteer.is_surname(word)
        # a first name the tagger reads as a name; "Burning", "M" (an initial) it does not
        or (ctx.gazetteer.is_first_name(word) and len(word) > 1 and pos == "PROPN")
    ):
        return None
    if any(
        s <= token.start
        and token.end <= e
        and label in _SLOT_BLOCKING
        and not (cue is not None and s <= cue.start and cue.end <= e)
        for s, e, label in unit.entities_near(token.start, token.end)
    ):
        return None  # "better than Paris": a place; an entity across the cue itself is the parser's slip
    return Candidate(word, token.start, token.end, "film", "cue-slot", 0.62, film=films[0] if films else None)


_MORE_LESS = frozenset({"more", "less", "fewer"})


def with_more_subjects(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """The lone subject of a sentence that did what another work did, with more or less of
    something: "Bombshell covered the same ground with more bite", "Sunshine did the doomed-crew
    thing with more style". The parse: the root verb's subject opens the sentence, its object is
    "the same N" or "the ... thing", and a "with more/less N" hangs from it."""
    if unit.is_title or (" with more " not in unit.text and " with less " not in unit.text):
        return []
    found: list[Candidate] = []
    for offset, doc in unit.docs:
        for sentence in doc.sents:
            root = sentence.root
            if root.pos_ != "VERB":
                continue
            children = list(root.children)
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            thing = next((c for c in children if c.dep_ == "dobj"), None)
            if subject is None or thing is None or subject.i != sentence.start:
                continue
            same = thing.lower_ == "thing" or any(c.lower_ == "same" for c in thing.children)
            more = any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(g.dep_ == "pobj" and any(m.lower_ in _MORE_LESS for m in g.children) for g in c.children)
                for c in [*children, *thing.children]
            )
            if not (same and more):
                continue
            index = unit.token_index_at(offset + subject.idx)
            if index < len(unit.tokens) and (candidate := _slot_word(unit, ctx, people_words, index, None)):
                found.append(candidate)
    return found


_MAKERS_BEST = guarded(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bthink )|(?<=\bthat ))"
    r"(?P<title>[A-Z0-9][\w’'!:-]*(?: (?:of|the|a|in|and) )?(?: ?[A-Z0-9][\w’'!:-]*){0,5}) "
    r"(?:is|was|remains)(?: (?:still|probably|easily|surely|arguably|clearly|by far))? "
    r"(?:his|her|their|[A-Z][\w.-]*[’']s) (?:very )?(?:best|worst|finest|greatest|weakest|strangest|"
    r"masterpiece|[a-z]+est)\b(?!\s+(?:friend|mate|pal|buddy|man|woman|girl|boy|bet|chance|shot|self)\b)"
)


_OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)[’']s (?=[A-Z0-9])")


def _a_makers_name(owner: str, ctx: PageContext, people_words: set[str]) -> bool:
    """Whether the possessor before a title is a person's name: the page's or the table's."""
    gazetteer = ctx.gazetteer
    return (
        fold(owner) in people_words
        or gazetteer.person_named(owner) is not None
        or (" " not in owner and gazetteer.is_surname(owner))
    )


_BEST_VERBS = (" is ", " was ", " remains ")  # a _MAKERS_BEST match holds one, and one of _BEST_OWNERS
_BEST_OWNERS = ("his ", "her ", "their ", "’s ", "'s ")


def makers_best_subjects(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """The subject of "is his best", "is still Flanagan's best work", "is his strangest": one of a
    maker's works, however common its name ("Signs is still his best", "Enemy is his strangest").
    Not a name the page or the table gives a person ("Tom is his best friend")."""
    text = unit.text
    if unit.is_title or "est" not in text:
        return []
    if not any(verb in text for verb in _BEST_VERBS) or not any(owner in text for owner in _BEST_OWNERS):
        return []  # every match holds one of each: no scan
    found: list[Candidate] = []
    for match in _MAKERS_BEST.finditer(unit.text):
        title, start = match.group("title"), match.start("title")
        films = ctx.gazetteer.films_titled(title)
        owner = _OWNER.match(title)
        if owner and not films and _a_makers_name(owner.group("owner"), ctx, people_words):
            title, start = title[owner.end() :], start + owner.end()  # "Snyder's Watchmen": the maker's work
            films = ctx.gazetteer.films_titled(title)
        key = fold(title)
        if key in NOT_TITLES or key in STOP_WORDS or ctx.is_commenter(title):
            continue
        named = key in people_words or ctx.gazetteer.is_first_name(title) or ctx.gazetteer.is_surname(title)
        if not films and (ctx.gazetteer.person_named(title) is not None or (len(title.split()) == 1 and named)):
            continue  # the parser's guess of a person does not outweigh "is still D's best work" for two words
        found.append(
            Candidate(title, start, start + len(title), "film", "makers-best", 0.7, film=films[0] if films else None)
        )
    return found
