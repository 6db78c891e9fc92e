"""Page readers, seventh session (R): the generic reader on themes nobody modelled. Page
chrome of the comments' shape (post teasers, hand-made recent-comments boxes, side columns and
footers) is no comment; threads whose blocks lack a part are read. Each test fails without its
rule."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from extract.comment_markup import clean_author
from extract.dates import is_relative_date, parse_date
from extract.evaluate import SplitScore, gold_files, score_page
from extract.html_reader import parse_html_page
from extract.post_meta import count_in
from extract.text_reader import parse_text_page


def _page(body: str, title: str = "Aftersun and the camcorder years", after: str = "") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><div class='wrap'><div class='col'>"
        f"<div class='post'><h1>{title}</h1>"
        "<p>Charlotte Wells builds a film out of the gaps between camcorder clips, and the gaps "
        "are where the father lives.</p></div>"
        f"{body}</div>{after}</div></body></html>"
    )


def _note(name: str, when: str, text: str) -> str:
    return f"<div class='note'><b>{name}</b> <span>{when}</span><p>{text}</p></div>"


_THREAD = (
    "<div class='talk'><h3>Your thoughts</h3>"
    + (
        _note("Dev Okonkwo", "Feb 11, 2023", "The tai chi on the balcony wrecked me more than the ending.")
        + _note("Marguerite", "Feb 13, 2023", "I went in knowing nothing and held my breath for twenty minutes.")
    )
    + "</div>"
)


def _authors(html: str) -> list[str | None]:
    return [c.author for c in parse_html_page(html).comments]


def test_cards_linking_to_other_posts_by_their_titles_are_no_comments() -> None:
    cards = "".join(
        f"<div class='card'><a href='/reviews/{slug}/'><img src='/c.jpg' alt=''><h3>{title}</h3></a>"
        f"<span>by {who}</span> <time datetime='2023-01-01'>{when}</time><p>{text}</p></div>"
        for slug, title, who, when, text in [
            ("the-souvenir", "The Souvenir", "Tamsin", "Jan 28, 2023", "Joanna Hogg's memory piece and a bow tie."),
            ("eighth-grade", "Eighth Grade", "Ike Brandt", "Dec 30, 2022", "A girl making videos nobody watches."),
        ]
    )
    assert _authors(_page(_THREAD + f"<div class='more'>{cards}</div>")) == ["Dev Okonkwo", "Marguerite"]


def test_a_hand_made_recent_comments_box_naming_other_posts_is_no_thread() -> None:
    box = "".join(
        f"<div class='voice'><b>{who}</b> on <a href='/reviews/{slug}/'>{title}</a> <span>{when}</span>"
        f"<p>{text}</p></div>"
        for who, slug, title, when, text in [
            ("Petra", "past-lives", "Past Lives", "Feb 2, 2023", "The bar scene at the end stayed with me …"),
            ("Olaf", "tar-review", "Tár", "Feb 1, 2023", "Cate Blanchett conducting in her sleep, nearly …"),
        ]
    )
    assert _authors(_page(_THREAD + f"<div class='box'>{box}</div>")) == ["Dev Okonkwo", "Marguerite"]


def test_teasers_ending_in_read_more_are_no_comments() -> None:
    teasers = "".join(
        f"<div class='teaser'><b>{title}</b> <span>{who}</span> <span>{when}</span><p>{text}</p>"
        "<a class='more' href='#'>Weiterlesen</a></div>"
        for title, who, when, text in [
            ("Oppenheimer", "Lea Voss", "2. April 2023", "Drei Stunden Physik und keine Minute langweilig."),
            ("Perfect Days", "Jonas Brecht", "28. März 2023", "Wim Wenders folgt einem Putzmann durch Tokio."),
        ]
    )
    assert _authors(_page(_THREAD + f"<div class='box'>{teasers}</div>")) == ["Dev Okonkwo", "Marguerite"]


def test_a_comment_linking_to_another_post_in_its_text_or_by_its_date_stays() -> None:
    thread = (
        "<div class='talk'>"
        + (
            "<div class='note'><b>Dev</b> <a href='/reviews/aftersun-review/#c-1'>Feb 11, 2023</a>"
            "<p>See also <a href='/reviews/the-souvenir/'>The Souvenir</a>, a cousin of this film.</p></div>"
            + _note("Marguerite", "Feb 13, 2023", "I went in knowing nothing and held my breath.")
        )
        + "</div>"
    )
    assert _authors(_page(thread)) == ["Dev", "Marguerite"]


def test_boxes_beside_or_below_the_posts_column_are_no_thread() -> None:
    events = (
        "<div class='foot'>"
        + (
            _note("Film club Leeds", "May 3, 2023", "We show Aftersun with a talk afterwards, free entry.")
            + _note("Short film night", "May 17, 2023", "Seven short films from Hull with drinks in the yard.")
        )
        + "</div>"
    )
    assert _authors(_page(_THREAD, after=events)) == ["Dev Okonkwo", "Marguerite"]


def _comments(html: str) -> list[tuple[str | None, str | None, str]]:
    page = parse_html_page(html)
    by_id = {c.id: c for c in page.comments}
    return [(c.author, by_id[c.parent].author if c.parent else None, c.text.split()[0]) for c in page.comments]


def test_a_plain_line_name_and_saying_verb_names_an_undated_comment() -> None:
    thread = (
        "<div class='resp'><h3>2 respuestas</h3>"
        + "".join(
            f"<div class='r'><p>{who} dijo:</p><p>{text}</p></div>"
            for who, text in [
                ("Marta Doval", "Yo soy de un pueblo así, no exagera."),
                ("Quique", "La segunda mitad es otra."),
            ]
        )
        + "</div>"
    )
    assert _comments(_page(thread)) == [("Marta Doval", None, "Yo"), ("Quique", None, "La")]


def test_a_blockquote_opening_with_a_said_line_is_a_reply_not_a_quote() -> None:
    thread = (
        "<div class='c'><p><b>Priya</b> said:</p><p>The park scene moved me most.</p>"
        "<blockquote><p><b>Hal</b> said:</p><p>Priya, the play and the film meet there.</p></blockquote></div>"
        "<div class='c'><p><b>Tobias</b> said:</p><p>Three hours felt like ninety minutes.</p>"
        "<blockquote><p>Hal wrote: the play and the film meet there</p></blockquote><p>Agreed with Hal.</p></div>"
    )
    assert _comments(_page(thread)) == [("Priya", None, "The"), ("Hal", "Priya", "Priya,"), ("Tobias", None, "Three")]


def test_one_term_pair_in_a_list_inside_a_definition_is_a_reply() -> None:
    pairs = (
        "<dt><span>Bram</span> · 27 oktober 2022 21:14</dt><dd><p>Ik heb de hele tweede helft gehuild.</p>"
        "<dl><dt><span>Femke</span> · 28 oktober 2022 08:30</dt><dd><p>Bram, die auto, dat zwijgen.</p></dd></dl></dd>"
        "<dt><span>Sander</span> · 29 oktober 2022 19:45</dt><dd><p>De bloemen zijn zo fel van kleur.</p></dd>"
    )
    assert _comments(_page(f"<dl class='lijst'>{pairs}</dl>")) == [
        ("Bram", None, "Ik"),
        ("Femke", "Bram", "Bram,"),
        ("Sander", None, "De"),
    ]


def test_a_join_date_after_a_post_count_on_the_next_line_is_no_post_date() -> None:
    rows = "".join(
        f"<tr><td><b>{who}</b><br><span>Messaggi: 812<br>Iscritto: 3 febbraio 2011</span></td>"
        f"<td><div>Inviato: {when}</div><div>{text}</div></td></tr>"
        for who, when, text in [
            ("Giulia", "9 dicembre 2023, 18:22", "Visto ieri sera, Josh O'Connor è perfetto."),
            ("nanni73", "9 dicembre 2023, 21:05", "La scena della tomba vale il biglietto."),
        ]
    )
    html = f"<html lang='it'><head><title>La chimera</title></head><body><h1>La chimera</h1><table>{rows}</table></body></html>"
    page = parse_html_page(html)  # (the first row is the topic's opening post)
    assert (page.published, [(c.author, c.published) for c in page.comments]) == (
        "2023-12-09",
        [("nanni73", "2023-12-09")],
    )


def test_opinions_headings_state_a_count() -> None:
    assert [count_in(t) for t in ("Vos avis (3)", "12 opiniones", "Opinioni: 4")] == [3, 12, 4]


_ANONYMOUS = (
    "Heat (1995)\n\nMann's diner scene is two actors at one table and it is enough for me.\n\n"
    "Movies like HEAT:\n\nThief\nCollateral\nRonin\n\n"
    "  1. The diner scene alone is worth the three hours of the film.\n\n"
    "  2. Sorry, Thief is better. The safe-cracking scene is the real thing,\n"
    "     and the score is Tangerine Dream at their best.\n\n"
    "  3. Disagree with #2, Heat has the shootout and nothing tops that.\n"
)


def test_indented_numbered_texts_at_a_text_pages_end_are_an_unsigned_thread() -> None:
    page = parse_text_page(_ANONYMOUS, "heat.txt")
    assert [(c.author, c.parent, c.text.split()[0]) for c in page.comments] == [
        (None, None, "The"),
        (None, None, "Sorry,"),
        (None, None, "Disagree"),
    ]
    assert page.body.endswith("Ronin")


def test_a_numbered_list_of_titles_or_a_list_not_numbered_from_one_is_no_thread() -> None:
    titles = _ANONYMOUS.split("  1.")[0] + "  1. Thief\n  2. Collateral\n  3. Ronin\n"
    skipped = _ANONYMOUS.replace("  1. The diner", "  4. The diner")
    assert [parse_text_page(text, "heat.txt").comments for text in (titles, skipped)] == [[], []]


def _rows(template: str, people: list[tuple[str, str]]) -> str:
    return "".join(template.format(name=n, day=i, text=t) for i, (n, t) in enumerate(people, 1))


_PEOPLE = [("Ann", "The diner scene is the best thing in it."), ("Bob", "The shootout is louder than anything.")]


def _read(thread: str) -> list[tuple[str | None, str | None, str, str | None]]:
    page = parse_html_page(_page(thread))
    by_id = {c.id: c for c in page.comments}
    return [(c.author, by_id[c.parent].author if c.parent else None, c.text, c.published) for c in page.comments]


def test_a_date_in_brackets_after_the_name_is_no_part_of_the_text() -> None:
    thread = (
        "<h3>Comments</h3><ul><li><b>Ann</b> (5 March 2019): The diner scene is the best."
        "<ul><li><b>Bob</b> (6 March 2019): Agreed, and the shootout.</li></ul></li>"
        "<li><b>Cy</b> (7 March 2019): Too long for me, sorry.</li></ul>"
    )
    assert [(a, p, t) for a, p, t, _ in _read(thread)] == [
        ("Ann", None, "The diner scene is the best."),
        ("Bob", "Ann", "Agreed, and the shootout."),
        ("Cy", None, "Too long for me, sorry."),
    ]


def test_a_bold_name_and_colon_opening_a_dated_paragraph_names_it() -> None:
    thread = "<h3>Reader mail</h3>" + _rows(
        "<p><strong>{name}:</strong> {text} <small>{day} March 2019</small></p>", _PEOPLE
    )
    assert [(a, t.split()[0], d) for a, _, t, d in _read(thread)] == [
        ("Ann", "The", "2019-03-01"),
        ("Bob", "The", "2019-03-02"),
    ]


def test_classless_dated_headings_after_a_thread_heading_alternate_with_the_texts() -> None:
    thread = "<h3>Comments</h3>" + _rows("<h4>#{day} {name} — {day} March 2019</h4><p>{text}</p>", _PEOPLE)
    assert [(a, t) for a, _, t, _ in _read(thread)] == [(n, t) for n, t in _PEOPLE]


def test_a_table_row_indents_its_reply_by_its_cells_padding() -> None:
    thread = (
        "<table class='k'><tr><td><b>Ann</b> 5 March 2019<br>The diner scene is the best thing.</td></tr>"
        "<tr><td style='padding-left:20px'><b>Bob</b> 6 March 2019<br>Agreed, and the shootout.</td></tr>"
        "<tr><td><b>Cy</b> 7 March 2019<br>Too long for me, sorry.</td></tr></table>"
    )
    assert [(a, p) for a, p, _, _ in _read(thread)] == [("Ann", None), ("Bob", "Ann"), ("Cy", None)]


def test_a_bare_name_or_head_line_before_a_line_break_heads_its_block() -> None:
    names = "<div class='tb'>" + _rows("<div>{name}<br>{day} March 2019<br>{text}</div>", _PEOPLE) + "</div>"
    lines = "<div class='tb'>" + _rows("<div>{name} – {day} March 2019<br>{text}</div>", _PEOPLE) + "</div>"
    expected = [(n, None, t, f"2019-03-0{i}") for i, (n, t) in enumerate(_PEOPLE, 1)]
    assert [_read(names), _read(lines)] == [expected, expected]


def test_a_blogger_classic_said_line_with_an_ellipsis_names_its_comment() -> None:
    thread = "<div class='resp'>" + _rows("<div class='r'><p>{name} said...</p><p>{text}</p></div>", _PEOPLE) + "</div>"
    assert [(a, t) for a, _, t, _ in _read(thread)] == [(n, t) for n, t in _PEOPLE]


def test_a_profile_link_in_a_footer_names_the_comment_over_its_title_heading() -> None:
    items = "".join(
        f"<li class='comment'><article><header><h2><a href='/Comment{i}'>{title}</a></h2></header><p>{text}</p>"
        f"<footer><ul class='meta'><li><a href='/Users/{who}'>{who}</a></li><li><time datetime='2021-03-1{i}'>"
        f"1{i}.03.2021</time></li>{stats}</ul></footer></article></li>"
        for i, (title, who, text, stats) in enumerate(
            [
                ("On water", "Nikolai", "Water is always alive in this film.", ""),
                (
                    "The ending",
                    "AnnaK",
                    "The glasses on the table still puzzle me.",
                    "<li>Comments: 12 • Pages: 0</li>",
                ),
            ],
            1,
        )
    )
    assert [(a, t.split()[0]) for a, _, t, _ in _read(f"<ol id='comments'>{items}</ol>")] == [
        ("Nikolai", "Water"),
        ("AnnaK", "The"),
    ]


def test_a_russian_author_label_gives_the_post_author_and_its_line_date() -> None:
    html = (
        "<html lang='ru'><head><title>Сталкер</title></head><body><h1>Сталкер</h1>"
        "<p class='info'>Автор: <a href='/Users/Irina'>Irina</a> · 12.03.2021</p>"
        "<div><p>Тарковский снимает Зону так, что каждая лужа важнее диалога.</p></div></body></html>"
    )
    page = parse_html_page(html)
    assert (page.author, page.published) == ("Irina", "2021-03-12")


def test_a_title_heading_the_title_tag_repeats_places_the_post_when_it_is_no_h1() -> None:
    thread = (
        "<div class='talk'>"
        + _rows("<div class='n'><b>{name}</b> <span>{day} March 2019</span><p>{text}</p></div>", _PEOPLE)
        + "</div>"
    )
    events = (
        "<div class='ev'>"
        + _rows(
            "<div class='e'><b>{name} club</b> <span>{day} April 2019</span><p>{text} Free entry.</p></div>", _PEOPLE
        )
        + "</div>"
    )
    html = (
        "<html lang='en'><head><title>Heat and the diner</title></head><body><div class='w'>"
        f"{events}<div class='c'><h2>Heat and the diner</h2><div class='txt'><p>Mann's diner scene is two actors "
        f"at one table and that is enough.</p></div>{thread}</div></div></body></html>"
    )
    assert [c.author for c in parse_html_page(html).comments] == ["Ann", "Bob"]


def test_blocks_linking_to_permalinks_by_title_are_teasers_on_a_page_of_unknown_address() -> None:
    related = (
        "<div class='rel'>"
        + "".join(
            f"<div class='r'><b>Vic</b> <span>{day} February 2019</span>"
            f"<a href='https://reelnotes.example.com/2019/02/{slug}/'>{title}</a><p>{text}</p></div>"
            for day, slug, title, text in [
                (1, "thief-review", "Thief at night", "Caan cracks a safe and the score hums along."),
                (2, "ronin-review", "Ronin on the road", "Car chases through Nice, real ones, no computers."),
            ]
        )
        + "</div>"
    )
    commenters = _rows(
        "<div class='n'><a href='https://{name}.example.org/'>{name}</a> "
        "<span>{day} March 2019</span><p>{text}</p></div>",
        _PEOPLE,
    )
    assert [a for a, _, _, _ in _read(f"<div class='talk'>{commenters}</div>{related}")] == ["Ann", "Bob"]


def test_blocks_dated_before_the_post_are_no_comments_of_it() -> None:
    films = (
        "<div class='list'>"
        + "".join(
            f"<div class='item'><h3>{title}</h3><p><b>{maker}</b> · released {released}</p><p>{text}</p></div>"
            for title, maker, released, text in [
                ("Heat", "Michael Mann", "December 15, 1995", "The diner scene is two actors at one table."),
                ("Ronin", "John Frankenheimer", "September 25, 1998", "Car chases through Nice, real ones."),
            ]
        )
        + "</div>"
    )
    html = (
        "<html lang='en'><head><title>Two heist films</title>"
        "<meta property='article:published_time' content='2019-03-01T10:00:00Z'></head><body><div class='w'>"
        f"<h1>Two heist films</h1><div class='txt'><p>Two films about men who steal for a living.</p>{films}</div>"
        "</div></body></html>"
    )
    same_day = html.replace("2019-03-01T10", "1995-12-16T10").replace("September 25, 1998", "December 15, 1995")
    assert [c.author for c in parse_html_page(html).comments] == []
    assert [c.author for c in parse_html_page(same_day).comments] == ["Heat", "Ronin"]


def _authors_texts(thread: str) -> list[tuple[str | None, str | None, str]]:
    return [(a, p, t.split("\n")[0]) for a, p, t, _ in _read(thread)]


_TWO = [(n, None, t) for n, t in _PEOPLE]


def test_a_dated_header_and_the_paragraphs_after_it_are_one_comment() -> None:
    classed = "<div class='cm'>" + _rows(
        "<p class='hd'><b>{name}</b> {day} March 2019</p><p>{text}</p><p>More.</p>", _PEOPLE
    )
    classless = "<div class='cm'><h3>Comments</h3>" + _rows(
        "<p><b>{name}</b> — {day} March 2019</p><p>{text}</p><p>More.</p>", _PEOPLE
    )
    said = "<div class='cm'>" + _rows("<h4>{name} said on {day} March 2019:</h4><p>{text}</p><p>More.</p>", _PEOPLE)
    assert [_authors_texts(t + "</div>") for t in (classed, classless, said)] == [_TWO, _TWO, _TWO]


def test_a_name_before_a_date_element_names_the_comment() -> None:
    spans = "<ul class='cm'>" + _rows(
        "<li class='it'><span class='nm'>{name}</span> <span class='dt'>{day} March 2019</span><div class='tx'>{text}</div></li>",
        _PEOPLE,
    )
    bare = "<div class='cm'>" + _rows(
        "<div class='it'><img src='/g.png' alt=''> {name} <span class='ts'>{day} days, 2 hours ago</span><p>{text}</p></div>",
        _PEOPLE,
    )
    assert [_authors_texts(spans + "</ul>"), _authors_texts(bare + "</div>")] == [_TWO, _TWO]


def test_an_indent_class_marks_a_reply_in_a_flat_list() -> None:
    items = (
        "<li class='it'><b>Ann</b> <span>1 March 2019</span><div>The diner scene is the best.</div></li>"
        "<li class='it indent'><b>Bob</b> <span>2 March 2019</span><div>Agreed with that.</div></li>"
        "<li class='it'><b>Cy</b> <span>3 March 2019</span><div>Too long for me.</div></li>"
    )
    assert [(a, p) for a, p, _ in _authors_texts(f"<ul class='cm'>{items}</ul>")] == [
        ("Ann", None),
        ("Bob", "Ann"),
        ("Cy", None),
    ]


def test_a_timesince_date_with_two_units_is_a_relative_date() -> None:
    assert [is_relative_date(t) for t in ("3 days, 2 hours ago", "1 week, 1 day ago", "3 days, 2 hours")] == [
        True,
        True,
        False,
    ]


_THREE = [*_PEOPLE, ("Cy", "Too long for me, sorry about that.")]


def _thread_of(template: str, holder: str = "div") -> list[tuple[str | None, str | None, str]]:
    return _authors_texts(f"<{holder} class='cm'>" + _rows(template, _THREE) + f"</{holder}>")


def test_a_labelled_name_in_a_meta_line_names_the_comment() -> None:
    expected = [(n, None, t) for n, t in _THREE]
    assert [
        _thread_of("<div class='c'><p>{text}</p><p class='f'>Name: {name} | Date: {day} March 2019</p></div>"),
        _thread_of("<div class='c'><p>{text}</p><div class='f'>投稿者: {name} | 2019年03月0{day}日 21:02</div></div>"),
    ] == [expected, expected]


def test_a_name_cell_before_a_date_cell_names_a_comment_table() -> None:
    tables = "<table class='t'><tr><td>{name}</td><td>{day}.03.2019 21:02</td></tr><tr><td colspan='2'>{text}</td></tr></table>"
    assert _thread_of(tables) == [(n, None, t) for n, t in _THREE]


def test_a_comment_number_before_the_name_and_a_cited_signature_are_no_name_parts() -> None:
    numbered = _thread_of("<div class='c'><p class='h'>#{day} {name}, {day} March 2019</p><p>{text}</p></div>")
    cited = _thread_of("<li><p>{text}</p><cite>— {name}, {day} March 2019</cite></li>", "ol")
    assert [numbered, cited] == [[(n, None, t) for n, t in _THREE]] * 2


def test_a_parent_attribute_names_the_comment_a_flat_reply_answers() -> None:
    def item(name: str, day: int, text: str, extra: str) -> str:
        return f"<div class='c'{extra}><b>{name}</b> <span>{day} March 2019</span><p>{text}</p></div>"

    thread = (
        item("Ann", 1, "The diner scene is the best.", " id='r-41'")
        + item("Bob", 2, "Agreed, and the shootout.", " data-parent-id='r-41'")
        + item("Cy", 3, "Too long for me.", " data-parent-id='0'")
    )
    assert [(a, p) for a, p, _ in _authors_texts(f"<div id='comments'>{thread}</div>")] == [
        ("Ann", None),
        ("Bob", "Ann"),
        ("Cy", None),
    ]


def test_a_box_holding_the_meta_line_and_the_text_is_no_author_of_it() -> None:
    item = (
        "<div class='x1'><div class='x2'></div><div class='x3'><div class='x4'><span>{name}</span><span>•</span>"
        "<span>Author</span><span>•</span><a href='#c{day}'><time datetime='2021-05-0{day}'>3 years ago</time></a></div>"
        "<div class='x5'><p>{text}</p></div></div></div>"
    )
    assert _thread_of(item) == [(n, None, t) for n, t in _THREE]


def test_a_name_block_before_a_relative_date_with_its_tooltip_names_the_comment() -> None:
    divs = (
        "<div class='x1'><div class='x2'><div class='x3'>{name}</div><div class='x4' title='{day} mars 2019 10 h 14'>"
        "il y a 5 années</div></div><div class='x5'><p>{text}</p></div></div>"
    )
    nested = (
        "<article class='x1'><header><a><img src='/a.jpg' alt=''></a><span class='x3'><span>{name}</span></span>"
        "<time datetime='2019-03-0{day}'>2 years ago</time></header><section><p>{text}</p></section></article>"
    )
    expected = [(n, None, t) for n, t in _THREE]
    assert [_thread_of(divs), _thread_of(nested, "section")] == [expected, expected]


def test_a_name_linking_to_a_profile_in_another_language_is_no_post_link() -> None:
    items = (
        "<li class='x1'><div class='x2'><a href='/utente/{name}-rossi'>{name}</a></div><span>{day} luglio 2019</span>"
        "<div class='x3'><p>{text}</p></div></li>"
    )
    assert _thread_of(items, "ul") == [(n, None, t) for n, t in _THREE]


def test_one_comment_with_one_reply_nested_in_it_is_a_thread() -> None:
    thread = (
        "<ol class='x1'><li class='x2 x3'><article><b>Priyanka</b> <time datetime='2018-12-01'>1 Dec 2018</time>"
        "<p>The marmalade sandwich gag made the whole cinema laugh.</p></article>"
        "<ol class='x4'><li class='x2 x5'><article><b>Ollie</b> <time datetime='2018-12-02'>2 Dec 2018</time>"
        "<p>Same in ours, and the bear sliding down the banister.</p></article></li></ol></li></ol>"
    )
    assert [(a, p) for a, p, _ in _authors_texts(thread)] == [("Priyanka", None), ("Ollie", "Priyanka")]


def test_head_lines_taken_into_a_text_are_left_out_of_it() -> None:
    solo = "<div class='x1'><b>{name}</b> <span>2020-06-1{day}</span><p><a href='#r'>回复</a></p><p>{text}</p></div>"
    dated = (
        "<article class='x1'><h3><a href='https://{name}.example.org/'>{name}</a></h3><p class='x2'><a href='#c{day}'>"
        "<time datetime='2023-02-1{day}'>febrero 1{day}, 2023 a las 06:22 p. m.</time></a></p><p>{text}</p></article>"
    )
    expected = [(n, None, t) for n, t in _THREE]
    assert [_thread_of(solo), _thread_of(dated, "section")] == [expected, expected]


def test_a_foreign_month_before_the_day_is_a_date() -> None:
    assert [parse_date(t) for t in ("febrero 11, 2023 a las 06:22 p. m.", "März 5, 2019", "maggio 12, 2020")] == [
        "2023-02-11",
        "2019-03-05",
        "2020-05-12",
    ]


def test_a_comment_title_linked_to_its_permalink_is_no_name_and_the_name_row_before_the_date_row_is() -> None:
    item = (
        "<article class='x1'><footer><p class='x2'><span lang=''>{name} (not verified)</span></p>"
        "<p class='x3'>Wed, 0{day}/03/2019 - 14:20</p></footer><div class='x4'><h3><a href='/comment/8{day}#comment-8{day}'>"
        "A title</a></h3><div class='x5'><p>{text}</p></div></div></article>"
    )
    row = (
        "<li class='x1'><div class='x2'><div class='x3'><div class='x4'><img alt='' src='/a.png'></div>"
        "<div class='x5'>{name}</div></div><div class='x6'><time datetime='2019-03-0{day}'>March {day}, 2019</time>"
        "</div><div class='x7'><p>{text}</p></div><div class='x8'><a href='#respond'>Cancel reply</a></div></div></li>"
    )
    expected = [(n, None, t) for n, t in _THREE]
    assert [_thread_of(item, "section"), _thread_of(row, "ol")] == [expected, expected]


# --- the tune pages without their class vocabulary ------------------------------------------

_TUNE = Path(__file__).parent / "fixtures" / "pages" / "tune"
_CLASS_OR_ID = re.compile(r"""\b(class|id)=(["'])(.*?)\2""", re.S)
_FRAGMENT = re.compile(r"""\b(href)=(["'])([^"'#]*)#([^"']+)\2""")


def _hashed(html: str) -> str:
    """The page with every class and id token replaced by a hash of it: the same markup in a
    vocabulary no rule knows (what the next unknown theme looks like to the readers)."""

    def token(match: re.Match[str]) -> str:
        hashed = " ".join(_hash(t) for t in match.group(3).split())
        return f'{match.group(1)}="{hashed}"'

    def fragment(match: re.Match[str]) -> str:  # links to an id on the page follow it
        return f'{match.group(1)}="{match.group(3)}#{_hash(match.group(4))}"'

    return _FRAGMENT.sub(fragment, _CLASS_OR_ID.sub(token, html))


def _hash(token: str) -> str:
    return "x" + hashlib.md5(token.encode()).hexdigest()[:6]


def test_the_tune_pages_without_their_class_vocabulary_keep_most_of_their_threads() -> None:
    """Every HTML tune page but W3's blind b7 batch, classes and ids hashed (links to an id
    follow it). Measured when the test was written (seventh session, R): 404/428 found,
    precision 0.969, authors 0.973; the session-start readers: 328/428, 0.868, 0.945."""
    split = SplitScore("hashed")
    for _, page_path, gold_path in gold_files(_TUNE):
        if page_path.suffix != ".html" or page_path.name.startswith(
            ("b7-", "b8-", "b9-", "r8-", "r9-", "b12-", "r12-")
        ):  # (the s7 set)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = parse_html_page(_hashed(page_path.read_text(encoding="utf-8")), page_path.name)
        split.add(score_page("hashed", page_path.name, gold, page))
    assert split.recall >= 0.93, split
    assert split.precision >= 0.96, split
    assert split.authors >= 0.965, split


def test_a_pingback_line_wrapped_in_a_block_beside_the_comments_is_a_pingback() -> None:
    items = _rows("<li class='x1'><b>{name}</b> <span>{day} March 2019</span><p>{text}</p></li>", _PEOPLE)
    ping = (
        "<li class='x2'><div class='x3'>Pingback: <a href='https://polderpost.example/2019/03/tips/'>Weekend tips"
        "</a> </div></li>"
    )
    page = parse_html_page(_page(f"<ol class='x0'>{items}{ping}</ol>"))
    assert [(c.author, c.pingback.title if c.pingback else None) for c in page.comments] == [
        ("Ann", None),
        ("Bob", None),
        ("Weekend tips", "Weekend tips"),  # its author the name it shows (tenth session's rule)
    ]


def test_the_name_beside_an_avatar_or_repeating_its_alt_text_names_the_comment() -> None:
    beside = (
        "<div class='x1'><div class='x2'><div class='x3'><img src='/a.jpg' alt=''></div><div class='x4'>{name}</div>"
        "</div><div class='x5'><p>{text}</p></div><div class='x6'>0{day}/03/2019 à 13:40</div></div>"
    )
    initial = (
        "<div class='x1'><div class='x2'><div class='x3'>{initial}</div><div class='x4'>{name} Smith</div></div>"
        "<div class='x5'><p>{text}</p></div><div class='x6'>0{day}/03/2019</div></div>"
    )
    alt = (
        "<div class='x1'><p class='x2'>3/0{day}/2019 10:02:11 PM</p><p><img src='/a.jpg' alt='{name}'></p>"
        "<p>{text}</p><p class='x3'><span>{name}</span></p></div>"
    )
    people = [(n, t) for n, t in _THREE]
    initials = "".join(initial.format(initial=n[0], name=n, day=i, text=t) for i, (n, t) in enumerate(people, 1))
    assert _thread_of(beside) == [(n, None, t) for n, t in people]
    assert _authors_texts(f"<div class='cm'>{initials}</div>") == [(f"{n} Smith", None, t) for n, t in people]
    assert _thread_of(alt) == [(n, None, t) for n, t in people]


def test_a_link_to_this_very_post_and_an_empty_link_make_no_teaser() -> None:
    items = _rows(
        "<div class='x1'><a href='/@/{name}@toot.example.org/'><span>{name}</span> <small>fan_{day}@toot.example.org"
        "</small></a><a href='https://toot.example.org/statuses/{day}'></a><a href='https://blog.example.org/~/notes/"
        "heat-and-the-diner/'></a><span>{day} March 2019</span><p>{text}</p></div>",
        _THREE,
    )
    html = _page(f"<div class='cm'>{items}</div>").replace(
        "</head>", "<link rel='canonical' href='https://blog.example.org/~/notes/heat-and-the-diner/'></head>"
    )
    page = parse_html_page(html)
    assert [c.author for c in page.comments] == [n for n, _ in _THREE]


def test_an_account_handle_after_the_display_name_is_no_part_of_it() -> None:
    names = ["Yannick yannick_le_bihan@toot.example.bzh", "Odile P. odile_p", "Zé do Projetor@kino.example.social"]
    assert [clean_author(n) for n in names] == ["Yannick", "Odile P.", "Zé do Projetor"]


def test_a_link_to_the_commenters_own_site_makes_no_teaser() -> None:
    items = _rows(
        "<div class='x1'><p><small><a href='https://{name}s.example.se'>{name}</a>, <a href='https://{name}s.example.se"
        "/svar/2019/03/0{day}/1'>Mar 0{day} 2019</a> on <a href='https://{name}s.example.se/svar/2019/03/0{day}/1'>"
        "{name}s.example.se</a></small></p><p>{text}</p></div>",
        _THREE,
    )
    assert [c.author for c in parse_html_page(_page(f"<div class='cm'>{items}</div>")).comments] == [
        n for n, _ in _THREE
    ]


def test_a_linked_title_over_an_excerpt_in_brackets_is_a_pingback_named_as_its_link_reads() -> None:
    pings = "".join(
        f"<li class='x2'><div><a href='https://{site}.example/2019/03/{slug}/'>{title}</a></div><div>{day}. März 2019</div>"
        f"<div><p>[…] {text} […]</p></div></li>"
        for site, slug, title, day, text in [
            (
                "fruehstueck",
                "rueckblick",
                "Wochenrückblick – Filmfrühstück",
                5,
                "Jörg hat den Film gesehen und schwärmt.",
            ),
            ("schnee", "winterfilme", "Die 20 besten Winterfilme", 9, "Neu auf der Liste: ein Film ohne Katastrophe."),
        ]
    )
    items = _rows("<li class='x1'><b>{name}</b> <span>{day}. März 2019</span><p>{text}</p></li>", _PEOPLE)
    page = parse_html_page(_page(f"<ol class='x0'>{items}{pings}</ol>"))
    assert [(c.author, c.pingback is not None) for c in page.comments] == [
        ("Ann", False),
        ("Bob", False),
        ("Wochenrückblick – Filmfrühstück", True),
        ("Die 20 besten Winterfilme", True),
    ]


def test_da_and_de_with_a_colon_are_byline_words() -> None:
    items = _rows(
        "<div class='x1'><div class='x2'><a href='/blog/post#c{day}'>Commento</a> da: <span class='x3'>{name}</span>"
        "</div><div class='x4'><p>{text}</p></div><div class='x5'>1{day}/02/2016 @ 22:30</div></div>",
        _THREE,
    )
    assert [c.author for c in parse_html_page(_page(f"<div class='cm'>{items}</div>")).comments] == [
        n for n, _ in _THREE
    ]


def test_a_reply_block_of_the_items_class_in_another_tag_inside_one_is_a_reply() -> None:
    def media(tag: str, name: str, day: int, text: str, inner: str = "") -> str:
        return (
            f"<{tag} class='media'><div class='media-left'><img src='/a.png' alt='avatar'></div><div class='media-body'>"
            "<div class='note'>"
            f"<h6>{day} de marzo de 2022 - <a href='https://{name}.example'>{name}</a></h6><p>{text}</p></div>"
            f"{inner}</div></{tag}>"
        )

    thread = (
        "<ul class='x0'>"
        + media(
            "li", "Andrés", 1, "La vi en Valladolid y la sala se reía.", media("div", "Lucía", 2, "¡Gracias, Andrés!")
        )
        + media("li", "Maite", 3, "A mí el epílogo me pareció lo mejor.")
        + "</ul>"
    )
    assert [(a, p) for a, p, _ in _authors_texts(thread)] == [("Andrés", None), ("Lucía", "Andrés"), ("Maite", None)]


def test_a_button_label_opening_with_a_reply_or_quote_word_is_no_name() -> None:
    items = _rows(
        "<div class='x1'><div class='x2'><a href='#'>Odpowiedz z cytatem</a> <a href='#'>Cytuj</a></div>"
        "<span class='x3'>{name}</span> <span class='x4'>{day}.10.2019 21:02</span><div class='x5'>{text}</div></div>",
        _THREE,
    )
    assert [c.author for c in parse_html_page(_page(f"<div class='cm'>{items}</div>")).comments] == [
        n for n, _ in _THREE
    ]


def test_a_longer_list_farther_from_the_post_than_a_box_stays() -> None:
    box = (
        "<div class='facts'>"
        + _rows("<div class='f'><b>{name} Lee</b> <span>{day} May 2019</span><p>Shot in {text}</p></div>", _PEOPLE)
        + "</div>"
    )
    people = [*_THREE, ("Dee", "The score is underrated, and so is Val Kilmer.")]
    thread = (
        "<div class='side'><div class='talk'>"
        + _rows("<div class='n'><b>{name}</b> <span>{day} June 2019</span><p>{text}</p></div>", people)
        + "</div></div>"
    )
    html = _page(box, after=thread)
    assert [c.author for c in parse_html_page(html).comments] == ["Ann Lee", "Bob Lee", "Ann", "Bob", "Cy", "Dee"]


def test_a_thread_in_its_named_region_dated_before_a_changed_date_stays() -> None:
    thread = (
        "<div id='comments'>"
        + _rows("<div class='n'><b>{name}</b> <span>{day} March 2019</span><p>{text}</p></div>", _PEOPLE)
        + "</div>"
    )
    html = _page(thread).replace("</head>", "<meta name='date' content='2021-06-01'></head>")
    stated = _page(thread).replace("</head>", "<meta property='article:published_time' content='2021-06-01'></head>")
    assert [[c.author for c in parse_html_page(h).comments] for h in (html, stated)] == [["Ann", "Bob"], ["Ann", "Bob"]]


def test_a_profile_link_after_the_bold_name_does_not_take_its_place() -> None:
    items = _rows(
        "<div class='x1'><b>{name}</b> answering <a href='/users/dana'>Dana</a> <span>{day} March 2019</span>"
        "<p>{text}</p></div>",
        _THREE,
    )
    assert [c.author for c in parse_html_page(_page(f"<div class='cm'>{items}</div>")).comments] == [
        n for n, _ in _THREE
    ]
