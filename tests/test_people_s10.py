"""People and characters on unseen pages, tenth session (P, issue 12, class 4).

What the newest blind pages (blind11, blind12) and the older unseen-like runs still got wrong,
by kind, and the one mechanism for each (extract/nlp/people.py):

- "Character (Actor)" where the film table happens to hold the character's name as a little
  credited person (a namesake of a few films the text never names): the critics' order stands,
  the character outside, the real person inside; and the person inside a part's parentheses is a
  real person's mark, so the plot rules do not make them a character later (_namesake_outside,
  _actors_after_parts);
- a one-word actor after a character's one name, even a word the table has as a first name
  ("Vidya (Nargis)", "Daisy (June, billed only as June)") (_stage_name);
- a possessive owning a craft's work ("X's VistaVision photography", "X's satin gown") is a real
  person's mark (_maker_possessives);
- "Actor is the scariest thing Surname has ever shot": the name after "is the ... noun" that opens
  a clause, or is a page person's surname, is no part (_clause_subject);
- "Actor, whose face ..., is Tony le Name": an actor, a relative clause, then the part (_ACTOR_WHO_IS);
- credit blocks written with dashes ("Main Cast – A, B") or as "<craft> by <name>" lines, names
  opening on a capital beyond English ("Łukasz Żal"), a middle initial inside an actor's part
  ("Tracy's one-armed John J. Macreedy") (characters.py).

A learnt person-or-character decision over the page's signals (film-table credits, the words
around each mention, the rules' verdict) was tried and left out: held out writer by writer it
never beat the rules (see the P report of the tenth session).

Sentences written for these tests in our own words; the names are made up (none is in the film
table unless a test builds its own small table); each test fails without the change it names.
"""

from __future__ import annotations

from extract.nlp.characters import by_lines, credit_names, full_name
from extract.nlp.context import Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.people import find_character_names, real_person_marks
from extract.text_reader import parse_text_page

# a plot that names characters (two full names), so that the plot rules are awake
_PLOT = (
    "Wren Halloway (Frances McDormand) runs a ferry across a cold lake. Her brother Amos Halloway "
    "(Jack Lemmon) owes money to the wrong people, and Wren hides him in the boathouse. "
)


def _kinds(extractor: EntityExtractor, body: str) -> dict[str, set[str]]:
    page = parse_text_page(f"Review: The Ferry (1961)\n\n{body}\n", "people_s10.txt")
    kinds: dict[str, set[str]] = {}
    for mention in extractor.extract(page).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


def _small_table() -> Gazetteer:
    """A film table whose one person, Odo Brask, has three films none of the tests names."""
    films = [FilmEntry(f"Harbour Lights {n}", 1950 + n, f"tt900000{n}", (), (), (0,), 3) for n in range(3)]
    return Gazetteer(films, ["Odo Brask"])


def test_a_little_credited_namesake_outside_the_parentheses_stays_the_character() -> None:
    table = _small_table()
    unit = Unit("body", "Odo Brask (Fenn Tallow) is a projectionist who hoards reels in his flat.")
    names = find_character_names(unit, {"odo brask"}, table)
    assert "odo brask" in names and "fenn tallow" not in names


def test_a_person_credited_on_a_film_the_text_names_is_still_the_actor() -> None:
    table = _small_table()
    unit = Unit("body", "Odo Brask (Fenn Tallow), who was so good in Harbour Lights 1, plays a porter.")
    names = find_character_names(unit, {"odo brask"}, table)
    assert "fenn tallow" in names and "odo brask" not in names


def test_the_actor_inside_a_parts_parentheses_is_a_real_person() -> None:
    table = _small_table()
    unit = Unit("body", "Odo Brask (Fenn Tallow) is a projectionist, and Mira Quell (Dana Orlo) his neighbour.")
    assert real_person_marks(unit, {"odo brask"}, table) == {"fenn tallow", "dana orlo"}


def test_a_first_name_in_parentheses_after_a_characters_one_name_is_the_actor(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        _PLOT + "On the mainland Amos falls for Pim (Marion, billed only as Marion), a hatmaker who sings.",
    )
    assert "Marion" in kinds["person"]


