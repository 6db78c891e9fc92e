"""Rating forms, eleventh session (ST): a closing score stated as a sentence of its own after an opener
("So, two stars out of five. Watch it once."), with the review going on after it, and the verdict
earning the work its score ("That earns it four stars from me"). Lines written for these tests in
our own words."""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, stated_scale
from extract.records import Rating

BODY = [
    "A courier loses a parcel in the fog and spends the night looking for it.",
    "The harbour looks lovely, and the middle stretch sags under its own weather.",
    "The two leads are better than the script that strands them on the pier.",
]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("So, two stars out of five. See it once for the fog. Then forget it.", Rating("two stars out of five", 0.4)),
        ("All told, three and a half stars. I will be back for the sequel.", Rating("three and a half stars", 0.7)),
        ("So, 4 stars. A small gem of a night out.", Rating("4 stars", 0.8)),
        ("Overall, four stars out of five. Take a coat.", Rating("four stars out of five", 0.8)),
    ],
)
def test_an_opener_and_a_score_as_a_sentence_of_its_own(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


@pytest.mark.parametrize(
    "line",
    [
        "In the end, 5 out of 6 passengers drown.",
        "In the end, a 5 out of 6 passengers drown. Grim stuff.",
        "So 3 out of 4 friends sided with me.",
        "So, five sailors vanish before the credits.",
        "Overall, two of the leads are wasted.",
    ],
)
def test_an_opener_before_a_count_is_no_score(line: str) -> None:
    assert find_rating([*BODY, line]) is None


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("That earns it four stars from me.", Rating("four stars", 0.8)),
        ("Which gets it a B from me.", Rating("B", 0.75)),
    ],
)
def test_the_verdict_earns_the_work_its_score(line: str, rating: Rating) -> None:
    assert find_rating([*BODY, line]) == rating


DISC = [
    "A surveyor misses the last ferry and is put up for the night in a cottage at the foot of a quarry.",
    "Film ***",
    "(Our scale runs from one to four stars.)",
    "I had somehow never seen anything by this director, a gap I mean to close.",
    "Video ***½",
    "The restoration is clean and the grain looks like the grain of the stone.",
    "Audio **",
    "Thin mono, with some hiss in the quiet reels.",
    "Extras ***",
    "A commentary, two shorts and a booklet.",
]


def test_a_disc_reviews_film_row_is_the_films_rating_on_the_stated_scale() -> None:
    """The row naming the film ("Film ***") rates it; the video, audio and extras rows rate the disc."""
    assert find_rating(DISC) == Rating("Film ***", 0.75)


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        ("(Our scale runs from one to four stars.)", 4.0),
        ("We rate films from 1 to 4 stars.", 4.0),
        ("The film runs from one to four hours, depending on the cut.", None),
    ],
)
def test_a_scale_stated_from_its_bottom_to_its_top(line: str, scale: float | None) -> None:
    assert stated_scale([line]) == scale


CAPSULES = """Salt Road (1998)

Two weeks of catching up with a director's early films, one a night.

Harbour Lights (1994)

A ferryman's daughter waits for a boat that never docks, and the town waits with her. The last shot, a lamp
going out over the water, is one I will not forget. 9/10.

Salt Road (1998)

A slower, colder film about a convoy of lorries crossing the flats; I admired it more than I liked it. 6/10.
"""


def test_the_reviewed_films_capsule_score_is_the_posts_rating() -> None:
    """On a page of capsules the reviewed film's own score, not the page's first, is the post's rating
    (the Post node's and the evaluator's ``page.rating``), as the stance already read it."""
    from extract.nlp.extractor import EntityExtractor
    from extract.text_reader import parse_text_page

    page = parse_text_page(CAPSULES, "capsules.txt")
    entities = EntityExtractor.default().extract(page)
    assert page.rating == Rating("6/10", 0.6)
    assert entities.stance.rating == 0.6


