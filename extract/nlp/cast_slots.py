"""The actor's slot after a part ("Hans Gruber (Alan Rickman)") and the parts of cast
lines ("Cast: Randolph Scott (Major Matt Stewart)"): where they are and the whole name of a part."""

from __future__ import annotations

import re

from extract.nlp.characters import (
    NAME,
    credit_parts,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people_shapes import _POSSESSIVE, _clean

# A real person's marks (eighth session, issue 12: real people the plot rules took for characters on
# unseen pages). Each is how critics write about the people who made a film, never about its parts:
# - the actor's slot: a part named by a common noun, its actor in parentheses, perhaps with a remark
#   or a second actor ("her father (Joe Roberts, a mountain of a man)", "a meerkat and a warthog
#   (Billy Eichner and Seth Rogen)");
# - the subject of a verb of the craft over the work ("Salim-Javed wrote the script", "De Laurentiis
#   had produced it", "Park stages the stakeout scenes"): past tense, or a film-making object;
# - a particle surname alone, of a person of the film table ("De Niro", "W.S. Van Dyke"): critics
#   write people by their surname;
# - a name joined by "and" to an actor of the page ("Ben Hardy and Joseph Mazzello are fun as ...").
_ACTOR_SLOT = re.compile(rf"(?<=[a-z]) \((?P<actors>{NAME}(?:(?:,? and |, |,? & ){NAME})*)(?=[,;)]| as )")
_ACTOR_SLOT_SPLIT = re.compile(r",? and |, |,? & ")


def actor_slots(unit: Unit) -> list[tuple[int, int, str]]:
    """The names in actors' slots of a unit's text (not a title's): (start, end, name).

    >>> [n for _, _, n in actor_slots(Unit("body", "a warthog (Billy Eichner and Seth Rogen, a joy) and his "
    ...                                            "father (Tommy Lee Jones as Clifford)"))]
    ['Billy Eichner', 'Seth Rogen', 'Tommy Lee Jones']
    """
    found: list[tuple[int, int, str]] = []
    if unit.is_title or " (" not in unit.text:
        return found
    for match in _ACTOR_SLOT.finditer(unit.text):
        if _CAPITALISED_BEFORE.search(unit.text, max(0, match.start() - 40), match.start()):
            continue  # "Randolph Scott (Major Matt Stewart)": a name before the parentheses, no common noun
        at = match.start("actors")
        for piece in _ACTOR_SLOT_SPLIT.split(match.group("actors")):
            start = unit.text.index(piece, at)
            at = start + len(piece)
            if not _POSSESSIVE.search(piece):  # "(D. W. Griffith's, forty years earlier)": a maker's
                found.append((start, at, piece))
    return found


_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*$")


def cast_parts(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """(start, end, actor, part) of the "Actor (Part)" items of a cast line ("Cast: Randolph Scott
    (Major Matt Stewart), Donna Reed (Molly Hull)"), unless the film table knows the part as a
    person and not the listed name (a blog that writes "Cast: Part (Actor)")."""
    return [
        (start, end, actor, part)
        for start, end, actor, part in credit_parts(text)
        if not (gazetteer.person_named(part) is not None and gazetteer.person_named(actor) is None)
    ]


def _mononym(unit: Unit, name: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether one word in an actor's slot is a stage name: the parser's person, no first name
    ("(Zendaya)", "(Topol)"; not "his daughter (Grace)")."""
    if gazetteer.is_first_name(name) or not name[:1].isupper() or name.isupper():
        return False
    return any(label == "PERSON" for _, _, label in unit.entities_near(start, end))


_LONGEST_PART_NAME = 6  # words: "Dwayne Elizondo Mountain Dew Herbert Camacho"
# what a longer name shows right before the pattern's two words: a capitalised word or a particle
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*|de|la|le|du|da|di|del|der|den|van|von|ter) $")


def _whole_name(unit: Unit, start: int, end: int, gazetteer: Gazetteer | None) -> str | None:
    """The parser's whole name that ends where a part's name before the actor's parentheses ends,
    when it starts earlier: the pattern reads at most two capitalised words, a part's name may hold
    particles or more words ("Ernesto de la Cruz (Benjamin Bratt)", "Captain von Rauffenstein (Erich
    von Stroheim)", "Dwayne Elizondo Mountain Dew Herbert Camacho (Terry Crews)"); not a real person's
    name the film table or its supplement holds ("a young Edgar Rice Burroughs (Daryl Sabara)")."""
    for ent_start, ent_end, label in unit.entities_near(start, end):
        if label != "PERSON" or ent_start >= start or _clean(unit.text[ent_start:end]) != unit.text[ent_start:end]:
            continue
        if unit.text[ent_start:ent_end].rstrip() != unit.text[ent_start:end]:
            continue
        whole = unit.text[ent_start:end]
        if "\n" not in whole and len(whole.split()) <= _LONGEST_PART_NAME:
            return whole if gazetteer is None or gazetteer.person_named(whole) is None else None
    return None
