"""People named in a text (spaCy PERSON plus the gazetteer), and characters told apart.

Samantha and Theodore are characters of Her, not real people: a name in parentheses after
a character ("Theodore Twombly (Joaquin Phoenix)"), after "voiced by", after "as" in an
actor's sentence, or after "his neighbor", "her husband" and the like is a character.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.textnorm import fold

_POSSESSIVE = re.compile(r"[’']s$")
_CONTRACTION = re.compile(r"^(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[’'](?:ve|m|d|ll|re|s)$")
_RELATIONS = (
    "neighbor|neighbour|wife|husband|ex-wife|girlfriend|boyfriend|friend|colleague|date|son|daughter|"
    "mother|father|boss|sister|brother|partner|lover"
)
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "le", "la", "du", "den", "ter"})
NOT_PERSON_WORDS = frozenset({"oscar", "oscars", "twitter", "facebook", "god", "netflix", "imax", "hollywood"})
_CHARACTER_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s*\((?P<actor>[A-Z][\w.’' -]{1,60})\)"),
    re.compile(
        r"\b(?P<name>[A-Z][\w’']+)(?:,| is| was)? (?:voiced|played)(?: \w+){0,3} by (?P<actor>[A-Z][\w.’' ]{1,60})"
    ),
    re.compile(r"\b(?:named|names (?:herself|himself|itself)|called) (?P<name>[A-Z][a-z]+)\b"),
    re.compile(r"\b(?:performance|turn|role|cameo) as (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)"),
    re.compile(rf"\b(?:his|her|their|the) (?:{_RELATIONS}) (?P<name>[A-Z][\w’']+)"),
    re.compile(r"\b(?:as|playing|plays|played) (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)(?:[’']s)?\b"),
    re.compile(r"\b(?P<name>[A-Z][\w’']+), (?:an?|the) [\w -]{0,40}? (?:voiced|played) by (?P<actor>[A-Z][\w.’' ]+)"),
    re.compile(
        r"\b(?:the OS|operating system|character|robot|android|AI)(?:,)? (?:called |named )?(?P<name>[A-Z][a-z]+)\b"
    ),
)


_ACTOR_IS = re.compile(
    r"\b(?P<actor>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}) (?:is|was|plays|played|as) (?:the |a )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
_CHARACTER_PATTERNS = (*_CHARACTER_PATTERNS, _ACTOR_IS)


def _clean(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip(' .,;:!?"“”‘’()'))
    return " ".join(text.split())


def find_people(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Person candidates: spaCy PERSON entities and gazetteer names written in title case."""
    found: list[Candidate] = []
    for offset, doc in unit.docs:
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            for line_start, line in _lines(ent.text):
                found += _ner_person(unit, ctx, line, offset + ent.start_char + line_start)
    for match in ctx.gazetteer.match(unit.text, unit.tokens):
        if match.person is None:
            continue
        words = match.text.split()
        if all(w[:1].isupper() or w in _PARTICLES for w in words) and words[0][:1].isupper():
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.8, person=match.person))
    return found


def _lines(text: str) -> list[tuple[int, str]]:
    """An entity's text cut at line breaks: "Alfonso Cuarón\nREPARTO" names one person, not
    "Alfonso Cuarón REPARTO"."""
    out, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, line))
        start += len(line) + 1
    return out


def _ner_person(unit: Unit, ctx: PageContext, text: str, at: int) -> list[Candidate]:
    """A person candidate from one line of a spaCy PERSON entity, unless the name is no person's."""
    name = _clean(text)
    words = name.split()
    if _CONTRACTION.match(name) or not words or len(name) < 2:
        return []  # "I've", "I'm"
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return []
    if any(fold(w) in NOT_NAMES for w in words) or any(ch in name for ch in "/+@#"):
        return []
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
    return [Candidate(name, start, start + len(name), "person", "ner", 0.6)]


def find_character_names(unit: Unit, actors: set[str]) -> set[str]:
    """Names the text uses for characters (folded first names and full names)."""
    names: set[str] = set()
    for pattern in _CHARACTER_PATTERNS:
        for match in pattern.finditer(unit.text):
            name = _clean(match.group("name"))
            inside = _clean(match.group("actor")) if "actor" in pattern.groupindex and match.group("actor") else ""
            if pattern is _CHARACTER_PATTERNS[0] and inside and _reversed(name, inside, actors):
                name = inside  # a cast list "Yalitza Aparicio (Cleo)": the actor outside, the character inside
            while name and fold(name.split()[0]) in STOP_WORDS and len(name.split()) > 1:
                name = name.split(" ", 1)[1]  # "Then Dana (Sigourney Weaver)"
            if not name or fold(name) in actors or fold(name.split()[0]) in NOT_NAMES | STOP_WORDS:
                continue
            if pattern is _ACTOR_IS and fold(_clean(match.group("actor"))) not in actors:
                continue
            if pattern is _CHARACTER_PATTERNS[5]:
                sentence = unit.text[max(0, match.start() - 120) : match.start()]
                if not any(actor in fold(sentence) or actor.split()[-1] in fold(sentence) for actor in actors):
                    continue
            names.add(fold(name))
            names.add(fold(name.split()[0]))
    return names


def _reversed(outside: str, inside: str, actors: set[str]) -> bool:
    """Whether "X (Y)" puts the actor outside: a known actor outside and not inside, or a full
    name outside and a single name inside."""
    if fold(inside) in actors:
        return False
    return fold(outside) in actors or (len(outside.split()) >= 2 and len(inside.split()) == 1)
