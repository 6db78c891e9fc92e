"""Comment forms the readers once missed (issue 11); each test fails on the code before its rule."""

from __future__ import annotations

import pytest

from extract.html_reader import parse_html_page
from extract.language import detect_language
from extract.post_meta import count_in
from extract.records import Page


def _comments(body: str) -> list[tuple[str | None, str | None, str, bool]]:
    page = parse_html_page(f"<html><head><title>Heat</title></head><body>{body}</body></html>")
    return [(c.author, c.parent, c.text, c.placeholder) for c in page.comments]


def test_a_signature_footer_after_the_text_names_the_author() -> None:
    """Typepad: 'Posted by: <a>NAME</a> | <a>DATE</a>', or the bare name without a URL."""
    assert _comments(
        """<h1>Heat</h1><div class="entry-body"><p>Review.</p></div><div class="comments-content">
        <div class="comment" id="comment-1"><div class="comment-content"><p>Lucky you.</p></div>
        <p class="comment-footer">Posted by: <a href="http://a.example">Corinne Vale</a> | <a href="#c1">November 14,
        2009 at 11:40 AM</a></p></div><div class="comment" id="comment-2"><div class="comment-content"><p>Keyes steals
        it.</p></div><p class="comment-footer">Posted by: Marguerite | <a href="#c2">November 14, 2009 at 02:05
        PM</a></p></div></div>"""
    ) == [("Corinne Vale", None, "Lucky you.", False), ("Marguerite", None, "Keyes steals it.", False)]


def test_a_flat_reply_links_to_its_parent() -> None:
    """Movable Type: 'X a répondu à <a href="#comment-P">commentaire de Y</a>' in a flat list."""
    thread = _comments(
        """<h1>Heat</h1><div class="entry-body"><p>Review.</p></div><div class="comments-content">
        <div id="comment-1" class="comment"><div class="comment-header"><span class="byline"><span class="vcard
        author">Odile</span> a dit :</span></div><div class="comment-content"><p>La carabine.</p></div></div>
        <div id="comment-2" class="comment"><div class="comment-header"><span class="byline"><span class="vcard
        author">Bastien</span> a répondu à <a href="/p.html#comment-1">commentaire de Odile</a></span></div>
        <div class="comment-content"><p>Oui, le plan.</p></div></div></div>"""
    )
    assert [(a, p) for a, p, _, _ in thread] == [("Odile", None), ("Bastien", "1")]


def test_a_deleted_blogger_comment_is_a_placeholder() -> None:
    thread = _comments(
        """<h1>Heat</h1><div class="post-body"><p>Review.</p></div><div class="comments-content">
        <ol><li class="comment" id="c1"><div class="comment-block"><div class="comment-header"><cite class="user">
        Anonimo</cite></div><p class="comment-content"><span class="deleted-comment">Questo commento è stato
        eliminato dall'autore.</span></p></div></li><li class="comment" id="c2"><div class="comment-block">
        <div class="comment-header"><cite class="user">Giorgio</cite></div><p class="comment-content">Bello.</p>
        </div></li></ol></div>"""
    )
    assert [(a, t, ph) for a, _, t, ph in thread] == [(None, "", True), ("Giorgio", "Bello.", False)]


_LJ = """<div id="ljcmt{n}"><table><tr><td><span class="ljuser" lj:user="{who}"><b>{who}</b></span><br>
<span class="comment-datetimelink">2006-03-1{n} 10:02 pm (UTC)</span></td></tr></table>
<div class="talk-comment-box">{text}</div><p class="talk-comment-links">(<a href="?replyto={n}">Reply</a>)
(<a href="?thread={n}">Thread</a>)</p></div>"""


def test_a_line_of_reply_and_thread_links_is_not_the_text() -> None:
    blocks = _LJ.format(n=1, who="lena", text="My grandmother met him on a platform.") + _LJ.format(
        n=2, who="sam", text="Trevor Howard with grit in his eye."
    )
    thread = _comments(f'<h1>Heat</h1><div class="entry_text">Review.</div><div id="comments">{blocks}</div>')
    assert [t for _, _, t, _ in thread] == [
        "My grandmother met him on a platform.",
        "Trevor Howard with grit in his eye.",
    ]


def test_russian_is_a_detected_language() -> None:
    assert detect_language("Вчера в кинотеатре показывали Сталкера с плёнки, и зал был полон.") == "ru"


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        ("Η ταινία είναι μεγάλη αλλά η μουσική την κρατά ως το τέλος.", "el"),
        ("הסרט ארוך אבל המוזיקה מחזיקה אותו עד הסוף.", "he"),
        ("الفيلم طويل لكن الموسيقى تحمله حتى النهاية.", "ar"),
        ("فیلم طولانی است اما موسیقی آن را تا پایان نگه می‌دارد.", "fa"),
        ("ภาพยนตร์ยาวแต่ดนตรีช่วยพาไปจนจบเรื่อง", "th"),
        ("फ़िल्म लंबी है लेकिन संगीत इसे अंत तक संभालता है।", "hi"),
        ("I saw Ζ by Costa-Gavras again and it is still the angriest political thriller around.", "en"),
    ],
)
def test_languages_with_a_script_of_their_own(sample: str, language: str) -> None:
    assert detect_language(sample) == language


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        ("昨日、映画館で『ストーカー』をフィルムで観ました。客席は満員でした。", "ja"),
        ("Blade Runnerの新しい字幕版を観ましたが、音楽が本当に素晴らしかったです。", "ja"),
        ("昨天在电影院看了胶片版的《潜行者》，放映厅里坐满了人。", "zh"),
        ("昨天在電影院看了膠片版的《潛行者》，放映廳裡坐滿了人。", "zh"),
        ("어제 극장에서 스토커를 필름으로 봤는데 객석이 꽉 찼습니다.", "ko"),
        ("I finally saw 千と千尋の神隠し at the old cinema and the hand-drawn animation held up well.", "en"),
    ],
)
def test_chinese_japanese_and_korean_are_told_by_their_scripts(sample: str, language: str) -> None:
    """Kana say Japanese, hangul Korean, Han alone Chinese; a quoted CJK title is no CJK page."""
    assert detect_language(sample) == language


# --- session 6 (R1): forum posts, notes and lists no engine vocabulary names --------------


