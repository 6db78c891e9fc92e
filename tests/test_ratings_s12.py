"""Ratings, twelfth session (ST): forms from the blind whole-page dumps (blind16), in our own words."""

from __future__ import annotations

from extract.ratings import find_rating, without_chrome

# A short post whose byline block names its categories above the prose: that line opens the post.
_SHORT_POST = [
    "Posted by Ida Marsh",
    "Categories: Silent Era, Halloween",
    "This is my entry for the autumn blogathon; the other entries are well worth your evening too.",
    "The lighthouse keeper's daughter rows out every night, and the film watches her do it with "
    "a patience that turns the sea itself into a character.",
    "Owl rating: 4 owls out of 5.",
    "Tags: lighthouses, silent film, Norway",
]


def test_a_category_line_in_the_byline_does_not_end_a_short_post() -> None:
    rating = find_rating(_SHORT_POST)
    assert rating is not None and (rating.raw, rating.value) == ("4 owls out of 5", 0.8)


def test_the_stance_reads_a_short_post_below_its_byline_categories() -> None:
    text = "\n\n".join(_SHORT_POST)
    assert without_chrome(text) == "\n\n".join(_SHORT_POST[:-1]) + "\n"


def test_tags_under_the_prose_still_end_the_post() -> None:
    lines = [*_SHORT_POST[2:4], "Tags: lighthouses, silent film", "Related: The Sea Wolf 5/5"]
    assert find_rating(lines) is None
