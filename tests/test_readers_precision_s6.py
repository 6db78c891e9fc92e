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


def _eintrag(name: str, when: str, text: str, extra: str = "") -> str:
    return (
        f"<div class='eintrag'><p class='eintrag-kopf'><strong>{name}</strong> schrieb am {when}</p>"
        f"<div class='eintrag-text'><p>{text}</p>{extra}</div></div>"
    )


def _diskussion(*items: str) -> str:
    return f"<div id='diskussion'><h2>Kommentare ({len(items)})</h2>{''.join(items)}</div>"


def test_an_unsigned_answer_box_stays_but_cards_quotes_and_their_date_lines_are_no_answers() -> None:
    answer = (
        "<div style='margin-left: 20px'><p>Danke, Jürgen, die Bibliothek ist auch meine Lieblingsstelle.</p>"
        "<p class='zeit'>13.05.2020 10:40</p></div>"
    )
    card = (
        "<div class='vorschau'><p><a href='https://example.org/drehorte'>Auf den Spuren der Engel: die Drehorte</a>"
        "</p><p>02.04.2019</p></div>"
    )
    quote = "<blockquote><p>Peter Falk ist der lustigste Mensch im ganzen Film</p><p>12.05.2020</p></blockquote>"
    thread = _diskussion(
        _eintrag("Jürgen Adler", "13. Mai 2020, 08:12", "Die Szene in der Staatsbibliothek ist das Herz.").replace(
            "</div></div>", f"</div>{answer}</div>"
        ),
        _eintrag("Mira", "14. Mai 2020, 19:03", "Hier ein Text über die Drehorte, falls es interessiert.", card),
        _eintrag("Kalle", "15. Mai 2020, 22:17", "Stimmt, besonders wenn er Hüte aussucht.", quote),
    )
    page = parse_html_page(_page(thread))
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Jürgen Adler", None),
        (None, "h1"),
        ("Mira", None),
        ("Kalle", None),
    ]
    assert page.comments[2].text is not None and page.comments[2].text.startswith("Hier ein Text")


def test_who_edited_a_comment_is_not_who_wrote_it() -> None:
    note = "<p class='note'>Edited by a moderator to remove a spoiler</p>"
    items = "".join(
        f"<div class='entry'><div class='meta'>{when} · <span>{name}</span></div><p>{text}</p>{extra}</div>"
        for name, when, text, extra in [
            ("Kalle", "15.05.2020", "Stimmt, besonders wenn er Hüte aussucht.", note),
            ("Mira", "16.05.2020", "Die Bibliothek ist auch meine Lieblingsstelle.", ""),
        ]
    )
    page = parse_html_page(_page(f"<div id='comments'>{items}</div>"))
    assert [c.author for c in page.comments] == ["Kalle", "Mira"]


_TILES = "".join(
    f"<div class='kachel'><strong>{title}</strong> <span>{when}</span><p>{text}</p></div>"
    for title, when, text in [
        ("Paris, Texas", "3. März 2020", "Travis läuft aus der Wüste und sagt lange kein Wort."),
        ("Alice in den Städten", "20. Januar 2020", "Ein Journalist und ein Mädchen suchen eine Großmutter."),
    ]
)


def test_blocks_of_comment_shape_outside_the_thread_region_are_furniture() -> None:
    thread = _diskussion(
        _eintrag("Jürgen Adler", "13. Mai 2020, 08:12", "Die Szene in der Staatsbibliothek ist das Herz."),
        _eintrag("Lotte", "16. Mai 2020, 09:30", "Die Hutszene bringt mich noch immer zum Lachen."),
    )
    page = parse_html_page(_page(f"{thread}<div class='mehr'><h3>Mehr Kritiken</h3>{_TILES}</div>"))
    assert [c.author for c in page.comments] == ["Jürgen Adler", "Lotte"]
    # no thread region named anywhere: nothing to tell them apart by, both are read
    plain = thread.replace("id='diskussion'", "id='unten'").replace("Kommentare (2)", "Leser")
    page = parse_html_page(_page(f"{plain}<div class='mehr'>{_TILES}</div>"))
    assert len(page.comments) == 4


def test_a_trackback_list_in_a_box_of_its_own_stays_beside_the_thread() -> None:
    pings = (
        "<div id='pings'><h3>Rétroliens</h3><dl><dt>Le 4 mars 2019, 23:10 par <a href='https://p.example.net/'>"
        "Photogrammes</a></dt><dd><p><a href='https://p.example.net/2019/03/marker'>Marker et la photographie</a>"
        "</p><p>[...] l'article sur La Jetée rappelle que [...]</p></dd></dl></div>"
    )
    items = "".join(
        f"<dt>Le {d} mars 2019, 18:32 par {name}</dt><dd><p>{text}</p></dd>"
        for d, name, text in [(4, "Yves", "L'original reste plus troublant."), (5, "Gwen", "Vu au lycée, en silence.")]
    )
    page = parse_html_page(_page(f"<div id='comments'><h3>Commentaires</h3><dl>{items}</dl></div>{pings}"))
    assert [c.author for c in page.comments] == ["Yves", "Gwen", "Photogrammes"]


