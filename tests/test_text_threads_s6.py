"""Text dumps (sixth session, R2): one recogniser for a comment's head line, whatever the order of
its name and date, its separator and its saying verb; and threads written one comment a line as
'Name: text' under a comment-count header. Every page here is made up."""

from __future__ import annotations

import pytest

from extract.text_heads import comment_head, is_stamp
from extract.text_reader import parse_text_page

POST = (
    "The Long Night Shift (2019)\n\nPosted by Marta Quill\n\n"
    "A tight little thriller set in one hospital corridor, and it never leaves it.\n\n"
    "Rating: 7/10\n\n"
)


def _thread(page: str) -> list[tuple[str | None, str | None, str | None, str]]:
    parsed = parse_text_page(page, "page.txt")
    return [(c.author, c.parent, c.published, c.text) for c in parsed.comments]


def test_a_responses_header_over_name_dot_date_heads() -> None:
    page = POST + (
        "2 Responses\n\n"
        "Olek Brandt · 14 March 2020\nSaw it on a plane and the lift scene still worked.\n\n"
        "Marta Quill · 15 March 2020\nOlek, that lift scene is the one I keep coming back to.\n\n"
        "Leave a Reply\n"
    )
    parsed = parse_text_page(page, "page.txt")
    assert parsed.comment_count_stated == 2
    assert _thread(page) == [
        ("Olek Brandt", None, "2020-03-14", "Saw it on a plane and the lift scene still worked."),
        ("Marta Quill", None, "2020-03-15", "Olek, that lift scene is the one I keep coming back to."),
    ]


@pytest.mark.parametrize("header", ["3 responses", "Three Replies", "2 Antworten", "2 réponses"])
def test_bare_localized_reply_counts_head_a_thread(header: str) -> None:
    page = POST + f"{header}\n\nPia Lund | 2 April 2021\nThe corridor felt endless.\n\nNewer Post\n"
    parsed = parse_text_page(page, "page.txt")
    assert parsed.comment_count_stated is not None
    assert _thread(page) == [("Pia Lund", None, "2021-04-02", "The corridor felt endless.")]


def test_says_and_its_date_on_one_line_then_the_text() -> None:
    page = POST + (
        "3 comments\n\n"
        "nightowl77 says: March 3, 2021 at 9:02 pm\nWatched it twice, the night nurse is the real lead.\n\n"
        "Jules Ferrant says: March 4, 2021 at 7:40 am\nToo grey for me, but the score is fine.\n\n"
        "  Marta Quill says: March 4, 2021 at 8:15 am\n  Fair, the palette is a choice.\n\n"
        "Leave a comment\n"
    )
    assert _thread(page) == [
        ("nightowl77", None, "2021-03-03", "Watched it twice, the night nurse is the real lead."),
        ("Jules Ferrant", None, "2021-03-04", "Too grey for me, but the score is fine."),
        ("Marta Quill", "c2", "2021-03-04", "Fair, the palette is a choice."),
    ]


def test_one_comment_a_line_as_name_colon_text_under_a_count() -> None:
    page = POST + (
        "4 comments\n\n"
        "Bea: Loved the ending, did not see it coming.\n"
        "Tomek R.: The first hour drags though.\n"
        "film_nut_22: Same director as that ferry film, right?\n"
        "Marta Quill: Yes, and it shows in the long takes.\n\n"
        "Post a Comment\n"
    )
    assert _thread(page) == [
        ("Bea", None, None, "Loved the ending, did not see it coming."),
        ("Tomek R.", None, None, "The first hour drags though."),
        ("film_nut_22", None, None, "Same director as that ferry film, right?"),
        ("Marta Quill", None, None, "Yes, and it shows in the long takes."),
    ]


def test_label_lines_are_no_colon_comments() -> None:
    """'Note: ...', 'Verdict: ...' in a body, or after a count header, are not a one-line thread;
    nor are 'Name: text' lines with no count header."""
    body = (
        "The Long Night Shift (2019)\n\n"
        "Note: I saw this at a festival, so the cut may differ.\n"
        "Verdict: worth a look on a slow night.\n"
        "Update: it is streaming now.\n\n"
    )
    assert parse_text_page(body, "page.txt").comments == []
    labelled = body + "2 comments\n\nNote: comments are moderated.\nRating: 7/10\n"
    assert parse_text_page(labelled, "page.txt").comments == []
    unheaded = body + "Bea: Loved the ending.\nTomek: The first hour drags.\n"
    parsed = parse_text_page(unheaded, "page.txt")
    assert parsed.comments == []
    assert "Bea: Loved the ending." in parsed.body


