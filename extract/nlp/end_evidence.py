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
  Kingdom", "the television series City of Men", "a novel, The Wheel Spins");
- it has a title's shape: two words or more, not ending in the pronoun "I", not opening with a
  number ("1960s Hindi"), not a name with "-style" ("the Pedro Infante-style movie star");
- it is one word of the name of another work the unit names, the short form a reader uses
  ("Is The Two Towers better than Fellowship?" beside The Fellowship of the Ring).

Otherwise the pair is dropped: one lexicon of work nouns, one shape test, no rule per page.

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
from collections.abc import Sequence

from base.vocab import Rel
from extract.records import Mention, Relation

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
# a word for a work right before the name: "the novel X", "the show X", "Desai's own X"
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:novels?|books?|stor(?:y|ies)|plays?|shows?|series|sitcom|films?|movies?|pictures?|documentar(?:y|ies)"
    r"|docs?|remakes?|originals?|sequels?|prequels?|shorts?|comics?|manga|anime|games?|episodes?|specials?"
    r"|musicals?|miniseries|serial|cartoons?|adaptations?|version|classic|own|titled|called)\s*,?\s*$",
    re.I,
)
_BEFORE_REACH = 40
_DECADE_OR_NUMBER = re.compile(r"\d")


def _title_shaped(name: str) -> bool:
    """Two words or more, as a title is written: not "Chaplins I" (a clause's subject swallowed),
    not "1960s Hindi" (a number first), not "Pedro Infante-style" (a manner, not a work)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1] != "I"
        and not _DECADE_OR_NUMBER.match(name)
        and not name.lower().endswith("-style")
    )


def _framed(text: str, mention: Mention) -> bool:
    """The name stands in title marks, or a word for a work stands right before it."""
    if text[mention.start - 1 : mention.start] in _QUOTES_BEFORE:
        return True
    before = text[max(0, mention.start - _BEFORE_REACH) : mention.start]
    return _WORK_NOUN_BEFORE.search(before) is not None


def attested(name: str, mentions: Sequence[Mention], text: str) -> bool:
    """Whether ``name`` (a comparison's end, not the reviewed work) is shown to be a work by the
    unit's ``mentions`` of it and its ``text``; a name no mention covers (an end a pointer made,
    "the original") is left alone."""
    found = [m for m in mentions if m.name == name]
    if not found or len(found) > 1:
        return True
    mention = found[0]
    if mention.year is not None or mention.id is not None or mention.rule in ANCHOR_RULES or not mention.rule:
        return True  # the film table, a rule that needs no cue, or a mention its caller vouches for (no rule)
    return _framed(text, mention) or _title_shaped(name) or _short_form(name, mentions)


def _short_form(name: str, mentions: Sequence[Mention]) -> bool:
    """A one-word name that is a word of another name the unit gives a work ("Wages" beside
    "The Wages of Fear")."""
    word = name.casefold()
    return any(m.name != name and word in m.name.casefold().split() for m in mentions)


def keep_attested(
    relations: list[Relation], mentions: list[Mention], text: str, reviewed: str | None
) -> list[Relation]:
    """The COMPARED_TO edges of one unit whose ends other than the reviewed work are attested;
    other relations as they are."""
    verdicts: dict[str, bool] = {}

    def ok(name: str) -> bool:
        if name == reviewed:
            return True
        if name not in verdicts:
            verdicts[name] = attested(name, mentions, text)
        return verdicts[name]

    return [r for r in relations if r.type != Rel.COMPARED_TO or (ok(r.source) and ok(r.target))]
