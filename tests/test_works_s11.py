"""Works found on unseen pages (eleventh session, WK, issue 12, class 4). Sentences written for
these tests in our own words; each test fails without the rule it names.

- A film the table holds under a series' numbering is named as people write it ("The Empire
  Strikes Back", not "Star Wars: Episode V – The Empire Strikes Back": ``Gazetteer.common_title``).
- A run of capitals that carries a known title on over a preposition ("The Wild Robot for the
  Oscar") gives way to the title (``works._past_known_titles``).
- "the X for people who ..." is the likeness form, like "the X of its generation".
- A title followed by the pronoun "I" does not take the pronoun into a longer run.
- A title the table writes with lower-case words ("Pierrot le Fou") is found in that case
  (``work_matches._as_the_table_writes_it``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from extract.nlp.context import PageContext
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer, common_title
from extract.nlp.work_matches import _as_the_table_writes_it
from extract.records import WORK_KINDS
from extract.text_reader import parse_text_page


def _works(extractor: EntityExtractor, body: str, title: str = "Review: Quiet Harbour (2019)") -> set[str]:
    page = parse_text_page(f"{title}\n\n{body}\n", "case.txt")
    return {m.name for m in extractor.extract(page).mentions if m.kind in WORK_KINDS}


# --- the name a table film goes by --------------------------------------------------------------


def test_an_episode_title_goes_by_the_episode_s_own_name() -> None:
    assert common_title("Saga Wars: Episode IV – The Tin Crown Returns") == "The Tin Crown Returns"
    assert common_title("Heist Squad – Part Two") == "Heist Squad – Part Two"


def test_a_franchise_tag_is_dropped_only_when_it_names_a_known_film() -> None:
    films = [
        FilmEntry("Saga Wars", 1980, "", (), (), (), 300),
        FilmEntry("Red Sparrow: A Saga Wars Story", 2018, "", (), (), (), 200),
        FilmEntry("Paper Hearts: A Love Story", 2009, "", (), (), (), 40),
    ]
    table = Gazetteer(films, [])
    assert [table.common_title(n) for n in range(3)] == ["Saga Wars", "Red Sparrow", "Paper Hearts: A Love Story"]


def test_a_star_wars_episode_is_named_as_the_page_writes_it(extractor: EntityExtractor) -> None:
    works = _works(
        extractor, "My uncle took me to see it the same summer as The Empire Strikes Back, and I liked it more."
    )
    assert "The Empire Strikes Back" in works
    assert not any(w.startswith("Star Wars: Episode") for w in works)


# --- a known title, then a phrase about it -------------------------------------------------------


def test_a_known_title_before_for_the_award_is_the_title(extractor: EntityExtractor) -> None:
    works = _works(
        extractor, "A small film with no dialogue beat Inside Out 2 and The Wild Robot for the Oscar that year."
    )
    assert {"The Wild Robot", "Inside Out 2"} <= works
    assert not any("Oscar" in w for w in works)


def test_a_known_title_before_with_and_a_name_is_the_title(extractor: EntityExtractor) -> None:
    works = _works(extractor, "The director plainly wanted The Silence of the Lambs with a Devilish twist, and missed.")
    assert "The Silence of the Lambs" in works
    assert not any("Devilish" in w for w in works)


def test_two_known_titles_joined_by_for_stay_two(extractor: EntityExtractor) -> None:
    works = _works(extractor, "He borrowed the bathtub shot from Perfect Blue for Requiem for a Dream, shot for shot.")
    assert {"Perfect Blue", "Requiem for a Dream"} <= works
    assert not any(w.startswith("Perfect Blue for") for w in works)


def test_a_title_on_a_streaming_service_is_the_title(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Have you seen Apostle on Netflix? The same island cult, only wetter.")
    assert "Apostle" in works
    assert not any("Netflix" in w for w in works)


def test_for_and_a_bare_name_after_a_known_word_stays_one_title(extractor: EntityExtractor) -> None:
    """ "Waiting" is a film of the table, but "for" without an article goes on with the title."""
    works = _works(extractor, "The long middle stretch plays like Waiting for Godot in a people carrier.")
    assert "Waiting for Godot" in works


def test_a_quoted_title_that_opens_with_a_known_title_stays_whole(extractor: EntityExtractor) -> None:
    works = _works(extractor, 'The whole bus sings "The Man on the Flying Trapeze" and it is lovely.')
    assert "The Man on the Flying Trapeze" in works


# --- the likeness form with "for" ----------------------------------------------------------------


def test_the_title_for_people_who_is_a_likeness(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Honestly it's the Raiders of the Lost Ark for people who grew up on VHS kung fu.")
    assert "Raiders of the Lost Ark" in works


# --- the pronoun after a title -------------------------------------------------------------------


def test_a_title_then_the_pronoun_i_is_the_title(extractor: EntityExtractor) -> None:
    works = _works(extractor, "He Who Gets Slapped I never warmed to, with all that sad clown business.")
    assert "He Who Gets Slapped" in works


# --- titles the table writes with lower-case words -----------------------------------------------


def test_a_french_title_in_the_table_s_own_case_is_found(extractor: EntityExtractor) -> None:
    works = _works(extractor, "For me it sits nearer to Pierrot le Fou than to anything from Hollywood.")
    assert "Pierrot le Fou" in works


def test_a_spanish_title_with_lower_case_words_is_found(extractor: EntityExtractor) -> None:
    works = _works(extractor, "The road trip reminded me of Y tu mamá también, only quieter.")
    assert "Y tu mamá también" in works


def test_a_title_with_a_lower_case_v_is_found(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Even Batman v Superman had more ambition than this, and that is saying a lot.")
    assert "Batman v Superman: Dawn of Justice" in works


def test_a_sentence_that_opens_like_a_lower_case_title_is_no_title() -> None:
    """At a sentence's start, a capital alone does not make "My brother's wife" the 2009 film."""
    films = [FilmEntry("My brother's wife", 2009, "", (), (), (), 40)]
    table = Gazetteer(films, [])
    ctx = cast(PageContext, SimpleNamespace(gazetteer=table))
    opening = "My brother's wife loved it."
    assert _as_the_table_writes_it(ctx, opening, table.match(opening)[0]) is False
    inside = "I met My brother's wife at the door."
    assert _as_the_table_writes_it(ctx, inside, table.match(inside)[0]) is True