def test_a_name_whose_first_word_is_common_over_its_date_is_a_head() -> None:
    page = POST + (
        "3 thoughts on “The Long Night Shift”\n\n"
        "Terry\nMarch 19, 2021 at 10:02 am\nGood fun.\n\n"
        "Movie Mike\nMarch 19, 2021 at 1:15 pm\nIt cost a fortune and looks cheap.\n\n"
        "Jen\nMarch 19, 2021 at 3:30 pm\nI liked it.\n"
    )
    assert [(a, t) for a, _, _, t in _thread(page)] == [
        ("Terry", "Good fun."),
        ("Movie Mike", "It cost a fortune and looks cheap."),
        ("Jen", "I liked it."),
    ]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Ann · March 3, 2019", ("Ann", "2019-03-03")),
        ("Ann says: March 3, 2019 at 9:02 pm", ("Ann", "2019-03-03")),
        ("Ann wrote on March 3, 2019:", ("Ann", "2019-03-03")),
        ("On March 3, 2019 at 9:02 pm, Ann said:", ("Ann", "2019-03-03")),
        ("March 3, 2019 — Ann Lee", ("Ann Lee", "2019-03-03")),
        ("Jana sagt: 3. März 2019 um 14:02", ("Jana", "2019-03-03")),
        ("Luc dit : 12 mars 2015 à 14 h 32 min", ("Luc", "2015-03-12")),
        ("Rosa dice: 3 marzo, 2018 a las 10:15", ("Rosa", "2018-03-03")),
        ("Anke · vor 2 Tagen", ("Anke", None)),
        ("Pablo — hace 3 días", ("Pablo", None)),
        ("@reelkid · 2h", ("@reelkid", None)),
        ("Ann (March 3, 2019)", ("Ann", "2019-03-03")),
        ("Ann · March 3, 2019 · Reply", ("Ann", "2019-03-03")),
        ("Ann | 3 March 2019 | Antworten", ("Ann", "2019-03-03")),
        ("Ann replied to Bob · 2 days ago", ("Ann", None)),
        ("Ann ▸ Bob · 2 days ago", ("Ann", None)),
        ("Ann said on March 3, 2019 at 9:02 pm:", ("Ann", "2019-03-03")),
        ("Ann on 3 March 2019 said:", ("Ann", "2019-03-03")),
        ("Ann · il y a 3 jours", ("Ann", None)),
        ("Comment by Ann · March 3, 2019", ("Ann", "2019-03-03")),
        ("Kommentar von Jana – 3. März 2019", ("Jana", "2019-03-03")),
        ("Ann (Author) | 3 March 2019", ("Ann", "2019-03-03")),
        ("Ann (@ann) · 2h", ("Ann", None)),
        ("Jean-Luc (Paris) · 3 March 2019", ("Jean-Luc (Paris)", "2019-03-03")),
        ("Da Silva · March 3, 2019", ("Da Silva", "2019-03-03")),
        ("Ann · Yesterday at 4:12 pm", ("Ann", None)),
    ],
)
def test_one_recogniser_for_every_head_line(line: str, head: tuple[str, str | None]) -> None:
    assert comment_head(line) == head


@pytest.mark.parametrize(
    "line",
    [
        "I saw it on March 3, 2019",
        "Thanks Ann, see you March 3",
        "Note: March 3, 2019",
        "The film opened March 3, 2019 in Oslo and closed a week later.",
        "March 3, 2019 was a cold night",
    ],
)
def test_lines_that_are_no_head(line: str) -> None:
    assert comment_head(line) is None


@pytest.mark.parametrize("text", ["12 mars 2015 à 14 h 32 min", "3 marzo, 2018 a las 10:15", "vor 2 Tagen"])
def test_localized_stamps(text: str) -> None:
    assert is_stamp(text)


def test_date_first_says_heads_keep_the_date_out_of_the_author() -> None:
    page = POST + (
        "2 comments\n\n"
        "On March 3, 2021 at 9:02 pm, Ivo said:\n\nThe night nurse carries it.\n\n"
        "On March 4, 2021 at 7:40 am, Greta said:\n\nToo grey.\n"
    )
    assert _thread(page) == [
        ("Ivo", None, "2021-03-03", "The night nurse carries it."),
        ("Greta", None, "2021-03-04", "Too grey."),
    ]