POST = """<html><head><title>Harbour Lights (1994) review | Reel Notes</title></head><body>
<article class="post"><h2 class="entry-title">Harbour Lights (1994) review</h2>
<div class="entry-content">
<p><img src="/img/harbour-lights-poster.jpg" alt="Harbour Lights poster"></p>
<p>A ferryman's daughter waits for a boat that never docks, and the town waits with her.</p>
<p>The photography is lovely and the two leads are very good, though the middle sags.</p>
{rating}
</div></article>
</body></html>"""


@pytest.mark.parametrize(
    ("markup", "rating"),
    [
        ('<p>Rating: <img src="/img/r.png" alt="4 out of 5 stars"></p>', Rating("4 out of 5 stars", 0.8)),
        ('<p><img src="/img/4-stars.png" alt=""></p>', Rating("4-stars.png", 0.8)),
        ('<p><img src="/img/rating_3_5.gif"></p>', Rating("rating_3_5.gif", 0.7)),
        (
            '<p>My rating: <img src="star.png"><img src="star.png"><img src="star.png"><img src="halfstar.png"></p>',
            Rating("★★★½", 0.7),
        ),
        (
            '<p><img src="star-full.png"><img src="star-full.png"><img src="star-empty.png"><img src="star-empty.png"></p>',
            Rating("★★", 0.5),
        ),
        ('<p><img src="/img/5-star-hotel.jpg" alt="The hotel on the pier"></p>', None),
        ('<p><img src="/uploads/still-3.jpg" alt="Still 3"></p>', None),
        ('<p><img src="star.png"></p>', None),
        ("", None),
    ],
)
def test_a_rating_given_as_pictures(markup: str, rating: Rating | None) -> None:
    """The post's text holds no rating; its pictures do (alt text, a file name, a row of stars)."""
    from extract.html_reader import parse_html_page

    assert parse_html_page(POST.format(rating=markup), "post.html").rating == rating


def test_a_rating_in_the_text_wins_over_pictures() -> None:
    from extract.html_reader import parse_html_page

    markup = '<p>Rating: 3/5 <img src="/img/4-stars.png"></p>'
    assert parse_html_page(POST.format(rating=markup), "post.html").rating == Rating("Rating: 3/5", 0.6)


@pytest.mark.parametrize(
    ("lines", "rating"),
    [
        (
            ["Our rating system: lanterns, from one (dim) to five (blinding).", *BODY, "Rating: 2 lanterns"],
            Rating("Rating: 2 lanterns", 0.4),
        ),
        (["My scale runs to five.", *BODY, "Rating: 4 Howls"], Rating("Rating: 4 Howls", 0.8)),
        ([*BODY, "Rating: 2 lanterns"], None),  # the blog's own unit, no scale stated: unknown
        (["My scale runs to five.", *BODY, "Rating: 2 people"], None),  # a count of people is no score
    ],
)
def test_a_count_of_the_blogs_own_unit_on_its_stated_scale(lines: list[str], rating: Rating | None) -> None:
    assert find_rating(lines) == rating


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("I rated it five stars on a film diary site, which is rare for me.", Rating("five stars", 1.0)),
        ("I rated it 3.5 stars when I logged it.", Rating("3.5 stars", 0.7)),
        ("We scored it 7/10.", Rating("7/10", 0.7)),
        ("I graded it a B.", Rating("B", 0.75)),
    ],
)
def test_the_critics_verb_in_the_past_tense(line: str, rating: Rating) -> None:
    """'I rated it ...': the verb read whole ("rated", not "rate" and a stray "d it")."""
    assert find_rating([*BODY, line]) == rating


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("A solid B+.", Rating("B+", 0.825)),
        ("A decent C-", Rating("C-", 0.425)),
        ("Rated: 4/5", Rating("Rated: 4/5", 0.8)),
        ("Rated: R", None),  # the certificate, not a score
        ("A solid performance.", None),
        ("A fair A to Z of the genre.", None),
    ],
)
def test_a_qualified_letter_grade_and_a_rated_label(line: str, rating: Rating | None) -> None:
    assert find_rating([*BODY, line]) == rating
