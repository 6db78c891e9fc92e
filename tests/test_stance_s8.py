"""Stance and ratings, eighth session (RS): one lexicon of the words a critic puts before a score, read
in the three places a score is read, and the score of the reviewed film's own capsule on a page of
several weighed by the stance. Sentences and pages in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.ratings import parse_rating
from extract.records import Rating
from extract.text_reader import parse_text_page


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
    entities = extractor.extract(page)
    assert page.rating == Rating(raw="9/10", value=0.9)  # the reader takes the first capsule's score
    assert entities.reviewed is not None and entities.reviewed.name == "Rope"
    assert entities.stance.rating == 0.5  # the stance weighs the reviewed film's own capsule
