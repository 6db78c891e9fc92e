"""Who is a real person and who is a character, from how reviews write casts and credits.

- Credit lines name people: "Directed by: Fritz Lang Cast: Glenn Ford, Gloria Grahame, and
  Lee Marvin" or "Stars: Song Kang-ho, Park So-dam" (a label, a colon, names split by commas).
- "Character (Actor)" names the actor inside the parentheses ("Victoria (Francesca Hayward)"),
  and "Actor (Character)" the reverse, told apart by the film table.
- "score by Disasterpeace", "a script by Nick Hornby": a name after a maker's "by" is a person.
- Characters: "Actor as his girlfriend Debby Marsh", "the painted tyrant Vigo" (a plot noun
  before a name), "Actor's Ripley" (an actor's possessive).

>>> [name for _, _, name in credit_names("Directed by: Fritz Lang Cast: Glenn Ford, Gloria Grahame, and Lee Marvin.")]
['Fritz Lang', 'Glenn Ford', 'Gloria Grahame', 'Lee Marvin']
>>> [name for _, _, name in credit_names("Stars: Song Kang-ho, Choi Woo-shik\\nThe Kim family")]
['Song Kang-ho', 'Choi Woo-shik']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_LABELS = (
    r"directed by|written by|produced by|music by|screenplay by|story by|shot by|edited by|"
    r"directors?|writers?|screenplay|screenwriters?|stars?|starring|cast|music|score|composer|"
    r"cinematography|cinematographer|producers?|editor|creators?|created by|voice cast|with"
)
_LABEL = re.compile(rf"(?<![\w])(?:{_LABELS})\s*:\s*", re.I)
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|van|von|de|da|del|der|di|le|la|du|den|ter|bin)"
NAME = rf"[A-Z][\w’'-]*\.?(?: {_NAME_WORD}){{0,3}}"
_NAME_AT_START = re.compile(rf"(?:and |& )?(?P<name>{NAME})")
_NEXT_LABEL = re.compile(rf"\s(?=(?:{_LABELS})\s*:)", re.I)

# Nouns after which a name is a person however the parser tags it (people of the trade).
TRADE_NOUNS = frozenset(
    """director directors filmmaker filmmakers actor actors actress actresses star stars writer writers
    novelist author authors composer composers producer producers critic critics auteur auteurs
    cinematographer screenwriter screenwriters comedian comedians singer singers musician musicians
    band rapper editor artist artists painter poet playwright photographer cast co-star costar
    legend legends master filmmaking colleague reviewer blogger host presenter dp""".split()
)
_BY_MAKERS = (
    r"score|music|soundtrack|script|screenplay|novel|book|story|stories|play|photography|design|"
    r"directed|written|produced|scored|composed|edited|shot|adapted|narrated|performed|voiced"
)
BY_MAKER = re.compile(rf"\b(?:{_BY_MAKERS}) by (?P<name>{NAME})")
# "as his girlfriend Debby Marsh", "as Gus", "as the ghost Vigo": a role after an actor's "as"
AS_ROLE = re.compile(
    r"\b(?:as|plays|playing|played) (?:(?:his|her|their|its|the|a|an) )?(?P<nouns>(?:[a-z][\w-]* ){0,2})"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
# "the painted tyrant Vigo", "his sister Ki-jung", "the mob boss Mike Lagana"
NOUN_BEFORE_NAME = re.compile(
    r"\b(?:the|his|her|their|its|a|an|whose) (?:[a-z][\w-]* ){0,2}?(?P<noun>[a-z][\w-]+) "
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?! [A-Z])"
)
ACTOR_POSSESSIVE = re.compile(rf"(?P<actor>{NAME})[’']s (?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'-]+)?)")
# "(Festival Screening)", "(Director's Cut)": a tag in parentheses, no actor
TAG_WORDS = frozenset(
    """review reviews screening restoration edition cut version remaster remastered spoilers spoiler free
    trailer recap rewatch retrospective release re-release premiere festival series season episode
    part chapter preview special feature commentary analysis essay""".split()
)
# "Celine Song's debut", "Colm Tóibín's novel": a maker's possessive before the work
MAKER_POSSESSIVE = re.compile(
    rf"(?P<name>{NAME})[’']s (?:(?:[a-z][\w-]*|[A-Z][\w-]*-winning) ){{0,2}}"
    r"(?:debut|film|films|movie|movies|novel|novels|book|books|script|screenplay|score|direction|"
    r"camera|cinematography|story|short story|play|classic|masterpiece|remake|adaptation|sequel|"
    r"documentary|oeuvre|filmography|career|latest|follow-up|work|vision)\b"
)
PARENTHESISED = re.compile(r"(?P<outside>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2})\s*\((?P<inside>[^()\n]{2,80})\)")


def credit_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name listed after a credit label, up to the line's end, the
    next label or the end of the sentence."""
    for label in _LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        following = _NEXT_LABEL.search(text, label.end(), end)
        if following:
            end = following.start()
        position = label.end()
        while position < end:
            match = _NAME_AT_START.match(text, position, end)
            if not match:
                break
            name = match.group("name").rstrip(".")
            if len(name.split()) >= 2 or "-" in name:
                yield match.start("name"), match.start("name") + len(name), name
            rest = text[match.end() : end]
            separator = re.match(r"\s*(?:,|;|/|\band\b|&)\s*(?:and\s+|&\s+)?", rest)
            if not separator:
                break
            position = match.end() + separator.end()


def is_label(word: str) -> bool:
    """Whether a word is a credit label ("Cast", "Starring", "Director")."""
    return _LABEL.fullmatch(word + ":") is not None


def full_name(text: str) -> bool:
    """Two to four capitalised words (particles allowed), no digits: "Choi Woo-shik", "Hoyte van Hoytema"."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(ch.isdigit() for ch in text)
        and re.fullmatch(NAME, text) is not None
    )
