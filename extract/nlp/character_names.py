"""Names of a text that are characters, not people: parts after "as", "(Actor)" slots,
"his wife Mary", "named X", cast lines; the story's unknown names and the plot's first names
(character_story, character_plot) join them, and a real person's marks (person_marks) win."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from extract.nlp.cast_slots import _NAME_WORD_BEFORE, _whole_name, cast_parts
from extract.nlp.character_namesakes import _namesake_outside, _Namesakes
from extract.nlp.character_parts import _add_character, _clause_subject, _person_at, _reversed, _role_noun
from extract.nlp.character_plot import _actor_before, _plot_names
from extract.nlp.character_refs import compared_characters
from extract.nlp.character_story import (
    _NAME_IN_TITLE_GATE,
    _OF_NAME,
    _PAREN_LEAD_GATE,
    _conjoined_names,
    _plain_unknowns,
    _played_pronoun_names,
    _story_names,
    _surname_characters,
    _unknowns_in_the_story,
    other_works_parts,
)
from extract.nlp.character_titles import _CALLED_A_WORK, _titled_name
from extract.nlp.characters import (
    NAME,
    PARENTHESISED,
    TITLED_NAME,
    full_name,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people_credits import _actors_inside, _after_lead, cast_lines, credited_people
from extract.nlp.people_lives import drop_real_lives
from extract.nlp.people_shapes import (
    _PEOPLE_NOUNS,
    _RELATION_ADJECTIVES,
    _RELATIONS,
    _STOP_OR_NOT_NAME,
    _clean,
    _without_first_word,
)
from extract.nlp.person_marks import real_person_marks
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded

_CHARACTER_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "Hans Gruber (Alan Rickman)", "Ann Darrow (Fay Wray, who screams on cue)": a remark after the actor's comma
    guarded(
        r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?: St\.)?(?: [A-Z][\w’'-]+)?)\s*"
        r"\((?P<actor>[A-Z][\w.’' -]{1,60}?)(?:, [a-z][^()\n]{0,80})?\)"
    ),
    guarded(
        r"\b(?P<name>[A-Z][\w’']+)(?:,| is| was)? (?:voiced|played)(?: \w+){0,3} by (?P<actor>[A-Z][\w.’' ]{1,60})"
    ),
    guarded(
        r"\b(?:named|(?:re)?names (?:herself|himself|itself)|renamed|called|(?:[’']s|\bhis|\bher|\btheir) name is"
        r"|known (?:only |simply |just )as|nicknamed|goes by(?: the name(?: of)?)?) "
        r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z][\w’'-]*)?)(?![\w’'-])"
    ),
    guarded(r"\b(?:performance|turn|role|cameo) as (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)"),
    guarded(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|the|an?|[A-Z][\w-]+[’']s) (?:(?:{_RELATION_ADJECTIVES}) )?(?:{_RELATIONS}),? "
        r"(?P<name>[A-Z][\w’']+(?: [A-Z][\w’'-]+)?)(?![\w’'-])"
    ),
    guarded(r"\b(?:as|playing|plays|played) (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)(?:[’']s)?\b"),
    # "Wenna, the fortune teller(,) played by Odile Varnay"
    guarded(r"\b(?P<name>[A-Z][\w’']+), (?:an?|the) [\w -]{0,40}?,? (?:voiced|played) by (?P<actor>[A-Z][\w.’' ]+)"),
    guarded(
        r"\b(?:the OS|operating system|character|robot|android|AI)(?:,)? (?:called |named )?(?P<name>[A-Z][a-z]+)\b"
    ),
)


_NAMED = _CHARACTER_PATTERNS[2]
_PLAYS = guarded(r"(?<=\w) (?:plays|played|playing) (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)\b")
_ACTOR_IS = re.compile(
    # a word of the actor's name is initials or ends without a full stop: "Weinstein. Patricia Clarkson is" holds two;
    # "(?<![\w’'.-])(?:(?:[A-Z]\.)+|[A-Z][\w’'-]+)" opening on its capital (the look-behind then checks the
    # character before it): the scan skips in C from capital to capital
    r"(?P<actor>[A-Z](?<![\w’'.-][A-Z])(?:\.(?:[A-Z]\.)*|[\w’'-]+)(?: (?:(?:[A-Z]\.)+|[A-Z][\w’'-]+)){1,2}) "
    r"(?:is|was|plays|played|as) "
    r"(?:(?P<det>the|a|an|his|her|their|its) )?(?P<words>(?:[a-z][\w-]+ ){0,2})"  # "is their editor Rebecca Corbett"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
# "Jean Servais, whose face looks slept on, is Tony le Stéphanois": an actor, a relative clause set off by
# commas, then the part (a particle inside the part's name)
_ACTOR_WHO_IS = guarded(
    rf"(?<![\w’'.-])(?P<actor>{NAME}), (?:who|whose) [^,.;()\n]{{1,80}}, (?:is|plays|was|played) "
    r"(?P<name>[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|le|la|de|du|da|di|del|von|van)){0,2})(?![\w’'-])"
)
# "Brahim Haggiag, who plays the petty thief turned militant Ali La Pointe": an actor's relative clause
# of playing names the part after up to five words describing it; the actor need not be known
_WHO_PLAYS = guarded(
    rf"(?<![\w’'.-])(?P<actor>{NAME}), who (?:plays|played|portrays|portrayed|voices|voiced) "
    r"(?:(?:the|a|an|his|her|their) )?(?:[a-z][\w-]* ){0,5}"
    r"(?P<name>[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|le|la|de|du|da|di|del|von|van)){0,2})(?![\w’'-])"
)
_CHARACTER_PATTERNS = (*_CHARACTER_PATTERNS, _ACTOR_IS, _PLAYS, _ACTOR_WHO_IS, _WHO_PLAYS)
# what a match of each of _CHARACTER_PATTERNS holds (one of the strings; none listed: no gate): a
# text without any is not scanned (a few ``in`` tests in C instead of a walk of the pattern)
_PATTERN_GATES: tuple[tuple[str, ...], ...] = (
    ("(",),
    (" by ",),
    ("named", "names ", "called", " name is", "known ", "goes by"),
    (" as ",),
    (),
    ("as ", "play"),
    (" by ",),
    ("the OS", "operating system", "character", "robot", "android", "AI"),
    (),
    (" play",),
    (", who",),
    (", who",),
)


@dataclass(slots=True)
class _Cast:
    """What a unit's reading of parts knows: the page's actors (folded; the credited people joined),
    each surname's actors, the table, the namesakes, and whether the text writes "Character (Actor)"."""

    unit: Unit
    actors: set[str]
    surnames: dict[str, set[str]]  # an actor's surname -> the actors of that surname
    gazetteer: Gazetteer | None
    namesakes: _Namesakes
    cast_style: bool


