"""People and characters, eleventh session (P, issue 12, class 4).

- A surname written alone for someone credited on a film the page names ("Nolan clearly saw
  this", "Donat and Carroll handcuffed together"): spaCy's small model labels most lone surnames
  ORG or PRODUCT, so the parser's people missed them; the page's films say who they are
  (extract/nlp/credit_surnames.py).
- Writers, composers, painters and thinkers named by surname alone ("Kafka with jokes"; a
  film title too): a lexicon of the canon (extract/nlp/canon_surnames.py); and a director's
  particle surname alone ("But De Sica builds"; people.director_surnames, _particle_of).
- A part after an actor's "as" owned by a character and described with commas ("as Espósito's
  drunk, brilliant colleague Sandoval": characters.AS_ROLE), and a name a character takes by
  renaming herself ("renames herself Patricia Pepoire": the _NAMED pattern).
- A lone surname that narrates ("Chaplin would have made him a saint") was taken for a character's
  first name because the film table holds one "Chaplin family" entry: a word is a first name for
  the plot rules only when the table bears it as one at least a quarter as often as a surname
  (maker_surnames.first_name_rather_than_surname, used by people._story_names).

Sentences written for these tests in our own words; the names are made up and the film table is
built by each test.
"""

from __future__ import annotations

from extract.nlp.aliases import AliasTable
from extract.nlp.credit_surnames import page_credit_surnames
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.maker_surnames import first_name_rather_than_surname
from extract.text_reader import parse_text_page

_PEOPLE = ["Odile Varnay", "Brom Kessel", "Ines Tallow", "Tod Christmas", "Petra Kessel", "Olaf Sunder"]


def _table() -> Gazetteer:
    """Two films: The Glass Harbour (Varnay directs; Kessel, Tallow and Christmas act) and Cold
    Orchard (Sunder directs; Petra Kessel acts), so "Kessel" names two people of the table."""
    films = [
        FilmEntry("The Glass Harbour", 1961, "tt9100001", (0,), (), (1, 2, 3), 40),
        FilmEntry("Cold Orchard", 1964, "tt9100002", (5,), (), (4,), 30),
    ]
    return Gazetteer(films, _PEOPLE)


def _people(extractor: EntityExtractor, body: str) -> set[str]:
    own = EntityExtractor(extractor.nlp, _table(), AliasTable())
    page = parse_text_page(f"Review: Salt Road (1970)\n\n{body}\n", "people_s11.txt")
    return {m.name for m in own.extract(page).mentions if m.kind == "person"}


def test_a_surname_shared_by_two_credits_of_the_pages_films_names_neither() -> None:
    table = _table()
    assert page_credit_surnames(table, [0]) == {"varnay": 0, "kessel": 1, "tallow": 2, "christmas": 3}
    assert "kessel" not in page_credit_surnames(table, [0, 1])


def test_a_lone_surname_of_a_credit_of_a_named_film_is_that_person(extractor: EntityExtractor) -> None:
    people = _people(
        extractor,
        "Salt Road borrows its whole last act from The Glass Harbour. Too cold for Varnay, not strange "
        "enough for Tallow, but it moves.",
    )
    assert {"Odile Varnay", "Ines Tallow"} <= people


def test_a_lone_surname_without_the_film_on_the_page_is_no_one(extractor: EntityExtractor) -> None:
    people = _people(extractor, "Salt Road is a slow film. Too cold for Varnay, not strange enough for Tallow.")
    assert not {"Odile Varnay", "Ines Tallow"} & people


def test_a_credits_surname_used_as_a_day_or_a_place_is_no_person(extractor: EntityExtractor) -> None:
    people = _people(
        extractor,
        "Like The Glass Harbour, it follows a teacher made to stay over Christmas with three boys and "
        "a Tallow lawyer who moved back to Tallow for the fishing.",
    )
    assert not {"Tod Christmas", "Ines Tallow"} & people


