"""Characters of other films named only to compare: "Lou Bloom is what you would get if Travis
Bickle read a self-help book", "Rupert Pupkin with a camera", "a Travis Bickle with a joke book".

A review compares its characters with characters: a full name the film table does not know (it
holds the casts and crews reviews write about), written in a sentence that compares one of the
page's characters, or used as a type ("a N with ...", a verbless "N with a camera."), is one
more character, unless the page gives it a trade, a credit or works of its own.
"""

from __future__ import annotations

import re

from extract.nlp.characters import PERSON_NOUNS
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold

__all__ = ["compared_characters"]

_COMPARING = re.compile(
    r"\bwhat (?:you|we)(?:[’']d| would) get if\b|\b(?:like|unlike|as if|version of|cross between|meets|"
    r"reminds?|reminiscent of|echoes|than|descendant of|cousin of|heir to)\b",
    re.I,
)
# "a Travis Bickle with a joke book", "Rupert Pupkin with a camera." (a name used as a type)
_AS_A_TYPE = re.compile(
    r"(?:(?:^|[.!?]\s+)|\b[Aa]n?\s+|\bthe\s+)(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+)"
    r" (?:with|without) (?:a|an|his|her|the|no)\b"
)


def compared_characters(unit: Unit, names: set[str], actors: set[str], gazetteer: Gazetteer) -> list[str]:
    """Full names the table lacks, compared with the page's characters or used as a type."""
    found: list[str] = []

    def unknown(name: str) -> bool:
        key = fold(name)
        words = name.split()
        return (
            len(words) in (2, 3)
            and all(w[:1].isupper() for w in words)
            and not name.isupper()
            and key not in actors
            and key not in names
            and gazetteer.person_named(name) is None
            and not gazetteer.films_titled(name)
            and not _trade_near(unit.text, name)
        )

    for match in _AS_A_TYPE.finditer(unit.text):
        name = match.group("name")
        if unknown(name):
            found.append(name)
    if not names:
        return found
    single = {n for n in names if " " not in n}
    for _, doc in unit.docs:
        for sentence in doc.sents:
            if not _COMPARING.search(sentence.text):
                continue
            people = [e for e in sentence.ents if e.label_ == "PERSON" and "\n" not in e.text]
            keys = {fold(e.text) for e in people} | {fold(t.text) for t in sentence if t.pos_ == "PROPN"}
            if not keys & (names | single):
                continue  # no character of the page to compare with
            for ent in people:
                name = ent.text.strip()
                if unknown(name) and name not in found:
                    found.append(name)
    return found


def _trade_near(text: str, name: str) -> bool:
    """A trade noun right before the name ("the critic Dana Prewitt")."""
    before = re.finditer(rf"([a-z][\w-]*)\s+{re.escape(name)}\b", text)
    return any(match.group(1) in PERSON_NOUNS for match in before)
