"""Text dumps whose comments open with a head line (a name and its date, or a user name), no list marker."""

from __future__ import annotations

import pytest

from extract.text_heads import headed_comments, is_stamp
from extract.text_reader import parse_text_page

POST = "A Quiet Harbour (1961)\n\nPosted on May 2, 2020 by Wren\n\nA slow, salty little film that I liked.\n\n"


def _thread(page: str) -> list[tuple[str, str | None, str | None, str]]:
    parsed = parse_text_page(page, "page.txt")
    return [(c.id, c.author, c.parent, c.text) for c in parsed.comments]


def test_a_name_over_its_date_opens_each_comment_and_indentation_nests_replies() -> None:
    page = POST + (
        "3 Responses to “A Quiet Harbour”\n\n"
        "Tomasz B.\nMay 3, 2020 at 9:15 am\nThe fog scenes are the best part.\n\n"
        "    Wren\n    May 3, 2020 at 11:02 am\n    Agreed, all of them.\n    Reply\n\n"
        "Odile\nMay 4, 2020 at 8:00 pm\nToo slow for me.\nReply\n\n"
        "Leave a Reply\n"
    )
    assert _thread(page) == [
        ("c1", "Tomasz B.", None, "The fog scenes are the best part."),
        ("c2", "Wren", "c1", "Agreed, all of them."),
        ("c3", "Odile", None, "Too slow for me."),
    ]


def test_a_month_and_day_without_a_year_is_a_date_under_a_name() -> None:
    page = POST + (
        "2 Comments\n\n"
        "Ines P.\nJun 3\nI want the soundtrack.\nReply\nShare\n\n"
        "    Wren\n    Jun 4\n    It is on vinyl now.\n    Reply\n    Share\n"
    )
    assert _thread(page) == [
        ("c1", "Ines P.", None, "I want the soundtrack."),
        ("c2", "Wren", "c1", "It is on vinyl now."),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Ruth Kamau October 5, 2021 at 2:14 PM",
        "Ruth Kamau – 5 October 2021",
        "Ruth Kamau | Oct 5, 2021",
        "Ruth Kamau • 3 years ago",
    ],
)
def test_a_name_and_its_date_on_one_line_open_a_comment(head: str) -> None:
    page = POST + f"Comments\n\n{head}\nThe harbour master steals it.\nReply\n\nPost a Comment\n"
    assert _thread(page) == [("c1", "Ruth Kamau", None, "The harbour master steals it.")]


def test_a_reply_head_drops_its_badge_and_the_replied_to_name() -> None:
    page = POST + (
        "2 Comments\nSort by Best\n\n"
        "Dev Anand R. • 2 years ago\nWhy is nobody talking about the score?\nReply\n\n"
        "    Wren Mod  Dev Anand R. • 2 years ago\n    Because I forgot it. Sorry!\n    Reply\n"
    )
    assert _thread(page) == [
        ("c1", "Dev Anand R.", None, "Why is nobody talking about the score?"),
        ("c2", "Wren", "c1", "Because I forgot it. Sorry!"),
    ]


def test_user_names_alone_over_their_text_are_comments_when_the_thread_repeats_the_form() -> None:
    page = POST + (
        "Comments\n\n"
        "harbourghost\nthe ending is a cheat and you know it\n\n"
        "    wren_writes\n    @harbourghost it is a GOOD cheat\n\n"
        "salt.and.film\nfour stars from me, easily\n"
    )
    assert _thread(page) == [
        ("c1", "harbourghost", None, "the ending is a cheat and you know it"),
        ("c2", "wren_writes", "c1", "@harbourghost it is a GOOD cheat"),
        ("c3", "salt.and.film", None, "four stars from me, easily"),
    ]


def test_one_short_line_over_prose_after_a_comments_heading_is_not_a_thread() -> None:
    page = POST + "Comments\n\nComments are closed\nfor this post, sorry.\n"
    parsed = parse_text_page(page, "page.txt")
    assert parsed.comments == []


def test_the_thread_after_a_bare_heading_is_no_longer_part_of_the_body() -> None:
    page = POST + "Comments\n\nIdris\nMay 9, 2020\nSaw it twice.\n"
    parsed = parse_text_page(page, "page.txt")
    assert parsed.body == "Posted on May 2, 2020 by Wren\n\nA slow, salty little film that I liked."
    assert [(c.author, c.text) for c in parsed.comments] == [("Idris", "Saw it twice.")]


