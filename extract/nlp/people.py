"""People named in a text (spaCy PERSON plus the gazetteer), and characters told apart.

Samantha and Theodore are characters of Her, not real people: a name in parentheses after
a character ("Theodore Twombly (Joaquin Phoenix)"), after "voiced by", after "as" in an
actor's sentence, or after "his neighbor", "her husband" and the like is a character.
"""

from __future__ import annotations

import re

from extract.authors import NOT_NAMES
from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.textnorm import fold

_POSSESSIVE = re.compile(r"[’']s$")
_RELATIONS = (
    "neighbor|neighbour|wife|husband|ex-wife|girlfriend|boyfriend|friend|colleague|date|son|daughter|"
    "mother|father|boss|sister|brother|partner|lover"
)
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "le", "la", "du", "den", "ter"})
NOT_PERSON_WORDS = frozenset({"oscar", "oscars", "twitter", "facebook", "god", "netflix", "imax", "hollywood"})
_CHARACTER_PATTERNS = (
    re.compile(r"\b(?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)\s*\((?P<actor>[A-Z][\w.’' ]+)\)"),
    re.compile(r"\b(?P<name>[A-Z][\w’']+)(?:,| is| was)? (?:voiced|played)(?: \w+){0,3} by (?P<actor>[A-Z][\w.’' ]+)"),
    re.compile(r"\b(?:named|names (?:herself|himself|itself)|called) (?P<name>[A-Z][a-z]+)\b"),
    re.compile(r"\b(?:performance|turn|role|cameo) as (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)"),
    re.compile(rf"\b(?:his|her|their|the) (?:{_RELATIONS}) (?P<name>[A-Z][\w’']+)"),
    re.compile(r"\b(?:as|playing|plays|played) (?P<name>[A-Z][\w’']+(?: [A-Z][\w’']+)?)(?:[’']s)?\b"),
    re.compile(r"\b(?P<name>[A-Z][\w’']+), (?:an?|the) [\w -]{0,40}? (?:voiced|played) by (?P<actor>[A-Z][\w.’' ]+)"),
    re.compile(
        r"\b(?:the OS|operating system|character|robot|android|AI)(?:,)? (?:called |named )?(?P<name>[A-Z][a-z]+)\b"
    ),
)


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
            name = _clean(ent.text)
            words = name.split()
            if not words or not all(w[:1].isupper() or w in _PARTICLES for w in words) or len(name) < 2:
                continue
            if any(fold(w) in NOT_NAMES for w in words) or any(ch in name for ch in "/+@#"):
                continue
            if name.isupper() and len(name) > 3:
                continue
            if "’s " in name or "'s " in name or len(set(fold(name).split())) < len(words):
                continue  # "Arcade Fire’s Supersymmetry", "Ruth Ruth"
            if fold(name) in NOT_PERSON_WORDS or (
                ctx.gazetteer.films_titled(name)
                and ctx.gazetteer.person_named(name) is None
                and (len(words) >= 2 or not ctx.gazetteer.is_first_name(name))
            ):
                continue  # "Blade Runner", "Birdman" are films; "Oscar", "Twitter" are not people
            if unit.is_title and len(words) == 1:
                continue  # every word of a title is capitalised: a lone one is no evidence of a name
            start = offset + ent.start_char + ent.text.find(words[0])
            found.append(Candidate(name, start, start + len(name), "person", "ner", 0.6))
    for match in ctx.gazetteer.match(unit.text, unit.tokens):
        if match.person is None:
            continue
        words = match.text.split()
        if all(w[:1].isupper() or w in _PARTICLES for w in words) and words[0][:1].isupper():
            found.append(Candidate(match.text, match.start, match.end, "person", "gazetteer", 0.8, person=match.person))
    return found


def find_character_names(unit: Unit, actors: set[str]) -> set[str]:
    """Names the text uses for characters (folded first names and full names)."""
    names: set[str] = set()
    for pattern in _CHARACTER_PATTERNS:
        for match in pattern.finditer(unit.text):
            name = _clean(match.group("name"))
            if not name or fold(name) in actors or fold(name.split()[0]) in NOT_NAMES:
                continue
            if pattern is _CHARACTER_PATTERNS[5]:
                sentence = unit.text[max(0, match.start() - 120) : match.start()]
                if not any(actor in fold(sentence) or actor.split()[-1] in fold(sentence) for actor in actors):
                    continue
            names.add(fold(name))
            names.add(fold(name.split()[0]))
    return names