def _note(who: str, when: str, text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<div{klass}><b class="who">{who}</b> <span class="when">{when}</span><div class="words">{text}</div></div>'


def test_zebra_stripes_do_not_split_one_list_into_two_kinds() -> None:
    """JComments: div.even / div.odd items with nothing else in their class."""
    blocks = "".join(
        _note(who, "12.03.2020 10:00", text, cls)
        for who, text, cls in [
            ("Ann", "Loved the diner scene.", "odd"),
            ("Bob", "Too long for me, sadly.", "even"),
            ("Cleo", "The score carries it all.", "odd"),
        ]
    )
    assert [
        (a, p)
        for a, p, _, _ in _comments(
            f"<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{blocks}</div>"
        )
    ] == [
        ("Ann", None),
        ("Bob", None),
        ("Cleo", None),
    ]


def test_a_reply_list_right_after_its_parent_nests_the_replies() -> None:
    """JComments tree: the replies of an item in a list placed right after the item."""
    thread = (
        _note("Ann", "12.03.2020 10:00", "Loved the diner scene.", "even")
        + '<div class="comments-list">'
        + _note("Bob", "12.03.2020 11:00", "Me too, the two of them.", "odd")
        + '<div class="comments-list">'
        + _note("Ann", "12.03.2020 12:00", "Exactly that, yes.", "even")
        + "</div></div>"
        + _note("Cleo", "13.03.2020 09:00", "The score carries it all.", "odd")
    )
    comments = parse_html_page(
        f'<html><head><title>Heat</title></head><body><h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div class="comments-list">'
        f"{thread}</div></body></html>"
    ).comments
    parents = {c.id: c.author for c in comments}
    assert [(c.author, parents.get(c.parent or "")) for c in comments] == [
        ("Ann", None),
        ("Bob", "Ann"),
        ("Ann", "Bob"),
        ("Cleo", None),
    ]


def test_dates_relative_to_the_day_or_with_an_unknown_order_still_date_a_comment() -> None:
    blocks = _note("Ann", "Yesterday, 11:02 AM", "Loved the diner scene.") + _note(
        "Bob", "03-04-2021, 08:12 PM", "Too long for me, sadly."
    )
    assert [
        a
        for a, _, _, _ in _comments(
            f"<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{blocks}</div>"
        )
    ] == ["Ann", "Bob"]


def test_a_posters_rank_title_and_statistics_are_not_the_name() -> None:
    """MyBB's author box (bold name, then the rank) and FluxBB's dd.usertitle."""
    mybb = (
        '<div class="post"><div class="post_author"><div class="author_information"><strong>{who}</strong><br>'
        '<span class="smalltext">Unregistered</span></div></div><div class="post_content"><span class="post_date">'
        '{when}</span><div class="post_body">{text}</div></div></div>'
    )
    flux = (
        '<div class="blockpost"><h2><a href="#p1">{when}</a></h2><dl><dt><strong>{who}</strong></dt><dd '
        'class="usertitle"><strong>Moderator</strong></dd></dl><div class="postmsg"><p>{text}</p></div></div>'
    )
    for form in (mybb, flux):
        posts = form.format(who="tapehiss", when="2021-03-04 20:12", text="He keeps playing the sax.") + form.format(
            who="Marijke", when="2021-03-05 10:00", text="The telephone booth scene saves it."
        )
        assert [
            a
            for a, _, _, _ in _comments(
                f"<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{posts}</div>"
            )
        ] == [
            "tapehiss",
            "Marijke",
        ]


def test_a_quote_box_of_another_post_is_not_the_comments_text() -> None:
    quoted = (
        '<div class="quotebox"><cite>Ann schreef:</cite><blockquote><div><p>Is Hauer better here?</p></div>'
        "</blockquote></div><p>Not better, different.</p>"
    )
    blocks = _note("Ann", "12.03.2020 10:00", "Is Hauer better here than later on?") + _note(
        "Bob", "12.03.2020 11:00", quoted
    )
    assert [
        t
        for _, _, t, _ in _comments(
            f"<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{blocks}</div>"
        )
    ][1] == ("Not better, different.")


def test_a_listing_that_names_the_post_of_each_comment_is_not_the_thread() -> None:
    """A Joomla 'latest comments' module: author, date and text again, with a link to the post."""
    title = "Short Film About Killing, years later"
    thread = _note("Ann", "12.03.2020 10:00", "I saw it at school and nobody spoke.") + _note(
        "Bob", "13.03.2020 11:00", "The longer cinema cut is the better one."
    )
    module = "".join(
        f'<li><span class="author">{who}</span> <span class="date">{when}</span><div class="text">{text}</div>'
        f'<p><a href="/{slug}">{post}</a></p></li>'
        for who, when, text, slug, post in [
            ("Bob", "13.03.2020 11:00", "The longer cinema cut is the better one.", "short", title),
            ("Ann", "12.03.2020 10:00", "I saw it at school and nobody spoke.", "short", title),
            ("Ola", "01.03.2020 08:00", "Three Colours is the peak for me.", "three", "Three Colours at the studio"),
        ]
    )
    page = parse_html_page(
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Two deaths, and neither is easier to watch."
        f"</p><div>{thread}</div>"
        f'<div class="moduletable"><h3>Latest comments</h3><ul>{module}</ul></div></body></html>'
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob"]


def test_a_pages_header_and_footer_blocks_are_not_comments() -> None:
    blocks = _note("Ann", "12.03.2020 10:00", "Loved the diner scene.") + _note(
        "Bob", "13.03.2020 11:00", "Too long for me, sadly."
    )
    page = (
        '<div id="header"><b>Club Admin</b> <span>12.03.2020</span><p>Welcome to the film club pages.</p></div>'
        f'<div id="content"><h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{blocks}</div></div>'
        '<div id="footer"><b>Webmaster</b> <span>13.03.2020</span><p>All rights reserved by the club.</p></div>'
    )
    assert [a for a, _, _, _ in _comments(page)] == ["Ann", "Bob"]


def test_a_parent_comment_keeps_only_its_own_words_when_its_replies_are_inside_it() -> None:
    reply = '<div class="c"><b>{}</b> <span>13.03.2020</span><p>{}</p></div>'
    thread = (
        '<div class="c"><b>Ann</b> <span>12.03.2020</span><p>Loved the diner scene.</p>'
        + reply.format("Bob", "Me too, the two of them.")
        + reply.format("Cleo", "And the coffee cups.")
        + '</div><div class="c"><b>Dan</b> <span>14.03.2020</span><p>Too long for me, sadly.</p></div>'
    )
    thread_comments = _comments(
        f"<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><div>{thread}</div>"
    )
    assert [(a, t) for a, _, t, _ in thread_comments] == [
        ("Ann", "Loved the diner scene."),
        ("Bob", "Me too, the two of them."),
        ("Cleo", "And the coffee cups."),
        ("Dan", "Too long for me, sadly."),
    ]


_FORUM_POST = (
    '<div class="post" id="p{n}"><div class="poster"><strong>{who}</strong></div><span class="date">{when}</span>'
    '<div class="message">{text}</div></div>'
)


def test_a_forum_threads_opening_post_is_the_post_not_a_comment() -> None:
    """phpBB, MyBB, FluxBB: every post has the same markup, and the first one is the topic."""
    posts = "".join(
        _FORUM_POST.format(n=n, who=who, when=when, text=text)
        for n, who, when, text in [
            (
                1,
                "harry_caul",
                "2021-03-04 20:12",
                "Watched it again after years and the key sentence plays twice "
                "with the stress on another word. What did you make of the saxophone ending?",
            ),
            (2, "Lena", "2021-03-04 21:40", "He tears his flat apart looking for a bug."),
            (3, "tapehiss", "2021-03-05 11:02", "Still playing along with a record, almost funny."),
        ]
    )
    page = parse_html_page(
        "<html><head><title>The Conversation: the tape that plays twice / Seventies / Reel Talk</title></head>"
        f'<body><div class="crumbs"><a href="/">Reel Talk</a> » Seventies</div><div id="posts">{posts}</div></body>'
        "</html>"
    )
    assert (page.author, page.published, page.body[:28]) == ("harry_caul", "2021-03-04", "Watched it again after years")
    assert [(c.author, c.parent) for c in page.comments] == [("Lena", None), ("tapehiss", None)]


def test_a_short_blog_post_with_a_flat_thread_keeps_its_first_comment() -> None:
    """Numbered comments under a short post: the post's sentence is outside the thread."""
    items = "".join(
        f"<li><strong>{who}</strong> <em>{when}</em><p>{text}</p></li>"
        for who, when, text in [
            ("Rafael", "5 de agosto de 2018", "Chorei na cena do Bom Jesus, com as velas todas acesas e o coro."),
            ("dona_cida", "6 de agosto de 2018", "O menino está perfeito, nunca mais vi ele atuar em nada."),
        ]
    )
    page = parse_html_page(
        "<html><head><title>Central do Brasil</title></head><body><div id='post'><h1>Central do Brasil</h1>"
        "<div class='texto'><p>Fernanda Montenegro escreve cartas para quem não sabe escrever e o filme inteiro "
        f"cabe nessa ideia.</p></div></div><ol class='lista'>{items}</ol></body></html>"
    )
    assert [c.author for c in page.comments] == ["Rafael", "dona_cida"]


def test_notes_that_say_something_are_comments_without_a_date() -> None:
    """Tumblr notes: 'NAME said: TEXT' and 'NAME reblogged this from X and added:' are
    comments; likes, bare reblogs and 'posted this' are not."""
    notes = "".join(
        f'<li class="note {kind}"><a class="avatar_frame" href="https://{who}.example/"><img class="avatar" alt="">'
        f'</a><span class="action"><a href="https://{who}.example/" class="tumblelog">{who}</a> {action}</span>'
        f'<div class="clear"></div>{extra}</li>'
        for kind, who, action, extra in [
            ("like", "owl", "likes this", ""),
            (
                "reply",
                "hulot",
                'said: <span class="answer_content">the scene with the revolving doors is worth it</span>',
                "",
            ),
            (
                "reblog",
                "sixties",
                'reblogged this from <a href="https://m.example/">m</a> and added:',
                '<blockquote><a href="https://sixties.example/post/1">Seventy millimetre or nothing at all.</a>'
                "</blockquote>",
            ),
            ("reblog", "stock", 'reblogged this from <a href="https://m.example/">m</a>', ""),
            ("original_post", "m", "posted this", ""),
        ]
    )
    thread = _comments(
        f'<h1>Heat</h1><p>A long, patient heist film about two tired men.</p><ol class="notes">{notes}</ol>'
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("hulot", "the scene with the revolving doors is worth it"),
        ("sixties", "Seventy millimetre or nothing at all."),
    ]


_THING = (
    '<div class="thing comment" id="thing_{n}"><div class="entry {state}"><p class="tagline">'
    '<a class="expand">[–]</a>{who} <span class="score">4 points</span> <time datetime="2021-03-0{n}T18:40:05">3 years'
    ' ago</time></p><form class="usertext"><div class="usertext-body"><div class="md"><p>{text}</p></div></div>'
    '</form><ul class="buttons"><li class="reply-button"><a>reply</a></li></ul></div><div class="child">{child}'
    "</div></div>"
)


def test_a_state_class_around_the_whole_comment_is_not_chrome() -> None:
    """Old Reddit: 'div.entry.unvoted' holds the tagline and the text; a vote button is
    chrome, the state 'unvoted' is not."""
    thing = _THING.format(
        n=1, state="unvoted", who='<a class="author" href="/user/ann">ann</a>', text="The framing device.", child=""
    )
    assert _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p>{thing}") == [
        ("ann", None, "The framing device.", False)
    ]


def test_a_deleted_comment_keeps_its_place_for_its_replies() -> None:
    """'[deleted]' as author and text; 'usertext' (the text a user wrote) names no author, a
    'tagline' is the comment's meta, not its text."""
    reply = _THING.format(
        n=2, state="unvoted", who='<a class="author" href="/user/cel">cel</a>', text="The husband knows.", child=""
    )
    deleted = _THING.format(n=1, state="unvoted grayed", who="<em>[deleted]</em>", text="[deleted]", child=reply)
    thread = _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p>{deleted}")
    assert thread == [(None, None, "", True), ("cel", "thing_1", "The husband knows.", False)]


def test_a_chrome_class_on_the_element_that_holds_the_author_and_text_is_not_chrome() -> None:
    thing = _THING.format(
        n=1, state="has-votes", who='<a class="author" href="/user/ann">ann</a>', text="The framing device.", child=""
    )
    assert _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p>{thing}") == [
        ("ann", None, "The framing device.", False)
    ]


