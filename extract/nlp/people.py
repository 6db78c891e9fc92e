"""People named in a text (spaCy PERSON plus the gazetteer), and characters told apart.

Samantha and Theodore are characters of Her, not real people: a name in parentheses after
a character ("Theodore Twombly (Joaquin Phoenix)"), after "voiced by", after "as" in an
actor's sentence, or after "his neighbor", "her husband" and the like is a character.

This module finds the person candidates of a unit (find_people); the sources it joins live in
people_surnames (bare surnames), people_credits (credit lines and performers); the characters in
character_names (and the modules it calls: cast_slots, person_marks, character_story,
character_plot); the shared word sets and name shapes in people_shapes.
"""

from __future__ import annotations

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.canon_surnames import canon_surnames
from extract.nlp.cast_slots import actor_slots
from extract.nlp.character_names import find_character_names
from extract.nlp.characters import (
    PERSON_NOUNS,
    addressed_names,
    is_label,
)
from extract.nlp.context import PageContext, Unit
from extract.nlp.maker_surnames import maker_surnames
from extract.nlp.people_credits import credited_people, stage_name
from extract.nlp.people_lives import real_lives_in
from extract.nlp.people_shapes import (
    _CONTRACTION,
    NOT_PERSON_WORDS,
    _clean,
    _lines,
    _persons,
    lower_case_prose,
    name_word,
)
from extract.nlp.people_surnames import critic_surnames, director_surnames, paired_surnames
from extract.nlp.person_marks import real_person_marks
from extract.nlp.textnorm import fold

__all__ = [
    "actor_slots",
    "addressed_names",
    "credited_people",
    "critic_surnames",
    "find_character_names",
    "find_people",
    "lower_case_prose",
    "real_person_marks",
]


def find_people(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Person candidates: spaCy PERSON entities and gazetteer names written in title case."""
    found: list[Candidate] = []
    for offset, doc in unit.docs:
        for ent in _persons(unit, doc):
            for line_start, line in _lines(ent.text):
                at = offset + ent.start_char + line_start
                found += _ner_person(unit, ctx, _before_label(line, unit.text, at), at)
    lower = lower_case_prose(unit.text)
    for match in ctx.gazetteer.match(unit.text, unit.tokens):
        if match.person is None:
            continue
        words = match.text.split()
        if all(name_word(w) for w in words) and words[0][:1].isupper():
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.8, person=match.person))
        elif lower and len(words) >= 2 and match.text.islower():  # "(liv ullmann)" in a page written in lower case
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.7, person=match.person))
    found += credited_people(unit, ctx.gazetteer) + director_surnames(unit, ctx) + maker_surnames(unit, ctx)
    found += _real_lives(unit, ctx)
    return found + critic_surnames(unit) + canon_surnames(unit, ctx) + paired_surnames(unit, ctx)


def _before_label(line: str, text: str, at: int) -> str:
    """An entity running into a credit label loses the label: "Directed by: Fritz Lang Cast: ..."
    gives "Fritz Lang Cast", a person "Fritz Lang"."""
    end = at + len(line)
    if text[end : end + 3].lstrip()[:1] == ":" and len(line.split()) >= 3 and is_label(line.split()[-1]):
        return line.rsplit(None, 1)[0]
    return line


def _ner_person(unit: Unit, ctx: PageContext, text: str, at: int) -> list[Candidate]:
    """A person candidate from one line of a spaCy PERSON entity, unless the name is no person's."""
    name = _clean(text)
    words = name.split()
    if len(words) >= 3 and fold(words[0]) in PERSON_NOUNS:  # "Producer Dino De Laurentiis wanted ..."
        cut = text.find(words[1], len(words[0]))
        text, at = text[cut:], at + cut
        name = _clean(text)
        words = name.split()
    if _CONTRACTION.match(name) or not words or len(name) < 2:
        return []  # "I've", "I'm"
    if not all(name_word(w) for w in words):
        return []
    if any(fold(w) in NOT_NAMES for w in words) or any(ch in name for ch in "/+@#"):
        return []
    if len(words) == 1 and unit.text[at + len(text) : at + len(text) + 2].lstrip()[:1] == ":":
        line_start = unit.text.rfind("\n", 0, at) + 1
        if is_label(name) or not unit.text[line_start:at].strip():
            return []  # "Cast:" opening a credit line, "Verdict: essential" opening a line
    if name.isupper() and len(name) > 3:
        return []
    if "’s " in name or "'s " in name or len(set(fold(name).split())) < len(words):
        return []  # "Arcade Fire’s Supersymmetry", "Ruth Ruth"
    if fold(name) in NOT_PERSON_WORDS or (
        ctx.gazetteer.films_titled(name)
        and ctx.gazetteer.person_named(name) is None
        and (len(words) >= 2 or not ctx.gazetteer.is_first_name(name))
    ):
        return []  # "Blade Runner", "Birdman" are films; "Oscar", "Twitter" are not people
    if unit.is_title and len(words) == 1:
        return []  # every word of a title is capitalised: a lone one is no evidence of a name
    start = at + text.find(words[0])
    if len(words) == 1 and stage_name(ctx.gazetteer, name):  # "Sting", "Madonna": no one's first name
        return [Candidate(name, start, start + len(name), "person", "stage-name", 0.65)]
    return [Candidate(name, start, start + len(name), "person", "ner", 0.6)]


def _real_lives(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """The well-known real lives the text names in full ("Malcolm X", "Ulysses S. Grant"), unless
    the name is a film's title too ("Jesse James", "Erin Brockovich"): the works decide those."""
    return [
        Candidate(name, start, end, "person", "real-life", 0.8)
        for start, end, name in real_lives_in(unit.text)
        if not ctx.gazetteer.films_titled(name)
    ]
