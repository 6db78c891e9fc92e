"""Works found on unseen pages (ninth session, WK, issue 12, class 4): a name an actor plays is a
part, not a work (``extract.nlp.work_parts``). The film table's credits decide what a name tied
to a person by a cast form is: "Iris (Jodie Foster)", "Chalamet's Paul", "Alfred Molina's Doc
Ock" are parts; "Greg Mottola's Paul" (a maker) and "Thomas Pynchon's The Crying of Lot 49" (no
actor) stay works. Sentences written for these tests in our own words (forms in
docs/phrasing-catalogue.md, section WK s9); each test fails without the rule it names."""

from __future__ import annotations

from extract.nlp.extractor import EntityExtractor
from extract.nlp.work_parts import a_player, cast_tie, reviewed_film, tied_role
from extract.records import WORK_KINDS, PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, title: str, body: str) -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _works(extractor: EntityExtractor, title: str, body: str) -> set[str]:
    return {m.name for m in _extract(extractor, title, body).mentions if m.kind in WORK_KINDS}


def test_a_name_before_the_bracketed_actor_of_the_reviewed_film_is_a_part(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Taxi Driver (1976)",
        "Travis drives nights and barely sleeps. Later he meets Iris (Jodie Foster), a runaway he "
        "decides to rescue, and the film turns darker.",
    )
    assert works == {"Taxi Driver"}


def test_an_actors_possessive_makes_a_part(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Dune (2021)",
        "Rebecca Ferguson is the best thing here, and Chalamet's Paul is mostly a face in a hood.",
    )
    assert works == {"Dune"}
    works = _works(
        extractor,
        "Review: Spider-Man: No Way Home (2021)",
        "The old villains return, and Alfred Molina's Doc Ock still has the best lines.",
    )
    assert works == {"Spider-Man: No Way Home"}


def test_a_makers_possessive_keeps_the_work(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Dune (2021)",
        "The sand looks expensive. Greg Mottola's Paul is still the better film about a stranded visitor.",
    )
    assert works == {"Dune", "Paul"}
    works = _works(
        extractor,
        "Review: Under the Silver Lake (2018)",
        "The plot owes a great deal to Thomas Pynchon's The Crying of Lot 49, down to the codes on the cereal boxes.",
    )
    assert "The Crying of Lot 49" in works


def test_the_reviewed_films_players_are_no_works(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Andhadhun (2018)",
        "Cast: Ayushmann Khurrana, Tabu, Radhika Apte\n\nA pianist who pretends to be blind walks into "
        "a murder, and Tabu makes every scene sharper.",
    )
    assert works == {"Andhadhun"}
    works = _works(
        extractor,
        "Review: Speed Racer (2008)",
        "Speed joins forces with a rival driver, Taejo Togokahn (Rain), to take down the sponsors.",
    )
    assert "Rain" not in works


def test_a_part_is_one_all_through_the_text_unless_a_known_film_bears_the_name(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Tombstone (1993)",
        "The Earp brothers ride into town. Doc Holliday (Val Kilmer) coughs through every scene and steals "
        "all of them. I have seen Doc Holliday played by many actors, and nobody did it better.",
    )
    assert works == {"Tombstone"}
    works = _works(
        extractor,
        "Review: Tombstone (1993)",
        "Wyatt Earp (Kurt Russell) wants a quiet life. I reviewed Wyatt Earp, the long Costner version, "
        "last spring, and this one is more fun.",
    )
    assert works == {"Tombstone", "Wyatt Earp"}


def test_the_cast_forms_and_the_tables_credits(extractor: EntityExtractor) -> None:
    text = "Then she meets Iris (played by Jodie Foster) on the corner."
    assert cast_tie(text, text.index("Iris"), text.index("Iris") + 4) == "Jodie Foster"
    text = "Alia Bhatt as Sita gets one scene."
    assert cast_tie(text, text.index("Sita"), text.index("Sita") + 4) == "Alia Bhatt"
    assert cast_tie("Heat (Michael Mann, 1995) is longer.", 0, 4) == "Michael Mann"
    assert cast_tie("Heat (1995) is longer.", 0, 4) is None
    gazetteer = extractor.gazetteer
    taxi = reviewed_film(gazetteer, "Taxi Driver", 1976)
    assert taxi is not None and taxi.title == "Taxi Driver"
    assert tied_role(gazetteer, "Iris", "Jodie Foster", taxi) == "part"
    assert tied_role(gazetteer, "Heat", "Michael Mann", taxi) == "work"  # its maker
    assert tied_role(gazetteer, "Tony", "Paul Muni", taxi) == "part"  # an actor and nothing else
    assert tied_role(gazetteer, "The Crying of Lot 49", "Thomas Pynchon", taxi) is None  # no parts in the table
    assert a_player(gazetteer, "Jodie Foster", taxi) and not a_player(gazetteer, "Taxi Driver", taxi)


def test_a_run_that_opens_with_a_sentences_common_noun_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Mass (2021)",
        "I saw three films today. Notes on Harrow Bay and Tin Lantern Summer will go up tomorrow.",
    )
    assert not any(w.startswith("Notes on") for w in works)
    works = _works(
        extractor,
        "Review: Toni Erdmann (2016)",
        "It is long. Pictures of Winfried's terrible jokes keep coming back, and so do the teeth.",
    )
    assert works == {"Toni Erdmann"}
    works = _works(extractor, "Review: The Mummy (1999)", "Fun enough. Temple of Doom is a tough sit by comparison.")
    assert "Temple of Doom" in works  # a name the parser reads as one: a title


def test_a_run_whose_joining_word_leads_to_a_person_is_no_title(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: The Ritual (2017)",
        "The forest looks great. Readers of Stephen King's early books will know the ending before it comes.",
    )
    assert works == {"The Ritual"}


def test_a_people_noun_after_a_possessive_names_a_person_not_a_film(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: Charley Varrick (1973)",
        "Charley robs a small bank in New Mexico with his wife Nadine and two friends, and it goes badly.",
    )
    assert works == {"Charley Varrick"}
    works = _works(
        extractor, "Review: Moon (2009)", "Sam gets video messages from his wife, Tess, and they are always weeks old."
    )
    assert works == {"Moon"}
    works = _works(
        extractor, "Review: Speed Racer (2008)", "Christina Ricci plays his girlfriend Trixie, who flies a helicopter."
    )
    assert works == {"Speed Racer"}
    works = _works(extractor, "Review: Heat (1995)", "Mann remade his own film Heat from an old TV script.")
    assert "Heat" in works  # a work's noun, not a people noun


def test_a_run_ending_in_a_comma_and_a_year_is_a_date_or_a_credit(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Wagon Master (April 22, 1950)", "Ford's small western rides along at a walk.")
    assert "22, 1950" not in {m.name for m in entities.mentions}
    entities = _extract(extractor, "Do the Right Thing (Spike Lee / USA, 1989):", "A hot day in Brooklyn.")
    assert not any(m.name.endswith(", 1989") for m in entities.mentions)


def test_a_genres_name_is_no_film_unless_the_page_marks_it(extractor: EntityExtractor) -> None:
    works = _works(
        extractor,
        "Review: The Unforgiven (1960)",
        "Directed by John Huston, it is a Western about two families who stop trusting each other.",
    )
    assert works == {"The Unforgiven"}
    works = _works(extractor, "Review: Hangman's Knot (1952)", "A tense little Western that never leaves one cabin.")
    assert "Western" not in works