def test_a_name_heading_is_the_author_and_a_date_link_is_not() -> None:
    """Bootstrap media objects: 'h4.media-heading' holds the author (a link, or the bare name
    when the commenter gave no URL); the date is a link too ('March 4, 2021 at 8:05 am')."""
    item = (
        '<li class="media"><div class="media-left"><img alt="" src="/a.png"></div><div class="media-body">'
        '<h4 class="media-heading">{who}</h4><time><a href="#c">March {d}, 2021 at 8:05 am</a></time><p>{text}</p>'
        "</div></li>"
    )
    items = item.format(who='<a href="https://h.example">Holly Martins</a>', d=3, text="The avenue of trees.") + (
        item.format(who="Anna S.", d=4, text="It takes a full minute.")
        + item.format(who="Major Calloway", d=5, text="The cuckoo clock speech.")
    )
    thread = _comments(f'<h2>Heat</h2><p>A long, patient heist film.</p><ul class="media-list">{items}</ul>')
    assert [a for a, _, _, _ in thread] == ["Holly Martins", "Anna S.", "Major Calloway"]


_GHOST = (
    '<div class="flex flex-row mb-6" id="gh-comment-{n}"><div><div class="flex items-center mb-2">'
    '<div class="mr-3"><figure class="relative"><div class="rounded-full"><p class="font-sans">{ini}</p></div>'
    '</figure></div><div><h4 class="text-[17px] font-bold">{who}</h4><div class="flex items-baseline">'
    '<div title="Saturday 11 February 2023 1{n}:31">2d ago</div></div></div></div><div class="ml-12 mb-2">'
    '<p class="gh-comment-content">{text}</p></div><div class="ml-12 flex gap-5"><button>Reply</button></div>'
    "</div></div>"
)


def test_a_thread_inside_the_article_taken_as_the_body_is_read() -> None:
    """Ghost's comments-ui inside the post's <article> (the body found only as the article):
    utility classes, the name in an h4, initials in the avatar's <figure>, a header that is
    part of its comment, not a reply."""
    thread = "".join(
        _GHOST.format(n=n, ini=ini, who=who, text=text)
        for n, ini, who, text in [
            (1, "DM", "Dario Mendes", "Ran this twice last week."),
            (2, "ST", "Sunniva Tveit", "Any chance of a third screening?"),
        ]
    )
    page = parse_html_page(
        "<html><head><title>Salt Road</title></head><body><article><h1>Salt Road</h1><p>Two sisters, one van and "
        f'the salt flats of southern Bolivia, filmed patiently.</p><section class="comments"><div>{thread}</div>'
        "</section></article></body></html>"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Dario Mendes", "Ran this twice last week."),
        ("Sunniva Tveit", "Any chance of a third screening?"),
    ]


def test_a_bare_name_beside_the_date_in_a_meta_line_is_the_author() -> None:
    """django-comments-xtd: 'DATE&nbsp;-&nbsp;NAME <a>¶</a>'; a permalink symbol is no name;
    a removed comment's notice keeps its place."""
    item = (
        '<div class="media"><div class="media-body"><div class="comment"><h6 class="media-heading">{when}&nbsp;-&nbsp;'
        '{who}&nbsp;&nbsp;<a class="permalink" href="#c{n}">¶</a></h6><p>{text}</p></div></div></div>'
    )
    items = "".join(
        item.format(n=n, when=f"1{n} de marzo de 2022 a las 19:04", who=who, text=text)
        for n, who, text in [
            (1, '<a href="https://c.example">Andrés Quiroga</a>', "La sala entera se reía con el pleno."),
            (2, "Lucía Ferrándiz", "En Valladolid se la llevó el público."),
            (3, "", "Este comentario ha sido eliminado."),
        ]
    )
    thread = _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p><div>{items}</div>")
    assert [(a, ph) for a, _, _, ph in thread] == [("Andrés Quiroga", False), ("Lucía Ferrándiz", False), (None, True)]


