"""Stance and ratings, eighth session (RS): one lexicon of the words a critic puts before a score, read
in the three places a score is read, and the score of the reviewed film's own capsule on a page of
several weighed by the stance. Sentences and pages in our own words."""

from __future__ import annotations

import pytest

from extract.nlp import stance
from extract.nlp.extractor import EntityExtractor
from extract.nlp.verdicts import find_cues
from extract.ratings import find_rating, parse_rating
from extract.records import Rating
from extract.text_reader import parse_text_page
from extract.titles import strip_decorations


@pytest.mark.parametrize(
    ("sentence", "rating"),
    [
        # a short line opening on a word of praise: "perfect" and "measly" were only read after "I give it"
        ("A perfect 10/10.", Rating(raw="10/10", value=1.0)),
        ("A measly 3/10.", Rating(raw="3/10", value=0.3)),
        # the critic calling the film a score: "whopping" and "perfect" were only read after "I give it"
        ("It's a whopping 9/10.", Rating(raw="9/10", value=0.9)),
        ("This is a perfect 5/5 film.", Rating(raw="5/5", value=1.0)),
        # after the critic's verb: "comfortable" and "easy" were only read after "it's a"
        ("I give it a comfortable 8/10.", Rating(raw="8/10", value=0.8)),
        ("I give it an easy 4 stars.", Rating(raw="4 stars", value=0.8)),
    ],
)
def test_one_lexicon_of_words_before_a_score(sentence: str, rating: Rating) -> None:
    assert parse_rating(sentence) == rating


CAPSULES = (
    "Rope, seventy-five years on\n\n"
    "A wet weekend, so two films from the shop on the corner, the second the one I came for.\n\n"
    "Harvey (1950)\n"
    "James Stewart and a rabbit nobody else can see, gentle and warm and a joy from start to finish. 9/10.\n\n"
    "Rope (1948)\n"
    "Hitchcock's stunt of long takes in one flat. Rope is clever, and the party scenes are tense enough, "
    "but the cast seem to be reciting and the trick never lets me forget it is a trick. Rope kept me at "
    "arm's length. 5/10.\n"
)


def test_the_stance_weighs_the_reviewed_films_capsule_score(extractor: EntityExtractor) -> None:
    page = parse_text_page(CAPSULES, "capsules.txt")
    assert page.rating == Rating(raw="9/10", value=0.9)  # the reader takes the first capsule's score
    entities = extractor.extract(page)
    assert page.rating == Rating(raw="5/10", value=0.5)  # ST s11: the reviewed film's capsule is the post's
    assert entities.reviewed is not None and entities.reviewed.name == "Rope"
    assert entities.stance.rating == 0.5  # the stance weighs the reviewed film's own capsule


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        # a row of asterisks after "out of" is the scale, not a frame around the score
        ("* 1/2 out of ****", Rating(raw="* 1/2 out of ****", value=0.375)),
        ("** 1/2 out of ****", Rating(raw="** 1/2 out of ****", value=0.625)),
        ("***7 out of 10 ***", Rating(raw="7 out of 10", value=0.7)),  # still a frame
        # a number of stars out of a row of them
        ("2 1/2 out of ****", Rating(raw="2 1/2 out of ****", value=0.625)),
        ("3 stars out of *****", Rating(raw="3 stars out of *****", value=0.6)),
        # the critic's verb with its subject left out, opening the sentence
        ("Going to give it 3 stars out of 5.", Rating(raw="3 stars out of 5", value=0.6)),
        ("Giving this one a 7/10.", Rating(raw="7/10", value=0.7)),
    ],
)
def test_scales_and_subjectless_verbs(line: str, rating: Rating) -> None:
    assert parse_rating(line) == rating


def test_a_verb_of_giving_up_is_no_score() -> None:
    assert parse_rating("Giving up on it after an hour: 2 of 5 people walked out") is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("By the end I found it a little too pleased with its own calm.", "a little too pleased"),
        ("The script is too clever for its own good.", "too clever for its own good"),
        ("The sidekick is a bit much.", "is a bit much"),
        ("Somewhere in the second hour my mind wandered.", "my mind wandered"),
        ("A handsome thing, and one I don't think I need to see again.", "don't think I need to see again"),
    ],
)
def test_reservations_said_as_excess_or_drifting(sentence: str, cue: str) -> None:
    assert [(c.text, c.polarity) for c in find_cues(sentence)] == [(cue, -1)]


def test_a_little_too_close_is_no_reservation() -> None:
    assert find_cues("It sits a little too close to home, which is why it hurts.") == []


