"""One-word film titles the tagger took for a name: "the shark out of Jaws", "because Joker exists".

spaCy's small model calls almost any capitalised word it does not know a PERSON (sometimes a GPE
or an ORG), and the film table's one-word titles ("Jaws", "Joker", "Tangerine", "Flightplan")
are such words. ``gazetteer_works`` leaves a word inside a PERSON entity alone, rightly for a
word of a longer name ("Arcade Fire", "Dead Inside"); this rule takes back a known film's word
that the tagger's entity holds alone, mid-sentence, where nothing says it names someone: no
first name or surname of the table's people, no name of the page's people or commenters, no
actor in parentheses after it, no article or title of address before it ("the Joker", "Uncle
Joe": a character), no possessive after it. A film too little known to be named this way
(fewer than ``KNOWN`` critics' reviews) stays out.

>>> _TITLE_OF_ADDRESS.search("and then Uncle ") is not None, _TITLE_OF_ADDRESS.search("out of ") is None
(True, True)
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit, sentence_initial
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.memo import per_table
from extract.nlp.textnorm import fold
from extract.nlp.work_text import NOT_TITLES, run_around

__all__ = ["PRONOUN_TITLES", "series_run_works", "subject_film_words", "tagged_film_words", "title_characters"]

# one-word titles that are personal pronouns ("It", "Us", "Them!"): marked titles only (see works.py)
PRONOUN_TITLES = frozenset("it us them me you we him they she he".split())
KNOWN = 50  # critics' reviews: a film known well enough to be named by its one word unmarked
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})  # not a place: "Brazil", "Manhattan"
# an article or a title of address before the word makes it a character or a thing: "the Joker",
# "a Gremlin", "Uncle Joe", "Dr. Strange", "Mr. Hyde"
_TITLE_OF_ADDRESS = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Uu]ncle|[Aa]unt|[Ss]ir"
    r"|[Ll]ady|[Ll]ord|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|[Cc]aptain|[Cc]apt|[Dd]octor|[Dd]r|[Mm]rs?|[Mm]s|[Mm]iss"
    r"|[Ss]t|[Aa]gent|[Dd]etective|[Ss]ergeant|[Oo]fficer|[Cc]ount|[Bb]aron|[Ff]ather|[Ss]ister|[Bb]rother)\.?"
    r"|[’'](?:s)?)\s+$"
)
_VIEWING = frozenset("watch rewatch see try skip love hate like".split())
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
# a naming verb before the word: "calling me Dracula", "a dog named Rocky"
_NAMED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|nam(?:e|es|ed|ing)|dubb(?:ed|ing)|nicknamed)(?:\s+(?:me|him|her|it|them|us|you))?\s+$"
)


_CHARACTER_FORMS = re.compile(r"(?:\bof(?: the)? (\w+)\b|\b(\w+)[’']s\b)")


@per_table
def title_characters(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded words the film table's titles use as someone's name: after "of" or "of the" ("Bride
    of Frankenstein", "Return of the Joker") or in the possessive ("Dracula's Daughter"). A famous
    film bearing such a name is also its character, whom the parser rightly calls a person."""
    found = set()
    for film in gazetteer.films:
        if "of " in film.title or "'s" in film.title or "’s" in film.title:
            for match in _CHARACTER_FORMS.finditer(film.title):
                word = match.group(1) or match.group(2)
                if word[:1].isupper():
                    found.add(fold(word))
    return frozenset(found)


def _named_by_titles(key: str, gazetteer: Gazetteer) -> bool:
    """A pronoun ("Them!") or a name the table's titles give a character ("Dracula", "Frankenstein")."""
    return key.strip("!?.") in PRONOUN_TITLES or key in title_characters(gazetteer)


