"""People and characters on unseen pages, eighth session (P, issue 12, class 4).

The plot rules (a lone first name that narrates, an appositive plot noun, an unknown full name on a
page whose plot names characters) took real people for characters on pages nobody had tuned on. A
real person's mark now wins over them (extract.nlp.people.real_person_marks), and the actor's slot
feeds the credits:

- the actor's slot: a part named by a common noun, its actor in parentheses, with a remark or a
  second actor ("her uncle (Dace Millward, a wall of a man)", "a goat and a crow (A and B)");
- the subject of a verb of the craft over the work ("X wrote the script", "Y had produced it");
- a particle surname alone of a person of the film table ("Van Cleef");
- a name joined by "and" to an actor of the page ("X and Joseph Mazzello are fun as ...").

Sentences written for these tests in our own words; each test fails without the change it names.
"""

from __future__ import annotations

from extract.nlp.context import Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.people import actor_slots
from extract.records import PageEntities
from extract.text_reader import parse_text_page

# a plot that names characters, so that the plot rules are awake
_PLOT = (
    "Wren Halloway (Frances McDormand) runs a ferry across a cold lake. Her brother Amos Halloway "
    "(Jack Lemmon) owes money to the wrong people, and Wren hides him in the boathouse. "
)


def _extract(extractor: EntityExtractor, body: str, title: str = "Review: The Ferry (1961)") -> PageEntities:
    return extractor.extract(parse_text_page(f"{title}\n\n{body}\n", "people_s8.txt"))


def _kinds(extractor: EntityExtractor, body: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in _extract(extractor, body).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


def test_actor_slots_take_a_remark_and_a_second_actor() -> None:
    unit = Unit("body", "a goat and a crow (Hal Brisket and Onna Vell, the best things in it), a nun (Sister Pru)")
    assert [name for _, _, name in actor_slots(unit)] == ["Hal Brisket", "Onna Vell", "Sister Pru"]
    unit = Unit("body", "the register of another age (D. W. Griffith's, forty years on)")
    assert actor_slots(unit) == []  # a maker's possessive is no actor


def test_an_actor_in_the_slot_after_a_part_is_a_person(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "Their uncle (Dace Millward, a wall of a man in a tweed coat) wants the boat sold, and a goat "
        "and a crow (Billy Eichner and Seth Rogen, the only jokes) follow Wren everywhere."
    )
    kinds = _kinds(extractor, body)
    assert {"Dace Millward", "Billy Eichner", "Seth Rogen"} <= kinds["person"]
    assert not {"Dace Millward", "Billy Eichner"} & kinds.get("character", set())
    assert "Wren Halloway" in kinds["character"]  # the plot's own names stay parts


def test_the_subject_of_a_verb_of_the_craft_is_a_person(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "Amos Halloway owes everyone, and Wren Halloway pays.\n\nTessa Marlowe wrote every episode of the "
        "first season, and the ferry chapters are the best of them. Ruth Ambry had produced the pilot years "
        "before anyone wanted it."
    )
    kinds = _kinds(extractor, body)
    assert {"Tessa Marlowe", "Ruth Ambry"} <= kinds["person"]
    assert not {"Tessa Marlowe", "Ruth Ambry"} & kinds.get("character", set())


# a particle surname and a name beside an actor, on one plot page
_DECKHANDS = _PLOT + (
    "Wren Halloway sinks the boat on purpose. Pell Ormond and Joseph Mazzello are fun as the two deckhands, "
    "even if the script forgets them. Van Cleef squints at all of them from the far bank, and nobody in the "
    "film squints better."
)


def test_a_particle_surname_alone_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(extractor, _DECKHANDS)
    assert "Van Cleef" not in kinds.get("character", set())
    assert kinds["person"] & {"Van Cleef", "Lee Van Cleef"}


def test_a_name_joined_to_an_actor_is_a_person(extractor: EntityExtractor) -> None:
    kinds = _kinds(extractor, _DECKHANDS)
    assert {"Pell Ormond", "Joseph Mazzello"} <= kinds["person"]
    assert "Pell Ormond" not in kinds.get("character", set())


def test_a_parts_whole_name_before_the_actors_parentheses(extractor: EntityExtractor) -> None:
    body = (
        "Lupe secretly adores Tomás de la Vega (Benjamin Bratt), the crooner whose guitar hangs in the plaza. "
        "The fliers end up in a castle run by Major von Hallstein (Erich von Stroheim), a count in a neck "
        "brace. The mayor is a boxer, Lionel Arbuckle Thunder Pete McGraw (Terry Crews, the best thing in it)."
    )
    mentions = _extract(extractor, body).mentions
    for surname in ("Vega", "Hallstein", "McGraw"):
        kinds = {m.kind for m in mentions if m.text.endswith(surname)}
        assert kinds == {"character"}, surname
    people = {m.name for m in mentions if m.kind == "person"}
    assert {"Benjamin Bratt", "Erich von Stroheim", "Terry Crews"} <= people


def test_a_tie_after_a_possessive_pronoun_whatever_its_tag(extractor: EntityExtractor) -> None:
    body = (
        "Cal (Billy Zane) is a villain without the moustache, his valet Lovejoy may as well wear a sign, "
        "and every line of the dialogue clunks."
    )
    kinds = _kinds(extractor, body)
    assert "Lovejoy" in kinds.get("character", set()) and "Lovejoy" not in kinds.get("person", set())


def test_a_known_stage_name_is_a_person_on_a_plot_page(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "The older version had Sting in a silver codpiece, and it was better for it. The director here goes by one "
        "name, as if he were Madonna, and Ann-Margret turns up as a neighbour for two scenes."
    )
    kinds = _kinds(extractor, body)
    assert {"Sting", "Madonna", "Ann-Margret"} <= kinds["person"]
    assert not {"Sting", "Madonna", "Ann-Margret"} & kinds.get("character", set())


def test_a_directors_surname_with_diacritics_alone(extractor: EntityExtractor) -> None:
    body = "Lola runs three times. Kieślowski's Blind Chance tried the three-roads idea first, years before."
    assert "Krzysztof Kieślowski" in _kinds(extractor, body).get("person", set())


def test_a_part_of_another_work_named_with_it(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "Wren Halloway finds the lake's hermit (Ralph Fiennes), who is more or less Kurtz from Apocalypse "
        "Now with a fishing rod. The boy who played her son grew up to play Uncle Fester on The Addams Family."
    )
    kinds = _kinds(extractor, body)
    assert {"Kurtz", "Uncle Fester"} <= kinds.get("character", set())
    assert not {"Kurtz", "Uncle Fester"} & kinds["person"]
    assert "Ralph Fiennes" in kinds["person"]


def test_an_actors_possessive_before_a_namesake_of_the_table(extractor: EntityExtractor) -> None:
    # the film table holds a Kenneth Marshall of two films this page never names: a namesake
    body = (
        "It is 2054. Mickey Barnes (Robert Pattinson) signs up as an expendable on a colony ship, and "
        "Ruffalo's Kenneth Marshall runs the place like a game show."
    )
    kinds = _kinds(extractor, body)
    assert "Kenneth Marshall" in kinds.get("character", set())
    assert "Kenneth Marshall" not in kinds["person"]