def test_the_worst_of_all_time_is_a_superlative_pan() -> None:
    cues = find_cues("Honestly, the most tedious holiday film of all time.")
    assert [(c.polarity, c.strength) for c in cues] == [(-1, 2.0)]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Grade: A-/B+", Rating(raw="Grade: A-/B+", value=0.875)),  # between two grades: their mean
        ("C+/B-", Rating(raw="C+/B-", value=0.625)),
    ],
)
def test_a_grade_between_two(line: str, rating: Rating) -> None:
    assert parse_rating(line) == rating


def test_a_slash_between_capitals_is_no_grade_pair() -> None:
    assert parse_rating("We ran an A/B screening of both cuts") is None


@pytest.mark.parametrize(
    ("title", "rating"),
    [
        ("Beach Movie Night : Big Wednesday 1978 6 out of 10", Rating(raw="6 out of 10", value=0.6)),
        ("Tremors 7/10", Rating(raw="7/10", value=0.7)),
        ("Top 10 films of 1999", None),
    ],
)
def test_a_scaled_score_closing_the_headline(title: str, rating: Rating | None) -> None:
    assert find_rating(["A paragraph of prose about the film, with no score in it at all."], title) == rating


def test_a_tag_archive_label_is_no_part_of_the_title() -> None:
    assert strip_decorations("Tag: La Grande Illusion") == ("La Grande Illusion", None, None)


def test_the_reviewed_title_is_read_with_or_without_its_punctuation() -> None:
    # "Love, Actually" for "Love Actually": the name read as "it", so "I don't like it" is the verdict
    pattern = stance.title_pattern(("Love Actually",))
    assert pattern is not None
    cues = stance.sentence_cues("Honestly, I don't like Love, Actually.", pattern)
    assert [(c.text, c.polarity) for c in cues] == [("don't like Love, Actually", -1)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Every morning he plays Nina Simone\'s "Feeling Good" on the way to work.',
        "If you want warmth, put on It's a Wonderful Life instead.",
        'The needle drops on "Perfect Day" as the credits roll.',
    ],
)
def test_a_word_of_a_name_is_no_verdict(sentence: str) -> None:
    assert stance.sentence_cues(sentence) == []


def test_a_capital_opening_a_clause_is_still_a_verdict() -> None:
    assert [(c.text, c.polarity) for c in stance.sentence_cues("Wonderful. Just wonderful.")] == [
        ("Wonderful", 1),
        ("wonderful", 1),
    ]


def test_the_garbage_can_is_no_verdict() -> None:
    assert find_cues("Then the garbage can goes through the pizzeria window.") == []
    assert [(c.text, c.polarity) for c in find_cues("Honestly, this film is garbage.")] == [("garbage", -1)]


def test_a_title_and_its_asterisks_on_a_short_line() -> None:
    lines = [
        "Temple of Ash ****",
        "",
        "A long paragraph of prose about the film and its makers, more than sixty characters long.",
        "Ratings on this site are out of five stars.",
    ]
    assert find_rating(lines, "Tag: Temple of Ash") == Rating(raw="****", value=0.8)


DOUBLE_BILL = [
    "Tonight a double bill of two films from the same busy year, one great and one not.",
    "HARVEY (1950)",
    "A man and his invisible rabbit, and the gentlest comedy of its decade, played without a wink at all.",
    "Harvey: 5/5. Perfect.",
    "ROPE (1948)",
    "A dinner party over a trunk, shot in long takes that show off more than they tell anybody anything.",
    "Rope: 2/5. The trick is the whole film and it wears thin long before the guests leave the flat.",
]


def test_a_double_bill_scoring_each_film_has_no_page_rating() -> None:
    assert find_rating(DOUBLE_BILL, "Movie Night: Harvey / Rope") is None
    # aspects scored under a title holding "and" are no works: the overall score stands
    aspects = [DOUBLE_BILL[2], "Story: 2/5", "Overall: 4/5"]
    assert find_rating(aspects, "Harvey and the Rabbit") == Rating(raw="Overall: 4/5", value=0.8)


@pytest.mark.parametrize(
    ("rating", "label"), [(0.45, "negative"), (0.48, "negative"), (0.5, "mixed"), (0.4, "negative")]
)
def test_a_score_below_the_middle_of_its_scale_is_negative(rating: float, label: str) -> None:
    assert stance.rating_label(rating) == label  # 4.5/10 is under the middle; 5/10 and 2.5/5 are the middle