def test_a_word_the_table_bears_far_more_as_a_surname_is_no_first_name() -> None:
    # "Chaplin would have made him a saint": the table's one "Chaplin family" made Chaplin a first name,
    # and the plot rules took a lone "Chaplin" that narrates for a character
    people = ["Ashcombe family", "Rose Pell", "Ida Rose"] + [
        f"{n} Ashcombe" for n in ("Odile", "Anna", "Boris", "Cy", "Dora")
    ]
    table = Gazetteer([], people)
    assert table.is_first_name("Ashcombe")
    assert not first_name_rather_than_surname(table, "Ashcombe")
    assert first_name_rather_than_surname(table, "Rose")


def test_a_part_set_off_by_commas_then_played_by_its_actor_is_a_character(extractor: EntityExtractor) -> None:
    # "it's Bela, the fortune teller, played by Bela Lugosi": the comma after the appositive
    page = parse_text_page(
        "Review: The Moor Hound (1941)\n\nWhen Tam gets bitten (it's Wenna, the old fortune teller, played by "
        "Odile Varnay for four minutes), the film finally wakes up. Later Wenna warns him about the moon.\n",
        "people_s11.txt",
    )
    kinds = {(m.kind, m.text) for m in extractor.extract(page).mentions}
    assert ("character", "Wenna") in kinds and ("person", "Wenna") not in kinds
    assert ("person", "Odile Varnay") in kinds


def test_a_directors_particle_surname_written_alone_is_that_director(extractor: EntityExtractor) -> None:
    # "But De Sica builds to a climax": the particle opens the surname, not a longer name
    films = [FilmEntry(f"Harbour Film {n}", 1950 + n, f"tt91100{n:02}", (0,), (), (), 10) for n in range(9)]
    own = EntityExtractor(extractor.nlp, Gazetteer(films, ["Aurelio De Varna"]), AliasTable())
    page = parse_text_page(
        "Review: Salt Road (1970)\n\nThe debt is plain: the streets, the bicycles. But De Varna builds to a "
        "climax, and Salt Road refuses one.\n",
        "people_s11.txt",
    )
    people = {(m.text, m.name) for m in own.extract(page).mentions if m.kind == "person"}
    assert ("De Varna", "De Varna") in people


def test_a_canon_surname_written_alone_is_a_person(extractor: EntityExtractor) -> None:
    # "name-drops (Wittgenstein, ...)": a film title too; "Handel": a surname the table gives a screenwriter
    page = parse_text_page(
        "Review: Salt Road (1970)\n\nWe get name-drops (Wittgenstein, a famous painting) in place of ideas; "
        "the score steals from Handel and the heroine has a Botticelli face. Kim Dickens is wasted.\n",
        "people_s11.txt",
    )
    people = {m.text for m in extractor.extract(page).mentions if m.kind == "person"}
    assert people == {"Wittgenstein", "Handel", "Botticelli", "Kim Dickens"}


def test_a_part_after_as_and_a_characters_possessive_is_a_character(extractor: EntityExtractor) -> None:
    # "Guillermo Francella, as Espósito's drunk, brilliant colleague Sandoval, steals every scene"
    page = parse_text_page(
        "Review: Salt Road (1970)\n\nDirector: Odile Varnay\nCast: Frances McDormand, Jack Lemmon\n\n"
        "Jack Lemmon, as Ortega's lazy, charming colleague Ramiro Bustos, steals every scene he is in.\n",
        "people_s11.txt",
    )
    kinds = {(m.kind, m.text) for m in extractor.extract(page).mentions}
    assert ("character", "Ramiro Bustos") in kinds and ("person", "Ramiro Bustos") not in kinds


def test_a_name_taken_by_renaming_oneself_is_a_character(extractor: EntityExtractor) -> None:
    page = parse_text_page(
        "Review: Salt Road (1970)\n\nPeggy (Marion Davies) goes to Hollywood, gets a slapstick partner, then "
        "becomes a serious star, renames herself Odalie Varnette and grows unbearable.\n",
        "people_s11.txt",
    )
    kinds = {(m.kind, m.text) for m in extractor.extract(page).mentions}
    assert ("character", "Odalie Varnette") in kinds and ("person", "Odalie Varnette") not in kinds
