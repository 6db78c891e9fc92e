"""Characters of other films named only to compare: "Lou Bloom is what you would get if Travis
Bickle read a self-help book", "Rupert Pupkin with a camera", "a Travis Bickle with a joke book".

A review compares its characters with characters: a full name the film table does not know (it
holds the casts and crews reviews write about), written in a sentence that compares one of the
page's characters, or used as a type ("a N with ...", a verbless "N with a camera.", "a N for the
Instagram age", "basically N in a cardigan"), is one
more character, unless the page gives it a trade, a credit or works of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from extract.nlp.characters import PERSON_NOUNS
from extract.nlp.context import Unit
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold
from extract.nlp.verdicts import guarded

__all__ = ["compared_characters"]

_COMPARING = guarded(
    r"\bwhat (?:you|we)(?:[’']d| would) get if\b|\b(?:like|unlike|as if|version of|cross between|meets|"
    r"reminds?|reminiscent of|echoes|than|descendant of|cousin of|heir to)\b",
    re.I,
)
# "a Travis Bickle with a joke book", "Rupert Pupkin with a camera." (a name used as a type)
_AS_A_TYPE = guarded(
    r"(?:(?:^|[.!?]\s+)|\b[Aa]n?\s+|\bthe\s+)(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+)"
    r" (?:with|without) (?:a|an|his|her|the|no)\b"
)
# "a Travis Bickle for the Instagram age", "basically Norman Bates in a cardigan": a name after an
# article or a word of likeness, then "for"/"in" and a thing (an actor's "in a role" has no such word)
_LIKE_A_TYPE = guarded(
    r"(?:\b[Aa]n?\s+|\b(?:basically|essentially|just|pure|like|[Tt]hink|a sort of|a kind of)\s+)"
    r"(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+) (?:for|in|with|without) (?:a|an|the|this|our|his|her|no)\s+"
    r"(?!role\b|part\b|film\b|movie\b)"
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

    typed = list(_AS_A_TYPE.finditer(unit.text)) if _AS_A_TYPE_GATE.search(unit.text) else []
    typed += list(_LIKE_A_TYPE.finditer(unit.text)) if _LIKE_A_TYPE_GATE.search(unit.text) else []
    for match in typed:
        name = match.group("name")
        if unknown(name):
            found.append(name)
    if not names:
        return found
    single = {n for n in names if " " not in n}
    fulls = [n for n in names if " " in n]
    for offset, doc in unit.docs:
        text = unit.text[offset : offset + doc[-1].idx + len(doc[-1].text_with_ws)] if len(doc) else ""
        for sentence in _comparing_sentences(doc, text):
            folded = fold(text[sentence.start_char : sentence.end_char])
            if not (set(_WORD.findall(folded)) & single or any(n in folded for n in fulls)):
                continue  # no character's name in its words: the parse's tokens are not walked
            people = [e for e in sentence.ents if e.label_ == "PERSON" and "\n" not in e.text]
            keys = {fold(e.text) for e in people} | {fold(t.text) for t in sentence if t.pos_ == "PROPN"}
            if not keys & (names | single):
                continue  # no character of the page to compare with
            for ent in people:
                name = ent.text.strip()
                if unknown(name) and name not in found:
                    found.append(name)
    return found


_AS_A_TYPE_GATE = re.compile(r"[A-Z][\w’'-]* with(?:out)? (?:a|an|his|her|the|no)\b")  # one cheap scan first
_LIKE_A_TYPE_GATE = re.compile(r"[a-z] (?:for|in|with|without) (?:a|an|the|this|our|his|her|no) ")
_WORD = re.compile(r"[\w’'-]+")


def _comparing_sentences(doc: Doc, text: str) -> list[Span]:
    """The sentences of a parse (of ``text``) that hold a comparing word, found from the words'
    places: the parse's sentences are built only where one is, and the text is not rebuilt from
    the tokens."""
    matches = list(_COMPARING.finditer(text))
    if not matches:
        return []
    starts = [i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1 or i == 0]
    found: dict[int, Span] = {}
    for match in matches:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        index = bisect_right(starts, span.start) - 1
        if starts[index] not in found:
            end = starts[index + 1] if index + 1 < len(starts) else len(doc)
            found[starts[index]] = doc[starts[index] : end]
    return [found[start] for start in sorted(found)]


def _trade_near(text: str, name: str) -> bool:
    """A trade noun right before the name ("the critic Dana Prewitt")."""
    before = re.finditer(rf"([a-z][\w-]*)\s+{re.escape(name)}\b", text)
    return any(match.group(1) in PERSON_NOUNS for match in before)