def test_a_separate_ping_list_gives_pingbacks_with_their_excerpts() -> None:
    """Hueman: ol.pinglist > li.ping with the source link, a date and '[…] excerpt […]'."""
    pings = (
        '<ol class="pinglist"><li class="ping"><div class="ping-link"><a href="https://f.example/kw10/">Wochenrückblick'
        ' KW 10</a></div><div class="ping-meta">5. März 2019</div><div class="ping-content"><p>[…] Jörg hat den Film '
        "gesehen. […]</p></div></li></ol>"
    )
    page = parse_html_page(
        f"<html><head><title>Heat</title></head><body><h1>Heat</h1><p>Review.</p>{pings}</body></html>"
    )
    [ping] = page.comments
    assert ping.pingback is not None and ping.pingback.title == "Wochenrückblick KW 10"
    assert ping.text == "[…] Jörg hat den Film gesehen. […]"


def test_a_plain_blockquote_that_names_its_source_is_a_quote_not_the_text() -> None:
    """NodeBB: '<blockquote><p>@ann said in <a>TOPIC</a>:</p><p>...</p></blockquote>' opens a
    reply; an unattributed blockquote opening a comment is a quote too (the eleventh session's
    gold convention: the commenter's own words after it are the text)."""
    blocks = (
        _note("Ann", "12.03.2020 10:00", "It was all written from the start.")
        + _note(
            "Bob",
            "12.03.2020 11:00",
            '<blockquote><p><a href="/uid/3">@Ann</a> ha detto in <a href="/post/1">Il sorpasso: commedia?</a>:</p><p>It'
            " was all written.</p></blockquote><p>Agreed, and it still hits hard.</p>",
        )
        + _note("Cleo", "12.03.2020 12:00", "<blockquote><p>Verse by verse.</p></blockquote><p>My favourite line.</p>")
    )
    texts = [t for _, _, t, _ in _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p><div>{blocks}</div>")]
    assert texts[1:] == ["Agreed, and it still hits hard.", "My favourite line."]


def test_a_comment_held_for_moderation_is_not_a_comment_of_the_thread() -> None:
    """Chyrp Lite and WordPress themes show the writer 'This comment is awaiting moderation.'"""
    blocks = _note("Ann", "12.03.2020 10:00", "It was all written from the start.") + _note(
        "visitante", "13.03.2020 11:00", "Este comentário aguarda moderação."
    )
    thread = _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p><div>{blocks}</div>")
    assert [(a, ph) for a, _, _, ph in thread] == [("Ann", False), (None, True)]


def test_zero_based_level_classes_and_a_bare_name_before_says() -> None:
    """PluXml: a flat list of div.comment.level-0 / level-1, each '<time>DATE</time> - NAME a
    dit :' (a link or the bare name) over the text in a blockquote of its own."""
    item = (
        '<div id="c{n}" class="comment level-{level}"><div id="com-{n}"><small><a class="nbcom" href="#c{n}">#{n}</a>'
        '&nbsp;<time datetime="2018-11-1{n} 09:12">1{n} novembre 2018 09:12</time> - {who} a dit :</small>'
        '<blockquote><p class="content_com">{text}</p></blockquote></div><a href="#form">Répondre</a></div>'
    )
    items = "".join(
        item.format(n=n, level=level, who=who, text=text)
        for n, level, who, text in [
            (1, 0, '<a rel="nofollow" href="https://y.example">Yann K.</a>', "La scène de la mare de pétrole."),
            (2, 1, "Mireille Caradec", "Clouzot a fait reprendre la scène."),
            (3, 0, "Odette", "Le remake n'a jamais retrouvé cette lenteur."),
        ]
    )
    thread = parse_html_page(
        "<html><head><title>Heat</title></head><body><h1>Heat</h1><p>Review.</p>"
        f'<div id="comments">{items}</div></body></html>'
    ).comments
    assert [(c.author, c.parent, c.text) for c in thread] == [
        ("Yann K.", None, "La scène de la mare de pétrole."),
        ("Mireille Caradec", "c1", "Clouzot a fait reprendre la scène."),
        ("Odette", None, "Le remake n'a jamais retrouvé cette lenteur."),
    ]


def test_a_forum_page_without_dates_names_its_posters_by_markup() -> None:
    """Flarum before its script runs: article > div.PostUser > h3.PostUser-name over
    div.Post-body, no dates; the first post is the discussion; hidden and noscript notices
    and the title (a question) are not a post of the page's own."""
    post = (
        '<article><div class="PostUser"><h3 class="PostUser-name">{who}</h3></div><div class="Post-body"><p>{text}</p>'
        "</div></article><hr>"
    )
    posts = "".join(
        post.format(who=who, text=text)
        for who, text in [
            ("nightdriver", "I finally rewatched it knowing how it ends, and the first two hours play differently."),
            ("Club_Silencio", "Much sadder. The diner scene becomes the whole film in miniature."),
            ("rita_h", "Second watch is where the blue box starts to make sense for me."),
        ]
    )
    page = parse_html_page(
        "<html><head><title>Is Mulholland Drive better on a second watch? - Late Show</title></head><body>"
        '<noscript><div class="Alert">This site is best viewed in a modern browser with JavaScript enabled.</div>'
        '</noscript><div style="display: none">Something went wrong while trying to load the full version of this '
        'site.</div><noscript id="content"><div class="container"><h2>Is Mulholland Drive better on a second '
        f"watch?</h2><div>{posts}</div></div></noscript></body></html>"
    )
    assert (page.author, [c.author for c in page.comments]) == ("nightdriver", ["Club_Silencio", "rita_h"])


def test_a_meta_lines_chrome_word_is_no_name() -> None:
    """'<time>3 years ago</time> · Edited' beside an unnamed comment: no author."""
    blocks = "".join(
        f'<div class="comment" id="comment-{n}"><div class="meta"><time datetime="2021-03-0{n}">3 years ago</time>'
        f' · Edited</div><div class="comment-content"><p>{text}</p></div></div>'
        for n, text in [(1, "Loved the diner scene."), (2, "Too long for me, sadly.")]
    )
    thread = _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p>{blocks}")
    assert [(a, t) for a, _, t, _ in thread] == [(None, "Loved the diner scene."), (None, "Too long for me, sadly.")]


def test_a_name_particle_is_no_byline_and_a_guest_class_names_the_guest() -> None:
    """IntenseDebate: 'span.idc-i > a' 'Max von Mayerling' (not 'by Mayerling'), and a guest's
    bare name in 'span.idc-guest'."""
    item = (
        '<div class="idc-thread"><div class="idc-c"><div class="idc-c-h"><span class="idc-i">{who}</span></div>'
        '<div class="idc-c-t"><div class="idc-c-t-inner">{text}</div></div><div class="idc-c-b"><a class="IDCommentTime"'
        ' title="April 1{n}, 2011 9:05 AM" href="#c{n}">13 years ago</a></div></div></div>'
    )
    items = item.format(n=0, who='<a href="http://n.example">Max von Mayerling</a>', text="The butler's secret.") + (
        item.format(n=2, who='<span class="idc-guest">Betty S.</span>', text="Paired it with Mulholland Drive.")
    )
    thread = _comments(f'<h1>Heat</h1><p>A long, patient heist film.</p><div id="idc-cover">{items}</div>')
    assert [a for a, _, _, _ in thread] == ["Max von Mayerling", "Betty S."]


def test_an_item_id_that_holds_a_region_word_is_still_an_item() -> None:
    blocks = "".join(
        f'<div id="post-content-{n}"><b>{who}</b> <span>1{n}.03.2020</span><p>{text}</p></div>'
        for n, who, text in [(1, "Ann", "Loved the diner scene."), (2, "Bob", "Too long for me, sadly.")]
    )
    assert [a for a, _, _, _ in _comments(f"<h1>Heat</h1><p>A long, patient heist film.</p><div>{blocks}</div>")] == [
        "Ann",
        "Bob",
    ]


_PHPBB2_POST = (
    '<tr><td class="row{z}"><span class="name"><a name="{n}"></a><b>{who}</b></span><br><span class="postdetails">'
    'Member<br><br>Joined: 12 Jan 2006<br>Posts: 63<br></span></td><td class="row{z}"><table><tr><td><span '
    'class="postdetails">Posted: Mon Mar 0{n}, 2019 8:12 pm<span class="gen">&nbsp;</span>&nbsp; &nbsp;Post '
    'subject: {subject}</span></td></tr><tr><td><span class="postbody">{text}</span></td></tr></table></td></tr>'
    '<tr><td class="spaceRow" colspan="2"><img src="spacer.gif" alt=""></td></tr>'
)


def test_a_table_forums_posts_their_dates_and_the_topic_title() -> None:
    """phpBB 2 subSilver: a post per table row, the date inside a longer 'Posted: DATE  Post
    subject: ...' line (not the poster's 'Joined:' date), later posts answering with 'Re:'
    subjects, the topic's title only in '<title>BOARD :: View topic - TITLE' and a link."""
    topic = "Fanny and Alexander: TV version or cinema cut?"
    posts = "".join(
        _PHPBB2_POST.format(n=n, z=1 + n % 2, who=who, subject=("Re: " if n > 4 else "") + topic, text=text)
        for n, who, text in [
            (4, "Halvard", "I keep going back to the five-hour television version. Which one do you show first?"),
            (5, "Solveig_M", "The cinema cut, without hesitation, five hours is a lot to ask."),
            (6, "ostrich", "Television version, the Christmas dinner is the best half hour he filmed."),
        ]
    )
    page = parse_html_page(
        f"<html><head><title>Nordic Film Cellar :: View topic - {topic}</title></head><body><span class='maintitle'>"
        f"Nordic Film Cellar</span><a class='maintitle' href='viewtopic.php?t=918'>{topic}</a>"
        f"<table class='forumline'><tr><th>Author</th><th>Message</th></tr>{posts}</table></body></html>"
    )
    assert (page.title, page.author, page.published) == (topic, "Halvard", "2019-03-04")
    assert [(c.author, c.published) for c in page.comments] == [("Solveig_M", "2019-03-05"), ("ostrich", "2019-03-06")]


def test_the_author_in_a_discussions_header_is_the_posts_author() -> None:
    """Vanilla: the opening post's 'div.DiscussionHeader > span.Author > a.Username'; a
    greeting in the site's header names the reader, not the author."""
    page = parse_html_page(
        "<html><head><title>Jeanne Dielman</title></head><body><div class='site-header'><span class='username'>"
        "visitor_42</span></div><h1>Jeanne Dielman</h1><div class='Item-Discussion'><div class='Item-Header "
        "DiscussionHeader'><span class='Author'><a class='Username' href='/profile/Agnes_V'>Agnes_V</a></span></div>"
        "<div class='Message'>Three and a half hours of potatoes, and worth every minute of them.</div></div>"
        "</body></html>"
    )
    assert page.author == "Agnes_V"


# --- session 7 (R2): themes with no engine vocabulary, BEM and hashed class names ------------


def _page(body: str, title: str = "Heat") -> Page:
    return parse_html_page(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def test_an_aside_inside_a_comment_is_its_date_line_not_a_sidebar() -> None:
    """Kirby Comments: 'aside.comment-info' holds the date; asides are removed as sidebars
    only outside comment items, and an 'info' part marks a meta line, not the text."""
    page = _page(
        """<h1>Heat</h1><article class="note"><p>Review of the film.</p></article><section class="comments">
        <article id="comment-1" class="comment"><h3><a href="http://t.example">Tom Bell</a></h3>
        <aside class="comment-info"><p>Posted on October 30, 2020 at 10:15 pm. <a href="#comment-1">Permalink</a></p>
        </aside><p>The diner scene holds up.</p></article>
        <article id="comment-2" class="comment"><h3>Priya S.</h3><aside class="comment-info"><p>Posted on October 31,
        2020 at 9:02 am. <a href="#comment-2">Permalink</a></p></aside><p>Saw it twice.</p></article></section>"""
    )
    assert [(c.author, c.text, c.published) for c in page.comments] == [
        ("Tom Bell", "The diner scene holds up.", "2020-10-30"),
        ("Priya S.", "Saw it twice.", "2020-10-31"),
    ]


def _message(name: str, text: str, when: str, level: str = "", attrs: str = "") -> str:
    return (
        f'<div class="talk-message{level}"{attrs}><div class="talk-message-user"><img src="a.png" alt="">'
        f'<div class="talk-message-byline">{name}</div></div><div class="talk-message-body"><p>{text}</p></div>'
        f'<div class="talk-message-controls"><a href="#">Répondre</a> {when}</div></div>'
    )


def test_the_last_part_of_a_bem_class_names_the_user() -> None:
    """Concrete CMS: 'ccm-conversation-message-user' names a user though 'message' is in the token."""
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="talk">'
        + _message("Denis Roux", "Je ne pensais pas pleurer.", "21/01/2022 à 09:14")
        + _message("Anne Vidal", "La copie était belle.", "22/01/2022 à 18:05")
        + "</div>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Denis Roux", "Je ne pensais pas pleurer."),
        ("Anne Vidal", "La copie était belle."),
    ]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        # depth classes behind the block's own words (Concrete's 'ccm-conversation-message-level1')
        (" talk-message-level0", " talk-message-level1", " talk-message-level0"),
        # Komento's 'kmt-child-1'
        (" kmt-child-0", " kmt-child-1", " kmt-child-0"),
    ],
)
def test_prefixed_depth_classes_nest_a_flat_list(first: str, second: str, third: str) -> None:
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="talk">'
        + _message("Denis Roux", "Je ne pensais pas pleurer.", "21/01/2022 à 09:14", first)
        + _message("Anne Vidal", "Avec plaisir, bonne soirée.", "21/01/2022 à 13:40", second)
        + _message("Paul Lenoir", "Le son était fort.", "22/01/2022 à 18:05", third)
        + "</div>"
    )
    assert [p for _, p, _, _ in thread] == [None, "h1", None]


