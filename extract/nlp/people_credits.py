"""People of credit lines and performing sentences: "directed by", "Cast: ...", "X stars
as", "Actor (Part)" slots, cast lines with dotted leaders, and stage names (one-word actors)."""

from __future__ import annotations

import re
from copy import copy
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.cast_slots import _NAME_WORD_BEFORE, _mononym, actor_slots, cast_parts
from extract.nlp.characters import (
    BY_MAKER,
    CAST_ITEM,
    CAST_LINE,
    CAST_LIST,
    MADE_WITH,
    MAKER_POSSESSIVE,
    MAKER_VERB,
    NAME,
    PAREN_LEAD,
    PARENTHESISED,
    PERFORMING,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLE_ACTOR,
    STORY_AS,
    TAG_WORDS,
    by_lines,
    credit_names,
    full_name,
    is_label,
    name_run,
    starring_names,
    trade_names,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.memo import RecentAnswers
from extract.nlp.people_shapes import (
    _CREDITED_KEPT,
    _LIST_GAP,
    _NOT_AN_ACTOR,
    _STOP_OR_NOT_NAME,
    _clean,
    _not_a_film,
    _without_first_word,
)
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded


def credited_people(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    """People the page's credits name, whatever the parser made of them: credit lines
    ("Stars: Park So-dam"), the actor of "Character (Actor)" and a maker's "by" ("score by X").
    People and characters both ask for them: the last few texts' answers are kept."""
    kept = _CREDITED.get(gazetteer, (unit.text, unit.is_title), lambda: tuple(_credited_people(unit, gazetteer)))
    return [copy(candidate) for candidate in kept]


_CREDITED = RecentAnswers(_CREDITED_KEPT)
# what a match of MAKER_POSSESSIVE ("X's ", "Coens' ") or MAKER_VERB (characters.py) must hold: without it, no scan
_POSSESSIVE_GATE = re.compile(r"[’']s |s[’'] ")
_MAKER_VERB_GATE = re.compile(
    r" (?:directs|directed|co-directs|co-directed|helms|helmed|scores|scored|co-writes|co-wrote|edits|edited|"
    r"produces|produced|stars|starred|co-stars|co-starred)\b"
)


def _credited_people(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    found = [
        Candidate(name, start, end, "person", "credits", 0.9)
        for start, end, name in credit_names(unit.text, stage_names=True)
        if _not_a_film(name, gazetteer) and not (len(name.split()) == 1 and gazetteer.films_titled(name))
    ]
    found += [
        Candidate(name, start, end, "person", "credits", 0.85)
        for start, end, name in by_lines(unit.text)  # "Directed by X\nEdited by Y"
        if _not_a_film(name, gazetteer)
    ]
    found += [
        Candidate(name, start, end, "person", "credits", 0.85)
        for start, end, name in starring_names(unit.text)
        if full_name(name) and fold(name.split()[0]) not in NOT_NAMES and _not_a_film(name, gazetteer)
    ]
    # cheap gates before the scans below: most texts hold nothing a match needs
    parens = list(PARENTHESISED.finditer(unit.text)) if "(" in unit.text else []
    cast_ends = {end for _, end, _, _ in cast_parts(unit.text, gazetteer)} if parens else set()
    parens = [match for match in parens if match.end("outside") not in cast_ends]  # "Cast: Actor (Part)"
    cast_style = _actors_inside(parens, gazetteer)
    for match in parens:
        pieces = match.group("inside").split(",")
        actor = _after_lead(pieces[0].strip())
        outside = _clean(match.group("outside"))
        before = _NAME_WORD_BEFORE.search(unit.text, max(0, match.start("outside") - 30), match.start("outside"))
        if before and fold(before.group().strip()) not in STOP_WORDS:
            outside = f"{before.group().strip()} {outside}"  # "Marina de Tavira (Sofía)": a longer name
        stage_name = _stage_name(actor, outside, gazetteer, cast_style)
        if not (full_name(actor) or stage_name) or not _not_a_film(actor, gazetteer):
            continue
        if fold(actor.split()[-1]) in TAG_WORDS:
            continue
        if unit.is_title and not (len(pieces) >= 2 and re.fullmatch(r"\s*\d{4}\s*", pieces[-1])):
            continue  # a post title's "(Festival Screening)"; its "(Director, 1953)" names the director
        if gazetteer.person_named(outside) is not None and gazetteer.person_named(actor) is None:
            continue  # "Yalitza Aparicio (Cleo Gutiérrez)": the actor is outside
        if fold(outside.split()[0]) in STOP_WORDS and len(outside.split()) == 1:
            continue  # "The (Dennis Hopper) ..." is no cast form
        start = match.start("inside") + match.group("inside").find(actor)
        found.append(Candidate(actor, start, start + len(actor), "person", "cast", 0.85))
    for listed in CAST_LIST.finditer(unit.text) if "), " in unit.text else ():
        for item in CAST_ITEM.finditer(unit.text, listed.start(), listed.end()):
            actor = item.group("actor")
            if full_name(actor) and _not_a_film(actor, gazetteer):
                found.append(Candidate(actor, item.start(), item.start() + len(actor), "person", "cast", 0.85))
    for match in MAKER_POSSESSIVE.finditer(unit.text) if _POSSESSIVE_GATE.search(unit.text) else ():
        name = _clean(match.group("name"))
        while len(name.split()) > 2 and fold(name.split()[0]) in STOP_WORDS:
            name = _without_first_word(name)
        if full_name(name) and fold(name.split()[0]) not in STOP_WORDS and _not_a_film(name, gazetteer):
            start = match.start("name") + match.group("name").find(name)
            found.append(Candidate(name, start, start + len(name), "person", "credits", 0.85))
    for match in MADE_WITH.finditer(unit.text) if "with" in unit.text else ():
        for group in ("name", "other"):
            name = _clean(match.group(group) or "")
            if full_name(name) and _not_a_film(name, gazetteer):
                start = match.start(group)
                found.append(Candidate(name, start, start + len(name), "person", "credits", 0.8))
    for match in MAKER_VERB.finditer(unit.text) if _MAKER_VERB_GATE.search(unit.text) else ():
        name = _clean(match.group("name"))
        if full_name(name) and fold(name.split()[0]) not in STOP_WORDS and _not_a_film(name, gazetteer):
            start = match.start("name")
            found.append(Candidate(name, start, start + len(name), "person", "credits", 0.8))
    found += role_actors(unit, gazetteer) + performers(unit, gazetteer)
    # not in a title ("(Festival Screening)"); a match holds " ("
    # "a pregnant woman (Jung Yu-mi)", "her father (Joe Roberts, a mountain of a man)", "a meerkat and a
    # warthog (Billy Eichner and Seth Rogen)", "a girl in a dream (Zendaya, mostly in slow motion)"
    for start, end, actor in actor_slots(unit):
        if fold(actor.split()[-1]) in TAG_WORDS or fold(actor.split()[0]) in _STOP_OR_NOT_NAME:
            continue
        if not _not_a_film(actor, gazetteer):
            continue
        if full_name(actor) or (" " not in actor and _mononym(unit, actor, start, end, gazetteer)):
            found.append(Candidate(actor, start, end, "person", "cast", 0.8))
    for line, reversed_ in cast_lines(unit.text, gazetteer):
        group = "name" if reversed_ else "actor"
        actor = line.group(group)
        if full_name(actor) and _not_a_film(actor, gazetteer):
            found.append(Candidate(actor, line.start(group), line.end(group), "person", "cast", 0.85))
    for start, _, piece, _ in trade_names(unit.text):  # "the cinematographer Ana Reyes", "songwriters, A and B"
        name = name_run(_clean(piece))
        if full_name(name) and not is_label(name.split()[-1]) and _not_a_film(name, gazetteer):
            found.append(Candidate(name, start, start + len(name), "person", "trade", 0.8))
    for match in BY_MAKER.finditer(unit.text) if " by " in unit.text else ():
        name = _clean(match.group("name"))
        words = name.split()
        if not words or fold(words[0]) in STOP_WORDS or not _not_a_film(name, gazetteer):
            continue
        if len(words) == 1 and gazetteer.films_titled(name):
            continue
        start = match.start("name")
        found.append(Candidate(name, start, start + len(name), "person", "credited-by", 0.85))
    return found


_BE = frozenset({"is", "was", "are", "were", "’s", "'s"})
_NOT_BETWEEN_BE = frozenset({"VERB", "AUX", "PROPN", "SCONJ", "CCONJ", "PUNCT"})


# a performing verb before a part: "Hal Dorsey plays Sam", "Owen Farrell and Dev Khatri, who star as ..."
_PERFORMS = guarded(
    r"(?<![\w’'-])(?P<who>who (?:also |both |each )?)?(?:star|co-star|play|portray|voice)(?:s|ed)? "
    r"(?=as\b|[A-Z][\w’'-]*(?! [a-z]+ing\b)|(?:the|a|an|his|her) (?:[a-z][\w-]+ ){0,2}[a-z][\w-]+,? [A-Z])"
)  # "plays the heroine, Dana Pruitt": a part named after its noun
# a maker's verb before the work made: "Trent Reznor and Atticus Ross wrote a thumping techno score",
# "Robby Müller shot it"
_CRAFTS = guarded(
    r"(?<![\w’'-])(?P<who>who (?:also )?)?(?:wrote|writes|co-wrote|composed|composes|scored|scores|shot|shoots|"
    r"edited|edits|photographed|photographs|lensed|lenses) (?=(?:the|a|an|this|its|their|his|her) (?:[\w-]+ ){0,3}?"
    r"(?:score|music|soundtrack|songs?|script|screenplay|dialogue|film|movie|picture)\b|it\b)"
)
_PERFORMING_WORDS = re.compile(r" (?:star|co-star|play|portray|voice)")
_CRAFT_WORDS = re.compile(r" (?:wrote|writes|co-wrote|compose|scored|scores|shot|shoots|edit|photograph|lens)")
_NAME_RUN = re.compile(rf"(?<![\w’'.-])(?:{NAME})")


def performers(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    """Full names right before a performing verb and its part, alone or in a list: "Ella Brandt
    plays Lucy Marsh", "Owen Farrell and Dev Khatri, who star as Hank and Billy", whatever the
    parser made of the names (an organisation, a place). A plot's people play games and tricks,
    not a capitalised part; a lone first name ("Sam plays Ruth") is never taken. Likewise before a
    maker's verb and the work made ("Trent Reznor and Atticus Ross wrote a thumping score")."""
    if unit.is_title:
        return []
    found = []
    text = unit.text
    verbs = [(verb, "cast") for verb in _PERFORMS.finditer(text)] if _PERFORMING_WORDS.search(text) else []
    if _CRAFT_WORDS.search(text):  # a scan in C before the pattern's walk over every word
        verbs += [(verb, "credits") for verb in _CRAFTS.finditer(text)]
    for verb, rule in verbs:
        end = verb.start()
        start = max(unit.text.rfind(mark, 0, end) for mark in '.!?\n;:("“') + 1
        names = list(_NAME_RUN.finditer(unit.text, max(start, end - 160), end))
        tail = end
        for match in reversed(names):
            gap = unit.text[match.end() : tail].strip()
            if gap not in _LIST_GAP or (tail == end and gap and verb.group("who") is None):
                break  # "Hal Dorsey plays": the name right before the verb; "A and B, who star as"
            tail = match.start()
            actor = name_run(_clean(match.group()))
            while len(actor.split()) > 2 and fold(actor.split()[0]) in STOP_WORDS:
                actor = _without_first_word(actor)  # "Then Ethan Hawke"
            if not full_name(actor) or fold(actor.split()[0]) in _STOP_OR_NOT_NAME or not _not_a_film(actor, gazetteer):
                break
            at = match.start() + match.group().find(actor)
            found.append(Candidate(actor, at, at + len(actor), "person", rule, 0.8))
    return found


def role_actors(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    """Full names that play a part: "Kim Hye-soo is magnificent as Shim", "Walter Brennan steals
    every scene as Culley", "Casey Affleck stars as Owen". The words before "as" (a preposition,
    not "as" joining clauses) are a performance: "is" and words that are no verb, or a word of
    performing, never a plot's "poses as", "known as". The actor need not be in the film table.

    Works on the parsed unit (the part of speech of "as" and of the words before it)."""
    if " as " not in unit.text or unit.is_title:
        return []
    found = []
    at = 0
    while (match := ROLE_ACTOR.search(unit.text, at)) is not None:
        candidate = _role_actor(unit, match, gazetteer)
        if candidate is None:  # "Ruth Ellery and Tom Carvel as Lucas": try again from the next word
            at = unit.text.find(" ", match.start()) + 1 or len(unit.text)
            continue
        found.append(candidate)
        at = match.end()
    return found


def _role_actor(unit: Unit, match: re.Match[str], gazetteer: Gazetteer) -> Candidate | None:
    actor = name_run(_clean(match.group("actor")))  # "There's Ralph Fiennes as", "Paul Dano's Riddler as"
    while len(actor.split()) > 2 and fold(actor.split()[0]) in STOP_WORDS:
        actor = _without_first_word(actor)  # "Then Ethan Hawke"
    between = match.group("between").split()
    folded = [fold(w) for w in between]
    if not full_name(actor) or fold(actor.split()[0]) in _STOP_OR_NOT_NAME or not _not_a_film(actor, gazetteer):
        return None
    if fold(match.group("name") or "the") in _STOP_OR_NOT_NAME and not match.group("part"):
        return None
    if set(folded) & STORY_AS:
        return None
    if between and unit.pos_at(match.end("between")) != "ADP":
        return None  # "Frank Mallory arrives just as Vera Lang leaves": "as" joins two clauses
    if between and folded[0] in _BE:
        words = list(re.finditer(r"\S+", unit.text[match.start("between") : match.end("between")]))[1:]
        if any(unit.pos_at(match.start("between") + w.start()) in _NOT_BETWEEN_BE for w in words):
            return None  # "is hired as", "was sent as"
    elif between and not set(folded) & PERFORMING:
        return None
    start = match.start("actor") + match.group("actor").find(actor)
    return Candidate(actor, start, start + len(actor), "person", "cast", 0.85)


def _after_lead(inside: str) -> str:
    """The actor in parentheses after the words that lead to them: "the singer Seu Jorge" and
    "played by Emily Beecham" give the name; "a nod to John Ford" is left whole (no cast form)."""
    lead = PAREN_LEAD.match(inside)
    if lead is None:
        return inside
    words = lead.group().split()
    if words[-1] == "by" or fold(words[-1]) in PERSON_NOUNS:
        return inside[lead.end() :]
    if words[0] in {"a", "an", "the"} and all(_praise_word(w) for w in words[1:]):
        return inside[lead.end() :]  # "Arthur Penn-Dale (a wonderful Hugh Oakes)", "(the young Anna Karina)"
    return inside


_PRAISE_WORDS = frozenset("great fine good young old late superb terrific grand game real".split())
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ent", "ant", "able", "ible", "ing", "ed", "al", "ic", "less", "ly", "y")


def _praise_word(word: str) -> bool:
    """A word of praise or of an actor's age in a cast note (an adjective by its form), not a place's
    or a film's noun ("the town Dale Ridge", "a nod to John Ford")."""
    return word in _PRAISE_WORDS or (
        word not in STOP_WORDS and word not in RELATION_NOUNS and word.endswith(_ADJECTIVE_ENDINGS)
    )


_CAST_SEPARATORS = ("..", "…", "\t", " - ", " – ", " — ")


def cast_lines(text: str, gazetteer: Gazetteer) -> list[tuple[re.Match[str], bool]]:
    """Lines of an IMDb-style cast block ("Halle Berry.... Patience Phillips"), each with whether the
    actor is on the right (the film table knows the right-hand name and not the left-hand one).
    Two lines in a row or more, or one whose actor the table knows."""
    if "\n" not in text or not any(separator in text for separator in _CAST_SEPARATORS):
        return []
    return _CAST_LINES.get(gazetteer, text, lambda: _cast_lines(text, gazetteer))


_CAST_LINES = RecentAnswers(_CREDITED_KEPT)


def _cast_lines(text: str, gazetteer: Gazetteer) -> list[tuple[re.Match[str], bool]]:
    found = []
    lines = list(CAST_LINE.finditer(text))
    for index, match in enumerate(lines):
        left, right = match.group("actor"), match.group("name")
        if not (full_name(left) or full_name(right)) or is_label(left.split()[0].rstrip(":")):
            continue
        reversed_ = gazetteer.person_named(right) is not None and gazetteer.person_named(left) is None
        neighbours = [
            other
            for other in (lines[index - 1] if index else None, lines[index + 1] if index + 1 < len(lines) else None)
            if other is not None and not text[min(other.end(), match.end()) : max(other.start(), match.start())].strip()
        ]
        if neighbours or gazetteer.person_named(right if reversed_ else left) is not None:
            found.append((match, reversed_))
    return found


def _actors_inside(parens: list[re.Match[str]], gazetteer: Gazetteer) -> bool:
    """Whether a text writes its cast "Character (Actor)": a full name in parentheses after a name
    the film table does not hold as a person ("Art Donaldson (Mike Faist)")."""
    return any(
        full_name(_after_lead(match.group("inside").split(",")[0].strip()))
        and gazetteer.person_named(_clean(match.group("outside"))) is None
        for match in parens
    )


_ONE_WORD_ACTOR = re.compile(r"(?:Mac|Mc|O[’']|D[’'])?[A-Z][a-zà-ÿ’'-]{2,}")  # "Zendaya", "MacGraw", "O'Neal"


def _stage_name(actor: str, outside: str, gazetteer: Gazetteer, cast_style: bool = False) -> bool:
    """One word in parentheses after a character's name is the actor: a stage name ("Anne
    (Zendaya)") or a surname ("Sam Spade (Bogart)"); not a tag, a place or a common word. After a
    full name, only a surname of the film table, or any such word where the text writes its cast
    "Character (Actor)" ("Art Donaldson (Mike Faist) ... Tashi Duncan (Zendaya)")."""
    return (
        _ONE_WORD_ACTOR.fullmatch(actor) is not None
        and fold(actor) not in _NOT_AN_ACTOR
        and bool(outside.split())
        and outside[:1].isupper()
        and fold(outside.split()[0]) not in STOP_WORDS
        and gazetteer.person_named(outside) is None
        and not gazetteer.films_titled(actor)
        # a first name too after a character's one name: "Vidya (Nargis)", "Daisy (June)"
        and (not gazetteer.is_first_name(actor) or len(outside.split()) == 1)
        and (len(outside.split()) == 1 or gazetteer.is_surname(actor) or cast_style)  # not "Jorge Guerrero (Fermín)"
    )


_STAGE_CREDITS = 3  # films of the table a one-word name needs to be a known stage name


@cache
def _stage_names(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded one-word names of the film table's people credited on three films or more ("Sting",
    "Madonna", "Zendaya", "Ann-Margret", "Amidou"), but no first name of the table ("Rufus",
    "Prince") and no film's title."""
    return frozenset(
        fold(name)
        for person, name in enumerate(gazetteer.people)
        if " " not in name
        and len(gazetteer.credits[person]) >= _STAGE_CREDITS
        and name[:1].isupper()
        and not gazetteer.is_first_name(name)
        and not gazetteer.films_titled(name)
    )


def stage_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word the parser took for a person is a known stage name (``_stage_names``): a real
    person, not a part the plot names by one word.

    >>> from extract.nlp.gazetteer import Gazetteer
    >>> stage_name(Gazetteer([], []), "Sting")
    False
    """
    return fold(word) in _stage_names(gazetteer) and fold(word) not in _STOP_OR_NOT_NAME
