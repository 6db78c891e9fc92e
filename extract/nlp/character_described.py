"""Names a sentence describes as someone of a story: "N is a very intelligent woman", "a
salesman, Lars Thorwald,", "Hogarth is a boy"; not a trade's appositive ("N, the composer")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.nlp.characters import STORY_PEOPLE
from extract.nlp.context import Unit
from extract.nlp.people_shapes import _PERSON_OR_WORK_NOUNS, _clean, _persons, _two_names
from extract.nlp.textnorm import fold


def _trade_appositive(root: Token) -> bool:
    """Whether a name has an appositive noun of a trade or of the public eye ("N, the composer")."""
    return any(c.dep_ == "appos" and c.lower_ in _PERSON_OR_WORK_NOUNS for c in root.children)


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
