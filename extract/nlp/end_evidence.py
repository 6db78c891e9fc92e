"""Evidence that a comparison's end is a work at all.

The cue rules and the co-mention pass (``extract.nlp.relations``, ``extract.nlp.co_mentions``)
take the name a works rule found in the cue's slot as the other end of a comparison. On pages
nobody tuned on, the names only a slot or run rule found (the word after "basically", a run of
capitals after "than", a name a list joins), that the film table does not know and that the page
names once, were works in fewer than two cases of five (eighth and ninth sessions' blind pages
with the code before anyone saw them: 22 true pairs, 40 false): a character ("basically Avenant
with a better haircut"), a studio ("as good as Universal ever got"), a person ("Karloff and
Lugosi and the whole gang"), a band ("by way of a Dio album"), a clause swallowed into the name
("than the whole of some later Chaplins I could name", "since March 2020 I was back").

Such a name is ATTESTED, and may end a comparison, when one of these holds:

- the film table knows it (a mention of it carries a year or an id), or a rule that needs no
  cue found it (``ANCHOR_RULES``: the film table, a year after it, a maker's name beside it), or
  a caller made the mention itself (no rule);
- the unit names it twice or more;
- it stands in title marks ("the novel “Mickey7”", ""The Continental"");
- a word for a work stands right before it ("the Malayalam remake Bhramam", "the Netflix show
  Kingdom", "the television series City of Men", "a novel, The Wheel Spins"), or the sentence
  calls it one right after it ("Company is the better film", "Trucks was the 1997 TV remake",
  "Chhichhore, which is the same movie", "Peninsula, the sequel,"; thirteenth session);
- it has a title's shape: two words or more, not ending in the pronoun "I", not opening with a
  number ("1960s Hindi"), not a name with "-style" ("the Pedro Infante-style movie star");
- it is one word of the name of another work the unit names, the short form a reader uses
  ("Is The Two Towers better than Fellowship?" beside The Fellowship of the Ring);
- another unit of the page names it too: a comment's "Still better than Dominion" where the
  review or another comment named Dominion (``units_naming``; eleventh session, on the tune
  pages' comments, where a one-word title is most often named once per unit).

Otherwise the pair is dropped: one lexicon of work nouns, one shape test, no rule per page. An
indefinite pronoun ("Nobody here is a villain") is no end even where a film bears its name,
unless it stands in title marks or after a work noun.

A name the film table knows may still be an actor's part where the sentence gives it to an
actor ("Gal Gadot's Wonder Woman shows up in the last half hour", "Chalamet's sulky Paul"):
``without_parts`` drops such an end by the works rules' own decision
(``extract.nlp.work_parts.a_part``: the film table's credits of the person the cast form names;
"Clint Eastwood's Pale Rider" stays a work, as does "Al Pacino's S1m0ne from 2002").

>>> from extract.records import Mention
>>> text = "Jackman is fine, it's basically Wolverine in a hat."
>>> m = Mention("Wolverine", "Wolverine", "film", "body", 32, 41, rule="cue-slot")
>>> attested("Wolverine", [m], text)
False
>>> text = "If you want more, the Netflix show Kingdom is much better."
>>> m = Mention("Kingdom", "Kingdom", "film", "body", 35, 42, rule="cue")
>>> attested("Kingdom", [m], text)
True
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from base.vocab import Rel
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.work_parts import a_part
from extract.records import Mention, Relation

if TYPE_CHECKING:
    from extract.nlp.relations import UnitFacts

# rules that find a name without a cue: the film table (whole title), a year after the name, a
# maker's name beside it, the page's own title or list markup
ANCHOR_RULES = frozenset(
    {
        "gazetteer",
        "dated",
        "director-near",
        "reviewed-title",
        "reviewed",
        "pingback-title",
        "title-list",
        "label-link",
        "filmography",
        "tagged-word",
    }
)

_QUOTES_BEFORE = frozenset("\"“‘'«*_")
# a word for a work right before the name: "the novel X", "the show X", "a novel, X", "Desai's own X";
# a plural only right before it ("the Bond films Goldfinger and ..."): "the old studio pictures,
# Karloff and Lugosi" opens a list of people
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:(?:novel|book|story|play|show|series|sitcom|film|movie|picture|documentary|doc|remake|original|sequel"
    r"|prequel|short|comic|manga|anime|game|episode|special|musical|miniseries|serial|cartoon|adaptation|version"
    r"|classic|own|titled|called)\s*,?|(?:novels|books|stories|plays|shows|films|movies|pictures|documentaries"
    r"|remakes|sequels|shorts|comics|games|episodes|specials|musicals|cartoons|adaptations))\s*$",
    re.I,
)
_BEFORE_REACH = 40
# the sentence calls the name a work right after it: a predicate ("Company is the better film",
# "Trucks was the 1997 TV remake"), a relative clause ("Chhichhore, which is the same movie") or an
# appositive ("Peninsula, the sequel,"); "Sabrina is the best character" calls it no work
_WORK_NOUNS_AFTER = (
    r"(?:film|movie|picture|flick|sequel|prequel|follow-?up|remake|reboot|adaptation|version|cut|novel|book"
    r"|show|series|sitcom|documentary|cartoon|musical|comedy|thriller|western|knock-?off|rip-?off|entry)"
)
_WORK_NOUN_AFTER = re.compile(
    r"[”\"’']?(?:\s+(?:is|was|remains|isn[’']t|wasn[’']t)|(?:\s+(?:though|too|anyway|even))?,\s+(?:which|that)\s+(?:is|was))\s+"
    r"(?:(?:still|also|just|really|simply|easily|basically|probably|clearly|honestly|not|only)\s+)*"
    r"(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?" + _WORK_NOUNS_AFTER + r"\b(?!-)"
    r"|[”\"’']?,\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?" + _WORK_NOUNS_AFTER + r"\s*[,.;:)]",
    re.I,
)
_AFTER_REACH = 50
# pronouns some film is named after ("Nobody", "Everything"): at a sentence's start, the pronoun
_PRONOUNS = frozenset(
    "nobody somebody everybody anybody someone everyone anyone nothing something everything anything none".split()
)
_DECADE_OR_NUMBER = re.compile(r"\d")
# a generic word and a number: a part of a work or a channel, no title by itself ("pray Part 2 has a
# writer", "The Mandalorian, Chapter 9", "made for Channel 4")
_NUMBERED_PART = re.compile(r"(?:part|chapter|episode|season|series|volume|vol\.?|book|act|channel)\s+\w{1,4}", re.I)


def _title_shaped(name: str) -> bool:
    """Two words or more, as a title is written: not "Chaplins I" (a clause's subject swallowed),
    not "1960s Hindi" (a number first), not "Pedro Infante-style" (a manner, not a work), not
    "Part 2" (a generic word and a number)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1] != "I"
        and not _DECADE_OR_NUMBER.match(name)
        and not name.lower().endswith("-style")
        and _NUMBERED_PART.fullmatch(name) is None
    )


