"""People named in a text (spaCy PERSON plus the gazetteer), and characters told apart.

Samantha and Theodore are characters of Her, not real people: a name in parentheses after
a character ("Theodore Twombly (Joaquin Phoenix)"), after "voiced by", after "as" in an
actor's sentence, or after "his neighbor", "her husband" and the like is a character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy
from functools import cache
from operator import itemgetter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.canon_surnames import canon_surnames
from extract.nlp.character_refs import compared_characters
from extract.nlp.characters import (
    _NOT_A_NAME_START,
    _TITLES,
    ACTOR_POSSESSIVE,
    AS_ROLE,
    BARE_NOUN_BEFORE_NAME,
    BY_MAKER,
    CAST_ITEM,
    CAST_LINE,
    CAST_LIST,
    MADE_WITH,
    MAKER_POSSESSIVE,
    MAKER_VERB,
    NAME,
    NOUN_BEFORE_NAME,
    NOUN_THEN_NAME,
    OWNER_BEFORE,
    PAREN_LEAD,
    PARENTHESISED,
    PERFORMING,
    PERSON_NOUNS,
    POSSESSIVE_PART,
    RELATION_NOUNS,
    RELATIONS_ALTERNATION,
    ROLE_ACTOR,
    STORY_AS,
    STORY_PEOPLE,
    TAG_WORDS,
    TITLED_NAME,
    TRADE_NOUNS,
    WORK_NOUNS,
    addressed_names,
    by_lines,
    credit_names,
    credit_parts,
    full_name,
    is_label,
    name_run,
    starring_names,
    trade_listed,
    trade_names,
)
from extract.nlp.context import PageContext, Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.maker_surnames import first_name_rather_than_surname, maker_surnames, well_known_surname
from extract.nlp.memo import RecentAnswers
from extract.nlp.realness import about_a_life
from extract.nlp.textnorm import fold, name_key, word_key
from extract.nlp.verdicts import guarded

__all__ = ["addressed_names", "credited_people", "critic_surnames", "find_character_names", "find_people"]

_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")  # "Kubrick's", "Justin Kuritzkes'"
_CONTRACTION = re.compile(r"^(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[’'](?:ve|m|d|ll|re|s)$")
# "his wife Mary Smith", "her rival Ted Rand", "Sam's older brother, Davey": a tie of the story before a name
_RELATIONS = RELATIONS_ALTERNATION
_RELATION_ADJECTIVES = "older|younger|elder|little|big|baby|kid|new|late|estranged|best|only|own|teenage|young|old"
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "le", "la", "du", "den", "ter"})
NOT_PERSON_WORDS = frozenset({"oscar", "oscars", "twitter", "facebook", "god", "netflix", "imax", "hollywood"})
# word sets the rules test together, joined once (spaCy's STOP_WORDS is never changed at run time)
_STOP_OR_NOT_NAME = frozenset(STOP_WORDS | NOT_NAMES)
_NOT_AN_ACTOR = frozenset(STOP_WORDS | TAG_WORDS | NOT_PERSON_WORDS | NOT_NAMES)
_PERSON_OR_WORK_NOUNS = frozenset(PERSON_NOUNS | WORK_NOUNS)
_PEOPLE_NOUNS = frozenset(PERSON_NOUNS | STORY_PEOPLE)  # "Composer", "Nurse", "Detective" before a name
_POSSESSIVE_WORK = re.compile(r"[’']s\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(WORK_NOUNS)) + r")\b")
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
_CHARACTER_PATTERNS = (*_CHARACTER_PATTERNS, _ACTOR_IS, _PLAYS, _ACTOR_WHO_IS)
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
)


def _without_first_word(name: str) -> str:
    """A name without its first word, cut on any white space ("Then\nDana Scully" -> "Dana Scully"):
    a cut on a space alone would fail on a name parted by a line break or a tab.

    >>> _without_first_word("Then\tDana Scully"), _without_first_word("Then")
    ('Dana Scully', '')
    """
    parts = name.split(None, 1)
    return parts[1] if len(parts) == 2 else ""


def _clean(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip(' .,;:!?"“”‘’()'))
    return " ".join(text.split())


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
        if all(w[:1].isupper() or w in _PARTICLES for w in words) and words[0][:1].isupper():
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.8, person=match.person))
        elif lower and len(words) >= 2 and match.text.islower():  # "(liv ullmann)" in a page written in lower case
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.7, person=match.person))
    found += credited_people(unit, ctx.gazetteer) + director_surnames(unit, ctx) + maker_surnames(unit, ctx)
    return found + critic_surnames(unit) + canon_surnames(unit, ctx) + paired_surnames(unit, ctx)


_PAIRED_CREDITS = 10  # credits of the table's leading person of a surname, for "Pesci and Pacino"
_SURNAME_WORD = r"[A-Z][a-zß-öø-ÿ’'-]{2,}"
_PAIRED = re.compile(
    rf"(?<![\w’'.-])(?P<first>{_SURNAME_WORD}) (?:and|&) (?P<second>{_SURNAME_WORD})(?![\w’'-]| [A-Z])"
)


@cache
def _leading_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames of the film table whose leading person has ten credits or more and twice
    the credits of anyone else of that surname ("pacino", "karloff", "clift"), no first name."""
    credits: dict[str, list[int]] = {}
    for person, name in enumerate(gazetteer.people):
        if " " in name and gazetteer.credits[person]:
            credits.setdefault(fold(name.split()[-1]), []).append(len(gazetteer.credits[person]))
    return frozenset(
        key
        for key, counts in credits.items()
        if max(counts) >= _PAIRED_CREDITS
        and all(max(counts) >= 2 * c for c in sorted(counts)[:-1])
        and key not in _STOP_OR_NOT_NAME
        and not gazetteer.is_first_name(key)
    )


