"""Marks that a name is a real person of the film world and not a character: the subject
of a verb of the craft ("Deakins shot it"), a maker's possessive or clause, a name joined by
"and" to an actor of the page, a surname with a capital particle ("De Niro")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from extract.nlp.cast_slots import actor_slots
from extract.nlp.character_namesakes import _namesake_outside
from extract.nlp.character_titles import _TITLE_KEYS
from extract.nlp.characters import (
    _NOT_A_NAME_START,
    NAME,
    PARENTHESISED,
    full_name,
    name_run,
    trade_listed,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people_credits import _POSSESSIVE_GATE, _after_lead, stage_name
from extract.nlp.people_shapes import (
    _CAPITAL_PARTICLES,
    _LIST_GAP,
    _STOP_OR_NOT_NAME,
    _clean,
    _persons,
    _without_first_word,
)
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded

_CRAFT_VERBS = frozenset(
    """wrote writes co-wrote co-writes penned pens scripted scripts scored scores composed composes produced
    co-directs co-produces co-produced
    produces co-produced directed directs co-directed shot shoots lensed lenses edited edits photographed
    photographs designed designs choreographed choreographs stages staged adapted adapts""".split()
)
_CRAFT_VERB_GATE = re.compile(r"\b(?:" + "|".join(sorted(_CRAFT_VERBS)) + r")\b")
# what a verb of the craft makes when a critic writes it in the present ("stages the scenes"), not a plot's
_FILM_MAKING_OBJECTS = frozenset(
    """script scripts screenplay screenplays score scores music film films movie movies picture pictures episode
    episodes scene scenes sequence sequences soundtrack shot shots pilot season seasons series show songs
    lyrics theme themes""".split()
)
_RELATIVE_OBJECTS = frozenset({"which", "that", "it", "this", "both", "them", "everything", "all"})


def real_person_marks(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> set[str]:
    """Folded names a real person's mark follows in this unit (see above); a plot rule does not make
    them characters.

    >>> from extract.nlp.gazetteer import Gazetteer
    >>> unit = Unit("body", "Her father (Joe Roberts, a mountain in a coat) and her mother (Dolly Vance) glare.")
    >>> sorted(real_person_marks(unit, set(), Gazetteer([], [])))
    ['dolly vance', 'joe roberts']
    """
    text = unit.text
    marks: set[str] = {fold(name) for _, _, name in trade_listed(text)}  # "the songwriters, A and B"
    marks |= _maker_clauses(text)
    marks |= _maker_possessives(text)  # "Michael Bauman's VistaVision photography", "Jean Louis's satin gown"
    marks |= _actors_after_parts(text, gazetteer)  # "Mark Lewis (Carl Boehm)"
    marks |= _actors_before_parts(text)  # "Laleh Moradi, as Sima, has a scene"
    for _, _, name in actor_slots(unit):
        words = name.split()
        if fold(words[0]).rstrip(".") in _TITLE_KEYS or fold(words[0]) in _STOP_OR_NOT_NAME:
            continue  # "the boss (Mr. Blonde)", "(The End)": a part's title, no actor
        if len(words) >= 2 or not gazetteer.is_first_name(name):
            marks.add(fold(name))  # "(Zendaya, mostly in slow motion)"; not "his daughter (Grace)"
    if unit.docs:
        craft = _CRAFT_VERB_GATE.search(text) is not None
        for offset, doc in unit.docs:
            persons = _persons(unit, doc)
            for ent in persons:
                name = _clean(ent.text)
                if not name:
                    continue
                key = fold(name)
                words = key.split()
                if (
                    _particle_surname(name, gazetteer)  # "De Niro", "W.S. Van Dyke"
                    or (" " not in name and stage_name(gazetteer, name))  # "Sting in his winged underpants"
                    or (craft and _craft_subject(ent))
                    or (actors and _beside_a_name(text, offset, ent) and _joined_to_an_actor(ent, persons, actors))
                ):
                    marks.add(key)
    return marks


# "Pierre Perifel, who directed, ...", "Wegener co-directs here": a maker's relative clause, or a verb
# of shared making no plot gives its people (with no object needed)
_MAKER_CLAUSE = guarded(
    rf"(?<![\w’'.-])(?P<name>{NAME})(?:, who (?:also |had )?(?:directed|co-directed|wrote|co-wrote|produced|"
    r"co-produced|scored|shot|edited|composed|designed)\b| (?:also )?(?:co-directs|co-directed|co-writes|co-wrote|"
    r"co-produces|co-produced)\b)"
)


# a possessive owning a craft's work no plot gives its people (not "X's novel", "X's career": a
# character may write one or have one)
_CRAFT_POSSESSIVE = guarded(
    rf"(?<![\w’'.-]){_NOT_A_NAME_START}(?P<name>{NAME})(?:[’']s|(?<=s)[’']) "
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:[A-Z][a-z]+)?) ){0,3}"
    r"(?:score|soundtrack|photography|cinematography|cameras?|camerawork|editing|music|lyrics|direction|screenplay|"
    r"waltz|waltzes|overtures?|cues|orchestrations?|"
    r"script|compositions|framing|lighting|imagery|visuals|"
    r"gowns?|costumes|costume designs?|sets|set designs?|production design|filmography|oeuvre)\b"
)


def _actors_after_parts(text: str, gazetteer: Gazetteer) -> set[str]:
    """Folded full names in parentheses right after a name the film table does not hold as a person
    (or holds only as a namesake): the critics' "Character (Actor)" puts a real person inside."""
    if "(" not in text:
        return set()
    found = set()
    for match in PARENTHESISED.finditer(text):
        inside = _after_lead(match.group("inside").split(",")[0].strip())
        outside = _clean(match.group("outside"))
        if not full_name(inside) or not outside or fold(outside.split()[0]) in _STOP_OR_NOT_NAME:
            continue
        if gazetteer.person_named(outside) is None or _namesake_outside(outside, inside, text, gazetteer):
            found.add(fold(inside))
    return found