def _framed(text: str, mention: Mention) -> bool:
    """The name stands in title marks, a word for a work stands right before it, or the sentence
    calls it a work right after it ("X is the better film", "X, which is the same movie", "X,
    the sequel,")."""
    if text[mention.start - 1 : mention.start] in _QUOTES_BEFORE:
        return True
    before = text[max(0, mention.start - _BEFORE_REACH) : mention.start]
    if _WORK_NOUN_BEFORE.search(before) is not None:
        return True
    return _WORK_NOUN_AFTER.match(text[mention.end : mention.end + _AFTER_REACH]) is not None


def units_naming(mentions: Iterable[Mention]) -> dict[str, frozenset[str]]:
    """Each name of the page's ``mentions`` -> the units that mention it."""
    units: dict[str, set[str]] = {}
    for mention in mentions:
        units.setdefault(mention.name, set()).add(mention.unit)
    return {name: frozenset(found) for name, found in units.items()}


def named_elsewhere(name: str, unit: str, named_in: Mapping[str, frozenset[str]]) -> bool:
    """Whether a unit of the page other than ``unit`` mentions ``name``."""
    return bool(named_in.get(name, frozenset()) - {unit})


def attested(name: str, mentions: Sequence[Mention], text: str, elsewhere: bool = False) -> bool:
    """Whether ``name`` (a comparison's end, not the reviewed work) is shown to be a work by the
    unit's ``mentions`` of it and its ``text``, or by another unit naming it (``elsewhere``); a
    name no mention covers (an end a pointer made, "the original") is left alone."""
    found = [m for m in mentions if m.name == name]
    if not found or len(found) > 1 or elsewhere:
        return True
    mention = found[0]
    if name.casefold() in _PRONOUNS and not _framed(text, mention):
        return False  # "Nobody here is a villain": the pronoun, whatever film bears the name
    if mention.year is not None or mention.id is not None or mention.rule in ANCHOR_RULES or not mention.rule:
        return True  # the film table, a rule that needs no cue, or a mention its caller vouches for (no rule)
    return _framed(text, mention) or _title_shaped(name) or _short_form(name, mentions)


def _short_form(name: str, mentions: Sequence[Mention]) -> bool:
    """A one-word name that is a word of another name the unit gives a work ("Wages" beside
    "The Wages of Fear")."""
    word = name.casefold()
    return any(m.name != name and word in m.name.casefold().split() for m in mentions)


def keep_attested(
    relations: list[Relation],
    mentions: list[Mention],
    text: str,
    reviewed: str | None,
    elsewhere: Container[str] = frozenset(),
) -> list[Relation]:
    """The COMPARED_TO edges of one unit whose ends other than the reviewed work are attested
    (``elsewhere``: the names another unit of the page mentions); other relations as they are."""
    verdicts: dict[str, bool] = {}

    def ok(name: str) -> bool:
        if name == reviewed:
            return True
        if name not in verdicts:
            verdicts[name] = attested(name, mentions, text, name in elsewhere)
        return verdicts[name]

    return [r for r in relations if r.type != Rel.COMPARED_TO or (ok(r.source) and ok(r.target))]


def without_parts(
    relations: list[Relation],
    mentions: Sequence[Mention],
    facts: Sequence[UnitFacts],
    reviewed: str | None,
    gazetteer: Gazetteer,
    film: int | None,
) -> list[Relation]:
    """``relations`` without the COMPARED_TO edges whose end other than the reviewed work is, at
    its place in the edge's sentence, an actor's part: the works rules' own decision
    (``extract.nlp.work_parts.a_part``, the film table's credits; ``film``: the reviewed work's
    entry), for the names a later pass found there; ``facts``: the units' texts."""
    if not any(r.type == Rel.COMPARED_TO for r in relations):
        return relations
    texts = {f.unit: f.text for f in facts}
    entry = gazetteer.films[film] if film is not None else None

    def part(r: Relation, name: str) -> bool:
        text = texts.get(r.unit)
        if name == reviewed or text is None:
            return False
        return any(
            a_part(gazetteer, text, (m.start, m.end), m.rule, entry)
            for m in mentions
            if m.name == name and m.unit == r.unit and r.start <= m.start < r.end
        )

    return [r for r in relations if r.type != Rel.COMPARED_TO or not (part(r, r.source) or part(r, r.target))]
