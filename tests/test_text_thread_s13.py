"""Comment threads of whole-page text dumps (thirteenth session, TX): the forms a browser's copy
of a page gives, each read by the shape of its lines (own-words pages)."""

from __future__ import annotations

from extract.text_reader import parse_text_page
from extract.text_thread import commenter_name

_HEAD = "Night Reel\n\nReview: Vertigo at the Castro\n\nPosted on May 3, 2020 by Lou Amari\n\n"
_BODY = (
    "Hitchcock's spiral is a trap that closes twice, and Novak plays both halves of it without a wink. "
    "The tower steps are still dizzying on a big screen.\n\n"
)


def _page(thread: str) -> list[tuple[str | None, str | None, str]]:
    page = parse_text_page(_HEAD + _BODY + thread)
    return [(c.author, c.parent, c.text if c.pingback is None else "PING " + c.pingback.title) for c in page.comments]


def test_blogger_icon_alt_and_classic_time_are_not_the_name() -> None:
    assert commenter_name("At 10:02 PM, Blogger jlee") == "jlee"
    assert commenter_name("At 11:15 PM, Anonymous") == "Anonymous"
    assert commenter_name("Blogger Kate") == "Kate"
    assert commenter_name("Bloggerman Kate") == "Bloggerman Kate"
    thread = (
        "2 Comments:\n\nAt 9:14 PM, Blogger pia_k said...\n\nThe bell tower never scared me less.\n\n"
        "Blogger Rosa Lind said...\n\nThe green neon in the hotel is the whole film.\n\nPost a Comment\n"
    )
    assert [a for a, _, _ in _page(thread)] == ["pia_k", "Rosa Lind"]


def test_a_ping_in_comment_markup_is_a_pingback_titled_by_its_author_slot() -> None:
    long_title = "Obsession Week, Day Four: Vertigo and the Color Green – The Long Dissolve Review"
    thread = (
        '3 thoughts on "Vertigo"\n\nMae Ortiz says:\nMay 4, 2020 at 9:00 pm\n\nThe nun at the end!\n\nReply\n\n'
        f"{long_title} says:\nMay 5, 2020 at 8:00 am\n\n[…] Lou's piece on the tower steps is worth reading […]\n\n"
        "Reply\n\nPingback: Ten Films About Doubles | Mirror Shelf\n\nLeave a Reply\n"
    )
    assert _page(thread) == [
        ("Mae Ortiz", None, "The nun at the end!"),
        (long_title, None, "PING Obsession Week, Day Four: Vertigo and the Color Green"),
        ("Ten Films About Doubles | Mirror Shelf", None, "PING Ten Films About Doubles"),
    ]


def test_facebook_plugin_rows_close_comments_and_indent_nests() -> None:
    thread = (
        "2 Comments\nSort by\nOldest\nAdd a comment...\n\nNadia Osei\nThe dream sequence has aged wildly.\n"
        "Like · Reply · 3y\n\n    Lou Amari\n    Nadia Osei it is the cartoon flowers for me.\n    Like · Reply · 3y\n\n"
        "Piet Smits\nSaul Bass titles, nothing more to say.\nLike · Reply · Mark as spam · 2y\n\n"
        "Facebook Comments Plugin\n"
    )
    assert _page(thread) == [
        ("Nadia Osei", None, "The dream sequence has aged wildly."),
        ("Lou Amari", "c1", "Nadia Osei it is the cartoon flowers for me."),
        ("Piet Smits", None, "Saul Bass titles, nothing more to say."),
    ]


def test_a_run_of_handle_colon_lines_with_no_heading_is_the_thread() -> None:
    thread = (
        "32 likes\n\nreel_ruth: the nightmare animation gets me every time\n\n"
        "owl.cinema: Bernard Herrmann carrying the whole film\n\njpk: overrated, sorry\n\nReport this review\n"
    )
    assert _page(thread) == [
        ("reel_ruth", None, "the nightmare animation gets me every time"),
        ("owl.cinema", None, "Bernard Herrmann carrying the whole film"),
        ("jpk", None, "overrated, sorry"),
    ]


def test_quoted_dialogue_in_the_post_is_no_thread() -> None:
    dialogue = (
        "Scottie: I need to know.\nJudy: You would not like it.\nScottie: Try me.\n\n"
        "That exchange is the whole second half of the film, and the way Stewart says it is frightening.\n"
    )
    assert _page(dialogue) == []


def test_at_name_gives_a_parent_in_a_flattened_blog_thread() -> None:
    thread = (
        "3 Responses\n\nAda Vos\nMay 4, 2020 at 9:00 pm\n\nThe cemetery scene is pure fog.\n\nReply\n\n"
        "Lou Amari\nMay 4, 2020 at 10:00 pm\n\n@Ada Vos and the fog was real, they shot at dawn.\n\nReply\n\n"
        "Ben Hale\nMay 5, 2020 at 7:00 am\n\n@lou amari I did not know that!\n\nReply\n\nLeave a Reply\n"
    )
    assert [(a, p) for a, p, _ in _page(thread)] == [("Ada Vos", None), ("Lou Amari", "c1"), ("Ben Hale", "c2")]


def test_at_name_gives_no_parent_on_blogger_which_never_nests() -> None:
    thread = (
        "2 comments:\n\nAda Vos said...\n\nThe cemetery scene is pure fog.\n\nMay 4, 2020 at 9:00 PM\n\n"
        "Lou Amari said...\n\n@Ada Vos the fog was real.\n\nMay 4, 2020 at 10:00 PM\n\nPost a Comment\n"
    )
    assert [(a, p) for a, p, _ in _page(thread)] == [("Ada Vos", None), ("Lou Amari", None)]


def test_an_author_badge_line_and_a_short_age_head_a_comment() -> None:
    thread = (
        "2 Comments\n\nRita Holm\n3 mo ago\n\nThe dolly zoom invented a word.\n\nReply\n\n"
        "Lou Amari\nAuthor\n2 hrs ago\n\nAnd a migraine.\n\nReply\n\nLeave a Reply\n"
    )
    assert _page(thread) == [
        ("Rita Holm", None, "The dolly zoom invented a word."),
        ("Lou Amari", None, "And a migraine."),
    ]


def test_disqus_footer_is_not_the_last_comments_text() -> None:
    thread = (
        "1 Comment\nNight Reel\nLogin\nSort by Best\n\nAvatar\nmidge_w\n• 4 years ago\n\n"
        "Kim Novak deserved better.\n\n•\nReply\n•\nShare ›\nPowered by Disqus\nSubscribe\nPrivacy\nDo Not Sell My Data\n"
    )
    assert _page(thread) == [("midge_w", None, "Kim Novak deserved better.")]


def test_board_posts_headed_post_by_name_are_the_replies() -> None:
    page = parse_text_page(
        "Film Board\n\nVertigo (1958)\n\nPost by lou_a » Sun May 03, 2020 8:00 pm\n\n"
        + _BODY
        + "Re: Vertigo (1958)\n\nPost by ada_v » Sun May 03, 2020 9:00 pm\n\nThe tower still gets me.\n\n"
        "Re: Vertigo (1958)\n\nPost by ben_h » Mon May 04, 2020 7:00 am\n\nlou_a, the nun is the point.\n\n"
        "Return to “Classics”\nJump to\n"
    )
    assert [(c.author, c.parent, c.text, c.published) for c in page.comments] == [
        ("ada_v", None, "The tower still gets me.", "2020-05-03"),
        ("ben_h", None, "lou_a, the nun is the point.", "2020-05-04"),
    ]