def test_a_depth_attribute_nests_a_flat_list() -> None:
    """'data-depth', 'data-conversation-message-level': the depth stated in an attribute."""
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="talk">'
        + _message("Denis Roux", "Je ne pensais pas pleurer.", "21/01/2022 à 09:14", attrs=' data-depth="0"')
        + _message("Anne Vidal", "Avec plaisir, bonne soirée.", "21/01/2022 à 13:40", attrs=' data-depth="1"')
        + _message("Paul Lenoir", "Le son était fort.", "22/01/2022 à 18:05", attrs=' data-depth="0"')
        + "</div>"
    )
    assert [p for _, p, _, _ in thread] == [None, "h1", None]


def test_margins_on_the_replies_only_nest_a_flat_list() -> None:
    """Komento: 'margin-left: 30px' on replies, no style at all on top-level comments."""
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="talk">'
        + _message("Denis Roux", "Je ne pensais pas pleurer.", "21/01/2022 à 09:14")
        + _message(
            "Anne Vidal", "Avec plaisir, bonne soirée.", "21/01/2022 à 13:40", attrs=' style="margin-left: 30px"'
        )
        + _message("Léa Brun", "Moi aussi, vraiment.", "21/01/2022 à 15:10", attrs=' style="margin-left: 60px"')
        + _message("Paul Lenoir", "Le son était fort.", "22/01/2022 à 18:05")
        + "</div>"
    )
    assert [p for _, p, _, _ in thread] == [None, "h1", "h2", None]