@pytest.mark.parametrize(
    ("thread", "published"),
    [
        ("2 Responses\n\n3 March 2019 · Ivo Kral\nTense.\n\n    4 March 2019 · Dana Roe\n    Agreed.\n", "2019-03-03"),
        (
            "2 comments\n\nOn 3 March 2019 at 9:02, Ivo Kral wrote:\nTense.\n\n    On 4 March 2019, Dana Roe wrote:\n"
            "    Agreed.\n",
            "2019-03-03",
        ),
        (
            "2 comments\n\nIvo Kral wrote on 3 March 2019:\nTense.\n\n    Dana Roe wrote on 4 March 2019:\n    Agreed.\n",
            "2019-03-03",
        ),
        (
            "2 Kommentare:\n\nIvo Kral sagt: 3. März 2019 um 14:02\nTense.\n\n    Dana Roe sagt: 4. März 2019 um 08:00\n"
            "    Agreed.\n",
            "2019-03-03",
        ),
        ("2 comentarios\n\nIvo Kral · hace 3 días\nTense.\n\n    Dana Roe · hace 2 días\n    Agreed.\n", None),
        ("2 comments\n\nIvo Kral: Tense.\n    Dana Roe: Agreed.\n", None),
    ],
)
def test_every_order_separator_and_language_gives_the_same_thread(thread: str, published: str | None) -> None:
    assert _thread(POST + thread) == [
        ("Ivo Kral", None, published, "Tense."),
        ("Dana Roe", "c1", None if published is None else "2019-03-04", "Agreed."),
    ]


@pytest.mark.parametrize("heading", ["Responses", "Discussion", "Reader comments:", "Responses (2)"])
def test_a_bare_responses_heading_over_heads_is_a_thread(heading: str) -> None:
    page = POST + f"{heading}\n\nIvo Kral · March 3, 2019\nTense.\n\n    Dana Roe · March 4, 2019\n    Agreed.\n"
    assert _thread(page) == [
        ("Ivo Kral", None, "2019-03-03", "Tense."),
        ("Dana Roe", "c1", "2019-03-04", "Agreed."),
    ]
    assert parse_text_page(page, "page.txt").body.endswith("never leaves it.\n\nRating: 7/10")


def test_a_discussion_heading_over_prose_is_no_thread() -> None:
    page = POST + "Discussion\n\nThe film asks what a night shift does to people. It answers slowly.\n"
    parsed = parse_text_page(page, "page.txt")
    assert parsed.comments == []
    assert "It answers slowly." in parsed.body


def test_a_replies_label_inside_a_thread_is_no_heading() -> None:
    """Blogger labels a comment's group of replies 'Replies' (indented): the thread starts above it."""
    page = POST + (
        "Comments\n\nIvo Kral March 3, 2019 at 9:02 PM\nTense.\nReply\n\n    Replies\n\n"
        "    Dana Roe March 4, 2019 at 8:00 AM\n    Agreed.\n"
    )
    assert _thread(page) == [
        ("Ivo Kral", None, "2019-03-03", "Tense."),
        ("Dana Roe", "c1", "2019-03-04", "Agreed."),
    ]


@pytest.mark.parametrize(
    "thread",
    [
        "2 comments\n\n• Ivo Kral · March 3, 2019\n  Tense.\n\n  • Dana Roe · March 4, 2019\n    Agreed.\n",
        "2 comments\n\n- Ivo Kral says: March 3, 2019 at 9:02 pm\n  Tense.\n  - Dana Roe says: March 4, 2019\n    Agreed.\n",
    ],
)
def test_a_bulleted_comment_opens_with_its_head_line(thread: str) -> None:
    assert _thread(POST + thread) == [
        ("Ivo Kral", None, "2019-03-03", "Tense."),
        ("Dana Roe", "c1", "2019-03-04", "Agreed."),
    ]


@pytest.mark.parametrize(
    "thread",
    [
        "Comments (2)\n\nIvo Kral: Tense.\n  Dana Roe: Agreed.\n",
        "2 comments\n\nIvo Kral says: Tense.\n  Dana Roe says: Agreed.\n",
    ],
)
def test_name_colon_lines_under_a_counted_heading_or_with_a_saying_verb(thread: str) -> None:
    parsed = parse_text_page(POST + thread, "page.txt")
    assert parsed.comment_count_stated == 2
    assert _thread(POST + thread) == [("Ivo Kral", None, None, "Tense."), ("Dana Roe", "c1", None, "Agreed.")]


def test_name_colon_lines_under_an_uncounted_heading_stay_in_the_body() -> None:
    parsed = parse_text_page(POST + "Comments\n\nIvo Kral: Tense.\nDana Roe: Agreed.\n", "page.txt")
    assert parsed.comments == []
    assert parsed.body.endswith("Ivo Kral: Tense.\nDana Roe: Agreed.")