def paired_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Two surnames joined by "and", each the leading surname of the film table, are two people
    ("Pesci and Pacino bickering", "Karloff and Lugosi"), not a longer name's end or a title's."""
    if unit.is_title or (" and " not in unit.text and " & " not in unit.text):
        return []
    found: list[Candidate] = []
    surnames: frozenset[str] | None = None
    for match in _PAIRED.finditer(unit.text):
        if surnames is None:
            surnames = _leading_surnames(ctx.gazetteer)
        pair = (match.group("first"), match.group("second"))
        if not all(fold(word) in surnames and not ctx.gazetteer.films_titled(word) for word in pair):
            continue
        before = re.search(r"([A-Z][\w’'-]*)\s+$", unit.text[max(0, match.start() - 30) : match.start()])
        if before and fold(before.group(1)) not in STOP_WORDS:
            continue  # "Joe Pesci and Pacino": the parser's and the surname rules' own
        for group in ("first", "second"):
            found.append(
                Candidate(match.group(group), match.start(group), match.end(group), "person", "paired-surname", 0.55)
            )
    return found


@cache
def _famous_surnames(gazetteer: Gazetteer) -> frozenset[str]:
    """Folded surnames that name one person of the people supplement when written alone
    ("Kafka", "Stravinsky", "Lubezki"): the supplement's people (no film
    credits: composers, writers, painters, crews, critics) whose surname no person of the film
    table shares ("Wagner" is also Robert Wagner's), that is no first name and no film's title
    ("Beethoven"), and that is written alone (not after a particle: "van Hoytema", "Le Fanu")."""
    owners: dict[str, set[str]] = {}
    for person, name in enumerate(gazetteer.people):
        words = name.split()
        if len(words) >= 2 or not gazetteer.credits[person]:
            owners.setdefault(fold(words[-1]), set()).add(name if not gazetteer.credits[person] else "")
    surnames = set()
    for names in owners.values():
        written = {name.split()[-1] for name in names if name}
        if "" in names or len({fold(name).replace(". ", ".") for name in names}) != 1 or len(written) != 1:
            continue  # a table person's surname too, or two supplement people's
        surname, name = written.pop(), next(iter(names))
        words = name.split()
        if len(surname) < 4 or not re.fullmatch(rf"[A-Z][{_SMALL}]+", surname) or len(words) < 2:
            continue  # "Shankar–Jaikishan", "Chung-hoon": no surname alone
        if words[-2] in _PARTICLES or words[-2] in _CAPITAL_PARTICLES or fold(surname) in _STOP_OR_NOT_NAME:
            continue
        if gazetteer.is_first_name(surname) or gazetteer.films_titled(surname):
            continue
        surnames.add(surname)
    return frozenset(fold(w) for w in surnames)


# Film critics whom reviews and threads name by surname alone ("Ebert gave it four stars", "Kael
# never reviewed it"): the film table credits no critics, and their surnames are rare enough to
# stand alone. Common surnames ("Scott", "Lane", "Thomson") are left to full names.
_CRITIC_SURNAMES = (
    "Ebert|Kael|Sarris|Agee|Bazin|Crowther|Kauffmann|Rosenbaum|Hoberman|Dargis|Kermode|Maltin|Denby|Siskel"
    "|Canby|Farber|Haskell|Zacharek|Hornaday|Tobias|Brody|Ehrlich|Kenigsberg"
)
_CRITIC = re.compile(rf"(?<![\w’'.-])(?:{_CRITIC_SURNAMES})(?=[’']s\b|[^\w’'-]|$)(?! [A-Z])")
_CRITIC_NAMES = tuple(_CRITIC_SURNAMES.split("|"))
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def critic_surnames(unit: Unit) -> list[Candidate]:
    """Person candidates for critics named by surname alone, not inside a longer name ("Roger Ebert"
    is the parser's, "Hornaday Street" no critic)."""
    found: list[Candidate] = []
    if not any(name in unit.text for name in _CRITIC_NAMES):
        return found  # a scan in C for each surname before the pattern's walk over every word
    for match in _CRITIC.finditer(unit.text):
        if _CAPITAL_WORD_BEFORE.search(unit.text, max(0, match.start() - 30), match.start()):
            continue
        found.append(Candidate(match.group(), match.start(), match.end(), "person", "critic", 0.7))
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Za-z])")
# a line of a page's apparatus: a label and its value, or a few words alone ("Grade: B-", "Review")
_APPARATUS_LINE = re.compile(r"(?:[\w’' &/-]{1,30}:[^\n]*|[^\n.!?]{1,30})$", re.M)


def _persons(unit: Unit, doc: Doc) -> list[Span]:
    """The PERSON entities of one of the unit's parses, built once (kept on the unit): every rule
    of this module walks them, and spaCy makes new span objects for all entities at each
    ``doc.ents``."""
    return unit.entity_spans(doc, "PERSON")


def lower_case_prose(text: str) -> bool:
    """Whether a text is written in lower case throughout ("ok so the setup: an actress, ...
    (liv ullmann), stops talking"): most of its sentences (ten or more) start with a small letter.

    >>> lower_case_prose("i watched it. and. um. it was long. too long. lynch did it better. ok. "
    ...                  "so. the end. bye. really.")
    True
    """
    if text not in _PROSE_CASE:
        if len(_PROSE_CASE) >= _CREDITED_KEPT:
            _PROSE_CASE.pop(next(iter(_PROSE_CASE)))
        lower = upper = 0
        for match in _SENTENCE_START.finditer(text, 0, _PROSE_SAMPLE):
            if _APPARATUS_LINE.match(text, match.start(1)):
                continue  # "Year: 1949", "Director: Siodmak", "Review": a header's lines, in any case
            if match.group(1).islower():
                lower += 1
            else:
                upper += 1
                if upper >= 4 and upper > lower:
                    break  # sentence case: most pages show it in their first few sentences
        _PROSE_CASE[text] = lower + upper >= 10 and lower >= 0.7 * (lower + upper)
    return _PROSE_CASE[text]


_PROSE_CASE: dict[str, bool] = {}  # the last few texts' answers (people and surnames both ask)


_PROSE_SAMPLE = 3000  # characters read to tell a page's case: its style shows from the start


_LEADING_DIRECTOR = 8  # films directed before a bare surname stands for one director


@cache
def _director_surnames(gazetteer: Gazetteer) -> dict[str, int]:
    """Folded surnames that name one director when written alone ("Hitchcock", "Kubrick"): a
    director of at least eight films of the table, with twice the directing credits of anyone
    else of that surname and at least as many credits in all ("Nolan" is also Lloyd Nolan's)."""
    directed = [0] * len(gazetteer.people)
    for film in gazetteer.films:
        for person in film.directors:
            directed[person] += 1
    by_surname: dict[str, list[int]] = {}
    for person, name in enumerate(gazetteer.people):
        if directed[person] or len(gazetteer.credits[person]) >= 3:
            by_surname.setdefault(fold(name.split()[-1]), []).append(person)
    found = {}
    for surname, people in by_surname.items():
        top = max(people, key=lambda p: directed[p])
        others = [p for p in people if p != top]
        if (
            directed[top] >= _LEADING_DIRECTOR
            and all(directed[top] >= 2 * directed[p] for p in others)
            and all(len(gazetteer.credits[top]) >= len(gazetteer.credits[p]) for p in others)
            and not gazetteer.is_first_name(surname)
        ):
            found[surname] = top
    return found