# --- a known one-word title the parser guesses is a person or a place ----------------------------


def test_a_known_word_title_the_parser_calls_a_person_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(extractor, "The book won for me. Same with Stardust, only the other way round.")
    assert "Stardust" in works
    works = _works(extractor, "We picked up where last week's Ladyhawke left off.")
    assert "Ladyhawke" in works


def test_a_little_known_word_title_after_seen_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Have you seen Tenebrae? Less colour and more plot, but a nastier twist.")
    assert "Tenebrae" in works


# --- a known one-word title as a sentence's subject -------------------------------------------------


def test_a_known_word_title_that_opens_a_sentence_as_its_subject_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Yojimbo is the one I rewatch. This one I respect.")
    assert "Yojimbo" in works


def test_a_known_word_title_that_opens_a_sentence_without_a_verb_is_no_work(extractor: EntityExtractor) -> None:
    assert "Clean" not in _works(extractor, "Clean mono. The score sounds crisper than it did on my old disc.")
    assert "Flawless" not in _works(extractor, "The first half: 5/5. Flawless, no notes.")


# --- quoted titles in sentence case after a work's noun ------------------------------------------


def test_a_quoted_title_in_another_language_after_its_noun_is_a_work(extractor: EntityExtractor) -> None:
    works = _works(extractor, "Her theme song, “Hana no Michi,” is better than the picture it plays over.")
    assert "Hana no Michi" in works
    works = _works(extractor, 'The Borges story it grew out of, "El jardín de senderos," runs a dozen pages.')
    assert "El jardín de senderos" in works


def test_a_single_quoted_word_after_song_is_a_work(extractor: EntityExtractor) -> None:
    assert "Ember" in _works(extractor, "Her new song 'Ember' is lovely, and she is clearly trying.")


def test_quoted_words_of_a_song_are_no_title(extractor: EntityExtractor) -> None:
    works = _works(extractor, 'The song\'s chorus goes "Carry me over the river" and the whole room sang.')
    assert not any("river" in w for w in works)


# --- a name someone is called -----------------------------------------------------------------------


def test_a_film_s_name_that_someone_is_called_is_no_work(extractor: EntityExtractor) -> None:
    works = _works(extractor, "My flatmate has started calling me Dracula. Given the hours I keep, that is fair.")
    assert "Dracula" not in works
    assert "Dracula" in _works(extractor, "I have seen Dracula twice and it still frightens me.")