def find_character_names(unit: Unit, actors: set[str], gazetteer: Gazetteer | None = None) -> set[str]:
    """Names the text uses for characters (folded full names, first names and last names)."""
    cast = _read_cast(unit, actors, gazetteer)
    names: set[str] = set()
    if gazetteer is not None:
        _add_cast_parts(cast, gazetteer, names)
    _add_pattern_parts(cast, names)
    if gazetteer is not None:
        _add_cast_lines(cast, gazetteer, names)
        # the rules below read the plot's phrasing, which real people share; a real person's mark wins
        add = _UnlessReal(cast, gazetteer, names)
        _add_story_parts(cast, gazetteer, names, add)
        _add_story_unknowns(cast, gazetteer, names, add)
    drop_real_lives(names)  # "Adolf Hitler (Bruno Ganz)", "Kilmer's Doc Holliday": a real life played
    return names


def _read_cast(unit: Unit, actors: set[str], gazetteer: Gazetteer | None) -> _Cast:
    """The unit's actors (with the credited people), their surnames, its namesakes and its style."""
    credited = credited_people(unit, gazetteer) if gazetteer else []
    # "her brother-in-law Tom Cole": the film table's Tom Cole, of one film the text never names, is
    # a namesake; what the text says of the name (a tie, a part) decides
    namesakes = _Namesakes(unit.text, gazetteer)
    # "Art Donaldson (Mike Faist) ... Tashi Duncan (Zendaya)": the cast is inside, a stage name too
    cast_style = (
        gazetteer is not None
        and "(" in unit.text
        and _actors_inside(list(PARENTHESISED.finditer(unit.text)), gazetteer)
    )
    # "the restaurant critic Julianne Potter" may be a part: a trade noun alone does not make an actor
    actors = actors | {fold(c.text) for c in credited if c.rule != "trade"}
    surnames: dict[str, set[str]] = {}
    for actor in actors:
        surnames.setdefault(actor.split()[-1], set()).add(actor)
    return _Cast(unit, actors, surnames, gazetteer, namesakes, cast_style)


def _add_cast_parts(cast: _Cast, gazetteer: Gazetteer, names: set[str]) -> None:
    """The parts of a cast's slots: "Cast: Randolph Scott (Major Matt Stewart)"."""
    for _, _, actor, part in cast_parts(cast.unit.text, gazetteer):
        part = _clean(part)
        if part and fold(part.split()[0]) not in _STOP_OR_NOT_NAME and fold(part) != fold(actor):
            _add_character(names, part, cast.surnames)