_SPACE_CAPITAL = re.compile(r" [A-Z0-9]")
# a word that may be a surname, "(?<![\w’'-])[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w-])" opening on its
# first letter (the look-behind then checks the character before it): the scan skips in C to a capital
# small letters with the Latin diacritics of film-makers' surnames ("Kieślowski", "Almodóvar", "Buñuel")
_SMALL = "a-zß-öø-ÿ\u0100-\u017f"
_CAPITALISED_WORD = re.compile(rf"[A-Z](?<![\w’'-][A-Z])[{_SMALL}]{{2,}}(?:-[A-Z][{_SMALL}]+)?(?![\w-])")
_ANY_WORD = re.compile(  # lower-case prose
    rf"[A-Za-z](?<![\w’'-][A-Za-z])[{_SMALL}]{{2,}}(?:-[A-Za-z][{_SMALL}]+)?(?![\w-])"
)


def director_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """A famous director's bare surname ("a Hitchcock rip-off", "too sloppy for Hitchcock"), unless
    the page reviews a work of that title or sets the word as a title (italics, quotes)."""
    if unit.is_title:
        return []
    surnames = _director_surnames(ctx.gazetteer)
    famous = _famous_surnames(ctx.gazetteer)  # the supplement's ("Stravinsky"), read in the same walk
    found = []
    lower = lower_case_prose(unit.text)  # "lynch basically made mulholland drive out of this"
    for match in (_ANY_WORD if lower else _CAPITALISED_WORD).finditer(unit.text):
        word = match.group()
        key = fold(word)
        person = surnames.get(key)
        if (person is None and (lower or key not in famous)) or name_key(word) == ctx.reviewed_key:
            continue
        if ctx.is_emphasised(word):
            continue
        before = re.search(r"([A-Z][\w’'-]*)\s+$", unit.text[max(0, match.start() - 30) : match.start()])
        start = match.start()
        if before and _particle_of(before.group(1), word, person, ctx.gazetteer):
            start = match.start() - len(before.group())  # "But De Sica builds to a climax"
        elif before and fold(before.group(1)) not in STOP_WORDS:
            continue  # inside a longer name: "Tim Story"
        if _SPACE_CAPITAL.match(unit.text, match.end()):
            continue  # inside a longer name or title: "Toy Story 4"
        rule = "surname" if person is not None else "famous-surname"
        found.append(Candidate(unit.text[start : match.end()], start, match.end(), "person", rule, 0.55, person=person))
    return found


def _particle_of(before: str, word: str, person: int | None, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised word before a director's surname is the particle of that director's
    name: "De Sica" of Vittorio De Sica, "De Palma" of Brian De Palma ("De" opens a sentence or
    is written capitalised; "von Trier" in small letters never stands before it)."""
    if person is None or fold(before) not in _PARTICLES:
        return False
    return fold(gazetteer.people[person]).endswith(f" {fold(before)} {fold(word)}")


def credited_people(unit: Unit, gazetteer: Gazetteer) -> list[Candidate]:
    """People the page's credits name, whatever the parser made of them: credit lines
    ("Stars: Park So-dam"), the actor of "Character (Actor)" and a maker's "by" ("score by X").
    People and characters both ask for them: the last few texts' answers are kept."""
    kept = _CREDITED.get(gazetteer, (unit.text, unit.is_title), lambda: tuple(_credited_people(unit, gazetteer)))
    return [copy(candidate) for candidate in kept]


_CREDITED_KEPT = 64
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
_LIST_GAP = frozenset({"", ",", "and", ", and", "&", ", &"})
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


def _not_a_film(name: str, gazetteer: Gazetteer) -> bool:
    return not gazetteer.films_titled(name) or gazetteer.person_named(name) is not None


def _before_label(line: str, text: str, at: int) -> str:
    """An entity running into a credit label loses the label: "Directed by: Fritz Lang Cast: ..."
    gives "Fritz Lang Cast", a person "Fritz Lang"."""
    end = at + len(line)
    if text[end : end + 3].lstrip()[:1] == ":" and len(line.split()) >= 3 and is_label(line.split()[-1]):
        return line.rsplit(None, 1)[0]
    return line


def _lines(text: str) -> list[tuple[int, str]]:
    """An entity's text cut at line breaks and commas: "Alfonso Cuarón\nREPARTO" names one person,
    not "Alfonso Cuarón REPARTO"; "Ethan Hawke plays Vincent, Jude Law plays ..." gives the parser
    "Vincent, Jude Law", two names ("Sammy Davis, Jr." stays one)."""
    if "\n" not in text and "," not in text:
        return [(0, text)] if text.strip() else []
    out = []
    for piece in _PIECE.finditer(text):
        if piece.group().strip():
            out.append((piece.start(), piece.group()))
    return out


_PIECE = re.compile(r"(?:[^\n,]|,(?!\s+[A-Z])|,(?=\s+(?:Jr|Sr|III|II)\b))+")


def _two_names(text: str) -> bool:
    """Whether an entity's text runs over a line break or a comma between two names."""
    return "\n" in text or ("," in text and len(_lines(text)) > 1)


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
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
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


def find_character_names(unit: Unit, actors: set[str], gazetteer: Gazetteer | None = None) -> set[str]:
    """Names the text uses for characters (folded full names, first names and last names)."""
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
    surnames: dict[str, set[str]] = {}  # an actor's surname -> the actors of that surname
    for actor in actors:
        surnames.setdefault(actor.split()[-1], set()).add(actor)
    names: set[str] = set()
    text = unit.text
    for _, _, actor, part in cast_parts(text, gazetteer) if gazetteer is not None else ():
        part = _clean(part)
        if part and fold(part.split()[0]) not in _STOP_OR_NOT_NAME and fold(part) != fold(actor):
            _add_character(names, part, surnames)  # "Cast: Randolph Scott (Major Matt Stewart)"
    for pattern, gate in zip(_CHARACTER_PATTERNS, _PATTERN_GATES, strict=True):
        if gate and not any(part in text for part in gate):
            continue
        for match in pattern.finditer(text):
            name = _clean(match.group("name"))
            inside = _clean(match.group("actor")) if "actor" in pattern.groupindex and match.group("actor") else ""
            # "Mark Lewis (Carl Boehm)": the table's Mark Lewis, of a few films the text never names, is a namesake
            namesake = bool(inside) and gazetteer is not None and _namesake_outside(name, inside, text, gazetteer)
            if (
                pattern is _CHARACTER_PATTERNS[0]
                and inside
                and not namesake
                and _reversed(name, inside, actors, cast_style)
            ):
                name = inside  # a cast list "Yalitza Aparicio (Cleo)": the actor outside, the character inside
            elif (
                pattern is _CHARACTER_PATTERNS[0]
                and inside
                and _NAME_WORD_BEFORE.search(text, max(0, match.start("name") - 30), match.start("name"))
            ):
                name = _whole_name(unit, match.start("name"), match.end("name"), gazetteer) or name
            while name and fold(name.split()[0]) in STOP_WORDS and len(name.split()) > 1:
                name = _without_first_word(name)  # "Then Dana (Sigourney Weaver)"
            while len(name.split()) > 2 and fold(name.split()[0]) in _PEOPLE_NOUNS:
                name = _without_first_word(
                    name
                )  # "Composer John Russell (George C. Scott)": a trade opening the sentence
            if not name or fold(name.split()[0]) in _STOP_OR_NOT_NAME:
                continue
            if pattern is _NAMED and gazetteer is not None and len(name.split()) > 1 and gazetteer.films_titled(name):
                continue  # "a film called Blade Runner"
            the_part = (pattern is _PLAYS and _actor_before(unit.text, match.start(), actors)) or (
                pattern is _CHARACTER_PATTERNS[0]
                and (fold(inside) in actors or namesake)
                and fold(name) != fold(inside)
            )
            if fold(name) in actors and not the_part and not namesakes.has(fold(name)):
                continue  # an actor's name; but "Bogart plays Harry Morgan", "Brian Flanagan (Tom Cruise)" are parts
            if pattern in (_ACTOR_IS, _ACTOR_WHO_IS) and fold(_clean(match.group("actor"))) not in actors:
                continue
            if (
                pattern is _ACTOR_WHO_IS
                and " " not in name
                and not _person_at(unit, match.start("name"), match.end("name"))
            ):
                continue  # "..., is French": a one-word part is the parser's person
            if pattern is _ACTOR_IS and not _role_noun(unit, match):
                continue
            if pattern is _ACTOR_IS and _clause_subject(unit.text, match, surnames):
                continue  # "X is the scariest thing Fincher has ever shot": a clause's subject, no part
            if pattern in (_CHARACTER_PATTERNS[5], _PLAYS) and not _actor_before(unit.text, match.start(), actors):
                continue
            _add_character(names, name, surnames)
    if gazetteer is None:
        return names
    # the rules below read the plot's phrasing, which real people share; a real person's mark wins
    # (read once, when a rule first finds a name: most units give none)
    real: list[set[str]] = []

    def add(name: str) -> None:
        if not real:
            real.append(real_person_marks(unit, actors, gazetteer))
        if fold(name) not in real[0]:
            _add_character(names, name, surnames)

    if gazetteer is not None:
        for line, reversed_ in cast_lines(unit.text, gazetteer):
            name = _clean(line.group("actor" if reversed_ else "name"))
            if fold(name) not in actors and fold(name.split()[0]) not in _STOP_OR_NOT_NAME:
                _add_character(names, name, surnames)  # "Halle Berry.... Patience Phillips"
        for match in PARENTHESISED.finditer(unit.text) if _PAREN_LEAD_GATE.search(unit.text) else ():
            inside = match.group("inside").split(",")[0].strip()
            actor = _after_lead(inside)
            known = inside.islower() and gazetteer.person_named(inside) is not None  # "(liv ullmann)"
            if (actor != inside and full_name(actor) and fold(actor) not in _STOP_OR_NOT_NAME) or known:
                name = _clean(match.group("outside"))
                while len(name.split()) > 1 and fold(name.split()[0]) in STOP_WORDS:
                    name = _without_first_word(name)
                if fold(name.split()[0]) not in _STOP_OR_NOT_NAME and fold(name) not in actors:
                    _add_character(names, name, surnames)  # "Knockout Ned (the singer Seu Jorge)"
        for name in _plot_names(unit, actors, gazetteer, namesakes):
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
    return names


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


_CAPITAL_PARTICLES = frozenset(w.capitalize() for w in _PARTICLES)


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


# "Kurtz from Apocalypse Now", "to play Uncle Fester on The Addams Family": a name, then "from" (or,
# after a verb of playing, "on") and a work of the film table
# (the scan looks for the link words in C, then reads the name before and the title after)
_WORK_LINK = re.compile(r" (?P<link>from|on) (?=[A-Z0-9])")
_NAME_BEFORE_LINK = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})$")
_TITLE_AFTER_LINK = re.compile(r"(?P<title>(?:[A-Z0-9][\w’'.:-]*,? ?(?:(?:of|the|a|an|and|for|to|in|on) )?){1,7})")
_PLAYING_BEFORE = re.compile(r"\bplay(?:s|ed|ing)?\b[^.!?\n]{0,12}$")


