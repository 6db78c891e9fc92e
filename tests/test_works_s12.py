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


# --- a run a comma ties to a noun phrase naming its kind ----------------------------------------------


def test_a_title_before_a_maker_s_film_phrase_is_a_work(extractor: EntityExtractor) -> None:
    body = "It plays much better than Tommy, Ken Russell's film of the other rock opera."
    assert _works(extractor, body) == {"Tommy"}


def test_a_possessive_title_before_his_first_movie_is_one_work(extractor: EntityExtractor) -> None:
    body = "I liked The Blackcoat's Daughter, his first movie, a lot more than this."
    assert _works(extractor, body) == {"The Blackcoat's Daughter"}


def test_an_opening_word_before_the_film_is_no_title(extractor: EntityExtractor) -> None:
    assert _works(extractor, "Overall, the film of the year is somewhere else.") == set()
    assert _works(extractor, "We met Sarah, a documentary maker, at the bar.") == set()


# --- a known film at a run's tail --------------------------------------------------------------------


def test_a_known_one_word_tail_after_in_belongs_to_the_title_unless_a_name_heads_it(
    extractor: EntityExtractor,
) -> None:
    body = "It closes his trilogy, after Shadows in Paradise and a detour or two."
    assert _works(extractor, body) == {"Shadows in Paradise"}
    assert _works(extractor, "Samantha in Her is the voice I keep hearing.") == {"Her"}


def test_an_opening_word_stays_out_of_an_apposed_title(extractor: EntityExtractor) -> None:
    body = "Where Bramble, his previous film, put the banks on trial, this one stays quiet."
    assert _works(extractor, body) == {"Bramble"}


def test_a_known_number_title_before_the_loose_sequel(extractor: EntityExtractor) -> None:
    body = "The ending is as far from a station as it gets. 2046, the loose sequel, is grander and messier."
    assert _works(extractor, body) == {"2046"}


def test_a_short_story_by_its_writer_is_a_work_the_parser_took_for_a_person(extractor: EntityExtractor) -> None:
    body = "It is based on a short story, Jambula Tree by Monica Arac de Nyeko, and it worked better short."
    assert "Jambula Tree" in _works(extractor, body)


# --- a one-word title spelt like no word ---------------------------------------------------------------


def test_a_table_title_with_a_digit_inside_is_a_work_without_a_cue(extractor: EntityExtractor) -> None:
    body = "It has the same trouble I had with 8½: a film about a bored man's head is a bored place."
    assert _works(extractor, body) == {"8½"}


def test_a_table_title_with_an_inner_capital_is_a_work_even_in_lower_case_first(extractor: EntityExtractor) -> None:
    body = "Set it beside Videodrome or eXistenZ, which use the same ideas to say something."
    assert {w.lower() for w in _works(extractor, body)} == {"videodrome", "existenz"}


def test_counts_and_names_with_inner_capitals_are_no_titles(extractor: EntityExtractor) -> None:
    body = "Steve McQueen is cool in it, and so is DiCaprio. It was shot in 4K and shown in 3D in the 1970s."
    assert _works(extractor, body) == set()


def test_a_resemblance_or_a_thing_in_a_film_keeps_the_film_at_the_run_s_tail(extractor: EntityExtractor) -> None:
    assert _works(extractor, "There are shades of Cube everywhere in the maze.") == {"Cube"}
    body = "Every creature since, from the apes to the Na'vi in Avatar, owes him something."
    assert _works(extractor, body) == {"Avatar"}


# --- a label's run --------------------------------------------------------------------------------------


def test_a_post_label_before_a_title_is_no_part_of_a_work(extractor: EntityExtractor) -> None:
    body = "Classic Cinema\n\nReview: Memories of Underdevelopment\n\nOriginal title: Memorias del subdesarrollo"
    assert "Review: Memories of Underdevelopment" not in _works(extractor, body)


def test_a_capitalised_cue_noun_in_a_headline_takes_no_run(extractor: EntityExtractor) -> None:
    title = "Atlantics Turns a Ghost Story Into a Strike Action"
    assert "Into a Strike Action" not in _works(extractor, "A quiet film about the sea.", title=title)


# --- the work a blog series names next ------------------------------------------------------------------


def test_the_film_a_series_post_names_next_is_a_work(extractor: EntityExtractor) -> None:
    assert _works(extractor, "As a machine for tension it is near perfect. Next week: Tenet, if I dare.") == {"Tenet"}
    body = "I'd skip the romance. Next: #15, The Mummy's Tomb. Wish me luck."
    assert _works(extractor, body) == {"The Mummy's Tomb"}
    assert _works(extractor, "Wish me luck. Next up in the stack: Greenmantle, which is older still.") == {
        "Greenmantle"
    }


def test_a_place_or_a_plain_sentence_after_next_is_no_work(extractor: EntityExtractor) -> None:
    assert _works(extractor, "Tomorrow: Paris, then home.") == set()
    assert _works(extractor, "Next week: we finish the month with a bang.") == set()


def test_a_series_counter_before_the_next_title_is_no_part_of_it(extractor: EntityExtractor) -> None:
    assert _works(extractor, "Next up: Day 20, It Follows (so expect a seven).") == {"It Follows"}
    assert _works(extractor, "Tomorrow: Day 24, 'The Virgin Spring'. Send snacks.") == {"The Virgin Spring"}
