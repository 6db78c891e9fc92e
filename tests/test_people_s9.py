"""People and characters on unseen pages, ninth session (P, issue 12, class 4).

What the unseen-like pages (blind6 to blind9, first runs) still got wrong, by kind, and the one
mechanism for each:

- a credit block's cast line "Cast: Actor (Part), Actor (Part)": the label says the listed names
  are the actors, the parentheses their parts (extract.nlp.characters.credit_parts); more crew
  labels ("Director of Photography:");
- a name run that takes in a contraction or a possessive ("There's Ralph Fiennes as ...", "Paul
  Dano's Riddler as ...", "... and Taylor Lautner's wig"): a name starts after the contraction and
  ends at its possessive (characters.name_run, checked by characters.full_name);
- real people the plot rules took for parts: a plural trade or a trade no plot gives its people,
  then the names ("The new songwriters, A and B"; characters.trade_listed), "shows up as" a part,
  a craft verb over songs and lyrics, a "Jr." suffix inside the name.

Sentences written for these tests in our own words; the names are made up (none is in the film
table); each test fails without the change it names.
"""

from __future__ import annotations

from extract.nlp.aliases import AliasTable
from extract.nlp.characters import credit_names, credit_parts, full_name, listed_lines, name_run, trade_listed
from extract.nlp.context import Unit
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.people import actor_slots
from extract.nlp.resolve import PeopleResolver
from extract.text_reader import parse_text_page

# a plot that names characters, so that the plot rules are awake
_PLOT = (
    "Wren Halloway (Frances McDormand) runs a ferry across a cold lake. Her brother Amos Halloway "
    "(Jack Lemmon) owes money to the wrong people, and Wren hides him in the boathouse. "
)


def _kinds(extractor: EntityExtractor, body: str) -> dict[str, set[str]]:
    page = parse_text_page(f"Review: The Ferry (1961)\n\n{body}\n", "people_s9.txt")
    kinds: dict[str, set[str]] = {}
    for mention in extractor.extract(page).mentions:
        kinds.setdefault(mention.kind, set()).add(mention.name)
    return kinds


_CAST_LINE = (
    "Director: Oren Vale; Director of Photography: Basil Tranter Jr.; Film Editor: Nell Carrow.\n"
    "Cast: Rhea Voss (Major Ida Kell), Tom Lusk Jr. (Amos Crane), Dell Parrish (Capt. Yarrow), "
    "Lou Brandt (Hetty Marsh).\n"
    "Synopsis: A patrol carrying a payroll through the hills learns too late that the war is over.\n\n"
    "Comment: A tidy little western. Voss is steely and Parrish makes a fine coward."
)


def test_a_cast_line_lists_actors_with_their_parts() -> None:
    parts = [(actor, part) for _, _, actor, part in credit_parts(_CAST_LINE)]
    assert parts == [
        ("Rhea Voss", "Major Ida Kell"),
        ("Tom Lusk Jr.", "Amos Crane"),
        ("Dell Parrish", "Capt. Yarrow"),
        ("Lou Brandt", "Hetty Marsh"),
    ]
    names = [name for _, _, name in credit_names(_CAST_LINE)]
    assert {"Oren Vale", "Basil Tranter Jr.", "Nell Carrow", "Rhea Voss", "Tom Lusk Jr.", "Lou Brandt"} <= set(names)


def test_the_actors_of_a_cast_line_are_people_and_their_parts_characters(extractor: EntityExtractor) -> None:
    kinds = _kinds(extractor, _CAST_LINE)
    assert {"Rhea Voss", "Dell Parrish", "Lou Brandt"} <= kinds["person"]
    assert {"Ida Kell", "Amos Crane", "Hetty Marsh"} <= {" ".join(n.split()[-2:]) for n in kinds["character"]}
    assert not {"Major Ida Kell", "Amos Crane", "Hetty Marsh"} & kinds["person"]
    assert not {"Rhea Voss", "Lou Brandt"} & kinds["character"]


def test_no_actor_slot_after_a_name() -> None:
    # "a part named by a common noun (Actor)"; a capitalised name before the parentheses is no such part
    assert actor_slots(Unit("body", "Cast: Rhea Voss (Major Ida Kell), and his aunt (Lou Brandt)")) == [
        (48, 58, "Lou Brandt")
    ]


def test_a_name_starts_after_a_contraction_and_ends_at_its_possessive() -> None:
    assert name_run("There's Rhea Voss") == "Rhea Voss"
    assert name_run("Paul Tarrow's Riddler") == "Paul Tarrow"
    assert name_run("Dell Parrish’s") == "Dell Parrish"
    assert not full_name("There's Rhea Voss")
    assert not full_name("Paul Tarrow's Riddler")
    assert full_name("Ana de Armas") and full_name("Peter O'Toole")