def _add_pattern_parts(cast: _Cast, names: set[str]) -> None:
    """The names _CHARACTER_PATTERNS find ("as X", "X (Actor)", "his wife X", "named X", ...)."""
    text = cast.unit.text
    for pattern, gate in zip(_CHARACTER_PATTERNS, _PATTERN_GATES, strict=True):
        if gate and not any(part in text for part in gate):
            continue
        for match in pattern.finditer(text):
            name = _pattern_part(cast, pattern, match)
            if name:
                _add_character(names, name, cast.surnames)


def _pattern_part(cast: _Cast, pattern: re.Pattern[str], match: re.Match[str]) -> str:
    """The part one match of a pattern names, or "" when its checks find none."""
    text, actors = cast.unit.text, cast.actors
    name = _clean(match.group("name"))
    inside = _clean(match.group("actor")) if "actor" in pattern.groupindex and match.group("actor") else ""
    # "Mark Lewis (Carl Boehm)": the table's Mark Lewis, of a few films the text never names, is a namesake
    namesake = bool(inside) and cast.gazetteer is not None and _namesake_outside(name, inside, text, cast.gazetteer)
    name = _parenthesis_part(cast, pattern, match, name, inside, namesake)
    if not name or fold(name.split()[0]) in _STOP_OR_NOT_NAME:
        return ""
    if pattern is _NAMED and cast.gazetteer is not None and len(name.split()) > 1 and cast.gazetteer.films_titled(name):
        return ""  # "a film called Blade Runner"
    the_part = (pattern is _PLAYS and _actor_before(text, match.start(), actors)) or (
        pattern is _CHARACTER_PATTERNS[0] and (fold(inside) in actors or namesake) and fold(name) != fold(inside)
    )
    if fold(name) in actors and not the_part and not cast.namesakes.has(fold(name)):
        return ""  # an actor's name; but "Bogart plays Harry Morgan", "Brian Flanagan (Tom Cruise)" are parts
    return name if _actor_form_holds(cast, pattern, match, name) else ""


def _parenthesis_part(
    cast: _Cast, pattern: re.Pattern[str], match: re.Match[str], name: str, inside: str, namesake: bool
) -> str:
    """The part of "X (Y)" (the inside when the actor is outside, the whole name when a word before
    belongs to it), without a stop word or a trade opening it."""
    if pattern is _CHARACTER_PATTERNS[0] and inside:
        if not namesake and _reversed(name, inside, cast.actors, cast.cast_style):
            name = inside  # a cast list "Yalitza Aparicio (Cleo)": the actor outside, the character inside
        elif _NAME_WORD_BEFORE.search(cast.unit.text, max(0, match.start("name") - 30), match.start("name")):
            name = _whole_name(cast.unit, match.start("name"), match.end("name"), cast.gazetteer) or name
    while name and fold(name.split()[0]) in STOP_WORDS and len(name.split()) > 1:
        name = _without_first_word(name)  # "Then Dana (Sigourney Weaver)"
    while len(name.split()) > 2 and fold(name.split()[0]) in _PEOPLE_NOUNS:
        name = _without_first_word(name)  # "Composer John Russell (George C. Scott)": a trade opening the sentence
    return name


def _actor_form_holds(cast: _Cast, pattern: re.Pattern[str], match: re.Match[str], name: str) -> bool:
    """The checks of the forms that name an actor before the part ("Actor is Name", "Actor, who is
    Name", "as Name" after an actor)."""
    unit, actors = cast.unit, cast.actors
    if pattern in (_ACTOR_IS, _ACTOR_WHO_IS) and fold(_clean(match.group("actor"))) not in actors:
        return False
    if pattern is _ACTOR_WHO_IS and " " not in name and not _person_at(unit, match.start("name"), match.end("name")):
        return False  # "..., is French": a one-word part is the parser's person
    if pattern is _ACTOR_IS and not _role_noun(unit, match):
        return False
    if pattern is _ACTOR_IS and _clause_subject(unit.text, match, cast.surnames):
        return False  # "X is the scariest thing Fincher has ever shot": a clause's subject, no part
    return not (pattern in (_CHARACTER_PATTERNS[5], _PLAYS) and not _actor_before(unit.text, match.start(), actors))


