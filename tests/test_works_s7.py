"""Works found on blind pages' shapes (seventh session, F4, issue 12): one-word films of the table
that the tagger took for a name mid-sentence, one-word films opening a sentence as its subject,
a series named by a plural of works ("the Harry Potter movies"), and the supplement's Indian
cinema. Sentences written for these tests in our own words (forms in docs/phrasing-catalogue.md,
section F4 s7); each test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS}


def test_a_film_word_the_tagger_calls_a_person_mid_sentence(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Cutting the monster from it is like taking the shark out of Jaws."))
    assert "Jaws" in works
    works = _works(_extract(extractor, "My uncle always said Flightplan was this story again with worse snacks."))
    assert "Flightplan" in works


def test_a_film_word_after_a_title_or_a_naming_verb_stays_a_name(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The kids at school started calling me Dracula after that haircut."))
    assert "Dracula" not in works
    works = _works(_extract(extractor, "He gets his powers from the old wizard Shazam and then sleeps."))
    assert not any(w.startswith("Shazam") for w in works)
    works = _works(_extract(extractor, "Rick's bar sits in wartime Morocco, all spies and card tables."))
    assert "Morocco" not in works


def test_a_film_word_opening_a_sentence_as_its_subject(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "The twist lands hard. Oldboy got its twist from cruelty and nothing else."))
    assert "Oldboy" in works
    works = _works(_extract(extractor, "Rain was falling on the town all through the second act."))
    assert "Rain" not in works


def test_a_series_named_by_a_plural_of_works(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "It plays a lot like the Harry Potter movies, minus the owls."))
    assert "Harry Potter" in works
    works = _works(_extract(extractor, "Honestly it is the template for the Transformers films that came later."))
    assert "Transformers" in works
    works = _works(_extract(extractor, "I grew up on the Tom Hanks movies of the nineties, so this felt familiar."))
    assert not any("Tom Hanks" in w for w in works)


def test_the_supplement_knows_indian_cinema(extractor: EntityExtractor) -> None:
    gazetteer = extractor.gazetteer
    for title in ("Zanjeer", "Trishul", "Karz", "Madhumati", "Main Hoon Na", "Baahubali: The Beginning", "Star Wars"):
        assert gazetteer.films_titled(title), title
    works = _works(_extract(extractor, "Amitabh is doing a lighter take on what he did in Zanjeer and Trishul."))
    assert {"Zanjeer", "Trishul"} <= works


def test_a_makers_possessive_before_his_best_work_is_cut(extractor: EntityExtractor) -> None:
    works = _works(_extract(extractor, "Great thread.\n\nSnyder's Watchmen is still his best."))
    assert "Watchmen" in works and not any(w.startswith("Snyder") for w in works)
    works = _works(_extract(extractor, "Schindler's List is still his best."))
    assert "Schindler's List" in works  # a title of the table keeps its possessive


def test_a_letter_index_is_no_title(extractor: EntityExtractor) -> None:
    title = "The Big Sleep (1946) | Reviews A to Z   A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0-9"
    works = _works(_extract(extractor, "Bogart and Bacall trade barbs for two hours.", title=title))
    assert not any(" C D " in work for work in works)
