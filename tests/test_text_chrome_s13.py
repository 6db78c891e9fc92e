"""Whole-page text dumps (s13, helper RV): the post's meta list under its headline (the writer, the
date and a reading-time estimate, bulleted or not, as Wix blogs and browsers' reader views print
them) and a review site's vote line ("14 people found this review helpful") are no headline and
no body. Pages written for these tests."""

from __future__ import annotations

from extract.text_chrome import is_chrome_line, is_reading_time, reading_meta, unbulleted
from extract.text_reader import parse_text_page

OPENING = (
    "The Salt Road follows two cooks who walk from the coast to the capital with a cart of fish, and it is a "
    "slow, lovely, stubborn film that I keep thinking about."
)
VERDICT = (
    "Ines Varga plays the older cook with a dry wit, and the desert photography is the best I have seen "
    "this year, though the last act drags."
)


def test_reading_times_and_vote_lines_are_chrome() -> None:
    chrome = ["4 min read", "- 3 min read", "5-7 minutes", "Reading time: 6 minutes", "~8 min read"]
    chrome += ["14 people found this review helpful", "9 out of 12 found this helpful", "Was this review helpful?"]
    assert [is_reading_time(line) for line in chrome] == [True] * len(chrome)
    assert all(is_chrome_line(line) for line in chrome)
    kept = ["114 minutes", "90 min", "Heat (1995)", "The first 20 minutes are a marvel.", "Seven Minutes"]
    assert [is_reading_time(line) for line in kept] == [False] * len(kept)


def test_a_bullet_is_no_part_of_the_line() -> None:
    assert unbulleted("- Aug 30, 2024") == "Aug 30, 2024"
    assert unbulleted("• Marta Quill") == "Marta Quill"
    assert unbulleted("-1 for the ending") == "-1 for the ending"


def test_the_meta_list_gives_the_writer_and_date() -> None:
    assert reading_meta(["", "- Ann Vale", "- May 2, 2024", "- 3 min read", "", OPENING]) == (
        4,
        "Ann Vale",
        "May 2, 2024",
    )
    assert reading_meta(["Marguerite Hale", "5-7 minutes", "", OPENING]) == (2, "Marguerite Hale", None)
    assert reading_meta(["Heat", "March 3, 2024", "", OPENING]) is None  # no reading time: a film over its date


def test_a_bulleted_meta_list_under_the_headline() -> None:
    page = parse_text_page(
        "A Lighthouse at the End of August – Festival Review\n\n- Marta Quill\n- Aug 30, 2024\n- 4 min read\n\n"
        f"{OPENING}\n\n{VERDICT}\n"
    )
    assert page.title == "A Lighthouse at the End of August – Festival Review"
    assert (page.author, page.published) == ("Marta Quill", "2024-08-30")
    assert page.body.startswith("The Salt Road follows")


def test_a_reader_views_byline_and_estimate() -> None:
    page = parse_text_page(
        f"Rewind: THE SALT ROAD Still Stings Like Fresh Brine\nMarguerite Hale\n5-7 minutes\n\n{OPENING}\n"
    )
    assert page.title == "Rewind: THE SALT ROAD Still Stings Like Fresh Brine"
    assert page.author == "Marguerite Hale"
    assert page.body.startswith("The Salt Road follows")


def test_a_user_reviews_vote_line_is_not_its_title() -> None:
    page = parse_text_page(
        "A tale of two kitchens\n\nThe Salt Road\n14 people found this review helpful\nby pepperlane\n"
        f"Jan 22, 2026\n\n{OPENING}\n\n{VERDICT}\n"
    )
    assert page.title == "The Salt Road"
    assert (page.author, page.published) == ("pepperlane", "2026-01-22")
    assert page.body.startswith("The Salt Road follows")


def test_substack_s_writer_date_and_buttons_under_the_deck() -> None:
    page = parse_text_page(
        "Slow Light\nSubscribe\nSign in\n\nThe Salt Road Is a Quiet Miracle\n"
        "Two cooks, one cart, and the best desert of the year\n\nInes Varga\nMay 3, 2024\n\n12\n3\nShare\n\n"
        f"{OPENING}\n\n{VERDICT}\n"
    )
    assert page.title == "The Salt Road Is a Quiet Miracle"
    assert (page.author, page.published) == ("Ines Varga", "2024-05-03")
    assert page.body.startswith("Two cooks, one cart, and the best desert of the year\n\nThe Salt Road follows")


def test_a_mobile_view_s_home_link_is_no_blog_name() -> None:
    page = parse_text_page(
        f"Home\n\nThe Salt Road: a slow walk worth taking\n\nMarch 3, 2024\n\n{OPENING}\n\n{VERDICT}\n"
    )
    assert (page.title, page.site, page.published) == ("The Salt Road: a slow walk worth taking", None, "2024-03-03")
