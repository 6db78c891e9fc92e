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


# A forum's opening post, its action buttons, then the thread: the post ends at the buttons.
_FORUM = [
    "Finally watched the lighthouse film last night, all three hours of it.",
    "The storm chapter is stunning. The middle drags, though, and the keeper barely speaks.",
    "Worth it for the storm and the final shot of the lamp. 7/10. Would not rush back. Maybe the storm again.",
    "Like Reply Report",
    "Gull_Watcher",
    "Jan 3, 2024 #2",
    "Seven is harsh. For me it is a 10/10 and the best film about weather.",
    "Like Reply Report",
]


def test_a_score_written_as_its_own_sentence_inside_the_closing_lines() -> None:
    rating = find_rating(_FORUM)
    assert rating is not None and (rating.raw, rating.value) == ("7/10", 0.7)


def test_a_forum_posts_action_buttons_end_the_post_for_the_stance() -> None:
    assert without_chrome("\n\n".join(_FORUM)) == "\n\n".join(_FORUM[:3]) + "\n"


def test_a_date_inside_the_closing_lines_is_no_score() -> None:
    lines = [*_FORUM[:2], "Worth it for the storm. Seen 3/9. Would not rush back. Maybe again.", "Like Reply"]
    assert find_rating(lines) is None


def test_a_blog_engines_footer_under_the_post_ends_it() -> None:
    post = [
        "Posted by Ida Marsh on 3 March 2020",
        "The lighthouse film is a slow, patient thing, and I loved every cold minute of it.",
        "Posted by Ida Marsh at 11:52 PM 6 comments",
        "Next post: the festival lineup is out, and I have picked my five. The Shining is 5/5, obviously.",
    ]
    assert without_chrome("\n".join(post)) == "\n".join(post[:2])