# "Laleh Moradi, as Sima, has a scene where...", "Laleh Moradi, who plays the girl Sima": a critic's
# aside that names the part after the actor
_ACTOR_BEFORE_PART = guarded(
    rf"(?<![\w’'.-]){_NOT_A_NAME_START}(?P<name>{NAME}), (?:as (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}},"
    r"|who (?:plays|played|portrays|portrayed|voices|voiced) (?:(?:the|a|an|his|her|their) )?"
    r"(?:[a-z][\w-]* ){0,5}[A-Z])"
)


def _actors_before_parts(text: str) -> set[str]:
    """Folded full names set off by commas before "as" and a capitalised part ("Laleh Moradi, as
    Sima, has") or before "who plays" and a part's name ("who plays the crook Omar"; not "who plays
    the accordion", a character's pastime): the name is the actor's.

    >>> sorted(_actors_before_parts("Laleh Moradi, as Sima, has one scene. Anna, as Jonas says, waits."))
    ['laleh moradi']
    """
    if ", as " not in text and ", who " not in text:
        return set()
    return {fold(name) for m in _ACTOR_BEFORE_PART.finditer(text) if full_name(name := _clean(m.group("name")))}


def _maker_possessives(text: str) -> set[str]:
    """Folded full names whose possessive owns a thing made for a film ("X's score", "X's photography")."""
    if _POSSESSIVE_GATE.search(text) is None:
        return set()
    found = set()
    for match in _CRAFT_POSSESSIVE.finditer(text):
        name = _clean(match.group("name"))
        while len(name.split()) > 2 and fold(name.split()[0]) in STOP_WORDS:
            name = _without_first_word(name)
        if full_name(name):
            found.add(fold(name))
    return found


def _maker_clauses(text: str) -> set[str]:
    """Folded names a maker's clause follows, and for a surname alone the full names on the text
    that end with it ("Wegener co-directs" marks "Paul Wegener").

    >>> sorted(_maker_clauses("Ada Vint, who directed, did fine. Then Oster co-directs with her. Hal Oster sulks."))
    ['ada vint', 'hal oster', 'oster']
    """
    if ", who " not in text and "co-" not in text:  # scans in C before the pattern's
        return set()
    marks = set()
    for match in _MAKER_CLAUSE.finditer(text):
        name = name_run(_clean(match.group("name")))
        while len(name.split()) > 1 and fold(name.split()[0]) in STOP_WORDS:
            name = _without_first_word(name)
        if not name or fold(name.split()[0]) in _STOP_OR_NOT_NAME:
            continue
        marks.add(fold(name))
        if " " not in name:
            fulls = re.finditer(rf"(?<![\w’'.-])[A-Z][\w’'-]+ {re.escape(name)}(?![\w’'-])", text)
            marks |= {fold(m.group()) for m in fulls if fold(m.group().split()[0]) not in _STOP_OR_NOT_NAME}
    return marks


def _craft_subject(ent: Span) -> bool:
    """Whether a name is the subject of a verb of the craft over the work."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _CRAFT_VERBS:
        return False
    objects = [  # "the pilot", and the parser's "the pilot years" (its compound)
        word.lower_
        for child in verb.children
        if child.dep_ in {"dobj", "obj"}
        for word in (child, *(c for c in child.children if c.dep_ == "compound"))
    ]
    if verb.tag_ in {"VBD", "VBN"}:
        return (
            not objects
            or any(o in _FILM_MAKING_OBJECTS or o in _RELATIVE_OBJECTS for o in objects)
            or (any(t.lower_ in _RELATIVE_OBJECTS for t in verb.lefts))
        )
    return any(o in _FILM_MAKING_OBJECTS for o in objects)


_AND_AFTER = re.compile(r",? (?:and|&) [A-Z]|, [A-Z]")
_AND_BEFORE = re.compile(r"[a-z] (?:and|&) $|[a-z], $")


def _beside_a_name(text: str, offset: int, ent: Span) -> bool:
    """A cheap look at the text around a name (the unit's text; its parse starts at ``offset``):
    "and" or a comma between it and another name."""
    start, end = offset + ent.start_char, offset + ent.end_char
    return _AND_AFTER.match(text, end) is not None or _AND_BEFORE.search(text, max(0, start - 8), start) is not None


def _joined_to_an_actor(ent: Span, persons: list[Span], actors: set[str]) -> bool:
    """Whether a name is joined by "and" to another name, of an actor of the page."""
    if not actors:
        return False
    root = ent.root
    others = [root.head] if root.dep_ == "conj" else []
    others += [child for child in root.children if child.dep_ == "conj"]
    for token in others:
        if token.ent_type_ != "PERSON":
            continue
        for other in persons:
            if other.start <= token.i < other.end and fold(_clean(other.text)) in actors:
                first, second = (ent, other) if ent.start < other.start else (other, ent)
                gap = first.doc[first.end : second.start].text if second.start > first.end else ""
                if gap in _LIST_GAP or gap.strip() in _LIST_GAP:  # side by side: "Ben Hardy and Joseph Mazzello"
                    return True
    return False


def _particle_surname(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a surname with a capitalised particle, after initials at most, whose last
    word is a surname of the film table ("De Niro", "Van Cleef", "W.S. Van Dyke"; not "Robert De
    Niro", which the table holds whole, nor "Van Helsing")."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-2] in _CAPITAL_PARTICLES
        and all(w.endswith(".") for w in words[:-2])
        and gazetteer.is_surname(words[-1])
    )
