"""Characters a plot summary names by its phrasing: an actor's role ("as his girlfriend Debby
Marsh"), a plot noun before a name ("his sister Ki-jung"), an actor's or a work's possessive
("Kurt Russell's MacReady", "Psycho's Norman Bates")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.character_namesakes import _Namesakes
from extract.nlp.characters import (
    ACTOR_POSSESSIVE,
    AS_ROLE,
    NOUN_BEFORE_NAME,
    OWNER_BEFORE,
    PERSON_NOUNS,
    POSSESSIVE_PART,
    RELATION_NOUNS,
    TRADE_NOUNS,
    WORK_NOUNS,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.maker_surnames import well_known_surname
from extract.nlp.people_shapes import _STOP_OR_NOT_NAME, _clean
from extract.nlp.textnorm import fold


def _actor_before(text: str, at: int, actors: set[str]) -> bool:
    """Whether an actor of the page is named in the 120 characters before ``at``."""
    sentence = fold(text[max(0, at - 120) : at])
    return any(actor in sentence or actor.split()[-1] in sentence for actor in actors)


def _plot_names(unit: Unit, actors: set[str], gazetteer: Gazetteer, namesakes: _Namesakes | None = None) -> list[str]:
    """Names the parser took for people that the plot's phrasing makes characters: an actor's
    role ("as his girlfriend Debby Marsh"), a plot noun before a name ("the painted tyrant
    Vigo", "his sister Ki-jung") and an actor's possessive ("Kurt Russell's MacReady"). A name the
    film table holds only as a likely namesake (``_Namesakes``) is no real person's mark here
    ("Ruffalo's Kenneth Marshall": the table's Kenneth Marshall has two films the page never names)."""
    found: list[str] = []

    def person_entity(start: int, end: int) -> bool:
        return any(label == "PERSON" for _, _, label in unit.entities_near(start, end))

    def plausible(name: str) -> bool:
        key = fold(name)
        known = key in actors or gazetteer.person_named(name) is not None
        return (
            key.split()[0] not in _STOP_OR_NOT_NAME
            and (not known or (namesakes is not None and namesakes.has(key)))
            and not gazetteer.films_titled(name)
        )

    text = unit.text
    for match in AS_ROLE.finditer(text) if "as " in text or "play" in text else ():
        nouns = match.group("nouns").replace(",", " ").split()
        name = _clean(match.group("name"))
        trade = bool(set(nouns) & TRADE_NOUNS) and not match.group("owner")  # "as Espósito's colleague X": a part
        if not nouns or trade or not plausible(name):
            continue  # a bare "as Gus" is the older pattern's, with its actor check
        if _actor_before(unit.text, match.start(), actors) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    for match in NOUN_BEFORE_NAME.finditer(unit.text):
        noun, name = match.group("noun"), _clean(match.group("name"))
        if noun in TRADE_NOUNS | WORK_NOUNS or not plausible(name):
            continue
        if unit.pos_at(match.start("noun")) != "NOUN" and not _tie_after_possessive(unit.text, match):
            continue
        if len(name.split()) == 1 and fold(name) in {a.split()[-1] for a in actors}:
            continue  # "the great Hardy" is the actor
        if person_entity(match.start("name"), match.end("name")):
            found.append(name)
    actor_surnames = {a.split()[-1] for a in actors if len(a.split()) >= 2}
    for match in ACTOR_POSSESSIVE.finditer(text) if "’s " in text or "'s " in text else ():
        actor, name = fold(_clean(match.group("actor"))), _clean(match.group("name"))
        # "Stanwyck's Phyllis Dietrichson"; a surname the table credits on ten films ("Ruffalo's Kenneth Marshall")
        by_actor = actor in actors or actor in actor_surnames or well_known_surname(gazetteer, actor)
        if by_actor and plausible(name) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    for match in POSSESSIVE_PART.finditer(text) if "'" in text or "’" in text else ():
        name, words = _clean(match.group("name")).rstrip("’'"), match.group("words").split()
        if set(words) & _NOT_A_PART_WORD or not plausible(name):
            continue  # "Kubrick's film Barry Lyndon", "Bogart's wife Lauren Bacall", "It's from Sarah Waters'"
        owner = OWNER_BEFORE.search(unit.text, max(0, match.start() - 60), match.start())
        if owner is None or fold(owner.group("owner").split()[0]) in _STOP_OR_NOT_NAME:
            continue
        key = fold(owner.group("owner"))
        by_actor = bool(words) and (key in actors or key in actor_surnames)  # "Bogart's weary Rick Blaine"
        # "Psycho's Norman Bates", "Halloween (1978)'s Michael Myers": a part of another work
        by_work = (owner.group("year") is not None or gazetteer.films_titled(owner.group("owner"))) and (
            gazetteer.person_named(owner.group("owner")) is None
        )
        if (by_actor or by_work) and person_entity(match.start("name"), match.end("name")):
            found.append(name)
    return found


_POSSESSIVE_PRONOUN = re.compile(r"(?:his|her|their|its|whose) ")
# words after "his" that tie a real person to a maker, not a part to a story ("his longtime X")
_MAKERS_TIE = frozenset("longtime long-time frequent regular usual favourite favorite fellow former own".split())


def _tie_after_possessive(text: str, match: re.Match[str]) -> bool:
    """Whether NOUN_BEFORE_NAME's word comes right after a possessive pronoun, whatever tag the
    parser gave it: "his valet Lovejoy", "her maid Suzette" (the small model tags such nouns as
    adjectives before a name); a story's tie, not a maker's ("his longtime composer")."""
    pronoun = _POSSESSIVE_PRONOUN.match(text, match.start())
    return pronoun is not None and pronoun.end() == match.start("noun") and match.group("noun") not in _MAKERS_TIE


# words between a possessive and a name that make the name no part: a work, a trade, a tie
_NOT_A_PART_WORD = (
    STOP_WORDS
    | WORK_NOUNS
    | PERSON_NOUNS
    | RELATION_NOUNS
    | frozenset("own latest new next last first early late best former fellow frequent regular longtime".split())
)