def test_a_quoted_date_line_inside_a_box_does_not_make_the_box_an_answer() -> None:
    quoted = (
        "<div class='eintrag'><p class='eintrag-kopf'><strong>Kalle</strong> schrieb am 15. Mai 2020, 22:17</p>"
        "<p>Erster Absatz meines Kommentars, über die Hüte.</p><div><blockquote><p>Falk ist der lustigste Mensch"
        "</p><p>12.05.2020</p></blockquote><p>Stimmt, besonders wenn er Hüte aussucht.</p></div></div>"
    )
    thread = _diskussion(quoted, _eintrag("Lotte", "16. Mai 2020, 09:30", "Die Hutszene bringt mich zum Lachen."))
    page = parse_html_page(_page(thread))
    assert [(c.author, c.parent) for c in page.comments] == [("Kalle", None), ("Lotte", None)]


def test_a_box_holding_the_comments_own_text_and_date_is_no_answer() -> None:
    own = (
        "<div class='eintrag'><p class='eintrag-kopf'><strong>Mira</strong> schrieb am 14. Mai 2020, 19:03</p>"
        "<div><p>Ein Text über die Drehorte, falls es jemanden interessiert.</p><p>14.05.2020</p></div></div>"
    )
    thread = _diskussion(own, _eintrag("Lotte", "16. Mai 2020, 09:30", "Die Hutszene bringt mich zum Lachen."))
    page = parse_html_page(_page(thread))
    assert [(c.author, c.parent) for c in page.comments] == [("Mira", None), ("Lotte", None)]
    assert page.comments[0].text is not None and page.comments[0].text.startswith("Ein Text")


def _webmention(kind: str, name: str, when: str, inner: str) -> str:
    return (
        f"<li class='webmention webmention--{kind}'><div class='wm-head'><a class='wm-author' "
        f"href='https://{name.lower()}.example/'>{name}</a> <time datetime='{when}'>{when}</time></div>{inner}</li>"
    )


def test_likes_and_reposts_in_the_replies_markup_are_no_comments() -> None:
    rows = (
        _webmention("like", "Ines", "2022-01-10", "<span>liked this</span>")
        + _webmention("repost", "Saar", "2022-01-10", "<span>reposted this</span>")
        + _webmention("like", "Team", "2022-01-10", "<span>3 people like this</span>")
        + _webmention("reply", "Hugo", "2022-01-11", "<div><p>Try the library scene with headphones.</p></div>")
        + _webmention("reply", "Pim", "2022-01-11", "<div><p>Good idea, I will try that.</p></div>")
    )
    page = parse_html_page(_page(f"<section class='responses'><ul>{rows}</ul></section>"))
    assert [c.author for c in page.comments] == ["Hugo", "Pim"]


def test_a_mention_row_beside_replies_the_generic_reader_found_is_a_pingback() -> None:
    mention = (
        "<li class='webmention webmention--mention'><p>Mentioned in: <a href='https://saar.example/2022/01/t'>"
        "Films for long train journeys</a></p><p><small><a href='https://saar.example/'>Saar</a>, "
        "<time datetime='2022-01-12'>12 January 2022</time></small></p></li>"
    )
    rows = (
        _webmention("reply", "Hugo", "2022-01-11", "<div><p>Try the library scene with headphones.</p></div>")
        + _webmention("reply", "Pim", "2022-01-11", "<div><p>Good idea, I will try that.</p></div>")
        + mention
    )
    page = parse_html_page(_page(f"<section class='responses'><ul>{rows}</ul></section>"))
    assert [(c.author, c.pingback is not None) for c in page.comments] == [
        ("Hugo", False),
        ("Pim", False),
        ("Saar", True),  # its author the name the row shows (tenth session's rule)
    ]
    pingback = page.comments[2].pingback
    assert pingback is not None and (pingback.title, pingback.site) == ("Films for long train journeys", "Saar")


def _blocks(kind: str, rows: list[tuple[str, str, str]]) -> str:
    return "".join(f"<div class='{kind}'><b>{a}</b> <span>{d}</span><p>{t}</p></div>" for a, d, t in rows)


_POPULAR = [
    ("Vertigo", "1 March 2019", "A long look at the tower and the hair."),
    ("Cat People", "2 March 2019", "Val Lewton's shadows and the pool scene."),
]
_THREAD = [
    ("Ann", "5 March 2019", "The river sequence is the best part."),
    ("Bob", "6 March 2019", "The porch scene with the shotgun, too."),
]


def test_a_list_shown_twice_beside_a_list_shown_once_is_a_widget() -> None:
    thread = f"<div class='box'>{_blocks('entry', _THREAD)}</div>"
    popular = f"<div class='pop'>{_blocks('pp', _POPULAR)}</div>"
    page = parse_html_page(_page(f"{thread}{popular}<div class='foot'>{popular}</div>"))
    assert [c.author for c in page.comments] == ["Ann", "Bob"]
    page = parse_html_page(_page(f"{thread}<div class='mobile'>{thread}</div>"))  # a thread shown twice: once
    assert [c.author for c in page.comments] == ["Ann", "Bob"]
