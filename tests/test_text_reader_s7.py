"""The text reader on the seventh session's review pages (R2): thread forms and the lines above a title.

Each page here is written for the test; each rule is named in the test that fails without it.
"""

from __future__ import annotations

from extract.text_heads import comment_head, is_stamp, signed_line_comments, stamp_date
from extract.text_reader import parse_text_page


def _thread(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.author, c.parent, c.text) for c in parse_text_page(text).comments]


def test_flat_name_dash_short_date_heads_split_the_thread() -> None:
    """'Name - M/D/YY' heads (two-digit years) open one comment each, the writer's name without the date."""
    page = parse_text_page(
        "Heat (1995)\n\nGrade: B\n\nA long, cool film about two men who never quite meet.\n\nComments (3)\n\n"
        "Marta Q. - 4/2/09\nThe diner scene is the whole film.\n\n"
        "Owen - 4/2/09\nMarta, agreed, and the score under it.\n\n"
        "BigLou - 4/5/09, 9:14 pm\nToo long by half an hour.\n"
    )
    assert [(c.id, c.author, c.published, c.text) for c in page.comments] == [
        ("c1", "Marta Q.", "2009-04-02", "The diner scene is the whole film."),
        ("c2", "Owen", "2009-04-02", "Marta, agreed, and the score under it."),
        ("c3", "BigLou", "2009-04-05", "Too long by half an hour."),
    ]


def test_short_numeric_stamps() -> None:
    assert [is_stamp(t) for t in ("2/11/07", "12/31/99 at 10:02 pm", "2/11", "1/2/3/4")] == [True, True, False, False]
    assert [stamp_date(t) for t in ("2/11/07", "31/12/99", "13/13/07")] == ["2007-02-11", "1999-12-31", None]
    assert comment_head("Rick D. - 2/11/07") == ("Rick D.", "2007-02-11")


def test_indented_reply_label_is_a_reply_to_the_comment_above() -> None:
    """An indented paragraph 'Reply from the blogger: ...' inside a numbered comment is its reply."""
    text = (
        "Review: Thief (1981)\n\nA tight, sweaty heist picture with a great synth score.\n\n3 Responses\n\n"
        "  1. Nadia — May 3, 2014\n    Best opening safecracking scene ever filmed.\n\n"
        "      Reply from the blogger: It really is, and it's all done without a word.\n\n"
        "  2. Piet — May 4, 2014\n    The ending drags a little.\n\n"
        "      Response from Nadia: It drags on purpose, Piet.\n"
    )
    assert _thread(text) == [
        ("Nadia", None, "Best opening safecracking scene ever filmed."),
        (None, "c1", "It really is, and it's all done without a word."),
        ("Piet", None, "The ending drags a little."),
        ("Nadia", "c3", "It drags on purpose, Piet."),
    ]


def test_reply_label_not_indented_stays_in_the_text() -> None:
    """A label at the comment's own indentation is not taken apart (it may be the commenter quoting)."""
    text = (
        "Review: Thief (1981)\n\nA tight heist picture.\n\n1 Response\n\n"
        "  1. Nadia — May 3, 2014\n  Great film.\n\n  Reply from the blogger: thanks!\n"
    )
    assert _thread(text) == [("Nadia", None, "Great film.\n\nReply from the blogger: thanks!")]


def test_comments_signed_after_the_text_under_a_reader_heading() -> None:
    """'"text" – Name' lines under a 'Reader Responses' heading are one comment each."""
    text = (
        "Tin Can Reviews presents:\n\nHero (2002)\n\nReview by Lio\n\nGorgeous colours, thin story.\n\n"
        "Reader Responses\n\n"
        '"Thin? The story is the colours." – SkyMoth\n\n'
        '"Agree with Lio, it is a screensaver with swords. Still pretty." – Dana K.\n'
    )
    page = parse_text_page(text)
    assert page.title == "Hero (2002)"
    assert [(c.author, c.text) for c in page.comments] == [
        ("SkyMoth", "Thin? The story is the colours."),
        ("Dana K.", "Agree with Lio, it is a screensaver with swords. Still pretty."),
    ]