def _response(name: str, when: str, text: str, reply: str = "") -> str:
    slug = name.split()[0].lower()
    return (
        f'<div class="bz ca"><div class="cc"><a href="/@{slug}"><img alt="{name}" src="/u.jpg"></a>'
        f'<div class="ci"><a class="ck" href="/@{slug}"><p class="bd">{name}</p></a>'
        f'<a class="co" href="/@{slug}/r-1"><p class="bd">{when}</p></a></div>'
        f'<div class="cs"><pre class="cu"><span class="cw">{text}</span></pre></div>'
        f'<div class="cx"><button class="cz">12</button><button class="db">Reply</button></div></div>{reply}</div>'
    )


def test_hashed_class_names_a_paragraph_with_only_the_date_is_no_text() -> None:
    """Medium-like responses: name and date each in a <p> inside a link; the text in pre > span."""
    thread = _comments(
        '<h1>Heat</h1><article class="w"><p>Review.</p></article><div class="bs">'
        + _response("Marcus Reed", "Apr 18, 2022", "The diner scene is staged for two.")
        + _response("Ottilie Kranz", "May 2, 2022", "The monologue is the whole film.")
        + "</div>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Marcus Reed", "The diner scene is staged for two."),
        ("Ottilie Kranz", "The monologue is the whole film."),
    ]


def test_a_lone_nested_reply_is_left_out_of_its_parent() -> None:
    """A reply alone in a block nested in its parent's block is found after the parent was
    read: the parent is read again without it."""
    reply = (
        '<div class="dd">' + _response("Dana Whitlock", "Apr 18, 2022", "Yes, and the mirror does the rest.") + "</div>"
    )
    thread = _comments(
        '<h1>Heat</h1><article class="w"><p>Review.</p></article><div class="bs">'
        + _response("Marcus Reed", "Apr 18, 2022", "The diner scene is staged for two.", reply)
        + _response("Ottilie Kranz", "May 2, 2022", "The monologue is the whole film.")
        + "</div>"
    )
    assert [(a, p, t) for a, p, t, _ in thread] == [
        ("Marcus Reed", None, "The diner scene is staged for two."),
        ("Dana Whitlock", "h1", "Yes, and the mirror does the rest."),
        ("Ottilie Kranz", None, "The monologue is the whole film."),
    ]


def test_a_link_naming_the_post_author_of_a_by_title_is_no_listing() -> None:
    """'Post | by Author | Site' (Medium's <title>): a response block linking to the author's
    profile does not make the thread a 'recent comments' listing of the post."""
    page = _page(
        '<h1>Heat at the Rialto</h1><article class="w"><p>Review.</p></article><div class="bs">'
        + _response("Dana Whitlock", "Apr 18, 2022", "Thanks for reading, all of you.")
        + _response("Ottilie Kranz", "May 2, 2022", "The monologue is the whole film.")
        + "</div>",
        title="Heat at the Rialto | by Dana Whitlock | Long Takes",
    )
    assert [c.author for c in page.comments] == ["Dana Whitlock", "Ottilie Kranz"]


def test_a_comment_whose_name_line_says_deleted_is_a_placeholder() -> None:
    """Substack: a deleted comment keeps its place with 'Comentario eliminado' as its name."""
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="comment-list">'
        '<div class="comment" id="comment-1"><span class="commenter-name"><a href="/p/ines">Inés</a></span>'
        '<a class="comment-timestamp" href="#">12 sept 2021</a><div class="comment-body"><p>Sin aire.</p></div></div>'
        '<div class="comment" id="comment-2"><span class="commenter-name">Comentario eliminado</span>'
        '<div class="comment-body"></div></div></div>'
    )
    assert thread == [("Inés", None, "Sin aire.", False), (None, None, "", True)]


@pytest.mark.parametrize(
    ("text", "count"),
    [("3 条评论", 3), ("12 則留言", 12), ("3 件のコメント", 3), ("댓글 3", 3), ("评论 (7)", 7), ("发表评论", None)],
)
def test_counts_in_chinese_japanese_and_korean(text: str, count: int | None) -> None:
    assert count_in(text) == count


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ('<p class="note-author">by Margaret Oduya</p>', "Margaret Oduya"),  # Kirby starterkit
        ('<span class="page-author">Posté par Hélène Marchal</span>', "Hélène Marchal"),  # Concrete CMS
        ('<span class="ticket-author"><i class="icon"></i> Андрей Полозов</span>', "Андрей Полозов"),  # MODX Tickets
    ],
)
def test_an_element_whose_class_ends_in_author_names_the_post_author(meta: str, author: str) -> None:
    page = _page(f'<div class="intro"><h1>Heat</h1>{meta}</div><div class="text"><p>Review of the film.</p></div>')
    assert page.author == author


def test_a_by_word_inside_a_sentence_of_the_text_is_no_byline() -> None:
    """'aunque solo sea por Sally Hawkins.': 'por NAME' ends a sentence, it signs nothing."""
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><ul class="comments">'
        '<li><div class="comment"><div class="details"><strong><a href="/u/sombra">Sombra Azul</a></strong>'
        '<span class="timestamp">13 ago 2018</span></div><div class="comm-text"><p>Cronos me duele.</p></div></div></li>'
        '<li><div class="comment"><div class="details"><strong><a href="/u/lau">Lau Martinez</a></strong>'
        '<span class="timestamp">14 ago 2018</span></div><div class="comm-text"><p>Yo pondría La forma del agua más'
        " arriba, aunque solo sea por Sally Hawkins.</p></div></div></li></ul>"
    )
    assert [a for a, _, _, _ in thread] == ["Sombra Azul", "Lau Martinez"]


def test_the_element_before_commented_on_date_names_the_writer() -> None:
    """'<em>NAME</em> commented on <em>DATE</em> at <em>TIME</em>:' (a hand-made template)."""
    block = (
        '<div class="comment"><div class="comment-info"><em>{0}</em> commented on <em>Monday, November 9, 2015</em>'
        " at <em>08:14:02</em>:</div><p>{1}</p></div>"
    )
    thread = _comments(
        '<h1>Heat</h1><div class="entry-text"><p>Review.</p></div><div id="comments-box">'
        + block.format("Bridget Alcott", "The cuckoo clock speech.")
        + block.format("Sam Kettering", "Saw it at the BFI.")
        + "</div>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Bridget Alcott", "The cuckoo clock speech."),
        ("Sam Kettering", "Saw it at the BFI."),
    ]


def test_an_at_link_to_an_earlier_comment_makes_a_flat_reply() -> None:
    """B3log Solo: 'DATE @ <a href="POST#ID">NAME</a>' in a flat list (also '回复 <a>')."""
    block = (
        '<div id="{0}" class="comment-body"><div class="comment-author"><a title="{1}">{1}</a></div>'
        '<div class="comment-info"><div class="left">2020-06-15 09:21:47{2}</div>'
        '<div class="comment-content">{3}</div></div></div>'
    )
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><div class="comments">'
        + block.format("1592200011221", "阿哲", "", "洋洋拍后脑勺那段我笑了。")
        + block.format("1592210023456", "顾南", ' @ <a href="/p.html#1592200011221">阿哲</a>', "是啊，那句台词很重。")
        + "</div>"
    )
    assert [(a, p) for a, p, _, _ in thread] == [("阿哲", None), ("顾南", "1592200011221")]