def other_works_parts(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Parts of another work named with it: a person the parser found, then "from" (or "on" after
    a verb of playing) and a film of the table whose credits hold no one of that name ("is basically
    Kurtz from Apocalypse Now", "grew up to play Uncle Fester on The Addams Family"; not "that
    Schwarzenegger from Commando", whom its credits hold, nor a person the table knows)."""
    found: list[str] = []
    text = unit.text
    if unit.is_title or (" from " not in text and " on " not in text):
        return found
    for link in _WORK_LINK.finditer(text):
        match = _NAME_BEFORE_LINK.search(text, max(0, link.start() - 60), link.start())
        if match is None:
            continue
        name = _clean(match.group("name"))
        words = name.split()
        if not words or fold(words[0]) in _STOP_OR_NOT_NAME or fold(name) in actors:
            continue
        if link.group("link") == "on" and not _PLAYING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if gazetteer.person_named(name) is not None or stage_name(gazetteer, name) or name in _CRITIC_NAMES:
            continue
        title = _TITLE_AFTER_LINK.match(text, link.end())
        films = _films_at(title.group("title"), gazetteer) if title else []
        if not films or not any(
            label == "PERSON" for _, _, label in unit.entities_near(match.start("name"), match.end("name"))
        ):
            continue
        last = fold(words[-1])
        entries = [gazetteer.films[film] for film in films]
        credited = {
            fold(word)
            for entry in entries
            for person in (*entry.cast, *entry.directors, *entry.writers)
            for word in gazetteer.people[person].split()
        }
        if last not in credited:
            found.append(name)
    return found


def _films_at(title: str, gazetteer: Gazetteer) -> list[int]:
    """The table's films titled by the longest run of the words that open ``title``."""
    words = title.split()
    for size in range(len(words), 0, -1):
        films = gazetteer.films_titled(" ".join(words[:size]).rstrip(",.:"))
        if films:
            return films
    return []


# texts that may hold "C (the singer A)", "C (played by A)", "C (liv ullmann)" or "N in <Title>"
_PAREN_LEAD_GATE = re.compile(r"\((?:played |voiced |portrayed |the |an? |[a-z]+ [a-z]+\))")
_NAME_IN_TITLE_GATE = re.compile(r"[A-Z][\w’'-]+ in [A-Z0-9]")
_PLAYS_PRONOUN = re.compile(r"\b(?:plays|played|playing|portrays|portrayed) (?:him|her)\b")


def _played_pronoun_names(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """ "Lou Bloom is a hustler. Jake Gyllenhaal plays him as ...": when an actor of the page
    plays "him"/"her", the first name the sentence before gives a person, no actor's nor the film
    table's, is the part."""
    found: list[str] = []
    if _PLAYS_PRONOUN.search(unit.text) is None:
        return found  # one scan of the text in C instead of a walk over every token
    for _, doc in unit.docs:
        sentences = list(doc.sents)
        for number, sentence in enumerate(sentences[1:], 1):
            for token in sentence:
                if token.lower_ not in {"plays", "played", "playing", "portrays", "portrayed"}:
                    continue
                objects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in {"him", "her"}]
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not objects or not subjects:
                    continue
                subject = subjects[0]
                actor = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN")
                if fold(actor) not in actors:
                    continue
                for ent in sentences[number - 1].ents:
                    name = _clean(ent.text)
                    if ent.label_ != "PERSON" or fold(name) in actors or gazetteer.person_named(name) is not None:
                        continue
                    found.append(name)
                    break
    return found


_OF_NAME = re.compile(r"(?<![\w’'-])of ([A-Z][a-z][\w’'-]*)(?![\w’'-]| [A-Z0-9]|[’']s\b)")


def _conjoined_names(unit: Unit, names: set[str], actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """A name joined by "and"/"or" to a character's, that is no page person's nor the film table's,
    is a character too: "the trapeze artists Anne and W.D. Wheeler" (the parse's conjuncts)."""
    if not names:
        return []
    people_words = {word for actor in actors for word in actor.split()}
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            root = ent.root
            partners = [root.head] if root.dep_ == "conj" else []
            partners += [child for child in root.children if child.dep_ == "conj"]
            if not any(fold(p.text) in names and p.pos_ == "PROPN" for p in partners):
                continue
            name = _clean(ent.text)
            key = fold(name)
            if key in names or key in actors or any(w in people_words for w in key.split()):
                continue
            if gazetteer.person_named(name) is None and not gazetteer.films_titled(name):
                found.append(name)
    return found


def _surname_characters(unit: Unit, names: set[str], actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Full names whose surname is a one-word character of the page ("Andrews is stiff as Mallory"
    ... "Frank Mallory is an insurance man"), when neither the film table nor the page's credits
    know the full name and the surname is no actor's. A first name is not enough: a critic may share
    a character's first name ("Eddie" and "Eddie Muller")."""
    single = {n for n in names if " " not in n}
    if not single:
        return []
    actor_words = {word for actor in actors for word in actor.split()}
    found = []
    for start, end, label in unit.entities_near(0, len(unit.text)):  # the unit's entities, kept as offsets
        if label != "PERSON" or "," in unit.text[start:end]:
            continue
        name = _clean(unit.text[start:end])
        words = fold(name).split()
        if len(words) != 2 or words[-1] not in single or words[-1] in actor_words or " ".join(words) in names:
            continue
        if not all(w[:1].isupper() for w in name.split()) or " ".join(words) in actors:
            continue
        if gazetteer.person_named(name) is not None or gazetteer.films_titled(name):
            continue
        span = _span_at(unit, start, end)
        if span is not None and _trade_appositive(span.root):
            continue  # "Antonio Salieri, the former court composer of Vienna": a real man the film portrays
        found.append(name)
    return found


def _span_at(unit: Unit, start: int, end: int) -> Span | None:
    """The parse's span over ``unit.text[start:end]``."""
    for offset, doc in unit.docs:
        if len(doc) and offset <= start < offset + doc[-1].idx + len(doc[-1].text_with_ws):
            return doc.char_span(start - offset, end - offset, alignment_mode="expand")
    return None


# things of a life a story gives its people ("Elisabeth Sparkle's empty apartment"), not a craft's
# output ("Robby Müller's colours", "Richard Einhorn's oratorio")
_LIFE_THINGS = frozenset(
    """apartment flat house home room bedroom office car truck wife husband son daughter mother father mom
    dad sister brother family girlfriend boyfriend fiancé fiancée boss friend friends neighbour neighbor
    marriage wedding funeral death life job dog cat baby kids children parents body secret past plan
    affair murder disappearance""".split()
)


def _trade_appositive(root: Token) -> bool:
    """Whether a name has an appositive noun of a trade or of the public eye ("N, the composer")."""
    return any(c.dep_ == "appos" and c.lower_ in _PERSON_OR_WORK_NOUNS for c in root.children)


_BYLINE = re.compile(r"(?:\bby|\bwith|\bfrom|@|:)\s*$|^\s*(?:posted|written|reviewed)\b", re.I)


def _plain_unknowns(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[tuple[Span, str, int]]:
    """PERSON entities of two or three words the film table does not know and the text gives no
    real person's mark: no byline or credit label before, no trade noun, no maker's possessive.
    Each with where it ends in the unit's text."""
    found = []
    for offset, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            name = _clean(ent.text)
            words = name.split()
            if "’s " in name or "'s " in name:
                continue  # "Arcade Fire’s Supersymmetry": a maker and a title in one entity
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or name.isupper():
                continue
            if fold(name) in actors or gazetteer.person_named(name) is not None or gazetteer.films_titled(name):
                continue
            start = offset + ent.start_char
            before = unit.text[max(0, start - 40) : start]
            line_start = unit.text.rfind("\n", 0, start) + 1
            if _BYLINE.search(before) or _BYLINE.search(unit.text[line_start:start]):
                continue  # "Posted by Hal Brenner", "with Jihad Hojeily", "Director: ..."
            previous = re.findall(r"[\w-]+", before.lower())[-3:]
            if set(previous) & PERSON_NOUNS:
                continue  # "the critic Dana Prewitt"
            after = unit.text[offset + ent.end_char : offset + ent.end_char + 40]
            if _POSSESSIVE_WORK.match(after):
                continue  # "Dana Prewitt's new film"
            if re.match(r"[’']s\s+[“\"‘']?[A-Z]", after):
                continue  # "Arcade Fire's Supersymmetry": a maker's possessive over a title
            found.append((ent, name, offset + ent.end_char))
    return found


# verbs of the trade and of a critic's verdict: "Robert Elswit shoots the freeways", "X is incredible"
_TRADE_VERBS = frozenset(
    """be shoot direct write score produce edit compose star co-star play act cast voice narrate light frame
    photograph design adapt film make create helm steal give deliver bring turn shine nail sell carry own
    anchor ground elevate lift portray inhabit get""".split()
)
# their present-tense forms (the pipeline has no lemmatizer): "shoots", "shooting", "is", "gets"
_TRADE_VERB_FORMS = frozenset(
    {"is", "are", "am", "’s", "'s", "being"}
    | {form for verb in _TRADE_VERBS for form in (verb, verb + "s", verb + "es", verb + "ing", verb[:-1] + "ing")}
)


def _acts_in_the_plot(ent: Span) -> bool:
    """Whether a name does something in the story: the subject or object of a verb in the present
    tense that is no verb of the trade or of a verdict ("Kendall Roy does whatever Logan tells
    him", "Greg hands Tom Wambsgans the documents"; not "Paul Mescal is really good")."""
    root = ent.root
    verb = root.head
    while root.dep_ == "conj" and verb.pos_ in {"PROPN", "NOUN"}:
        root, verb = verb, verb.head  # "Annie and Lynda Vance laugh it off"
    if root.dep_ not in {"nsubj", "nsubjpass", "dobj", "dative"} or verb.pos_ != "VERB":
        return False
    return verb.lower_ not in _TRADE_VERB_FORMS and _present_tense(verb)


def _ends_with_a_film(text: str, title: re.Match[str], gazetteer: Gazetteer) -> bool:
    """Whether the capitalised words after "N in" start with a film of the table that ends the
    clause: "Hans Gruber in Die Hard." (a list of parts), not "Anya Taylor-Joy in Emma is
    luminous" (an actor praised in a remake the table does not hold)."""
    words = title.group("title").split()
    for size in range(len(words), 0, -1):
        film = " ".join(words[:size]).rstrip(",.:")
        if gazetteer.films_titled(film):
            after = title.start("title") + len(film)
            return _CLAUSE_END.match(text, after) is not None
    return False


_CLAUSE_END = re.compile(r"\s*(?:[.!?;:,)\n]|$)")  # "Hans Gruber in Die Hard.", "Like Ellen Ripley in Alien, she"
_REGNAL = re.compile(r"[IVX]+")
_IN_TITLE = re.compile(r" in (?P<title>(?:[A-Z0-9][\w’'.:-]*,? ?(?:(?:of|the|a|an|and|for|to|in|on) )?){1,7})")


def _unknowns_in_the_story(
    text: str, plain: list[tuple[Span, str, int]], names: set[str], gazetteer: Gazetteer
) -> list[str]:
    """Full names the film table does not know, with no real person's mark, written where the
    story is: in a sentence that also names a character of the page ("Kendall Roy is back at work
    and doing whatever Logan tells him"), or as "N in <a film of the table>" ("Hans Gruber in Die
    Hard": the table holds that film's cast, and N is not in it)."""
    found = []
    for ent, name, end in plain:
        if _REGNAL.fullmatch(name.split()[-1]) or _trade_appositive(ent.root):
            continue  # "Joseph II", "Antonio Salieri, the court composer": real people a film portrays
        own = {fold(w) for w in name.split()}
        beside = _acts_in_the_plot(ent) and any(
            t.pos_ == "PROPN" and t.text[:1].isupper() and (key := fold(t.text)) in names and key not in own
            for t in ent.sent
            if not ent.start <= t.i < ent.end
        )
        title = _IN_TITLE.match(text, end)
        in_film = title is not None and _ends_with_a_film(text, title, gazetteer)
        if beside or in_film:
            found.append(name)
    return found


def _story_names(unit: Unit, actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Names the text places inside the story, from how critics write people and characters:

    - a title of address or a rank ("Dr. Rose Cotter", "Major Marquis Warren");
    - an appositive plot noun ("Fredrick Sykes, the one-armed man") or a bare one before the
      name ("botanist Pamela Isley");
    - a full name whose first name the text then uses alone ("Addie Loggins" ... "Addie gets it
      back"): critics call real people by their surname and characters by their first name;
    - a lone first name that narrates ("James is still looking for his sister").

    None of them is a name of the page's people (credits, cast, the film table's people)."""
    people_words = {word for actor in actors for word in actor.split()}

    def unknown(name: str) -> bool:
        key = fold(name)
        words = key.split()
        return (
            key not in actors
            and not (len(words) == 1 and words[0] in people_words)
            and words[0] not in _STOP_OR_NOT_NAME
            and gazetteer.person_named(name) is None
        )

    found: list[str] = []
    titled_names = TITLED_NAME.finditer(unit.text) if not _TITLE_KEYS.isdisjoint(map(_KEY, unit.tokens)) else ()
    for match in titled_names:
        name = _clean(match.group("name"))
        titled = match.group().strip()
        if _CALLED_A_WORK.match(unit.text, match.end()):
            continue  # "Doctor Sleep is a much warmer follow-up": a title of a work
        if unknown(name) and gazetteer.person_named(titled) is None and _titled_name(name, titled, gazetteer):
            found.append(name)
    for name in _appositive_names(unit) + _described_names(unit):
        if unknown(name) and not gazetteer.films_titled(name):
            found.append(name)
    for match in NOUN_THEN_NAME.finditer(unit.text) if ", " in unit.text else ():
        name, noun = match.group("name"), match.group("noun")
        if noun not in _PERSON_OR_WORK_NOUNS and unit.pos_at(match.start("noun")) == "NOUN" and unknown(name):
            found.append(name)
    for match in BARE_NOUN_BEFORE_NAME.finditer(unit.text):
        name, noun = _clean(match.group("name")), match.group("noun")
        if noun in _PERSON_OR_WORK_NOUNS or fold(noun) in STOP_WORDS or not unknown(name):
            continue
        if _OWN_TIE.search(unit.text, max(0, match.start() - 12), match.start()):
            continue  # "my friend Tomasz Wilk swears by it": the writer's own people are real
        if unit.pos_at(match.start("noun")) == "NOUN" and unit.pos_at(match.start("name")) == "PROPN":
            found.append(name)
    for the in _THE_NOUN.finditer(unit.text):
        named = NAME_BEFORE.search(unit.text, max(0, the.start() - 40), the.start())
        if named is None:
            continue
        name, noun = named.group("name"), the.group("noun")
        if noun in _PERSON_OR_WORK_NOUNS or noun in _CAREER_NOUNS or noun in STOP_WORDS or not unknown(name):
            continue
        before = _CAPITAL_BEFORE.search(unit.text, max(0, named.start() - 40), named.start())
        if before is not None and not any(
            s == named.start() and label == "PERSON" for s, _, label in unit.entities_near(named.start(), named.end())
        ):
            continue  # "Bob Dylan the singer": the end of a longer name ("Old Karna the witch" is not)
        if well_known_surname(gazetteer, name) and not gazetteer.is_first_name(name):
            continue  # "Spielberg the showman": a maker's surname
        if unit.pos_at(the.start("noun")) == "NOUN" and unit.pos_at(named.start("name")) == "PROPN":
            found.append(name)  # "Old Karna the witch", "Bee the babysitter"
    if unit.id == "body":  # a plot summary is the review's, not a comment's
        found += [
            name
            for name in _first_name_characters(unit, people_words, unknown)
            # "watch Batman Returns again": a full name the film table holds as a title is that film
            if (len(name.split()) > 1 and not gazetteer.films_titled(name))
            or (
                len(name.split()) == 1
                and (
                    first_name_rather_than_surname(gazetteer, name)
                    or not gazetteer.is_surname(name)
                    or _plot_described(name, unit)
                )
            )
        ]
    return found


# the token keys of TITLED_NAME's titles ("dr", "monsieur"; a title of two words by its last one,
# also a title alone: "Special Agent", "U.S. Marshal"): a match's title is a token of the text
_TITLE_KEYS = frozenset(word_key(title.replace("\\", "").split()[-1]) for title in _TITLES.split("|"))
_KEY = itemgetter(3)  # a Token's key

# "Karna the witch", "Bee the babysitter": a lone name, "the" and a noun of the story
_OWN_TIE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+$")
# (found from " the ", a literal the scan skips to; the name read backwards from there)
_THE_NOUN = re.compile(r" the (?P<noun>[a-z][\w-]{2,})(?![\w’'-])")
NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][a-z][\w’'-]+)$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]* $")

_CALLED_A_WORK = re.compile(
    r"\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:follow-up|" + "|".join(sorted(WORK_NOUNS)) + r")\b"
)


def _titled_name(name: str, titled: str, gazetteer: Gazetteer) -> bool:
    """A title before a name, not a film's title ("Doctor Sleep"): one word after the title must
    be someone's first name or surname in the film table ("Dr. Mann", not "Doctor Sleep"), unless
    the title is a civil form of address ("Monsieur Hulot", "Mrs. Pumphrey"), which no film noun
    or rank shares."""
    if gazetteer.films_titled(titled.strip()):
        return False
    if _CIVIL.match(titled):
        return True
    return len(name.split()) > 1 or gazetteer.is_first_name(name) or gazetteer.is_surname(name)


_CIVIL = re.compile(
    r"(?:Mr|Mrs|Ms|Mme|Madame|Monsieur|Mademoiselle|Mlle|Señor|Señora|Herr|Frau|Signor|Signora|Papa|Mama)\.? "
)


# people as a story describes them ("N is a very intelligent woman", "N was a drifter"), not as a
# review praises an actor ("N is a revelation", "N is a joy")


def _described_names(unit: Unit) -> list[str]:
    """Full names the text says are someone of a story: the subject of "is"/"was" with a noun of
    STORY_PEOPLE ("Joan Castleman is a very intelligent woman who ...")."""
    if " is a" not in unit.text and " was a" not in unit.text:
        return []
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            root = ent.root
            if len(ent) < 2 or root.dep_ != "nsubj" or root.head.lower_ not in {"is", "was"} or _two_names(ent.text):
                continue
            if any(c.dep_ == "attr" and c.lower_ in STORY_PEOPLE for c in root.head.children):
                found.append(_clean(ent.text))
    return found


def _appositive_names(unit: Unit) -> list[str]:
    """PERSON names followed by an appositive common noun that is no trade's ("Fredrick Sykes,
    the one-armed man"; "Jeff Markham, a New York private eye"; not "Greta Gerwig, the director")."""
    found = []
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            # the parse's test first, the entity's text (built anew at each ``ent.text``) only for a hit
            root = ent.root
            head = root.head
            if (
                root.dep_ == "appos"
                and head.pos_ == "NOUN"
                and head.i < ent.start
                and fold(head.text) not in _PERSON_OR_WORK_NOUNS
                and any(c.dep_ == "det" for c in head.children)
            ):
                if not _two_names(ent.text):
                    found.append(_clean(ent.text))  # "a salesman, Lars Thorwald, whose wife ..."
                continue
            for child in root.children:
                if (
                    child.dep_ == "appos"
                    and child.pos_ == "NOUN"
                    and child.i > ent.end
                    and doc[ent.end].text == ","
                    and fold(child.text) not in _PERSON_OR_WORK_NOUNS
                    and any(c.dep_ in {"det", "poss"} for c in child.children)
                ):
                    if _two_names(ent.text):
                        break
                    found.append(_clean(ent.text))
    return found


def _first_name_characters(unit: Unit, people_words: set[str], unknown: Callable[[str], bool]) -> list[str]:
    """Full names whose first name the text uses alone more often than their surname, and lone
    first names that are the subject of a present-tense verb, when neither is a page person's."""
    full: dict[str, list[str]] = {}  # folded first name -> full names
    alone: dict[str, int] = {}  # folded single name -> uses as a one-word PERSON (or PROPN subject)
    narrating: set[str] = set()
    subjects: set[str] = set()  # folded lone names that are the subject of a present-tense verb
    appositive_trades: set[str] = set()  # "Antonio Salieri, the former court composer"
    owners: set[str] = set()  # full names owning a thing of the plot
    past: dict[str, set[int]] = {}  # lone names -> the past-tense plot verbs they are the subject of
    for _, doc in unit.docs:
        for ent in _persons(unit, doc):
            if _two_names(ent.text):
                continue
            words = _clean(ent.text).split()
            if len(words) == 2 and all(w[:1].isupper() for w in words):
                full.setdefault(fold(words[0]), []).append(" ".join(words))
                if _trade_appositive(ent.root):
                    appositive_trades.add(" ".join(words))
                elif ent.root.dep_ == "poss" and ent.root.head.lower_ in _LIFE_THINGS:
                    owners.add(" ".join(words))  # "Elisabeth Sparkle's empty apartment"
        # the proper nouns only, found in the parse's arrays: a Python token object per PROPN, not per word
        propn = doc.vocab.strings["PROPN"]
        propns = {i: doc[i] for i, tag in enumerate(doc.to_array("POS").tolist()) if tag == propn}
        capital = {i for i, token in propns.items() if token.text[:1].isupper()}
        for i in sorted(capital):
            token = propns[i]
            if i - 1 in capital or i + 1 in capital or token.text.isupper():
                continue  # part of a longer name
            key = fold(token.text)
            alone[key] = alone.get(key, 0) + 1
            if token.dep_ == "nsubj" and _present_tense(token.head):
                narrating.add(token.text)
                subjects.add(key)
            elif token.dep_ == "nsubj" and token.head.tag_ == "VBD" and token.head.lower_ not in _REVIEW_PAST:
                past.setdefault(token.text, set()).add(token.head.i)  # "Walter found a body in his garden"
            elif token.dep_ == "poss" and _plot_thing(token.head):
                narrating.add(token.text)  # "in Thailand for Stu's wedding": a lone name owning a thing of the plot
            elif token.dep_ == "dobj" and _present_tense(token.head) and _story_subject(token.head):
                narrating.add(token.text)  # "episodes that follow Marianne": the object of the story's verb
    found = []
    for first, names in full.items():
        for name in names:
            last = fold(name.split()[-1])
            by_surname = (  # "Dunson swears to kill him"
                last in subjects and last not in people_words and name not in appositive_trades
            )
            if (alone.get(first, 0) > alone.get(last, 0) or by_surname or name in owners) and unknown(name):
                found.append(name)
    # a story told in the past: two lone names doing things of the plot, or one doing two
    if len(past) >= 2 or any(len(verbs) >= 2 for verbs in past.values()):
        narrating |= set(past)
    for name in sorted(narrating):
        if unknown(name) and fold(name) not in people_words and _is_first_name_like(name, unit):
            found.append(name)
    return found


# past-tense verbs of the trade, of a verdict and of a conversation: a review's or a thread's, not a plot's
_REVIEW_PAST = frozenset(
    """was were had did said says wrote directed made shot played starred co-starred gave delivered loved liked
    hated enjoyed disliked thought felt watched saw recommended called told asked commented mentioned replied
    answered agreed disagreed noted argued claimed reviewed rated cast produced scored edited won earned got
    deserved nailed brought turned stole carried filmed adapted composed designed created wanted tried
    meant seemed looked sounded nominated posted shared linked suggested reminded""".split()
)


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


def _plot_described(name: str, unit: Unit) -> bool:
    """Whether the text says what a lone name is with a noun of the story, not of a trade:
    "Hogarth is a boy in a small Maine town" (a surname in the film table all the same), not
    "Hitchcock is a director"."""
    for _, doc in unit.docs:
        for token in doc:
            if token.text != name or token.dep_ != "nsubj" or token.head.lower_ not in {"is", "was"}:
                continue
            for child in token.head.children:
                if child.dep_ == "attr" and child.pos_ == "NOUN" and child.lower_ not in _PERSON_OR_WORK_NOUNS:
                    return True
    return False


def _story_subject(verb: Token) -> bool:
    """Whether a verb's subject is no reviewer's voice ("I", "you", "we"): "the episodes follow
    Marianne" narrates, "I love Marianne" may be about anyone."""
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"i", "you", "we"} for c in verb.children)


def _plot_thing(noun: Token) -> bool:
    """A common noun of the story a possessive can own ("wedding", "apartment"), not of the trade
    or of a person's work ("film", "career", "performance", "director")."""
    key = noun.lower_
    return noun.pos_ == "NOUN" and key not in WORK_NOUNS | PERSON_NOUNS | _CAREER_NOUNS and noun.text.islower()


_CAREER_NOUNS = frozenset(
    "performance performances turn work career debut role roles score script screenplay direction camera "
    "style eye voice face best worst take version cut films movies book books novel novels vision gaze "
    "sensibility talent legacy influence oeuvre filmography fans fanbase output".split()
)


def _present_tense(verb: Token) -> bool:
    """A verb in the present tense, simple or with its auxiliary ("finds", "is still looking")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _is_first_name_like(name: str, unit: Unit) -> bool:
    """A single name the parser calls a person somewhere in the unit."""
    return any(
        label == "PERSON" and unit.text[s:e] == name
        for start in _standalone(unit.text, name)  # or "Stu's"
        for s, e, label in unit.entities_near(start, start + len(name))
    )


def _word_char(ch: str) -> bool:
    r"""The regular expressions' ``\w`` (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


def _standalone(text: str, name: str) -> list[int]:
    r"""Where ``name`` stands as a word of ``text``, the starts of what
    ``(?<![\w’'-])NAME(?![\w-]|[’'](?!s\b))`` finds (found with ``str.find``: no pattern is
    compiled for each name).

    >>> _standalone("Stu's wedding, Stu-like, Stu'd, ZStu, Stu", "Stu")
    [0, 38]
    """
    found = []
    position = 0
    while (at := text.find(name, position)) >= 0:
        end = at + len(name)
        before = text[at - 1] if at else ""
        after = text[end : end + 1]
        ok = not (before and (_word_char(before) or before in "’'-"))
        if ok and after:
            if _word_char(after) or after == "-":
                ok = False
            elif after in "’'":  # only a possessive "'s" may follow
                ok = text[end + 1 : end + 2] == "s" and not (end + 2 < len(text) and _word_char(text[end + 2]))
        if ok and name:
            found.append(at)
            position = end
        else:
            position = at + 1
    return found


def _add_character(names: set[str], name: str, surnames: dict[str, set[str]]) -> None:
    """A character's folded full name, first name and (unless an actor's surname) last name:
    "Imperator Furiosa" is "Furiosa" later on, "Robert Angier" is "Angier"."""
    words = fold(name).split()
    names.add(" ".join(words))
    names.add(words[0])
    others = surnames.get(words[-1], set()) - {" ".join(words)}  # "Lee Jong-su", a namesake in the table, is no other
    if len(words) >= 2 and not others and words[-1] not in STOP_WORDS and len(words[-1]) > 2:
        names.add(words[-1])


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


_NAMESAKE_CREDITS = 2  # films of a table person whose name alone is no proof of them


class _Namesakes:
    """The page's full names the film table knows only as likely namesakes (``_namesake``), unless
    the text is about a real life, where the parts are real people ("Gwilym Lee as Brian May").
    Asked only of the names a part's form finds among the actors, each once."""

    def __init__(self, text: str, gazetteer: Gazetteer | None) -> None:
        self.text, self.gazetteer = text, gazetteer
        self.known: dict[str, bool] = {}
        self.life: bool | None = None

    def has(self, key: str) -> bool:
        if self.gazetteer is None or " " not in key:
            return False
        if key not in self.known:
            self.known[key] = _namesake(key, self.text, self.gazetteer)
        if self.known[key] and self.life is None:
            self.life = about_a_life(self.text)
        return self.known[key] and not self.life


def _namesake(key: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the film table's person of that (folded) name is likely only a namesake: of one or
    two films, none of them named in the text. Half the table's people have one credit; a plot's
    "Tom Cole" is rarely the Tom Cole of Smooth Talk."""
    person = gazetteer.person_named(key)
    if person is None:
        return False
    films = gazetteer.credits[person]  # none: the supplement's crews, critics and authors, well known
    return 0 < len(films) <= _NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)


_WEAK_NAMESAKE_CREDITS = 5  # a table person this little credited, of no film the text names, may be a part


def _namesake_outside(outside: str, inside: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether "X (Y)" keeps the critics' order "Character (Actor)" though the film table knows X:
    Y is a full name the table does not hold and X is a person of a few films the text never names
    ("Mark Lewis (Carl Boehm)": the table's Mark Lewis is someone else)."""
    person = gazetteer.person_named(outside)
    if person is None or not full_name(inside) or gazetteer.person_named(inside) is not None:
        return False
    films = gazetteer.credits[person]
    return 0 < len(films) <= _WEAK_NAMESAKE_CREDITS and not any(gazetteer.films[f].title in text for f in films)


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