def test_actors_in_a_run_with_a_contraction_or_a_possessive(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "There's Oskar Lindqvist as Dr. Kessel, painted blue from head to toe. Then Paul Tarrow's "
        "Riddler as the Joker with a podcast. The credits say it is starring Mina Holt, Abe Coram "
        "and Lou Brandt's wig."
    )
    kinds = _kinds(extractor, body)
    assert {"Oskar Lindqvist", "Paul Tarrow", "Lou Brandt", "Mina Holt"} <= kinds["person"]
    assert not any("'s" in name for name in kinds["person"])


def test_a_plural_trade_lists_real_people() -> None:
    text = "The new songwriters, Dara Pell and Tomas Wren-Hale, try hard; the cinematographer, Ana Reyes, less so."
    assert [name for _, _, name in trade_listed(text)] == ["Dara Pell", "Tomas Wren-Hale", "Ana Reyes"]
    # a plot's trades stay the plot's: "a photographer, Lars Thorwald"; "the editor" alone is no list
    assert list(trade_listed("a photographer, Lars Thorwald, and their editor, Ruth Combe")) == []


def test_real_people_on_a_plot_page(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "The new songwriters, Dara Pell and Tomas Wren-Hale, have some talent, but every tune sounds the "
        "same. Somewhere past the hour, Marlon Teague Jr. shows up as Cutter, the brothers' new sidekick. "
        "Lena Morrow wrote the lyrics."
    )
    kinds = _kinds(extractor, body)
    assert {"Dara Pell", "Tomas Wren-Hale", "Lena Morrow"} <= kinds["person"]
    assert any(name.startswith("Marlon Teague") for name in kinds["person"])
    assert not {"Dara Pell", "Tomas Wren-Hale", "Lena Morrow"} & kinds["character"]
    assert not any(name.startswith("Marlon Teague") for name in kinds["character"])
    assert {"Wren Halloway", "Cutter"} <= kinds["character"]  # the plot's own names stay parts


def test_a_cast_heading_alone_then_a_name_a_line() -> None:
    text = "Starring the voices of\n\nTomo Arai\n\nKei Ono\n\nDirected by: Ren Sato\n\nThe film opens on a beach."
    assert [name for _, _, name in listed_lines(text)] == ["Tomo Arai", "Kei Ono"]
    assert list(listed_lines("Cast\nThe film opens on a beach.")) == []


def test_a_supplement_person_named_by_surname_alone(extractor: EntityExtractor) -> None:
    body = _PLOT + "The score borrows from Stravinsky, and in one scene Wren plays Liszt on a broken piano."
    kinds = _kinds(extractor, body)
    assert {"Stravinsky", "Liszt"} <= kinds["person"]


def test_a_trade_opening_a_plot_sentence_is_no_part_of_the_name(extractor: EntityExtractor) -> None:
    # the film table knows a "John Russell"; the plot's composer of that name is the part
    body = "Story: Composer John Russell (George C. Scott) loses his wife and daughter and rents an old house."
    kinds = _kinds(extractor, body)
    assert "John Russell" in kinds["character"]
    assert "John Russell" not in kinds.get("person", set())


def test_makers_by_a_clause_or_a_shared_verb_are_people(extractor: EntityExtractor) -> None:
    body = _PLOT + (
        "Pell Ostrander, who directed, clearly loves boats. Hanne Vick co-directs with him, and the set "
        "designer Ivo Marsh built the whole harbour."
    )
    kinds = _kinds(extractor, body)
    assert {"Pell Ostrander", "Hanne Vick", "Ivo Marsh"} <= kinds["person"]
    assert not {"Pell Ostrander", "Hanne Vick", "Ivo Marsh"} & kinds["character"]


def test_two_leading_surnames_joined_by_and_are_people(extractor: EntityExtractor) -> None:
    body = _PLOT + "At least the old version had Karloff and Lugosi, and Holmes and Watson solve the rest by teatime."
    kinds = _kinds(extractor, body)
    assert {"Karloff", "Lugosi"} <= kinds["person"]
    assert "Holmes" not in kinds["person"]  # no leading surname of the film table: the pair is no pair of people


def test_a_first_name_alone_is_short_only_for_a_name_the_page_writes() -> None:
    # a credit of the page's films that the page never writes is reached by its surname, not its first name
    resolver = PeopleResolver(
        Gazetteer([], []), AliasTable(), page_names=["Tomas Wren-Hale"], neighbours=["Erik Vandal"]
    )
    assert resolver.resolve("Erik") == "Erik"
    assert resolver.resolve("Vandal") == "Erik Vandal"
    assert resolver.resolve("Tomas") == "Tomas Wren-Hale"
    # a family name written first is the surname: "Ryu" of "Ryu Min-jae"
    resolver = PeopleResolver(Gazetteer([], []), AliasTable(), neighbours=["Ryu Min-jae", "Erik Vandal"])
    assert resolver.resolve("Ryu") == "Ryu Min-jae"
