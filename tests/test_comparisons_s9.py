"""Comparisons on unseen pages (ninth session, C): an end no evidence shows to be a work is no
comparison's end (extract/nlp/end_evidence.py). Sentences written for these tests; the
end-to-end cases run the whole extractor on a page titled "Moon (2009)" with names the film
table does not know, the unit cases call ``attested`` on mentions given by hand.
"""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.nlp.end_evidence import attested, keep_attested, without_parts
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.relations import UnitFacts
from extract.records import Mention, PageEntities, Relation
from tests.test_comparisons import _extract


def _compared(entities: PageEntities) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in entities.relations if r.type == Rel.COMPARED_TO}


def _mention(text: str, name: str, rule: str, year: int | None = None, start: int | None = None) -> Mention:
    at = text.index(name) if start is None else start
    return Mention(name, name, "film", "body", at, at + len(name), year=year, rule=rule)


# --- end to end: a name only a slot or run rule found, unknown to the film table, named once ------


@pytest.mark.parametrize(
    "body",
    [
        # a character in the slot after "basically"
        "Rockwell is fine, but his double is basically Orrin with a sadder haircut.",
        # a clause's subject swallowed into the name after "than"
        "The base scenes are tighter than some later Joneses I could name.",
        # a studio or a person after "as good as"
        "It is as lonely as Halvard ever got, and that is saying something.",
        # people a list joins
        "Sam Rockwell talks to a computer the way Karloff and Lugosi and the whole gang talked to their monsters.",
        # a decade and a language, not a title
        "If you want a 1970s British film about a man alone, this is better than most.",
    ],
)
def test_an_unattested_end_is_no_comparison(extractor: EntityExtractor, body: str) -> None:
    assert _compared(_extract(extractor, body)) == set()


def test_a_work_noun_before_the_name_attests_it(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "If you want more of this, the Netflix show Halvard is better still.")
    assert _compared(entities) == {("Moon", "Halvard")}


def test_a_film_table_title_needs_no_other_evidence(extractor: EntityExtractor) -> None:
    entities = _extract(extractor, "Silent Running did the lonely gardener thing first, and better.")
    assert _compared(entities) == {("Moon", "Silent Running")}


# --- the evidence, one kind at a time -----------------------------------------------------------


def test_a_one_word_name_from_a_slot_is_not_attested() -> None:
    text = "Jonah is fine, it's basically Brannock in a hat."
    assert not attested("Brannock", [_mention(text, "Brannock", "cue-slot")], text)


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("The old comic “Brannock” did this better.", "Brannock", "quoted"),  # title marks
        ("Skip it and find the Danish remake Brannock instead.", "Brannock", "cue-slot"),  # a work noun
        ("Read the novel, Brannock, which is far stranger.", "Brannock", "cue"),  # a work noun and a comma
        ("Of the two Hale films Brannock is the better one.", "Brannock", "cue-slot"),  # a plural right before
        ("It is less fun than Brannock of the Hills, which I rewatch yearly.", "Brannock of the Hills", "cued-run"),
    ],
)
def test_title_marks_a_work_noun_or_a_titles_shape_attest_a_name(text: str, name: str, rule: str) -> None:
    assert attested(name, [_mention(text, name, rule)], text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It is tighter than some later Brannocks I could name.", "Brannocks I"),  # ends in the pronoun
        ("If you want a 1960s Danish film, try another.", "1960s Danish"),  # a number first
        ("He plays a Brannock-style crooner with a cane.", "Brannock-style"),  # a manner
        ("Skip it, and pray Part 2 is better than this.", "Part 2"),  # a generic word and a number
        ("It was first shown on Channel 9, which is more than it deserved.", "Channel 9"),
    ],
)
def test_a_name_without_a_titles_shape_is_not_attested(text: str, name: str) -> None:
    assert not attested(name, [_mention(text, name, "cued-run")], text)


def test_the_film_table_a_second_mention_or_an_anchor_rule_attests_a_name() -> None:
    text = "It's basically Brannock in a hat. Brannock was better."
    first = _mention(text, "Brannock", "cue-slot")
    assert attested("Brannock", [first], text) is False
    assert attested("Brannock", [_mention(text, "Brannock", "cue-slot", year=1994)], text)
    assert attested("Brannock", [first, _mention(text, "Brannock", "cue-slot", start=text.rindex("Brannock"))], text)
    assert attested("Brannock", [_mention(text, "Brannock", "gazetteer")], text)


def test_a_short_form_of_another_named_work_is_attested() -> None:
    text = "The Wages of Fear is the classic. Is this better than Wages? No."
    mentions = [
        _mention(text, "The Wages of Fear", "gazetteer", year=1953),
        _mention(text, "Wages", "cue-slot", start=text.rindex("Wages")),
    ]
    assert attested("Wages", mentions, text)


def test_keep_attested_drops_only_comparisons_with_an_unattested_end() -> None:
    text = "It's basically Brannock in a hat."
    mention = _mention(text, "Brannock", "cue-slot")
    compared = Relation(Rel.COMPARED_TO, "Moon", "Brannock", "body", text)
    mentions_edge = Relation(Rel.MENTIONS, "body", "Brannock", "body", "Brannock")
    assert keep_attested([compared, mentions_edge], [mention], text, "Moon") == [mentions_edge]
    # the reviewed work is never asked for evidence
    assert keep_attested([compared], [mention], text, "Brannock") == [compared]