def tagged_film_words(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """Known one-word film titles mid-sentence that the tagger's name entity holds alone."""
    if unit.is_title or not unit.entities_near(0, len(unit.text)):
        return []
    found: list[Candidate] = []
    text = unit.text
    gazetteer = ctx.gazetteer
    for match in gazetteer.match(text, unit.tokens):
        word = match.text
        if match.film is None or " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        if gazetteer.films[match.film].reviews < KNOWN or sentence_initial(text, match.start):
            continue
        entities = unit.entities_near(match.start, match.end)
        if not any(s == match.start and e == match.end and label in _NAME_LABELS for s, e, label in entities):
            continue
        key = fold(word)
        if key in NOT_TITLES or key in people_words or ctx.is_commenter(word) or _named_by_titles(key, gazetteer):
            continue
        if gazetteer.is_first_name(word) or gazetteer.is_surname(word) or gazetteer.person_named(word) is not None:
            continue
        if _TITLE_OF_ADDRESS.search(text, max(0, match.start - 12), match.start):
            continue
        if _NAMED_BEFORE.search(text, max(0, match.start - 20), match.start) or _after_common_word(unit, match.start):
            continue
        if _POSSESSIVE_AFTER.match(text, match.end) or text.startswith(" (", match.end):
            continue  # "Wyatt's", "Anora (Mikey Madison)": a person or a part
        if run_around(unit, match.start, match.end) != (match.start, match.end):
            continue
        found.append(Candidate(word, match.start, match.end, "film", "tagged-word", 0.6, film=match.film))
    return found


def _after_common_word(unit: Unit, start: int) -> bool:
    """Whether a lower-case noun or adjective stands right before the word, naming what it is:
    "the wizard Shazam", "wartime Morocco", "his dog Rocky"."""
    index = unit.token_at_start.get(start)
    if not index:
        return False
    before = unit.tokens[index - 1]
    if before.key in _VIEWING:
        return False  # "go watch Melancholia": a verb the tagger may call a noun
    return before.text[:1].islower() and unit.pos_at(before.start) in {"NOUN", "ADJ", "PROPN"}


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_name(unit: Unit, start: int, end: int) -> bool:
    """Whether the parser reads text[start:end] as a proper noun, the subject of its clause."""
    for offset, doc in unit.docs:
        if offset <= start and end - offset <= len(doc.text):
            span = doc.char_span(start - offset, end - offset)
            if span is None or len(span) != 1:
                return False
            token = span[0]
            return token.pos_ == "PROPN" and token.dep_ in _SUBJECT_DEPS
    return False


def subject_film_words(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """Known one-word film titles opening a sentence as its subject, which the parser calls a
    proper noun: "Vertigo is the obvious ancestor", "Oldboy got its twist from cruelty". A
    capital there says nothing, so the word must be nobody's name as ``tagged_film_words``
    asks, and a proper noun to the parser ("Rain was falling": a common noun)."""
    if unit.is_title:
        return []
    found: list[Candidate] = []
    text = unit.text
    gazetteer = ctx.gazetteer
    for match in gazetteer.match(text, unit.tokens):
        word = match.text
        if match.film is None or " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        if gazetteer.films[match.film].reviews < KNOWN or not sentence_initial(text, match.start):
            continue
        key = fold(word)
        if key in NOT_TITLES or key in people_words or ctx.is_commenter(word) or _named_by_titles(key, gazetteer):
            continue
        if gazetteer.is_first_name(word) or gazetteer.is_surname(word) or gazetteer.person_named(word) is not None:
            continue
        if _POSSESSIVE_AFTER.match(text, match.end) or text.startswith(" (", match.end):
            continue
        if run_around(unit, match.start, match.end) != (match.start, match.end):
            continue
        if any(label in _PLACE_LABELS for _, _, label in unit.entities_near(match.start, match.end)):
            continue  # "Philadelphia was cold": the city
        if not _subject_name(unit, match.start, match.end):
            continue
        found.append(Candidate(word, match.start, match.end, "film", "subject-word", 0.6, film=match.film))
    return found


# "the Harry Potter movies", "the Transformers films", "a Godzilla movie": a capitalised run
# between a determiner and a work noun names the series or its first film (tried on the few
# words before each work noun, not over the whole text)
_WORK_NOUN = re.compile(
    r"(?<=[A-Za-z0-9.!’'])[ \t]+(?:movies?|films?|franchise|trilogy|saga|sequels|prequels|pictures)\b"
)
_SERIES_RUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Tt]hose|[Tt]hese)[ \t]+"
    r"(?:(?:original|first|early|earlier|later|new|old|last|other|two|three|four|five|recent)[ \t]+)?"
    r"(?P<run>[A-Z][\w.’'!-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z0-9][\w.’'!-]*){0,3})$"
)
_SERIES_REACH = 80  # characters before a work noun where its determiner and run may start


def series_run_works(unit: Unit, ctx: PageContext, people_words: set[str]) -> list[Candidate]:
    """The series a plural of works names: "the Harry Potter movies", "the Transformers films".
    A run the film table knows is that film; a run it does not know is a work when it has two
    words or more and is nobody's name (not "the Tom Hanks movies", not "the Marvel movies": one
    unknown word is a studio or a maker as often as a series)."""
    if unit.is_title:
        return []
    found: list[Candidate] = []
    gazetteer = ctx.gazetteer
    text = unit.text
    for noun in _WORK_NOUN.finditer(text):
        before = noun.start()
        match = _SERIES_RUN.search(text, max(0, before - _SERIES_REACH), before)
        if match is None:
            continue
        run = match.group("run").rstrip(".")
        start = match.start("run")
        words = run.split()
        key = fold(run)
        if gazetteer.person_named(run) is not None or ctx.is_commenter(run):
            continue
        if any(fold(w) in NOT_TITLES for w in words):
            continue
        if len(words) == 1 and key in people_words:
            continue  # a surname the page gives someone: "the Nolan films" (the tagger's full names of
            # two words are no bar: it calls "Harry Potter" a person too)
        films = gazetteer.films_titled(run)
        if len(words) == 1 and (gazetteer.is_surname(run) or gazetteer.is_first_name(run)):
            continue  # "a Bond film", "the Hitchcock films": a maker or a hero, not the film
        if films:
            film = max(films, key=lambda f: gazetteer.films[f].reviews)
            found.append(Candidate(run, start, start + len(run), "film", "series-run", 0.85, film=film))
        elif len(words) >= 2 and not all(gazetteer.is_surname(w) and not gazetteer.is_first_name(w) for w in words):
            # (surnames only: a team of makers, "the Merchant Ivory films", "the Powell Pressburger pictures")
            found.append(Candidate(run, start, start + len(run), "film", "series-run", 0.8))
    return found
