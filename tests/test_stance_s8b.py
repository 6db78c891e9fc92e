"""Stance, eighth session, second wave (S2): a grudging or mixed review is told from a positive one
with reservations by WHERE the reservations sit, not by how much praise the body holds. The last
paragraph that states a verdict is read sentence by sentence (``stance.closing_turns_away``): an
unrated review read as positive is mixed when that paragraph ends on a reservation. Reviews and
sentences in our own words, modelled on the forms of docs/phrasing-catalogue.md, section "S2, eighth session"."""

from __future__ import annotations

import pytest

from extract.nlp import stance
from extract.nlp.extractor import EntityExtractor
from extract.ratings import find_rating, parse_rating
from extract.records import Rating
from extract.text_reader import parse_text_page
from extract.titles import strip_decorations, title_readings

BODY = (
    "The Lamplighter's Daughter is a silent comedy from 1927, and the restoration is gorgeous.\n\n"
    "The opening reel is a delight: a runaway tram, a collapsing bandstand and a wonderful chase through "
    "a laundry. The lead is terrific, the supporting cast is lovely, and the photography is superb.\n\n"
    "The romance is sweet, and the finale on the clock tower is a brilliant piece of staging.\n\n"
)

# the verdict ends on its reservations: a place below the best, faint praise, a bare denial
GRUDGING = BODY + (
    "Still, put it beside the studio's best and it is plainly a lesser thing, a vehicle rather than a "
    "film. Not bad. Not the real stuff, either."
)
# the same reservations conceded, and the verdict turns back to praise
WARM = BODY + (
    "Sure, put it beside the studio's best and it is plainly a lesser thing. "
    "But it is the most purely joyful hour I have spent with a silent film this year."
)
# a summing-up list whose last word is the fault, and the critic's own doubt
SUMMED_UP = BODY + (
    "So: a great first reel, a lovely finale, and a middle that dragged. I just don't know if I like it."
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (GRUDGING, "mixed"),  # positive before: the body's praise outweighed the closing pass
        (SUMMED_UP, "mixed"),  # positive before
        (WARM, "positive"),  # the reservation is conceded, not the verdict
    ],
)
def test_where_the_reservations_sit_decides(text: str, label: str) -> None:
    assert stance.stance_of(text, ("The Lamplighter's Daughter",)).label == label


def test_a_sign_off_is_no_verdict_paragraph() -> None:
    # the last paragraph states no verdict ("Next week ..."): the verdict paragraph is the one above
    text = SUMMED_UP + "\n\nNext week: the second of the tram comedies, at a listener's request."
    assert stance.closing_turns_away(text, ("The Lamplighter's Daughter",))
    assert stance.stance_of(text, ("The Lamplighter's Daughter",)).label == "mixed"


def test_a_rating_still_decides() -> None:
    assert stance.stance_of(GRUDGING, ("The Lamplighter's Daughter",), rating=0.9).label == "positive"


def test_one_paragraph_has_no_verdict_paragraph_of_its_own() -> None:
    # a comment: its reservation is read by the weighed evidence, not as a closing turn
    assert not stance.closing_turns_away("Great film, gorgeous to look at, though the middle drags a little.")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Not bad.", -1),  # faint praise in the verdict: a pass, no more
        ("It's fine, I suppose.", -1),
        ("A decent way to spend a wet afternoon.", -1),
        ("Likable enough.", -1),
        ("Not a classic, either.", -1),  # a verdict said as a bare denial
        ("It is a lesser work by a great director.", -1),
        ("Not my favourite of the series.", -1),  # a negated praise marker
        ("It's not as moving as the earlier film, but it's funnier.", 1),  # the clause after "but" decides
        ("The cast is terrific, but the middle drags.", -1),
        ("Sure, the middle drags, but it is a terrific ride.", 1),
        ("I saw it with my brother on a Tuesday.", 0),
        # a title's capitalised words are no marker: "Too Much" is a name here
        ("Next time: The Woman Who Knew Too Much.", 0),
    ],
)
def test_the_side_a_verdict_sentence_ends_on(sentence: str, side: int) -> None:
    assert stance.sentence_side(sentence) == side


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("S4E2 – The Long Goodbye Wagon", "The Long Goodbye Wagon"),  # a podcast's episode code before a dash
        ("S01 E09: Harbour Lights", "Harbour Lights"),
        ("Se7en", "Se7en"),  # a title's own digits are no episode code
    ],
)
def test_an_episode_code_is_a_label(headline: str, title: str) -> None:
    assert strip_decorations(headline)[0] == title


PODCAST = (
    "S2E4 – About The Night of the Hunter (the one with the hands)\n\n"
    "March 3, 2023 · Two Chairs and a Projector\n\n"
    "This week Priya finally makes Tom sit through The Night of the Hunter, Charles Laughton's only film "
    "as a director. In this episode we talk about:\n\n"
    "– The river sequence, and why the animals on the bank feel like a picture book.\n\n"
    "– Robert Mitchum's knuckles, and whether The Night of the Hunter is a horror film at all.\n\n"
    "Next week: Tom picks, so expect explosions.\n"
)
SCHMIDT = (
    "About Schmidt\n\n"
    "Jack Nicholson retires from an insurance firm in Omaha and drives a camper van to his daughter's "
    "wedding. About Schmidt is a sad, funny film, and Kathy Bates steals every scene she is in.\n"
)


def test_a_podcast_episode_about_a_film(extractor: EntityExtractor) -> None:
    # "S2E4 –" is a label and "About" a lead-in: the reading without them is the film the body names twice
    assert [r.title for r in title_readings(PODCAST.splitlines()[0])][-1] == "The Night of the Hunter"
    entities = extractor.extract(parse_text_page(PODCAST, "podcast.txt"))
    assert entities.reviewed is not None and entities.reviewed.name == "The Night of the Hunter"


def test_a_title_that_opens_with_about_keeps_it(extractor: EntityExtractor) -> None:
    entities = extractor.extract(parse_text_page(SCHMIDT, "schmidt.txt"))
    assert entities.reviewed is not None and entities.reviewed.name == "About Schmidt"


SUBSCORES = (
    "Night Shift at the Roller Rink (1984)\n\n"
    "A slasher set in a roller rink after closing, with neon, leg warmers and a killer on skates. "
    "The chases are silly and fun, and the last reel is properly tense.\n\n"
    "Neon-o-meter: 95%\n\n"
    "Total: 72%\n"
)


def test_a_total_is_the_overall_score() -> None:
    # "Total:" heads the score as "Overall:" does, and wins over a blog's sub-score line above it
    assert parse_rating("Total: 72%") == Rating(raw="Total: 72%", value=0.72)
    assert find_rating(SUBSCORES.splitlines()) == Rating(raw="Total: 72%", value=0.72)
    assert parse_rating("Total running time: 118 minutes") is None
