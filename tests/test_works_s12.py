"""Works found on unseen pages (twelfth session, WK, issue 12, class 4). Sentences written for
these tests in our own words; each test fails without the rule it names.

- A title in apposition to a kind noun ("the sequel, Vengeance, is slower", "his own
  documentary, Overnight, ...") is named by the noun, as "the film Tenet" is without the commas
  (``work_runs._apposed_to_kind``); "sequel", "prequel" and "remake" are cue nouns too.
- A maker's possessive after a source frame ("adapted from Sheridan Le Fanu's Carmilla", "drawn
  from Thomas Pynchon's Vineland") names the source work, even one word the film table does not
  know and the parser calls a place (``work_makers._SOURCE``); a part is played, not adapted.
"""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.records import WORK_KINDS
from extract.text_reader import parse_text_page


def _works(extractor: EntityExtractor, body: str, title: str = "Review: Quiet Harbour (2019)") -> set[str]:
    page = parse_text_page(f"{title}\n\n{body}\n", "case.txt")
    return {m.name for m in extractor.extract(page).mentions if m.kind in WORK_KINDS} - {"Quiet Harbour"}


# --- a title in apposition to a kind noun ----------------------------------------------------------


def test_a_one_word_title_between_commas_after_a_documentary(extractor: EntityExtractor) -> None:
    body = "The director, by his own documentary, Overnight, is not an easy man to like."
    assert _works(extractor, body) == {"Overnight"}


def test_a_sequel_in_apposition_keeps_its_whole_title(extractor: EntityExtractor) -> None:
    body = "The sequel, Love Song of Vengeance, is slower still and twice as long."
    assert _works(extractor, body) == {"Love Song of Vengeance"}


def test_a_word_after_a_kind_noun_and_a_comma_in_a_list_is_no_apposition(extractor: EntityExtractor) -> None:
    body = "We talked about the film, Margaret and the weather for an hour."
    assert "Margaret" not in _works(extractor, body)


# --- a source frame before a maker's possessive ----------------------------------------------------


def test_a_story_adapted_from_a_writer_s_book_is_a_work(extractor: EntityExtractor) -> None:
    body = "It is loosely adapted from Sheridan Le Fanu's Carmilla, though the story is almost gone."
    assert _works(extractor, body) == {"Carmilla"}


def test_a_source_the_parser_calls_a_place_is_still_a_work(extractor: EntityExtractor) -> None:
    body = "The film is loosely drawn from Thomas Pynchon's Vineland and follows a tired old radical."
    assert _works(extractor, body) == {"Vineland"}


def test_an_actor_s_part_without_a_source_frame_stays_no_work(extractor: EntityExtractor) -> None:
    body = "Rebecca Ferguson's Rose is the best thing in it, sly and frightening."
    assert "Rose" not in _works(extractor, body)