def test_a_pingback_line_among_headed_comments_is_a_pingback() -> None:
    laid_out = headed_comments(["Ann", "May 1, 2020", "Nice.", "", "Pingback: Ten harbour films | Sea Reels"])
    assert [(c.author, c.text, c.pingback is not None) for c in laid_out] == [("Ann", "Nice.", False), (None, "", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Apr 24", True), ("12 May", True), ("5 hours ago", True), ("2d", True), ("May I say", False), ("Ann", False)],
)
def test_stamps(text: str, expected: bool) -> None:
    assert is_stamp(text) is expected


def test_a_numbered_comment_whose_first_lines_are_a_name_and_a_date() -> None:
    page = POST + (
        "2 Comments\n\n"
        "  1. Pieter van Dam\n     March 9, 2021 at 7:40 am\n     Better than the remake.\n     Reply\n\n"
        "  2. Lou\n     March 9, 2021 at 9:00 am\n     Agreed.\n"
    )
    parsed = parse_text_page(page, "page.txt")
    assert [(c.author, c.published, c.text) for c in parsed.comments] == [
        ("Pieter van Dam", "2021-03-09", "Better than the remake."),
        ("Lou", "2021-03-09", "Agreed."),
    ]


def test_a_says_line_with_its_date_keeps_the_date_out_of_the_name() -> None:
    page = POST + "1 Comment\n\nMarisol on June 1, 2020 at 3:11 pm said:\nThe lighthouse!\n"
    parsed = parse_text_page(page, "page.txt")
    assert [(c.author, c.published, c.text) for c in parsed.comments] == [("Marisol", "2020-06-01", "The lighthouse!")]


def test_a_spoiler_warning_or_a_heading_under_a_date_line_is_not_the_title() -> None:
    page = (
        "Gaslight (1944)\nUser Reviews\n\n8/10\nTurn Up the Lamps\n12 May 2019\nWarning: Spoilers\n\n"
        "Lockdown notes:\n\nA husband dims the lights and his wife doubts her own eyes, and I loved every minute.\n"
    )
    assert parse_text_page(page, "page.txt").title == "Gaslight (1944)"


FORUM = (
    "Finally saw A Quiet Harbour\n\n"
    "Discussion in 'Film Talk' started by tidewatcher, Apr 2, 2016.\n\n"
    "  1. tidewatcher\n\n     tidewatcher Senior Member\n\n     The fog scenes alone are worth it.\n"
    "     gullcry and netmender like this.\n"
    "  2. gullcry\n\n     gullcry Member\n\n     Slower than the novel, but prettier.\n"
    "  3. netmender\n\n     netmender Active Member\n\n     If you like this, try the sequel.\n"
)


def test_a_forum_threads_opening_post_is_the_post_and_its_numbered_replies_are_the_thread() -> None:
    parsed = parse_text_page(FORUM, "page.txt")
    assert parsed.author == "tidewatcher"
    assert parsed.published == "2016-04-02"
    assert parsed.body.endswith("The fog scenes alone are worth it.")
    assert "Senior Member" not in parsed.body and "like this" not in parsed.body
    assert [(c.id, c.author, c.text) for c in parsed.comments] == [
        ("c1", "gullcry", "Slower than the novel, but prettier."),
        ("c2", "netmender", "If you like this, try the sequel."),
    ]


def test_a_counter_line_with_actions_heads_a_thread_of_user_heads() -> None:
    page = POST + (
        "2.3k comments · share · save\n\nsorted by: best\n\n"
        "  u/fogbank_ · 3y\n  The remake is louder and worse.\n  1.2k points\n\n"
        "    u/wren · 3y\n    agreed\n    88 points\n"
    )
    parsed = parse_text_page(page, "page.txt")
    assert parsed.comment_count_stated == 2300
    assert [(c.author, c.parent, c.text) for c in parsed.comments] == [
        ("u/fogbank_", None, "The remake is louder and worse."),
        ("u/wren", "c1", "agreed"),
    ]


def test_a_commenter_described_after_a_comma_is_still_a_head() -> None:
    page = POST + "Comments (1)\n\nMara, mother of two — July 29, 2000\nMy kids loved the boats.\n"
    assert _thread(page) == [("c1", "Mara", None, "My kids loved the boats.")]


def test_byline_name_stops_before_its_category() -> None:
    page = (
        "A Quiet Harbour\n\nPosted on May 2, 2020 by Wren Ashby in Short Reviews\n\nSalty and slow. I liked it a lot.\n"
    )
    assert parse_text_page(page, "page.txt").author == "Wren Ashby"


def test_a_date_line_with_counters_above_a_byline_is_not_the_title() -> None:
    page = "A Quiet Harbour. Salt in my popcorn.\n\nAugust 10, 2024 · 1,204 Views\n\nby Kev Doherty\n\nIt drags, and I liked it.\n"
    parsed = parse_text_page(page, "page.txt")
    assert (parsed.title, parsed.author) == ("A Quiet Harbour. Salt in my popcorn.", "Kev Doherty")


def test_a_credits_line_opening_a_page_is_not_its_title() -> None:
    page = "With Ada Lowe, Ben Sharp, Cy Moon\nDirected by Dee Park\n\nA QUIET HARBOUR is a slow, salty film.\n"
    parsed = parse_text_page(page, "page.txt")
    assert parsed.title == ""
    assert parsed.body.startswith("With Ada Lowe")


def test_a_subreddit_post_takes_its_title_and_poster_from_under_the_subreddit_line() -> None:
    page = (
        "r/oldfilms\n\nPosted by u/fogbank_ · 3y\n\nA Quiet Harbour is better than its reputation\n\n"
        "Discussion\n\nIt is slow, and it is lovely.\n\n"
        "12 comments · share · save\n\n  u/wren · 3y\n  agreed\n"
    )
    parsed = parse_text_page(page, "page.txt")
    assert (parsed.title, parsed.author, parsed.site) == (
        "A Quiet Harbour is better than its reputation",
        "u/fogbank_",
        "r/oldfilms",
    )
