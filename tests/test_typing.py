"""Typing (issue 12, class 4): real people, characters and titles told apart in plot summaries,
credit lines and cast lists. Sentences written for these tests, modelled on the forms in
docs/phrasing-catalogue.md section 3."""

from __future__ import annotations

import pytest

from extract.nlp.characters import addressed_names, credit_names, is_label
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import _spellings
from extract.records import PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Notes on a film") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "typing.txt"))


def _kinds(entities: PageEntities) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in entities.mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


def test_credit_line_names_split_at_commas_and_the_next_label() -> None:
    line = "Released: May 1961 Directed by: Ines Calloway Cast: Rufus Penhallow, Odile Marchetti, and Yoon Dae-hyun."
    assert [name for _, _, name in credit_names(line)] == [
        "Ines Calloway",
        "Rufus Penhallow",
        "Odile Marchetti",
        "Yoon Dae-hyun",
    ]
    assert [name for _, _, name in credit_names("Stars: Park Min-seo, Lee Ha-jin\nThe Park family is rich.")] == [
        "Park Min-seo",
        "Lee Ha-jin",
    ]
    assert is_label("Cast") and is_label("Starring") and not is_label("Castle")


def test_credit_lines_make_people_and_the_label_is_not_part_of_a_name(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Director: Bong Joon-ho\nStars: Song Kang-ho, Choi Woo-shik, Park So-dam\n\n"
        "Released: 1953 Directed by: Fritz Lang Cast: Glenn Ford, Gloria Grahame.\n\n"
        "The poor family moves in one by one.",
    )
    people = _kinds(entities)["person"]
    assert {"Park So-dam", "Choi Woo-shik", "Fritz Lang", "Glenn Ford"} <= people
    assert not any("Cast" in name for name in people)
    assert "Park So-dam" not in _kinds(entities).get("film", set())


def test_actor_in_parentheses_is_a_person_and_the_name_outside_a_character(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "The new girl, Mireille (Tamsin Okonkwo-Hale), meets a tired cop, Bastien Roux (Hal Penberthy), "
        "on the last night of the fair. Later Mireille saves him twice.",
    )
    kinds = _kinds(entities)
    assert {"Tamsin Okonkwo-Hale", "Hal Penberthy"} <= kinds["person"]
    assert {"Mireille", "Bastien Roux"} <= kinds["character"]
    assert not {"Mireille", "Bastien Roux"} & kinds["person"]


def test_a_bracketed_tag_in_a_post_title_is_no_actor(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor, "A quiet film about two old friends.", "Film Review - Past Lives (Festival Screening)"
    )
    assert "Festival Screening" not in _kinds(entities).get("person", set())


def test_character_in_an_actors_role_phrase(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Glenn Ford plays the honest sergeant. Lee Marvin is vicious, and Gloria Grahame, as his girlfriend "
        "Debby Marsh, steals the picture. Mae Clarke as his fiancée Elizabeth has nothing to do.",
    )
    kinds = _kinds(entities)
    assert not {"Debby Marsh", "Elizabeth"} & kinds.get("person", set())
    assert {"Gloria Grahame", "Lee Marvin", "Mae Clarke"} <= kinds["person"]


def test_a_plot_noun_before_a_name_makes_a_character(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Bill Murray is back. Peter MacNicol as Janosz serves the painted tyrant Vigo, who wants a baby. "
        "The composer Randy Edelman keeps it bouncy.",
    )
    kinds = _kinds(entities)
    assert "Vigo" not in kinds.get("person", set())
    assert "Randy Edelman" in kinds["person"]  # a trade noun keeps the person


def test_a_characters_last_name_alone_is_the_character(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "The film belongs to Imperator Furiosa (Charlize Theron), who drives the rig. "
        "By the end Furiosa has given up on the green place.",
    )
    assert "Furiosa" not in _kinds(entities).get("person", set())


def test_a_lone_unexplained_name_on_a_plot_page_is_a_character(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Nora (Greta Lee) and her husband Arthur (John Magaro) live in New York.\n\n"
        "Later, Makabe rides in with the gold and Yuki hides in the hills.",
    )
    kinds = _kinds(entities)
    assert not {"Makabe", "Yuki"} & kinds.get("person", set())
    assert {"Greta Lee", "John Magaro"} <= kinds["person"]


def test_a_makers_by_and_possessive_make_people(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Jay (Maika Monroe) cannot stop walking. The synth score by Disasterpeace is the best thing here, "
        "and Celine Song's debut comes to mind. Later Song frames the two leads apart.",
    )
    people = _kinds(entities)["person"]
    assert {"Disasterpeace", "Celine Song"} <= people


def test_names_written_without_accents_match_the_film_table() -> None:
    assert _spellings(("jūzō", "itami")) == [("jūzō", "itami"), ("juzo", "itami")]
    assert _spellings(("kubrick",)) == [("kubrick",)]


@pytest.mark.parametrize("written", ["Juzo Itami", "Jūzō Itami"])
def test_a_director_written_without_accents_is_one_person(extractor: EntityExtractor, written: str) -> None:
    entities = _extract(extractor, f"{written} calls it a noodle western, and Ken Watanabe is the sidekick.")
    assert written in _kinds(entities)["person"]


def test_names_a_thread_speaks_to() -> None:
    """The blogger greeted in comments is no character (on the flixchatter seed "Ruth" became one;
    tests/test_entities_gold.py::test_resolution_on_the_seeds holds the seed's characters)."""
    comments = [
        "Good review Maeve. I keep thinking about it.",
        "So well put, Maeve. I want more on the film.",
        "Ivo, you are right, and in my opinion the best of them, Phoenix, is wasted in the middle part of it all.",
    ]
    assert addressed_names(comments) == {"maeve", "ivo"}


def test_a_spanish_style_cast_list_puts_the_actors_outside(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Thessaly Marr (Ines), Duarte Villalobos (Quique), Anselm Kettering (Bruno)\n\nA quiet family film.",
    )
    assert {"Thessaly Marr", "Duarte Villalobos", "Anselm Kettering"} <= _kinds(entities)["person"]


def test_a_list_item_beside_films_is_a_film(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "It sits in a line of horror films that runs through Halloween, The Thing and Carrie. "
        "The staging apes Moulin Rouge!, Chicago and The Greatest Showman at once. "
        "In Paris, Jaws and Alien played with Tom Hanks and Meg Ryan on the bill.",
    )
    kinds = _kinds(entities)
    assert {"Carrie", "Chicago", "Moulin Rouge!"} <= kinds["film"]
    assert "Paris" not in kinds["film"]  # a fronted phrase is no list item
    assert {"Tom Hanks", "Meg Ryan"} <= kinds["person"]


def test_the_subject_of_is_a_film_is_a_film(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Nicholson is mad from the start. Doctor Sleep is a much warmer follow-up. "
        "Fun, but I still think 10 Cloverfield Lane is the tighter movie. Tom Hanks is a fine film actor.",
    )
    kinds = _kinds(entities)
    assert {"Doctor Sleep", "10 Cloverfield Lane"} <= kinds["film"]
    assert "Tom Hanks" not in kinds["film"]