def test_a_bold_utility_class_marks_a_name_but_not_an_avatars_initials() -> None:
    """Tailwind cards: 'div.text-sm.font-semibold' NAME; 'figure > p.font-semibold' 'DM' is an avatar."""
    card = (
        '<div class="p-4 bg-gray-100 rounded-lg"><figure class="w-10"><p class="font-semibold">{0}</p></figure>'
        '<div class="text-sm font-semibold">{1}</div><div class="text-xs text-gray-500">{2}</div>'
        '<p class="mt-2 text-sm">{3}</p></div>'
    )
    thread = _comments(
        '<h1>Heat</h1><article class="blog"><p>Review of the film.</p></article><div class="space-y-6">'
        + card.format("JT", "Joaquim Teles", "22/05/2023, 10:41:07", "Vi no cinema em 1998 com a minha mãe.")
        + card.format("B", "Bia", "22/05/2023, 18:03:55", "A cena das cartas é a mais cruel.")
        + "</div>"
    )
    assert [a for a, _, _, _ in thread] == ["Joaquim Teles", "Bia"]


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        # Fandom's author-details block: an author word, then 'name'
        (
            '<div class="author-details"><span class="author-details-name"><a href="/u/c">Cinefilo84</a></span></div>',
            "Cinefilo84",
        ),
        # a bare 'Por NAME' line under the title (utility-class front ends)
        ('<div class="text-sm text-gray-500">Por Renata Albuquerque</div>', "Renata Albuquerque"),
    ],
)
def test_post_authors_of_unknown_themes(meta: str, author: str) -> None:
    page = _page(f'<div class="intro"><h1>Heat</h1>{meta}</div><div class="text"><p>Review of the film.</p></div>')
    assert page.author == author


def test_a_list_with_a_comment_class_is_the_list_not_one_comment() -> None:
    """Hatena Blog: 'ul.comment > li.entry-comment': the <ul> holds every comment."""
    item = (
        '<li class="entry-comment"><div class="comment-user-name"><a href="/u/{0}/" class="comment-user-id">id:{0}</a>'
        '</div><div class="comment-content"><p>{1}</p></div><div class="comment-metadata"><a href="#c">'
        '<time datetime="2021-08-16T01:12:08Z">2021/08/16 10:12</time></a></div></li>'
    )
    thread = _comments(
        '<h1>Heat</h1><div class="entry-content"><p>Review.</p></div><ul class="comment">'
        + item.format("harukaze_m", "ピアノのシーンは本当に奇跡みたいでした。")
        + item.format("yohaku", "コメントありがとうございます。")
        + "</ul>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("id:harukaze_m", "ピアノのシーンは本当に奇跡みたいでした。"),
        ("id:yohaku", "コメントありがとうございます。"),
    ]


def test_an_item_of_the_list_with_a_class_of_its_own_is_a_comment_and_no_reply() -> None:
    """K2: 'li.even', 'li.odd', then 'li.even.authorResponse' for the post author's answer;
    'dodany przez <a>NAME</a>' / 'dodany przez NAME' in the author element."""
    item = (
        '<li class="{0}"><span class="commentDate">czwartek, 07 marca 2019 09:12</span>'
        '<span class="commentAuthorName">dodany przez {1}</span><p>{2}</p></li>'
    )
    thread = _comments(
        '<h1>Heat</h1><div class="itemFullText"><p>Review.</p></div><ul class="itemCommentsList">'
        + item.format("even", '<a href="http://t.example" rel="nofollow">Tadeusz K.</a>', "Widziałem go w telewizji.")
        + item.format("odd", "Magda", "Mój tata zna cały film na pamięć.")
        + item.format("even authorResponse", '<a href="/u/62">Ewa Zielińska</a>', "Pozdrowienia dla taty!")
        + "</ul>"
    )
    assert [(a, p) for a, p, _, _ in thread] == [("Tadeusz K.", None), ("Magda", None), ("Ewa Zielińska", None)]


def test_a_swedish_byline_after_the_text_names_the_writer() -> None:
    """ExpressionEngine's 'By NAME on DATE' after the text, in Swedish: 'Av NAME den DATE kl. TIME'."""
    block = '<div class="comment"><p>{1}</p><p class="comment-meta">Av {0} den 3/2/2020 kl. 09:14</p></div>'
    thread = _comments(
        '<h1>Heat</h1><div class="entry-body"><p>Review.</p></div><div class="comments">'
        + block.format('<a href="http://l.example.se">Lennart Holm</a>', "Jag har aldrig sett den förut.")
        + block.format("Sofia", "Pausen kom precis rätt.")
        + "</div>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Lennart Holm", "Jag har aldrig sett den förut."),
        ("Sofia", "Pausen kom precis rätt."),
    ]


def test_a_swedish_published_by_line_names_the_post_author() -> None:
    page = _page(
        '<h1>Heat</h1><p class="entry-meta">Publicerad 2 februari 2020 av Karin Sjöberg i <a href="/k">Visningar</a></p>'
        '<div class="entry-body"><p>Review of the film.</p></div>'
    )
    assert page.author == "Karin Sjöberg"


def _board_item(number: int, name: str, when: str, text: str, style: str = "") -> str:
    return (
        f'<div id="comment_{number}" class="fdb_itm clear"{style}><div class="meta"><a href="#popup" class="member_{number}">'
        f'{name}</a><span class="date">{when}</span></div><div class="comment_{number} rd_body"><div class="xe_content">'
        f"{text}</div></div></div>"
    )


@pytest.mark.parametrize("when", ["2022.07.11 09:02", "2022년 7월 11일", "2022年07月11日 09:02", "2022/7/11 9:02:13"])
def test_year_first_dates_date_a_comment(when: str) -> None:
    """XE/Rhymix, Z-Blog, Tistory: dates written year first with dots, slashes or CJK units."""
    thread = _comments(
        '<h1>Heat</h1><div class="xe_doc"><p>Review.</p></div><div class="fdb_lst_ul">'
        + _board_item(5540, "밤의영사기", when, "저도 두 번 봤는데 두 번째가 훨씬 좋았어요.")
        + _board_item(5561, "무비러버", when, "박해일 배우 연기가 이렇게 절제된 건 처음 본 것 같아요.")
        + "</div>"
    )
    assert [a for a, _, _, _ in thread] == ["밤의영사기", "무비러버"]


@pytest.mark.parametrize("when", ["3 天前", "2일 전", "3日前", "3 часа назад"])
def test_relative_dates_in_cjk_and_russian_date_a_comment(when: str) -> None:
    thread = _comments(
        '<h1>Heat</h1><div class="xe_doc"><p>Review.</p></div><div class="fdb_lst_ul">'
        + _board_item(5540, "밤의영사기", when, "저도 두 번 봤는데 두 번째가 훨씬 좋았어요.")
        + _board_item(5561, "무비러버", when, "박해일 배우 연기가 이렇게 절제된 건 처음 본 것 같아요.")
        + "</div>"
    )
    assert [a for a, _, _, _ in thread] == ["밤의영사기", "무비러버"]


def test_a_link_to_the_parent_opening_a_reply_is_no_part_of_its_text() -> None:
    """XE's 'a.findParent': the name of the comment replied to, linked, before the reply's words."""
    thread = _comments(
        '<h1>Heat</h1><div class="xe_doc"><p>Review.</p></div><div class="fdb_lst_ul">'
        + _board_item(5540, "밤의영사기", "2022.07.11 09:02", "저도 두 번 봤는데 두 번째가 훨씬 좋았어요.")
        + _board_item(
            5547,
            "산책하는고양이",
            "2022.07.11 12:30",
            '<a class="findParent" href="#comment_5540">밤의영사기</a> 맞아요, 음악이 정말 오래 남더라고요.',
            ' style="margin-left:2%"',
        )
        + "</div>"
    )
    assert [(p, t) for _, p, t, _ in thread] == [
        (None, "저도 두 번 봤는데 두 번째가 훨씬 좋았어요."),
        ("5540", "맞아요, 음악이 정말 오래 남더라고요."),
    ]


