"""Page readers, sixth session (R3): precision on unseen themes. The page furniture that sits
beside a thread (forms, archive lists, screening tables, widget lists) must not be read as
comments; each test fails without its rule."""

from __future__ import annotations

from extract.html_reader import parse_html_page


def _page(body: str, title: str = "Stalker") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>Three men walk into the Zone and the film takes its time about it, as it should.</p>"
        f"</article>{body}</body></html>"
    )


def _talk(name: str, when: str, text: str, extra: str = "", avatar: bool = True) -> str:
    image = "<img class='talk-avatar' src='/u.png' alt='avatar'>" if avatar else ""
    return (
        f"<div class='talk-item'><div class='talk-head'>{image}"
        f"<span class='who'>{name}</span> <span class='when'>{when}</span></div>"
        f"<div class='talk-text'><p>{text}</p></div>{extra}</div>"
    )


def test_an_avatar_opening_a_header_line_leaves_the_name_after_it() -> None:
    thread = _talk("Ravi Menon", "6 October 2021, 10:14", "The home movie scene is the saddest one.") + _talk(
        "Joss", "7 October 2021, 22:47", "Harry Dean Stanton's face could carry any film."
    )
    page = parse_html_page(_page(f"<section class='talk'>{thread}</section>"))
    assert [c.author for c in page.comments] == ["Ravi Menon", "Joss"]


def test_an_inline_reply_form_inside_a_comment_names_no_one() -> None:
    box = (
        "<div class='talk-reply-box'><label for='r1'>Reply to Ravi Menon</label>"
        "<textarea id='r1' placeholder='Write your reply'></textarea>"
        "<span class='talk-hint'>Posting as guest · 7 October 2021</span><button>Send</button></div>"
    )
    thread = "<div class='talk-item'><div class='talk-head'><span class='who'>Ravi Menon</span> " + (
        "<span class='when'>6 October 2021, 10:14</span></div>"
        f"<div class='talk-text'><p>The home movie scene is the saddest one.</p></div>{box}</div>"
    )
    thread += _talk("Joss", "7 October 2021, 22:47", "Harry Dean Stanton's face could carry any film.", avatar=False)
    page = parse_html_page(_page(f"<section class='talk'>{thread}</section>"))
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ravi Menon", "The home movie scene is the saddest one."),
        ("Joss", "Harry Dean Stanton's face could carry any film."),
    ]


def test_a_form_laid_out_as_rows_is_no_comment_but_a_form_holding_a_comment_stays() -> None:
    form = (
        "<form action='/c'><table class='cform'>"
        + "".join(
            f"<tr><td><b>{label}</b> 15 February 2018</td></tr><tr><td>{field}</td></tr>"
            for label, field in [
                ("Name", "<input name='n'> your name as it will be shown under the comment"),
                ("Comment", "<textarea name='t'>Type your comment here and be polite.</textarea>"),
            ]
        )
        + "</table></form>"
    )
    kept = (
        "<form class='usertext'><input type='hidden' name='thing' value='t1_a'>"
        "<div class='md'><p>A hidden input holds no field to fill in.</p></div></form>"
    )
    thread = "".join(
        f"<div class='entry'><b>{name}</b> <span>1{i} February 2018</span>{body}</div>"
        for i, (name, body) in enumerate(
            [("Irene Vos", kept), ("Mack", "<p>Too slow for me the first time, perfect the second.</p>")]
        )
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>{form}"))
    assert [(c.author, c.text) for c in page.comments] == [
        ("Irene Vos", "A hidden input holds no field to fill in."),
        ("Mack", "Too slow for me the first time, perfect the second."),
    ]


_ARCHIVE = "".join(
    f"<h4><a href='/2018/0{i}/{slug}.html'>{title}</a> - {day} February 2018</h4><p>{text}</p>"
    for i, slug, title, day, text in [
        (1, "solaris", "Solaris", 2, "The space station is full of books and a fern."),
        (2, "mirror", "Mirror", 9, "A barn burning in the rain and a mother on a fence."),
    ]
)
_HEAD_PAIRS = "".join(
    f"<h4><b>{name}</b> - {day} February 2018</h4><p>{text}</p>"
    for name, day, text in [
        ("Irene Vos", 15, "The sound of the trolley wheels is half of that scene."),
        ("Mack", 16, "Too slow for me the first time, perfect the second."),
    ]
)


def test_classless_heading_pairs_are_comments_only_where_the_thread_is() -> None:
    page = parse_html_page(_page(f"<h3>Comments (2)</h3><div>{_HEAD_PAIRS}</div>"))
    assert [c.author for c in page.comments] == ["Irene Vos", "Mack"]
    page = parse_html_page(_page(f"<h3>More from the diary</h3><div class='archive'>{_ARCHIVE}</div>"))
    assert page.comments == []


def test_classless_rows_told_apart_by_position_only_in_the_thread() -> None:
    rows = "".join(
        f"<tr><td><b>{place}</b> {day} February 2018</td></tr><tr><td>{text}</td></tr>"
        for place, day, text in [
            ("Cinema Lux", 22, "Double bill of Stalker and Solaris, tickets at the door."),
            ("Film Club North", 24, "Talk and screening with a print lent by the archive."),
        ]
    )
    page = parse_html_page(_page(f"<table class='screenings'>{rows}</table>"))
    assert page.comments == []
    page = parse_html_page(_page(f"<table class='comments'>{rows}</table>"))
    assert [c.author for c in page.comments] == ["Cinema Lux", "Film Club North"]


_UNDATED = "".join(
    f"<div class='entry'><b>{name}</b><p>{text}</p></div>"
    for name, text in [
        ("Vertigo", "A long look at the tower, the hair and the green light."),
        ("Cat People", "Val Lewton's shadows and the swimming pool scene."),
    ]
)


def test_undated_blocks_in_boxes_that_only_seem_to_name_comments_are_no_comments() -> None:
    for box in (
        f"<div class='related-responsive'>{_UNDATED}</div>",  # 'responsive' is no 'response'
        f"<h3>Most commented</h3><div>{_UNDATED}</div>",
        f"<div class='top-commenters'>{_UNDATED}</div>",
    ):
        assert parse_html_page(_page(box)).comments == [], box
    page = parse_html_page(_page(f"<h3>3 Responses</h3><div>{_UNDATED}</div>"))
    assert [c.author for c in page.comments] == ["Vertigo", "Cat People"]
