"""Works found on unseen pages (tenth session, WK, issue 12, class 4). Sentences written for these
tests in our own words; each test fails without the rule it names.

One decision for "is this name an actor's part here" (``extract.nlp.work_parts.a_part``), taken
by the works rules (the name is no work candidate) and by the comparison rules (the name ends no
COMPARED_TO, ``extract.nlp.end_evidence.without_parts``)."""

from __future__ import annotations

from base.vocab import Rel
from extract.nlp.end_evidence import without_parts
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.relations import UnitFacts
from extract.nlp.work_parts import a_part
from extract.records import WORK_KINDS, Mention, PageEntities, Relation
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, title: str, body: str) -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(extractor: EntityExtractor, title: str, body: str) -> set[str]:
    return {m.name for m in _extract(extractor, title, body).mentions if m.kind in WORK_KINDS}


# --- one decision, two places -----------------------------------------------------------------


def test_a_word_of_description_after_an_actors_possessive_still_makes_a_part(extractor: EntityExtractor) -> None:
    """The works rules read "Affleck's weary Batman" as the comparison rules did: his part."""
    works = _works(
        extractor,
        "Review: Batman v Superman: Dawn of Justice (2016)",
        "Ben Affleck's weary Batman is the one reason to sit through the second hour.",
    )
    assert works == {"Batman v Superman: Dawn of Justice"}


def _table() -> tuple[Gazetteer, str]:
    """A film table of two: the reviewed Moon (Sela Marsh in its cast) and Thornfield, starring
    Orrin Vale (not in Moon); and one sentence naming both actors' possessives."""
    films = [
        FilmEntry("Moon", 2009, "", (0,), (), (1,), 200),
        FilmEntry("Thornfield", 2014, "", (3,), (), (2,), 300),
    ]
    text = "Orrin Vale's Thornfield was colder than this, and Sela Marsh's Thornfield steals the film."
    return Gazetteer(films, ["Duncan Jones", "Sela Marsh", "Orrin Vale", "Ada Kell"]), text


def test_the_decision_reads_the_table_at_one_place_of_the_text() -> None:
    gazetteer, text = _table()
    first, second = text.index("Thornfield"), text.rindex("Thornfield")
    moon = gazetteer.films[0]
    # an actor's possessive before a film the actor stars in: the film; before a name the
    # reviewed film's player plays: the part
    assert not a_part(gazetteer, text, (first, first + 10), "gazetteer", moon)
    assert a_part(gazetteer, text, (second, second + 10), "gazetteer", moon)
    # title marks make the name the film whatever the cast form says
    assert not a_part(gazetteer, text, (second, second + 10), "italic", moon)


def test_the_comparison_rules_take_the_works_rules_decision() -> None:
    """The end at the actor's own film stays; the same name as the reviewed film's part goes."""
    gazetteer, text = _table()
    split = text.index(", and")
    mentions = [
        Mention("Thornfield", "Thornfield", "film", "body", at, at + 10, year=2014, rule="gazetteer")
        for at in (text.index("Thornfield"), text.rindex("Thornfield"))
    ]
    edges = [
        Relation(Rel.COMPARED_TO, "Moon", "Thornfield", "body", text, start=0, end=split),
        Relation(Rel.COMPARED_TO, "Moon", "Thornfield", "body", text, start=split, end=len(text)),
    ]
    facts = [UnitFacts("body", text, None, [(0, len(text))], mentions)]
    kept = without_parts(edges, mentions, facts, "Moon", gazetteer, 0)
    assert [(r.start, r.end) for r in kept] == [(0, split)]
