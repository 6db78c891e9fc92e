"""People found on blind pages' shapes (seventh session, F4, issue 12): a writing or music duo
joined by an en dash in a credit line, a combined "Story & Screenplay:" label, and a maker's
possessive after a sentence's opening gerund. Sentences and credit lines written for these tests
in our own words; each test fails without the change it names."""

from __future__ import annotations

from extract.nlp.characters import MAKER_POSSESSIVE, credit_names
from extract.nlp.extractor import EntityExtractor
from extract.records import PageEntities
from extract.text_reader import parse_text_page


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: Rope (1948)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "case.txt"))


def _people(entities: PageEntities) -> set[str]:
    return {m.name for m in entities.mentions if m.kind == "person"}


def test_a_duo_joined_by_an_en_dash_in_a_credit_line() -> None:
    line = "Cast: Dev Anand, Waheeda Rehman | Story & Screenplay: Salim–Javed | Music: Shankar–Jaikishan"
    names = [name for _, _, name in credit_names(line, stage_names=True)]
    assert "Salim–Javed" in names and "Shankar–Jaikishan" in names
    assert "Story" not in names  # the combined label's first word is no stage name


def test_a_duo_credit_reaches_the_people(extractor: EntityExtractor) -> None:
    body = "Director: Ravi Tandon | Story & Screenplay: Salim–Javed | Music: Laxmikant–Pyarelal\n\nA fun caper."
    people = _people(_extract(extractor, body))
    assert {"Salim–Javed", "Laxmikant–Pyarelal"} <= people


def test_a_makers_possessive_after_an_opening_gerund() -> None:
    match = MAKER_POSSESSIVE.search("Taking Pierre Boulle's novel as its spine, the film wanders off.")
    assert match is not None and match.group("name") == "Pierre Boulle"
    match = MAKER_POSSESSIVE.search("Sterling Hayden's film career was long.")
    assert match is not None and match.group("name") == "Sterling Hayden"  # a name that ends in -ing stays whole


def test_the_people_supplement_knows_crews_critics_and_authors(extractor: EntityExtractor) -> None:
    gazetteer = extractor.gazetteer
    for name in ("Roger Deakins", "Pauline Kael", "Elmer Bernstein", "Bram Stoker", "P.D. James"):
        assert gazetteer.person_named(name) is not None, name
    assert gazetteer.credits[gazetteer.person_named("Roger Deakins") or 0] == []  # no film credited to them


def test_a_cinematographer_on_a_plot_page_is_no_character(extractor: EntityExtractor) -> None:
    body = (
        "Marge Gunderson (Frances McDormand) is a police chief, seven months pregnant. Jerry Lundegaard "
        "(William H. Macy) owes money and hires two men to kidnap his own wife.\n\n"
        "Roger Deakins shoots the snowfields like a blank page.\n\n"
        "Later the critic Pauline Kael would have hated the ending, I think."
    )
    entities = _extract(extractor, body, title="Review: Fargo (1996)")
    people = _people(entities)
    characters = {m.name for m in entities.mentions if m.kind == "character"}
    assert "Roger Deakins" in people and "Roger Deakins" not in characters


def test_a_character_before_an_actor_with_a_remark(extractor: EntityExtractor) -> None:
    body = "Then a gang of polite robbers led by Viktor Brand (Alan Rickman, in a wonderful sneer) seize the bank."
    entities = _extract(extractor, body)
    assert "Viktor Brand" not in _people(entities) and "Alan Rickman" in _people(entities)


def test_a_lower_case_page_under_a_header_of_labels(extractor: EntityExtractor) -> None:
    body = (
        "Year: 1949\nGrade: B-\nCountry: USA\nDirector: Siodmak\nReview\n"
        "i rewatched this one on a whim. burt lancaster plays a guard who drifts home. he meets his ex again. "
        "she has married a hood played by dan duryea. the heist is great. the middle drags. the ending stings. "
        "it is not the killers. it is close though. i liked it more than last time. that is something."
    )
    people = {name.casefold() for name in _people(_extract(extractor, body, title="Criss Cross"))}
    assert {"burt lancaster", "dan duryea"} <= people