def test_a_korean_count_follows_its_noun() -> None:
    """'조회 수 1482 추천 수 12 댓글 3': 3 comments (the 12 is the votes)."""
    assert count_in("조회 수 1482 추천 수 12 댓글 3") == 3
    assert count_in("3개의 댓글") == 3


@pytest.mark.parametrize(
    ("meta", "author", "published"),
    [
        # Z-Blog: 'h4.post-date' year first, '作者:NAME | 分类:...'
        (
            '<h4 class="post-date">2021年05月20日</h4><h6 class="post-footer">作者:胶片老周 | 分类:影评</h6>',
            "胶片老周",
            "2021-05-20",
        ),
        # XE/Rhymix: the document's 'a.nick' and 'span.date'
        (
            '<span class="date">2022.07.10 22:41</span><a href="#popup" class="nick member_312">산책하는고양이</a>',
            "산책하는고양이",
            "2022-07-10",
        ),
    ],
)
def test_east_asian_post_authors_and_dates(meta: str, author: str, published: str) -> None:
    page = _page(f'<div class="post"><h2>Heat</h2>{meta}<div class="post-body"><p>Review of the film.</p></div></div>')
    assert (page.author, page.published) == (author, published)


def test_definition_list_pairs_are_comments() -> None:
    """django.contrib.comments' default list: 'dt DATE - NAME' and 'dd TEXT' siblings, no wrapper."""
    thread = _comments(
        '<h2>Heat</h2><div class="entry-content"><p>Review of the film.</p></div><dl id="comments">'
        "<dt>14. Oktober 2018 um 22:17 - Miriam K.</dt><dd><p>Ich war auch da, der Saal war voll.</p></dd>"
        "<dt>15. Oktober 2018 um 08:02 - Holger</dt><dd><p>Schade, dass die Fortsetzung schwächer ist.</p></dd></dl>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Miriam K.", "Ich war auch da, der Saal war voll."),
        ("Holger", "Schade, dass die Fortsetzung schwächer ist."),
    ]


def test_a_paragraph_headed_by_a_bold_name_and_a_date_is_a_comment() -> None:
    """Hand-written pages: '<p><b>NAME</b> (DATE)<br>text</p>', one paragraph per comment."""
    thread = _comments(
        '<h1>Heat</h1><p>We ran the Romero picture at midnight again and the house was full.</p><div class="said">'
        "<p><b>Darla P.</b> (November 1, 2004)<br>First time seeing it on film.</p>"
        "<p><b>Kenny from Elm St.</b> (November 1, 2004)<br>Fourth year for me too.</p></div>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Darla P.", "First time seeing it on film."),
        ("Kenny from Elm St.", "Fourth year for me too."),
    ]


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("<p><i>posted October 31, 2004 by Walt Hendricks</i></p>", "Walt Hendricks", "2004-10-31"),
        ('<p class="entry-info">Veröffentlicht am 14. Oktober 2018 von Jonas Wendt</p>', "Jonas Wendt", "2018-10-14"),
    ],
)
def test_a_posted_date_by_name_line_gives_the_post_author_and_date(line: str, author: str, published: str) -> None:
    page = _page(f"<h1>Heat</h1>{line}<p>We ran the Romero picture at midnight again and the house was full.</p>")
    assert (page.author, page.published) == (author, published)


def test_a_name_in_an_h2_and_a_relative_time_make_a_comment() -> None:
    """Anchor CMS: 'li.comment > div.wrap > h2 NAME + time "3 weeks ago" + div.content'."""
    item = '<li class="comment" id="comment-{0}"><div class="wrap"><h2>{1}</h2><time>{2}</time><div class="content"><p>{3}</p></div></div></li>'
    thread = _comments(
        '<h1>Heat</h1><article><p>Review of the film.</p></article><ul class="commentlist">'
        + item.format(61, "Priyanka Shah", "3 weeks ago", "The second half is my favourite.")
        + item.format(64, "Ed Morrow", "2 weeks ago", "The song was stuck in my head.")
        + "</ul>"
    )
    assert [(a, t) for a, _, t, _ in thread] == [
        ("Priyanka Shah", "The second half is my favourite."),
        ("Ed Morrow", "The song was stuck in my head."),
    ]


def _bbp_post(number: int, name: str, when: str, text: str) -> str:
    return (
        f'<div id="post-{number}" class="bbp-reply-header"><span class="bbp-reply-post-date">{when}</span>'
        f'<a href="#post-{number}" class="bbp-reply-permalink">#{number}</a></div>'
        f'<div class="loop-item-{number % 7} user-id-{number % 5} post-{number} reply hentry"><div class="bbp-reply-author">'
        f'<a href="/u/{number}" class="bbp-author-link"><span class="bbp-author-name">{name}</span></a>'
        f'<div class="bbp-author-role">Deelnemer</div></div><div class="bbp-reply-content"><p>{text}</p></div></div>'
    )


def test_a_dated_header_and_the_post_after_it_are_one_comment() -> None:
    """bbPress: each post is a 'bbp-reply-header' (date) then a sibling with the author and the
    text ('loop-item-N post-N': numbered classes are one kind; 'bbp-reply-content' is text)."""
    page = _page(
        '<h1>Heat</h1><div class="entry-content"><p>Review of the film, a long one.</p></div>'
        '<ul class="forums bbp-replies"><li class="bbp-body">'
        + _bbp_post(4125, "Pieter", "12 maart 2019 om 22:05", "Nee, juist niet, de stilte is sterk.")
        + _bbp_post(4131, "Marloes", "13 maart 2019 om 09:17", "Ik sluit me bij Pieter aan.")
        + "</li></ul>"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Pieter", "Nee, juist niet, de stilte is sterk."),
        ("Marloes", "Ik sluit me bij Pieter aan."),
    ]


_CARD = (
    '<div class="p-4 rounded-lg"><div class="text-sm font-semibold">{0}</div><div class="text-xs text-gray-500">{1}</div>'
    '<p class="mt-2 text-sm">{2}</p></div>'
)
_THREAD = (
    '<h1>Heat</h1><article class="prose"><p>Review of the film, it is long and good.</p></article><div class="space-y-6">'
    + _CARD.format("Joaquim Teles", "22/05/2023", "Vi no cinema em 1998 com a minha mãe.")
    + _CARD.format("Bia", "22/05/2023", "A cena das cartas é a mais cruel.")
    + "</div>"
)


def test_cards_linking_to_other_posts_are_no_comments() -> None:
    """A grid of other posts under the post: a title linking to '/posts/SLUG', a date, an excerpt."""
    card = '<div class="p-4"><h3 class="font-bold"><a href="/posts/{0}">{1}</a></h3><div class="text-xs">{2}</div><p>{3}</p></div>'
    thread = _comments(
        _THREAD
        + '<section class="grid grid-cols-3">'
        + card.format("thief", "Thief at fifty", "March 3, 2023", "Mann's first feature holds up remarkably well.")
        + card.format("collateral", "Collateral revisited", "April 9, 2023", "Night-time Los Angeles on digital video.")
        + "</section>"
    )
    assert [a for a, _, _, _ in thread] == ["Joaquim Teles", "Bia"]


def test_a_related_posts_section_is_a_decoy() -> None:
    """'section.related-posts' (Jetpack's 'jp-relatedposts', YARPP...): cards of other posts."""
    thread = _comments(
        _THREAD
        + '<section class="related-posts grid">'
        + _CARD.format("Manhunter notes", "May 3, 2023", "The first Lecter film is the coldest one.")
        + _CARD.format("Ali revisited", "June 9, 2023", "Will Smith never did better than this role.")
        + "</section>"
    )
    assert [a for a, _, _, _ in thread] == ["Joaquim Teles", "Bia"]