def test_a_particle_inside_a_word_is_no_name_before_the_parentheses(extractor: EntityExtractor) -> None:
    # "daughter" ends in "ter" (a particle of "Gerard ter Borch"): no longer name stands before "Pim"
    kinds = _kinds(extractor, _PLOT + "Their daughter Pim (Marion, billed only as Marion) models hats.")
    assert "Marion" in kinds["person"]


def test_a_longer_name_before_the_parentheses_is_the_actor_not_a_characters_one_name(
    extractor: EntityExtractor,
) -> None:
    kinds = _kinds(extractor, _PLOT + "The cast is small: Ines de Tavaro (Marion) and a goat.")
    assert "Marion" not in kinds.get("person", set())


def test_a_possessive_over_a_crafts_work_is_a_real_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        _PLOT + "To be fair, Ilse Marant's VistaVision photography is gorgeous, and Tiber Oaks's satin gown "
        "for the dance deserves its own chapter.",
    )
    assert {"Ilse Marant", "Tiber Oaks"} <= kinds["person"]
    assert not {"Ilse Marant", "Tiber Oaks"} & kinds.get("character", set())


def test_a_clauses_subject_after_is_the_noun_is_no_part(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Ansel Kroy directs, and Tomas Reeve stars as the ferryman. The boathouse scene with Tomas Reeve "
        "is the scariest thing Kroy has ever shot.",
    )
    assert "Kroy" not in kinds.get("character", set())


def test_a_credit_block_written_with_dashes_lists_people() -> None:
    block = (
        "Director – Oren Vale\nWriters – Basil Tranter, Nell Carrow\n"
        "Main Cast – Rhea Voss, Tom Lusk, Dell Parrish\nRating – 4 / 5\n"
        "The ending – Lord help us – drags."
    )
    names = [name for _, _, name in credit_names(block)]
    assert names == ["Oren Vale", "Basil Tranter", "Nell Carrow", "Rhea Voss", "Tom Lusk", "Dell Parrish"]


def test_a_name_may_open_on_a_capital_beyond_english() -> None:
    assert full_name("Łukasz Żal") and full_name("Émile Varda")
    unit = Unit("body", "Łukasz Żal's cameras were hidden in the walls, and the cast never saw a crew.")
    assert real_person_marks(unit, set(), Gazetteer([], [])) == {"łukasz żal"}


def test_an_actors_possessive_before_a_part_with_a_middle_initial(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Frances McDormand's weary Ada K. Brill steps off the night bus into a town that hates her. "
        "Brill asks about a missing farmer and nobody answers.",
    )
    assert "Ada K. Brill" in kinds.get("character", set())
    assert "Ada K. Brill" not in kinds.get("person", set())


def test_a_possessive_over_a_cinematographers_compositions_is_a_real_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        _PLOT + "Edmund R. Vasko's widescreen compositions of the lake make every shot a postcard.",
    )
    assert "Edmund R. Vasko" in kinds["person"]


def test_a_credit_block_of_by_lines_names_people(extractor: EntityExtractor) -> None:
    body = (
        "The Ferry (1961)\nDirected by Oren Vale\nEdited by Nell Carrow\nMusic by Basil Tranter\n\n"
        + _PLOT
        + "\n\nWritten by Amy Pond"
    )
    kinds = _kinds(extractor, body)
    assert {"Oren Vale", "Nell Carrow", "Basil Tranter"} <= kinds["person"]
    assert [name for _, _, name in by_lines(body)] == ["Oren Vale", "Nell Carrow", "Basil Tranter"]


def test_an_actor_then_a_relative_clause_then_is_names_the_part(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "Frances McDormand, whose face looks like a boot somebody has walked a war in, is Ada le Brill, "
        "just out of prison and too proud to beg. Jack Lemmon, who was never better, is French in every line.",
    )
    assert "Ada Le Brill" in kinds["character"]
    assert not {"Ada le Brill", "Ada Le Brill", "French"} & kinds.get("person", set())
    assert "French" not in kinds.get("character", set())
