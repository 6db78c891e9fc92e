"""People and characters, twelfth session (P, issue 12, class 4): real people of the film world
that the plot rules took for characters, from the blind batch blind16 (errors nobody tuned on).

- A crew member named after a possessive and the noun of his trade ("the director and his
  cameraman Teodor Brasko shot it"): the trade lexicon (characters.TRADE_NOUNS) lacked the camera
  crew and the film's writers and composers' other names (cameraman, lyricist, co-writer...).
- A composer's possessive owning a piece of the score ("Mirela Zdunek's waltz"): the craft
  possessive (person_marks._CRAFT_POSSESSIVE) knew "score" and "music", not the pieces a score
  is made of (waltz, theme, melody, cues).
- An actor set off by commas before the part ("Laleh Moradi, as Sima, has a scene where..."): the
  critic's appositive "as Part" marks the name before it as the actor, and so does "who plays"
  with a part's name after it, not "who plays the accordion" (person_marks); and an
  actor's "who plays" clause names the part after up to five words describing it ("Karim Benali,
  who plays the small-time crook turned rebel Omar Le Brun": character_names._WHO_PLAYS).
- A credit's surname on a page written all in small letters ("varnay's camera", "tallow basically
  carries it"): no capital and no proper-noun tag to go by, so the surname of a page film's credit
  counts where a possessive or a verb follows it, and never where the table bears it as a first
  name (credit_surnames._lower_case_person).

Sentences written for these tests in our own words; the names are made up and the film table is
built by each test.
"""

from __future__ import annotations

from extract.nlp.aliases import AliasTable
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.text_reader import parse_text_page

_PEOPLE = ["Odile Varnay", "Brom Kessel", "Ines Tallow"]
# a plot naming two characters by their full names, with their actors: the page's plot rules read it
_PLOT = (
    "Anna Kolter (Ines Tallow) runs a boarding house in a port town, and Jonas Reeve (Brom Kessel) "
    "is the sailor who rents her attic for one winter. Anna waits; Jonas drinks."
)


def _table() -> Gazetteer:
    films = [FilmEntry("The Glass Harbour", 1961, "tt9200001", (0,), (), (1, 2), 40)]
    return Gazetteer(films, _PEOPLE)


def _kinds(extractor: EntityExtractor, body: str) -> dict[str, str]:
    own = EntityExtractor(extractor.nlp, _table(), AliasTable())
    page = parse_text_page(f"Review: The Glass Harbour (1961)\n\n{body}\n", "people_s12.txt")
    return {m.name: m.kind for m in own.extract(page).mentions if m.kind in {"person", "character"}}


def test_a_crew_member_after_his_trade_noun_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        f"{_PLOT}\n\nVarnay and his cameraman Teodor Brasko shot on grainy stock, hand-held, in the real "
        "streets, with a cast of amateurs.",
    )
    assert kinds.get("Teodor Brasko") == "person"
    assert kinds.get("Anna Kolter") == "character"


def test_a_composers_possessive_owning_a_piece_of_the_score_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        f"{_PLOT}\n\nMirela Zdunek's waltz comes back each time the two of them pass on the stairs, slower every time.",
    )
    assert kinds.get("Mirela Zdunek") == "person"


def test_an_actor_set_off_by_commas_before_as_the_part_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        f"{_PLOT}\n\nThe children are the best thing in it. Laleh Moradi, as Sima, has a scene where she "
        "finds her lost coat on another girl and says nothing at all.",
    )
    assert kinds.get("Laleh Moradi") == "person"


def test_the_part_after_an_actors_who_plays_clause_is_a_character(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        "The cast is mostly amateurs; Karim Benali, who plays the small-time crook turned rebel "
        "Omar Le Brun, was found selling fruit.",
    )
    assert kinds.get("Karim Benali") == "person"
    assert kinds.get("Omar Le Brun") == "character"


_LOWER_PEOPLE = ["Odile Varnay", "Ines Tallow", "Tod Christmas", "Brom Kessel"]


def _lower_kinds(extractor: EntityExtractor, body: str) -> dict[str, str]:
    films = [FilmEntry("The Glass Harbour", 1961, "tt9200002", (0,), (), (1, 2, 3), 40)]
    own = EntityExtractor(extractor.nlp, Gazetteer(films, _LOWER_PEOPLE), AliasTable())
    page = parse_text_page(f"the glass harbour (1961)\n\n{body}\n", "people_s12_lower.txt")
    return {m.name: m.kind for m in own.extract(page).mentions if m.kind in {"person", "character"}}


# a post written in small letters throughout, as some bloggers write: ten sentences and more
_LOWER_POST = (
    "ok so. finally watched the glass harbour. it is slow. it is cold. it is also perfect. "
    "varnay's camera never sits still in the fog. tallow basically carries the second half on her face. "
    "we watched it over christmas with the whole family and nobody left. the score hums. the boats creak. "
    "the end made my aunt cry. ten out of ten. bye."
)


def test_a_credits_surname_in_small_letters_with_a_possessive_or_a_verb_is_a_person(
    extractor: EntityExtractor,
) -> None:
    people = {name for name, kind in _lower_kinds(extractor, _LOWER_POST).items() if kind == "person"}
    assert {"Odile Varnay", "Ines Tallow"} <= people
    assert "Tod Christmas" not in people  # "over christmas": a credit's surname used as a word


def test_a_character_who_plays_an_instrument_is_no_actor(extractor: EntityExtractor) -> None:
    kinds = _kinds(
        extractor,
        f"{_PLOT}\n\nMaria Kolter, who plays the accordion at the harbour bar, sings one song and the film "
        "stops to listen.",
    )
    assert kinds.get("Maria Kolter") == "character"