def test_signed_lines_need_every_paragraph_signed() -> None:
    assert signed_line_comments(["Good film. – Ann", "", "I disagree with all of this."]) == []
    assert signed_line_comments(["Good film. – Ann"]) == []  # one line is no thread
    assert signed_line_comments(["A film of two halves – the first one and the second one"]) == []


def test_edited_mark_after_a_head_date() -> None:
    """'u/name · 2y · edited' is a head: the mark of a changed comment is chrome."""
    text = (
        "r/movies\n\nPosted by u/reel_owl\n\nThoughts on Sunshine (2007)?\n\nThe last act divides people.\n\n"
        "310 comments · share · save\n\n"
        "  u/solar_max · 2y\n  The last act is the point.\n  88 points\n\n"
        "  u/icarus_ii · 2y · edited\n  Event Horizon did that turn first.\n  40 points\n"
    )
    assert [(c.author, c.text) for c in parse_text_page(text).comments] == [
        ("u/solar_max", "The last act is the point."),
        ("u/icarus_ii", "Event Horizon did that turn first."),
    ]


def test_navigation_lines_above_the_title_are_not_the_title() -> None:
    body = "\n\nA slow, patient film that earns its final ten minutes, and the long walk before them.\n"
    for nav in (
        "« Box Office: Autumn Numbers | Main | Links: Week 40 »",
        "← Back to Reviews",
        "Home | Reviews | Lists | About | Contact",
        "Browse reviews by letter   A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
    ):
        assert parse_text_page(nav + "\n\nReview: Stalker (1979)" + body).title == "Review: Stalker (1979)", nav


def test_a_site_title_with_pipes_is_still_a_title() -> None:
    """Two or three parts: a title and its site, not a menu bar."""
    page = parse_text_page("Stalker (1979) | Slow Cinema Club\n\nA slow, patient film that earns its final minutes.\n")
    assert page.title == "Stalker (1979) | Slow Cinema Club"


def test_side_block_of_credits_above_the_title() -> None:
    """A review database's credits block (country and year, 'Directed by' and a name, minutes, 'Reviewed
    by' and a name, stars) opens the page; the title follows it."""
    text = (
        "Italy 1966\nDirected by\nSergio Leone\n161 minutes\nRated R\n\nReviewed by\nPia Lund\n5 stars\n\n"
        "Good, the Bad and the Ugly, The (1966)\n\n"
        "Three men, one grave, and the longest stand-off ever put on film; every minute of it earned.\n"
    )
    assert parse_text_page(text).title == "Good, the Bad and the Ugly, The (1966)"


def test_genre_line_under_the_date_is_not_the_title() -> None:
    """Title, a weekday date, then '1924 silent comedy': the first line is the title (before, the genre
    line was read as the title and the first line as the blog's name)."""
    text = (
        "Sherlock Jr.\n\nSaturday, May 6, 2023\n\n1924 silent comedy\n\nRating: 17/20\n\n"
        "A projectionist dreams himself into the film he is showing, and the film never stops inventing.\n"
    )
    page = parse_text_page(text)
    assert (page.title, page.published) == ("Sherlock Jr.", "2023-05-06")


def test_blog_name_date_title_still_read() -> None:
    """The Blogger form the genre rule must leave alone: blog name, weekday date, post title."""
    text = (
        "Reel Notes\n\nSaturday, May 6, 2023\n\nSherlock Jr. (1924)\n\n"
        "A projectionist dreams himself into the film he is showing, and the film never stops inventing.\n"
    )
    assert parse_text_page(text).title == "Sherlock Jr. (1924)"


def test_thread_end_first_letters_cover_every_end() -> None:
    """The letter filter before the thread-end pattern lets every alternative of the pattern through."""
    from extract.text_reader import _END_FIRST, _THREAD_END, _thread_end

    body = _THREAD_END.pattern.removeprefix(r"^\s*(?:").removesuffix(")")
    depth, first, firsts = 0, True, set()
    for char in body:
        if first and char.isalpha():
            firsts.add(char.lower())
        first = char == "|" and depth == 0
        depth += {"(": 1, ")": -1}.get(char, 0)
    assert firsts and firsts <= _END_FIRST
    lines = ["A comment.", "", "  Entrada más reciente", "This site uses Akismet to reduce spam."]
    assert _thread_end(lines, 0) == 2
