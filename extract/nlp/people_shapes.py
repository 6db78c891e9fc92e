"""Name shapes and word sets the people and character rules share: particles, possessives,
the words that are never a name, the parser's persons of a unit, the case of a page's prose."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from extract.authors import NOT_NAMES
from extract.nlp.characters import (
    PERSON_NOUNS,
    RELATIONS_ALTERNATION,
    STORY_PEOPLE,
    TAG_WORDS,
    WORK_NOUNS,
)
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer

_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")  # "Kubrick's", "Justin Kuritzkes'"
_CONTRACTION = re.compile(r"^(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[’'](?:ve|m|d|ll|re|s)$")
# "his wife Mary Smith", "her rival Ted Rand", "Sam's older brother, Davey": a tie of the story before a name
_RELATIONS = RELATIONS_ALTERNATION
_RELATION_ADJECTIVES = "older|younger|elder|little|big|baby|kid|new|late|estranged|best|only|own|teenage|young|old"
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "le", "la", "du", "den", "ter"})
# a particle joined to the capital of a surname: "Haifaa al-Mansour", "Brandon deWilde", "Youssef el-Sisi",
# "Louis d'Orléans", "Ibn al-Haytham" (Arabic, Dutch, French and Italian surnames a review keeps as written)
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|ben|de|di|da|du|van|von|d|l)(?:[-’']?)[A-Z]")
NOT_PERSON_WORDS = frozenset({"oscar", "oscars", "twitter", "facebook", "god", "netflix", "imax", "hollywood"})
# word sets the rules test together, joined once (spaCy's STOP_WORDS is never changed at run time)
_STOP_OR_NOT_NAME = frozenset(STOP_WORDS | NOT_NAMES)
_NOT_AN_ACTOR = frozenset(STOP_WORDS | TAG_WORDS | NOT_PERSON_WORDS | NOT_NAMES)
_PERSON_OR_WORK_NOUNS = frozenset(PERSON_NOUNS | WORK_NOUNS)
_PEOPLE_NOUNS = frozenset(PERSON_NOUNS | STORY_PEOPLE)  # "Composer", "Nurse", "Detective" before a name
_POSSESSIVE_WORK = re.compile(r"[’']s\s+(?:\w+\s+){0,2}(?:" + "|".join(sorted(WORK_NOUNS)) + r")\b")


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


# Film critics whom reviews and threads name by surname alone ("Ebert gave it four stars", "Kael
# never reviewed it"): the film table credits no critics, and their surnames are rare enough to
# stand alone. Common surnames ("Scott", "Lane", "Thomson") are left to full names.
_CRITIC_SURNAMES = (
    "Ebert|Kael|Sarris|Agee|Bazin|Crowther|Kauffmann|Rosenbaum|Hoberman|Dargis|Kermode|Maltin|Denby|Siskel"
    "|Canby|Farber|Haskell|Zacharek|Hornaday|Tobias|Brody|Ehrlich|Kenigsberg"
)
_CRITIC_NAMES = tuple(_CRITIC_SURNAMES.split("|"))


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


_CREDITED_KEPT = 64
_LIST_GAP = frozenset({"", ",", "and", ", and", "&", ", &"})


def _not_a_film(name: str, gazetteer: Gazetteer) -> bool:
    return not gazetteer.films_titled(name) or gazetteer.person_named(name) is not None


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


_CAPITAL_PARTICLES = frozenset(w.capitalize() for w in _PARTICLES)


def name_word(word: str) -> bool:
    """Whether a word may stand in a person's name: a capital, a particle ("de", "van"), or a particle
    joined to a surname's capital ("al-Mansour", "deWilde", "d’Arc").

    >>> [name_word(w) for w in ("Kahiu", "van", "al-Mansour", "deWilde", "d’Arc", "also", "del-", "el")]
    [True, True, True, True, True, False, False, False]
    """
    return word[:1].isupper() or word in _PARTICLES or _JOINED_PARTICLE.match(word) is not None