def _add_cast_lines(cast: _Cast, gazetteer: Gazetteer, names: set[str]) -> None:
    """The parts of cast lines ("Halle Berry.... Patience Phillips") and of a parenthesis that
    names its actor after a lead ("Knockout Ned (the singer Seu Jorge)", "(liv ullmann)")."""
    unit, actors = cast.unit, cast.actors
    for line, reversed_ in cast_lines(unit.text, gazetteer):
        name = _clean(line.group("actor" if reversed_ else "name"))
        if fold(name) not in actors and fold(name.split()[0]) not in _STOP_OR_NOT_NAME:
            _add_character(names, name, cast.surnames)
    for match in PARENTHESISED.finditer(unit.text) if _PAREN_LEAD_GATE.search(unit.text) else ():
        inside = match.group("inside").split(",")[0].strip()
        actor = _after_lead(inside)
        known = inside.islower() and gazetteer.person_named(inside) is not None  # "(liv ullmann)"
        if (actor != inside and full_name(actor) and fold(actor) not in _STOP_OR_NOT_NAME) or known:
            name = _clean(match.group("outside"))
            while len(name.split()) > 1 and fold(name.split()[0]) in STOP_WORDS:
                name = _without_first_word(name)
            if fold(name.split()[0]) not in _STOP_OR_NOT_NAME and fold(name) not in actors:
                _add_character(names, name, cast.surnames)


class _UnlessReal:
    """Adds a character unless the unit marks the name as a real person's (the marks read once,
    when a rule first finds a name: most units give none)."""

    def __init__(self, cast: _Cast, gazetteer: Gazetteer, names: set[str]) -> None:
        self.cast, self.gazetteer, self.names = cast, gazetteer, names
        self.real: set[str] | None = None

    def __call__(self, name: str) -> None:
        if self.real is None:
            self.real = real_person_marks(self.cast.unit, self.cast.actors, self.gazetteer)
        if fold(name) not in self.real:
            _add_character(self.names, name, self.cast.surnames)


def _add_story_parts(cast: _Cast, gazetteer: Gazetteer, names: set[str], add: _UnlessReal) -> None:
    """The plot's and the story's names, titled names, a title's "of Name", names after "plays
    him", names conjoined with a part, and the surnames of parts."""
    unit, actors = cast.unit, cast.actors
    for name in _plot_names(unit, actors, gazetteer, cast.namesakes):
        add(name)
    for name in _story_names(unit, actors, gazetteer):
        add(name)
    for match in TITLED_NAME.finditer(unit.text) if names else ():  # a name already found is needed
        if (
            fold(match.group("name")) in names
            and _titled_name(match.group("name"), match.group(), gazetteer)
            and not _CALLED_A_WORK.match(unit.text, match.end())
        ):
            names.add(fold(match.group().strip()))  # "Lady Fay Zhu", "Miss Lonelyhearts" as written
    if unit.is_title:  # "Avengers: Age of Ultron", "Rise of Skywalker": a title's "of Name" is its character
        for match in _OF_NAME.finditer(unit.text):
            word = match.group(1)
            if gazetteer.person_named(word) is None and not gazetteer.is_surname(word) and fold(word) not in actors:
                add(word)
    for name in _played_pronoun_names(unit, actors, gazetteer):
        add(name)
    for name in _conjoined_names(unit, names, actors, gazetteer):
        add(name)
    for name in _surname_characters(unit, names, actors, gazetteer):  # "Frank Mallory" after "as Mallory"
        add(name)


def _add_story_unknowns(cast: _Cast, gazetteer: Gazetteer, names: set[str], add: _UnlessReal) -> None:
    """Names the film table does not know that act in the story, share a family's surname, or
    join a plot that already names characters; parts of compared and of other works."""
    unit, actors = cast.unit, cast.actors
    story = not unit.is_title and (names or _NAME_IN_TITLE_GATE.search(unit.text))
    plain = _plain_unknowns(unit, actors, gazetteer) if story else []
    for name in _unknowns_in_the_story(unit.text, plain, names, gazetteer):
        add(name)
    # "Joan Castleman ... Joe Castleman learns he has won": a family of the story shares its surname
    families = {n.split()[-1] for n in names if " " in n}
    for name in [name for _, name, _ in plain if fold(name) not in names]:
        if fold(name).split()[-1] in families:
            add(name)
    if unit.id == "body" and len({n for n in names if " " in n}) >= 2:
        # on a page whose plot already names characters, a full name the film table does not know,
        # with no real person's mark, is one more ("Optimus Prime, meanwhile, has been brainwashed"):
        # the table knows the casts and crews of the films reviews are about
        for name in [name for _, name, _ in plain if fold(name) not in names]:
            add(name)
    for name in compared_characters(unit, names, actors, gazetteer):  # "if Travis Bickle read ..."
        add(name)
    for name in other_works_parts(unit, actors, gazetteer):  # "basically Kurtz from Apocalypse Now"
        add(name)
