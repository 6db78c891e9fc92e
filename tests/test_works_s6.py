"""Works rules of the sixth session (issue 12, class 4), for the titles the film table's supplement
brings in: pronoun titles ("It", "Us"), titles without an article that "the" turns into an event
("the Civil War"), lower-case common phrases ("a good time"). Sentences written for these tests in
our own words from the forms noted in docs/phrasing-catalogue.md (section F2, sixth session); each
test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind in WORK_KINDS} - {"Rope"}


def test_a_pronoun_title_needs_a_mark_of_its_own(extractor: EntityExtractor) -> None:
    assert _works(_extract(extractor, "The poster's tagline says it all: “Us versus them, forever.”")) == set()
    assert _works(_extract(extractor, "The villain keeps saying Us and Them is all that counts.")) == set()
    marked = _works(_extract(extractor, "Jordan Peele's Us scared me less than “Us” did the second time."))
    assert marked == {"Us"}
    assert _works(_extract(extractor, "Like his first two, Get Out and Us, this one is about looking.")) == {
        "Get Out",
        "Us",
    }


def test_a_title_without_article_is_an_event_after_the(extractor: EntityExtractor) -> None:
    assert _works(_extract(extractor, "My grandfather fought in the Civil War and never spoke of it.")) == set()
    assert _works(_extract(extractor, "The Cold War stuff felt tacked on to me.")) == set()
    assert _works(_extract(extractor, "The Coda recut helps a little, but not enough.")) == set()
    kept = _works(_extract(extractor, "Alex Garland's Civil War and Pawlikowski's Cold War both end in silence."))
    assert kept == {"Civil War", "Cold War"}
    franchise = _works(
        _extract(extractor, "The chase beats anything in the Fast & Furious films, at a tenth of the cost.")
    )
    assert franchise == {"Fast & Furious"}


def test_a_lower_case_phrase_after_a_determiner_is_no_title(extractor: EntityExtractor) -> None:
    phrase = "honestly i went in expecting a good time and got two hours of a man shouting in a car."
    assert _works(_extract(extractor, phrase, title="cheap thrills")) == set()
    title = "i went in expecting good time by the safdies and got two hours of a man shouting in a car."
    assert _works(_extract(extractor, title, title="cheap thrills")) == {"Good Time"}


def test_a_name_after_the_and_a_common_noun_is_no_work(extractor: EntityExtractor) -> None:
    body = "The hero borrows the strength of the wizard Shazam and then sulks for a few thousand years."
    assert _works(_extract(extractor, body)) == set()
    assert _works(_extract(extractor, "Even the film Shazam had more jokes, and that is saying something.")) == {
        "Shazam!"
    }


def test_a_lower_case_title_of_three_words_or_a_number_is_read(extractor: EntityExtractor) -> None:
    body = (
        "the dirty dozen set up the whole mission movie and ocean's eleven made it a party. "
        "neither one has the farmers, which is the point of this one."
    )
    assert _works(_extract(extractor, body, title="seven samurai ★★★★★")) >= {"The Dirty Dozen", "Ocean's Eleven"}


def test_a_one_letter_title_needs_a_mark_of_its_own(extractor: EntityExtractor) -> None:
    assert _works(_extract(extractor, "2022 | rated R in most places, 15 in others | two hours")) == set()
    assert _works(_extract(extractor, "The killer signs his notes with an M for murder, a cute touch.")) == set()
    assert _works(_extract(extractor, "Fritz Lang's M still grips, and so does Ti West's X.")) == {"M", "X"}


def test_a_clause_opening_with_as_a_is_no_title(extractor: EntityExtractor) -> None:
    body = "As a Dubliner I can tell you the pubs are all wrong. As an Irish viewer it made me laugh anyway."
    assert _works(_extract(extractor, body)) == set()
    assert _works(_extract(extractor, "I still like As Good as It Gets more than this.")) == {"As Good as It Gets"}


def test_a_quoted_first_name_is_a_character_not_a_title(extractor: EntityExtractor) -> None:
    body = 'Their landlady, whom everyone calls "Edna", steals every scene she is in.'
    assert _works(_extract(extractor, body)) == set()
    assert _works(_extract(extractor, 'I rewatched "Zelig" last week and it holds up.')) == {"Zelig"}


def test_a_famous_one_word_film_the_parser_calls_a_name_is_a_work(extractor: EntityExtractor) -> None:
    body = "A year later the Palme went to Parasite, another poor family in another cramped flat."
    assert _works(_extract(extractor, body)) == {"Parasite"}
    body = "By the last reel Frankenstein is a broken doctor and Dracula a tired old man."
    assert _works(_extract(extractor, body)) == set()  # names the table's titles give characters
