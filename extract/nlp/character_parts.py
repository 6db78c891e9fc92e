"""Checks of a part's forms ("Actor is Name", "X (Y)", "Actor, who is Name"): which side is the
actor, whether a name is a clause's subject, and the folded names a character adds."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.characters import WORK_NOUNS
from extract.nlp.context import Unit
from extract.nlp.textnorm import fold


def _role_noun(unit: Unit, match: re.Match[str]) -> bool:
    """Whether the lower-case words between "Actor is" and a name end in a plot noun: "is their
    editor Rebecca Corbett": an actor who is someone plays them, whatever their trade; not "is
    great and Zoe Kazan" (no noun). With no such words, "Actor is (the) Name" as before."""
    words = match.group("words").split()
    if not words:
        return match.group("det") in {None, "the", "a"}
    last = words[-1]
    start = match.start("words") + match.group("words").rstrip().rfind(" ") + 1
    return unit.pos_at(start) == "NOUN" and last not in WORK_NOUNS and last not in STOP_WORDS


def _add_character(names: set[str], name: str, surnames: dict[str, set[str]]) -> None:
    """A character's folded full name, first name and (unless an actor's surname) last name:
    "Imperator Furiosa" is "Furiosa" later on, "Robert Angier" is "Angier"."""
    words = fold(name).split()
    names.add(" ".join(words))
    names.add(words[0])
    others = surnames.get(words[-1], set()) - {" ".join(words)}  # "Lee Jong-su", a namesake in the table, is no other
    if len(words) >= 2 and not others and words[-1] not in STOP_WORDS and len(words[-1]) > 2:
        names.add(words[-1])


# what follows the subject of a clause ("the scariest thing Fincher has ever shot"), not a part's name
_CLAUSE_AFTER = re.compile(
    r" (?:has|had|have|ever|never|would|could|will|did|does|once|just|always|made|makes|shot|wrote|directed)\b"
)


def _person_at(unit: Unit, start: int, end: int) -> bool:
    return any(label == "PERSON" for _, _, label in unit.entities_near(start, end))


def _clause_subject(text: str, match: re.Match[str], surnames: dict[str, set[str]]) -> bool:
    """Whether the name "Actor is the ... Name" finds is a page person's surname or a clause's subject."""
    name = match.group("name")
    return (" " not in name and fold(name) in surnames) or _CLAUSE_AFTER.match(text, match.end("name")) is not None


def _reversed(outside: str, inside: str, actors: set[str], cast_style: bool = False) -> bool:
    """Whether "X (Y)" puts the actor outside: a known actor outside and not inside, or a full
    name outside and a single name inside (unless the text writes "Character (Actor)" elsewhere)."""
    if fold(inside) in actors:
        return False
    if cast_style and fold(outside) not in actors:
        return False  # "Art Donaldson (Mike Faist) ... Tashi Duncan (Zendaya)"
    if len(inside.split()) == 1 and fold(inside) in {actor.split()[-1] for actor in actors}:
        return False  # "Sam Spade (Bogart)": an actor's surname inside, the character outside
    return fold(outside) in actors or (len(outside.split()) >= 2 and len(inside.split()) == 1)