# --- an actor's part: a title the film table knows, given to an actor of the page ---------------


def test_an_actors_part_is_no_comparison_end(extractor: EntityExtractor) -> None:
    entities = _extract(
        extractor,
        "Ben Affleck's weary Batman is the reason to watch, and Jesse Eisenberg's Lex is not.",
        title="Review: Batman v Superman: Dawn of Justice (2016)",
    )
    assert _compared(entities) == set()


# the film table of the part cases: the reviewed Moon, the film Wonder Woman, and where Nell Arden
# stands in their credits (WK s10: one decision with the works rules, work_parts.a_part)
_CREDITS = {
    "plays in the reviewed film": ((), (1,), ()),  # Moon's cast
    "directed the named film": ((), (), (1,)),  # Wonder Woman's director
    "stars in the named film": ((), (), ()),  # Wonder Woman's cast, not Moon's
}


def _part_case(text: str, person: str, credit: str) -> list[Relation]:
    """``without_parts`` on one body sentence naming ``person`` and the work "Wonder Woman", with
    ``person`` credited as ``credit`` says in a film table of two films."""
    moon_directors, moon_cast, woman_directors = _CREDITS[credit]
    woman_cast = (1,) if credit == "stars in the named film" else ()
    films = [
        FilmEntry("Moon", 2009, "", (0, *moon_directors), (), moon_cast, 200),
        FilmEntry("Wonder Woman", 2017, "", (2, *woman_directors), (), woman_cast, 400),
    ]
    gazetteer = Gazetteer(films, ["Duncan Jones", person, "Patty Jenkins"])
    people = Mention(person, person, "person", "body", text.index(person), text.index(person) + len(person))
    work = _mention(text, "Wonder Woman", "gazetteer", year=2017)
    compared = Relation(Rel.COMPARED_TO, "Moon", "Wonder Woman", "body", text, start=0, end=len(text))
    facts = [UnitFacts("body", text, None, [(0, len(text))], [people, work])]
    kept = without_parts([compared], [people, work], facts, "Moon", gazetteer, 0)
    return [r for r in kept if r.type == Rel.COMPARED_TO]


@pytest.mark.parametrize(
    ("text", "person", "credit", "kept"),
    [
        ("Nell Arden's Wonder Woman is livelier than anyone here.", "Nell Arden", "plays in the reviewed film", False),
        (
            "Nell Arden's feisty Wonder Woman is livelier than anyone here.",
            "Nell Arden",
            "plays in the reviewed film",
            False,
        ),
        # a maker's possessive names the maker's work
        ("Nell Arden's Wonder Woman had more life than this.", "Nell Arden", "directed the named film", True),
        # an actor's possessive before the title of a film they star in (and not in the reviewed
        # one) names that film: "De Niro's Taxi Driver" (the works rules' decision; until s10 this
        # end was dropped as a part)
        ("Nell Arden's Wonder Woman had more life than this.", "Nell Arden", "stars in the named film", True),
        # a preposition between: the actor's role in the work, the work itself compared
        ("Nell Arden's sister in Wonder Woman was better than this.", "Nell Arden", "plays in the reviewed film", True),
    ],
)
def test_an_actors_possessive_makes_the_name_a_part(text: str, person: str, credit: str, kept: bool) -> None:
    assert bool(_part_case(text, person, credit)) is kept


def test_a_plural_work_noun_and_a_comma_open_a_list_of_people() -> None:
    text = "A warm tribute to the old studio pictures, Brannock and the whole gang."
    assert not attested("Brannock", [_mention(text, "Brannock", "listed-works")], text)


def test_a_pronoun_is_no_end_even_where_a_film_bears_its_name() -> None:
    text = "Nobody here is a villain, which is what makes it hurt."
    assert not attested("Nobody", [_mention(text, "Nobody", "gazetteer-word", year=2021)], text)
    quoted = "I liked it more than “Nobody”, honestly."
    assert attested("Nobody", [_mention(quoted, "Nobody", "quoted", year=2021)], quoted)


# --- the co-mention pass: kinship words and "here" liken a weak name ------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Rockwell was all nerves in Gravity, and here he is the opposite: calm and funny.",
        "Rockwell was all nerves in Gravity; the calm he finds here is new.",
    ],
)
def test_a_kinship_word_or_here_is_the_second_signal_of_a_weak_name(extractor: EntityExtractor, body: str) -> None:
    assert _compared(_extract(extractor, body)) == {("Moon", "Gravity")}


def test_here_he_is_is_no_second_signal(extractor: EntityExtractor) -> None:
    assert _compared(_extract(extractor, "Here he is in Gravity, younger and thinner.")) == set()


@pytest.mark.parametrize("dated", ["Nell Arden's Wonder Woman from 2017", "Nell Arden's Wonder Woman (2017)"])
def test_a_dated_name_after_an_actors_possessive_is_the_film(dated: str) -> None:
    """'Al Pacino's S1m0ne from 2002' (a seed): the year makes the name his film, not his part."""
    text = f"It reminds me of {dated}, but it could not be more different."
    assert _part_case(text, "Nell Arden", "plays in the reviewed film")
