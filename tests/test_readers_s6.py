"""Page readers, sixth session: rules for themes no fixture modelled before (each test fails
without its rule)."""

from __future__ import annotations

import pytest

from extract.dates import parse_date
from extract.html_reader import parse_html_page
from extract.post_meta import count_in


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5. March 2019", "2019-03-05"),
        ("Dne 5. 3. 2019 v 10:00", "2019-03-05"),
        ("2019. március 5.", "2019-03-05"),
        ("5 marzec 2019", "2019-03-05"),
        ("5. březen 2019", "2019-03-05"),
        ("14 Mart 2019 14:02", "2019-03-14"),
        ("5 Μαρτίου 2019", "2019-03-05"),
        ("5. maaliskuuta 2019", "2019-03-05"),
        ("3 martie 2020", "2020-03-03"),
        ("12 listopada 2020", "2020-11-12"),
        ("5 березня 2019", "2019-03-05"),
    ],
)
def test_more_date_forms(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_a_spaced_date_needs_its_year() -> None:
    assert parse_date("v2.1. 3. 19") is None


@pytest.mark.parametrize(
    ("text", "count"),
    [("2 odpowiedzi w tym temacie", 2), ("12 hozzászólás", 12), ("5 kommenttia", 5), ("4 σχόλια", 4)],
)
def test_counts_in_more_languages(text: str, count: int) -> None:
    assert count_in(text) == count


def _page(comments: str, head: str = "", header: str = "") -> str:
    return (
        f"<html><head><title>Heat again</title>{head}</head><body>{header}"
        "<article><h1 class='entry-title'>Heat again</h1><div class='entry-content'><p>Mann's city at night"
        f" is the real star of the film, more than either of its two leads.</p></div></article>{comments}</body></html>"
    )


def test_a_bare_name_before_the_date_in_a_comment_header() -> None:
    # Serendipity: 'NAME am <time>', the name a link only when the commenter left a URL
    thread = "".join(
        f"<section id='c{i}' class='serendipity_comment commentlevel-{depth}'><h4>{name} am "
        f"<time datetime='2019-03-0{i}T10:00'>0{i}.03.2019</time>:</h4>"
        f"<div class='comment_content'><p>{text}</p></div></section>"
        for i, name, depth, text in [
            (1, "<a href='https://x.example'>Silke Brandt</a>", 0, "The diner scene never gets old for me."),
            (2, "Ole", 1, "Nor for me, the two of them barely move."),
            (3, "Gerda Wilms", 0, "I prefer Thief, it is shorter and meaner."),
        ]
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>"))
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Silke Brandt", None),
        ("Ole", "c1"),
        ("Gerda Wilms", None),
    ]


def test_an_unclassed_name_before_a_saying_verb_and_run_together_depth_classes() -> None:
    # Plone: '<span>NAME</span> zegt:' in the byline, replies in one flat list (replyTreeLevelN)
    thread = "".join(
        f"<div class='comment replyTreeLevel{depth}' id='{i}'><div class='documentByLine'>{name} zegt:"
        f"<div class='commentDate'>0{i}-03-2019 14:02</div></div><div class='commentBody'><p>{text}</p></div></div>"
        for i, name, depth, text in [
            (1, "<a href='/author/jb'>Jeroen Berg</a>", 0, "De scène in het restaurant blijft hangen."),
            (2, "<span>Karel</span>", 1, "Precies, niemand verheft zijn stem."),
        ]
    )
    page = parse_html_page(_page(f"<div class='discussion'>{thread}</div>"))
    assert [(c.author, c.parent) for c in page.comments] == [("Jeroen Berg", None), ("Karel", "1")]


def test_a_name_in_the_line_under_the_text() -> None:
    # FC2: the text first, then 'NAME<br>YYYY/MM/DD(HH:MM)'; a subject in the <dt>
    items = "".join(
        f"<dt>{subject}</dt><dd><p>{text}</p><p class='posted'>{name}<br>2019/03/0{i}(08:44)</p></dd>"
        for i, subject, name, text in [
            (6, "防波堤", "ケンジ", "原節子の一言で、毎回泣いてしまいます。"),
            (7, "無題", "はなこ", "香川京子が最後に怒るところが好きです。"),
        ]
    )
    page = parse_html_page(_page(f"<div id='comment'><dl class='list'>{items}</dl></div>"))
    assert [c.author for c in page.comments] == ["ケンジ", "はなこ"]


def test_a_publication_word_is_no_name() -> None:
    thread = "".join(
        f"<div class='post-item'><div class='meta'>Opublikowano <time datetime='2020-11-1{i}'>1{i} listopada 2020"
        f"</time></div><div class='tresc'><p>{text}</p></div></div>"
        for i, text in [
            (2, "Muzyka Preisnera robi tu połowę roboty."),
            (3, "I ten człowiek przy ognisku nad jeziorem."),
        ]
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>"))
    assert all(c.author != "Opublikowano" for c in page.comments)


def test_unsigned_known_items_take_the_looser_reading_one_by_one() -> None:
    # one item names its writer in a known class, the other only in a bold link: both are read
    thread = (
        "<ol class='comment-list'><li class='comment' id='comment-1'><span class='fn'>Ann</span>"
        "<time datetime='2020-01-02'>Jan 2</time><div class='comment-content'><p>Loved the heist.</p></div></li>"
        "<li class='comment' id='comment-2'><strong><a href='/wiki/User:Bob'>Bob</a></strong>"
        "<time datetime='2020-01-03'>Jan 3</time><div class='comment-content'><p>The shootout, though.</p></div>"
        "</li></ol>"
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>"))
    assert [c.author for c in page.comments] == ["Ann", "Bob"]


def test_a_permalink_is_no_author() -> None:
    thread = "".join(
        f"<div class='entry'><a href='#c{i}'>permalink</a> <span class='age'>{i} hours ago</span>"
        f"<div class='md'><p>{text}</p></div></div>"
        for i, text in [(2, "First line of a thread here."), (3, "Second line of a thread here.")]
    )
    page = parse_html_page(_page(f"<div class='commentarea'>{thread}</div>"))
    assert all(c.author != "permalink" for c in page.comments)


_FORUM = (
    "<html><head><title>Dekalog, odcinek pierwszy - Forum</title></head><body>"
    "<div class='pageHeader'><h1>Dekalog, odcinek pierwszy</h1><p><span>Przez <a href='/profile/14-zbyszek/'>"
    "zbyszek</a></span>, <time datetime='2020-11-12T19:40:00Z'>12 listopada 2020</time></p></div>"
    "<div id='posts'>{posts}</div><aside class='sidebar'><h3>Ostatnie posty</h3></aside></body></html>"
)


def _forum_post(number: int, name: str, text: str) -> str:
    return (
        f"<article id='elComment_{number}' class='cPost ipsComment'>"
        f"<aside class='ipsComment_author cAuthorPane'><h3 class='cAuthorPane_author'><strong><a href='/p/{number}'>"
        f"{name}</a></strong></h3><ul><li>Członkowie</li></ul></aside>"
        f"<div class='ipsComment_content'><div class='ipsComment_meta'>Opublikowano <time datetime='2020-11-1{number}'>"
        f"1{number} listopada 2020</time></div><div data-role='commentContent'><p>{text}</p></div></div></article>"
    )


def test_a_forum_opening_post_by_the_named_starter_and_author_panes_in_asides() -> None:
    posts = "".join(
        _forum_post(n, name, text)
        for n, name, text in [
            (2, "zbyszek", "Obejrzałem wczoraj jeszcze raz pierwszy odcinek i lód, który miał wytrzymać."),
            (3, "Agnieszka W.", "I ten człowiek przy ognisku nad jeziorem, który tylko patrzy."),
            (4, "kinoman", "Muzyka Preisnera robi tu połowę roboty, polecam też wersję kinową."),
        ]
    )
    page = parse_html_page(_FORUM.format(posts=posts))
    assert page.author == "zbyszek"
    assert page.body.startswith("Obejrzałem wczoraj")
    assert [c.author for c in page.comments] == ["Agnieszka W.", "kinoman"]


def test_dublin_core_date_and_labelled_author_and_date_line() -> None:
    head = "<meta name='DC.date.created' content='2019-03-04T10:15:00+01:00'>"
    page = parse_html_page(_page("", head=head, header="<p class='info'>Přidáno 1. března 2019</p>"))
    assert page.published == "2019-03-04"
    page = parse_html_page(
        "<html><head><title>Obchod na korze</title></head><body><div class='clanek'><h1>Obchod na korze</h1>"
        "<p class='info'>Přidáno 4. března 2019 | Autor: Tomáš Hrubý | Rubrika: Klasika</p>"
        "<p>Kadár a Klos natočili film o obyčejném truhláři, který dostane obchod a neví, co s ním.</p>"
        "</div></body></html>"
    )
    assert (page.published, page.author) == ("2019-03-04", "Tomáš Hrubý")


def _xf_post(number: int, name: str, joined: str, text: str, extra: str = "") -> str:
    # XenForo 2: a user cell (name, title, 'Joined / Messages' pairs) beside a message cell
    return (
        f"<article class='message message--post js-post' data-author='{name}' id='js-post-{number}'>"
        "<div class='message-inner'><div class='message-cell message-cell--user'><section class='message-user'>"
        f"<h4 class='message-name'><a href='/members/{number}/' class='username'>{name}</a></h4>"
        "<h5 class='userTitle'>Member</h5><div class='message-userExtras'><dl class='pairs'><dt>Joined</dt>"
        f"<dd>{joined}</dd></dl><dl class='pairs'><dt>Messages</dt><dd>233</dd></dl></div></section></div>"
        "<div class='message-cell message-cell--main'><header class='message-attribution'>"
        f"<time class='u-dt' datetime='2022-01-1{number}T10:00:00+0000'>Jan 1{number}, 2022</time></header>"
        f"<article class='message-body js-selectToQuote'><div class='bbWrapper'>{text}</div></article>{extra}"
        "</div></div></article>"
    )


def test_a_posters_pane_beside_the_text_is_no_comment_and_its_joined_date_no_date() -> None:
    posts = "".join(
        _xf_post(n, name, joined, text)
        for n, name, joined, text in [
            (4, "Ruth Okafor", "Oct 9, 2019", "The story goes that they did not rehearse it at all."),
            (5, "deckard77", "Jan 2, 2014", "The coffee shop was a real place, it closed a few years ago."),
        ]
    )
    page = parse_html_page(_page(f"<div class='block-body'>{posts}</div>"))
    assert [(c.author, c.published, c.text[:15]) for c in page.comments] == [
        ("Ruth Okafor", "2022-01-14", "The story goes "),
        ("deckard77", "2022-01-15", "The coffee shop"),
    ]


def test_a_block_whose_class_ends_in_sidebar_is_a_decoy() -> None:
    side = "<div class='p-body-sidebar'><ul><li>Thief and the safe</li><li>Replies: 14</li></ul></div>"
    page = parse_html_page(_page("", header=side))
    assert page.comment_count_stated is None
    wrapper = "<div class='site has-sidebar'><h1>Heat again</h1><p>Count: <span>Comments (3)</span></p></div>"
    assert parse_html_page(_page("", header=wrapper)).comment_count_stated == 3


def _smf_post(number: int, zebra: str, poster: str, subject: str, text: str) -> str:
    # SMF 2 Curve: alternating windowbg/windowbg2 blocks, a poster box with the name over its group
    return (
        f"<div class='{zebra}'><div class='post_wrapper'><div class='poster'>{poster}"
        "<ul class='reset smalltext'><li class='postgroup'>Hero Member</li><li class='postcount'>Mensajes: 388</li>"
        f"</ul></div><div class='postarea'><div class='keyinfo'><h5><a href='#msg{number}'>{subject}</a></h5>"
        f"<div class='smalltext'>« <strong>en:</strong> 0{number} de marzo de 2019, 14:02:11 »</div></div>"
        f"<div class='post'><div class='inner' id='msg_{number}'>{text}</div></div></div></div></div>"
    )


def test_a_forum_thread_with_zebra_numbered_blocks_and_poster_boxes() -> None:
    posts = "".join(
        _smf_post(n, zebra, poster, subject, text)
        for n, zebra, poster, subject, text in [
            (
                5,
                "windowbg",
                "<h4><a href='/u/77'>Ana</a></h4>",
                "La colmena",
                "Volví a ver la película de Erice en la filmoteca y la luz de las ventanas no se parece a nada.",
            ),
            (
                6,
                "windowbg2",
                "<h4><a href='/u/12'>quirón</a></h4>",
                "Re: La colmena",
                "Sí, y me pareció aún más triste.",
            ),
            (7, "windowbg", "<h4>Marisa</h4>", "Re: La colmena", "Y la madre escribiendo cartas que nadie contesta."),
        ]
    )
    page = parse_html_page(
        "<html><head><title>La colmena</title></head><body><div id='header'><p>Bienvenido(a), Visitante. Por favor,"
        f" ingresa o regístrate.</p></div><div id='forumposts'>{posts}</div></body></html>"
    )
    assert page.author == "Ana"
    assert [(c.author, c.parent) for c in page.comments] == [("quirón", None), ("Marisa", None)]


def test_a_bracketed_removal_notice_is_a_placeholder_even_under_a_name() -> None:
    thread = "".join(
        f"<li class='comment' id='comment-{i}'><b class='fn'>{name}</b><time datetime='2023-09-0{i}'>Sep {i}</time>"
        f"<div class='comment-content'><p>{text}</p></div></li>"
        for i, name, text in [
            (3, "dropped_frame", "[Comment removed by author]"),
            (4, "lin_wren", "Is it the long cut?"),
        ]
    )
    page = parse_html_page(_page(f"<ol class='comment-list'>{thread}</ol>"))
    assert [(c.placeholder, c.author) for c in page.comments] == [(True, None), (False, "lin_wren")]


def test_microdata_author_on_a_meta_element() -> None:
    page = parse_html_page(_page("", header="<div itemscope><meta itemprop='author' content='Sanne de Ridder'></div>"))
    assert page.author == "Sanne de Ridder"


def test_block_text_keeps_the_text_after_an_html_comment() -> None:
    from lxml import etree

    from extract.html_text import block_text

    tree = etree.fromstring("<header><div>by <a>Jonas</a></div><!-- .meta -->\n<h1>Der Himmel</h1></header>")
    assert block_text(tree) == "by Jonas Der Himmel"


def test_lemmy_like_thread_dates_in_tooltips_and_federated_names() -> None:
    # a relative date whose full date is only in a tooltip attribute; a profile link as the name,
    # a federated account's '@server' after it; the post's byline word in a span of its own
    thread = "".join(
        f"<li class='comment'><article id='comment-{i}' class='details comment-node'><div class='row'>"
        f"<a class='person-listing' href='/u/{i}'><span>{name}</span><small>{server}</small></a>"
        f"<span class='moment-time' data-tippy-content='sábado, 1{i} de junho de 2023 às 20:15'>1 a</span></div>"
        f"<div class='comment-content'><div class='md-div'><p>{text}</p></div></div></article></li>"
        for i, name, server, text in [
            (1, "rafa_nogueira", "", "A cena da galinha é uma aula de montagem."),
            (2, "Zé do Projetor", "@kino.example.social", "Discordo um pouco da narração."),
        ]
    )
    header = (
        "<div class='small'><span>por&nbsp;</span><a class='person-listing' href='/u/bea'><span>beatriz</span></a>"
        "<span class='moment-time' data-tippy-content='sábado, 10 de junho de 2023 às 19:42'>1 a</span></div>"
    )
    page = parse_html_page(_page(f"<ul class='comments'>{thread}</ul>", header=header))
    assert [(c.author, c.published) for c in page.comments] == [
        ("rafa_nogueira", "2023-06-11"),
        ("Zé do Projetor", "2023-06-12"),
    ]
    assert (page.author, page.published) == ("beatriz", "2023-06-10")


def test_a_spoiler_summary_is_part_of_the_text() -> None:
    thread = "".join(
        f"<div class='comment u-comment h-cite' id='comment-{i}'><a class='author u-author h-card' href='/@/{i}'>"
        f"<span class='p-name'>{name}</span></a><div class='text p-content'>{text}</div>"
        f"<time datetime='2021-04-1{i}'>1{i} avril</time></div>"
        for i, name, text in [
            (1, "Yannick", "<p>La scène du feu sur la plage.</p>"),
            (2, "Odile P.", "<details><summary>Divulgâchage : la fin</summary><p>Le plan final.</p></details>"),
        ]
    )
    page = parse_html_page(_page(f"<section class='comments'>{thread}</section>"))
    assert [c.text for c in page.comments] == [
        "La scène du feu sur la plage.",
        "Divulgâchage : la fin\n\nLe plan final.",
    ]


def _vb_thread(lang: str, date: str) -> str:
    posts = "".join(
        f"<li class='postbitlegacy postcontainer' id='post_{n}'><div class='posthead'><span class='date'>{day}</span>"
        f"</div><div class='userinfo'><a class='username' href='/member.php?{n}'><strong>{name}</strong></a></div>"
        f"<div class='postbody'><h2 class='title'>{subject}</h2><div class='content'><blockquote class='postcontent'>"
        f"{quote}{text}</blockquote></div></div></li>"
        for n, day, name, subject, quote, text in [
            (
                1,
                date,
                "Bruno",
                "Il sorpasso",
                "",
                "L'ho rivisto ieri sera alla Cineteca, e Gassman che guida è ancora"
                " l'inizio più allegro e più triste del cinema italiano.",
            ),
            (
                2,
                "Ieri, 09:41",
                "lilli",
                "Re: Il sorpasso",
                "<div class='bbcode_quote'><div class='bbcode_postedby'>"
                "Originariamente Scritto da <strong>Bruno</strong></div><div class='message'>Gassman che guida.</div>"
                "</div>",
                "Il finale mi ha sempre fatto arrabbiare.",
            ),
            (3, "Ieri, 18:22", "Marcello", "Re: Il sorpasso", "", "Un film che odora d'estate."),
        ]
    )
    return (
        f"<html lang='{lang}'><head><title>Il sorpasso</title></head><body><div id='header'>Forum</div>"
        f"<ol id='posts'>{posts}</ol></body></html>"
    )


def test_a_quoted_posts_message_is_not_the_replys_text() -> None:
    page = parse_html_page(_vb_thread("it", "05-03-2022, 21:04"))
    assert [(c.author, c.text) for c in page.comments] == [
        ("lilli", "Il finale mi ha sempre fatto arrabbiare."),
        ("Marcello", "Un film che odora d'estate."),
    ]


@pytest.mark.parametrize(("lang", "iso"), [("it", "2022-03-05"), ("en", "2022-05-03"), ("en-GB", "2022-03-05")])
def test_an_opening_posts_dashed_date_is_read_in_the_pages_language_order(lang: str, iso: str) -> None:
    assert parse_html_page(_vb_thread(lang, "05-03-2022, 21:04")).published == iso


_TEXT_HEAD = (
    "Ozu's Late Spring and the vase\n\nPosted by Mara Lind on March 5, 2019\n\n"
    "The vase shot lasts six seconds and people have written books about it. Noriko lies awake.\n\n"
    "My three favourite Ozu films:\n1. Tokyo Story\n2. Late Spring\n3. Early Summer\n\n"
)


@pytest.mark.parametrize(
    "thread",
    [
        "1. Tomas Berg\nMarch 5, 2019 at 8:14 pm\nI read the vase as the father.\n\n"
        "2. Yuki\nMarch 6, 2019 at 9:02 am\nThe Noh scene says more.\n",
        "1. Tomas Berg on March 5, 2019 at 8:14 pm\nI read the vase as the father.\n\n"
        "2. Yuki on March 6, 2019 at 9:02 am\nThe Noh scene says more.\n",
        "#1 Tomas Berg · March 5, 2019\nI read the vase as the father.\n\n#2 Yuki · March 6, 2019\nThe Noh scene says more.\n",
    ],
)
def test_a_headerless_numbered_comment_list_in_a_text_dump(thread: str) -> None:
    from extract.text_reader import parse_text_page

    page = parse_text_page(_TEXT_HEAD + thread)
    assert [(c.author, c.published, c.text) for c in page.comments] == [
        ("Tomas Berg", "2019-03-05", "I read the vase as the father."),
        ("Yuki", "2019-03-06", "The Noh scene says more."),
    ]
    assert "1. Tokyo Story" in page.body


def test_an_unsigned_answer_box_inside_a_comment_is_its_reply() -> None:
    # FC2: the blog owner's answer in a box inside the reader's comment, with its own date line
    items = (
        "<dt>防波堤</dt><dd><p>原節子の一言で、毎回泣いてしまいます。</p><p class='posted'><a href='mailto:h@x.jp'>はなこ</a>"
        "<br>2019/03/06(08:44)</p><div style='border: 1px solid #ccc'><p>わかります。あの沈黙も長いですよね。</p>"
        "<p class='posted'>2019/03/06(12:30)</p></div></dd>"
        "<dt>無題</dt><dd><p>香川京子が最後に怒るところが好きです。</p><p class='posted'>ケンジ<br>2019/03/07(19:02)</p></dd>"
    )
    page = parse_html_page(_page(f"<div id='comment'><dl class='list'>{items}</dl></div>"))
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("はなこ", None, "原節子の一言で、毎回泣いてしまいます。"),
        (None, "h1", "わかります。あの沈黙も長いですよね。"),
        ("ケンジ", None, "香川京子が最後に怒るところが好きです。"),
    ]


def test_a_topic_description_line_states_the_count() -> None:
    line = (
        "<div class='notice'>Dit onderwerp bevat 2 reacties, heeft 3 stemmen, en is laatst gewijzigd door Pieter.</div>"
    )
    assert parse_html_page(_page("", header=line)).comment_count_stated == 2


def _dz_post(pid: int, name: str, floor: str, date: str, text: str) -> str:
    # Discuz! X3: a poster cell (name link to 'space-uid-N.html', the user group in <p><em><a>) beside
    # the post cell (floor label, '发表于 DATE' line, the text in td.t_f)
    return (
        f"<div id='post_{pid}'><table id='pid{pid}' class='plhin'><tr><td class='pls'><div class='favatar'>"
        f"<div class='authi'><a href='space-uid-{pid}.html' class='xw1'>{name}</a></div>"
        f"<p><em><a href='home.php?mod=spacecp&amp;ac=usergroup'>注册会员</a></em></p></div></td>"
        f"<td class='plc'><div class='pi'><strong><a href='#p{pid}'><em>{floor}</em></a></strong><div class='pti'>"
        f"<div class='authi'><em>发表于 {date}</em><span class='pipe'>|</span><a href='?authorid={pid}'>只看该作者</a>"
        f"</div></div></div><div class='pct'><table><tr><td class='t_f' id='postmessage_{pid}'>{text}</td></tr>"
        "</table></div></td></tr></table></div>"
    )


def test_a_discuz_like_thread() -> None:
    posts = "".join(
        _dz_post(pid, name, floor, date, text)
        for pid, name, floor, date, text in [
            (
                1,
                "老朱的厨房",
                "楼主",
                "2019-3-5 21:10:45",
                "昨晚又看了一遍李安的《饮食男女》。开头那场做菜的戏比任何美食节目都好看。",
            ),
            (2, "吴小姐", "沙发", "2019-3-6 09:02:13", "吴倩莲那条线最好，看得我很难过。"),
            (3, "胶片迷", "板凳", "2019-3-7 20:41:09", "这部和《推手》《喜宴》合称父亲三部曲。"),
        ]
    )
    page = parse_html_page(
        "<html><head><title>《饮食男女》重温 - 经典华语片 - 老电影论坛</title></head><body><div id='hd'><h2>老电影论坛</h2>"
        "</div><h1 class='ts'><a href='?typeid=3'>[重温]</a> <span id='thread_subject'>《饮食男女》重温</span></h1>"
        f"<div id='postlist'>{posts}</div></body></html>"
    )
    assert (page.title, page.author, page.published) == ("《饮食男女》重温", "老朱的厨房", "2019-03-05")
    assert [(c.author, c.text) for c in page.comments] == [
        ("吴小姐", "吴倩莲那条线最好，看得我很难过。"),
        ("胶片迷", "这部和《推手》《喜宴》合称父亲三部曲。"),
    ]


def test_classless_replies_nested_by_calc_margins() -> None:
    # FediComments: 'margin-left: calc(2em * DEPTH)' on classless blocks
    thread = "".join(
        f"<div style='margin-left: calc(2em * {depth})'><div><img src='/a.png' alt=''>"
        f"<a href='https://x.example/@{i}'>{name}</a> (<a href='https://x.example/@{i}'>@{i}</a>)<br>"
        f"<a class='date' href='https://x.example/@{i}/9'>2023-03-0{i} 18:22:05</a></div><div><p>{text}</p></div></div>"
        for i, name, depth, text in [
            (4, "Margo Ellery", 0, "The spider web shot, paused."),
            (5, "Corin Vale", 1, "Stanley Cortez shot it."),
            (6, "Pieter K.", 0, "Saw it on a double bill."),
        ]
    )
    page = parse_html_page(
        _page(f"<section class='comments'><div id='mastodon-comments-list'>{thread}</div></section>")
    )
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Margo Ellery", None),
        ("Corin Vale", "h1"),
        ("Pieter K.", None),
    ]


def test_a_mention_row_beside_the_comments_is_a_pingback_of_the_thread() -> None:
    # Known: comments are 'div.idno-annotation.p-comment', a mention is the same row without p-comment
    rows = "".join(
        f"<div class='idno-annotation row p-comment h-cite'><div class='idno-annotation-content'>"
        f"<div class='p-summary e-content'><p>{text}</p></div><div class='h-card'><p><small>"
        f"<a href='/p/{i}' class='p-author p-name'>{name}</a>, <a href='/a/{i}'>Dec 0{i} 2020</a></small></p></div>"
        "</div></div>"
        for i, name, text in [(6, "Bengt", "Kanelbullarna i pausen."), (7, "Karin K", "Såg den i Uppsala.")]
    )
    rows += (
        "<div class='idno-annotation row'><div class='idno-annotation-content'><p>Omnämnd i: <a href="
        "'https://svartvitt.example.net/2020/12/langa'>Långa versioner värda varje minut</a></p><p><small>"
        "<a href='https://svartvitt.example.net'>Svartvitt</a>, <a href='https://svartvitt.example.net/2020/12/langa'>"
        "Dec 10 2020</a></small></p></div></div>"
    )
    page = parse_html_page(_page(f"<div class='annotations'>{rows}</div>"))
    pings = [c.pingback for c in page.comments if c.pingback is not None]
    assert [c.author for c in page.comments if c.pingback is None] == ["Bengt", "Karin K"]
    assert [(p.title, p.site) for p in pings] == [("Långa versioner värda varje minut", "Svartvitt")]


def test_an_author_label_before_a_bold_name() -> None:
    page = parse_html_page(_page("", header="<p class='tracked'>Autor: <strong>Marta Zielonka</strong></p>"))
    assert page.author == "Marta Zielonka"


@pytest.mark.parametrize(
    "thread",
    [
        # a hand-made theme with no dates: a heading name over each comment, in a region named comments
        "<div id='comments'>"
        + "".join(
            f"<div class='c'><h4>{n}</h4><p>{t}</p></div>"
            for n, t in [("Anna", "The diner scene."), ("Bob", "Too long for me.")]
        )
        + "</div>",
        # a list right under a 'Comments' heading: '<strong>NAME</strong>: text'
        "<h3>Comments</h3><ul class='c'>"
        + "".join(
            f"<li><strong>{n}</strong>: {t}</li>"
            for n, t in [("Anna", "The diner scene."), ("Bob", "Too long for me.")]
        )
        + "</ul>",
        # the name signed under the text, its date after it
        "<div class='notes'>"
        + "".join(
            f"<div class='c'><p>{t}</p><p class='sig'>— {n}, 5 March 2019</p></div>"
            for n, t in [("Anna", "The diner scene."), ("Bob", "Too long for me.")]
        )
        + "</div>",
    ],
)
def test_undated_comments_in_the_thread_region_and_signed_lines(thread: str) -> None:
    page = parse_html_page(_page(thread))
    assert [(c.author, c.text) for c in page.comments] == [("Anna", "The diner scene."), ("Bob", "Too long for me.")]


def test_undated_name_and_text_blocks_outside_a_thread_region_are_not_comments() -> None:
    cards = "".join(
        f"<div class='card'><h4>{n}</h4><p>{t}</p></div>" for n, t in [("Anna", "Our editor."), ("Bob", "Our critic.")]
    )
    assert parse_html_page(_page(f"<div class='team'>{cards}</div>")).comments == []


_FLAT = [
    ("Anna", "The diner scene is perfect.", ""),
    ("Bob", "Agreed, and no music at all.", "x"),
    ("Cleo", "Kilmer steals it.", ""),
]


def test_a_reply_class_in_a_flat_list_makes_a_reply_to_the_comment_before() -> None:
    thread = "".join(
        f"<article class='entry{' is-reply' if k else ''}'><header><a href='/u/{n}'>{n}</a> "
        f"<time datetime='2019-03-05'>5 March</time></header><p>{t}</p></article>"
        for n, t, k in _FLAT
    )
    page = parse_html_page(_page(f"<div class='discussion'>{thread}</div>"))
    assert [(c.author, c.parent) for c in page.comments] == [("Anna", None), ("Bob", "h1"), ("Cleo", None)]


def test_in_reply_to_a_name_makes_a_reply_to_that_writers_last_comment() -> None:
    thread = "".join(
        f"<div class='comment'><b>{n}</b> <span>5 March 2019</span>"
        f"{'<span class=re>in reply to Anna</span>' if k else ''}<p>{t}</p></div>"
        for n, t, k in _FLAT
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>"))
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Anna", None, "The diner scene is perfect."),
        ("Bob", "h1", "Agreed, and no music at all."),
        ("Cleo", None, "Kilmer steals it."),
    ]


def test_an_avatars_alt_names_a_comment_item_that_shows_no_name_else() -> None:
    thread = "".join(
        f"<li class='comment' id='comment-{i}'><img alt='{alt}' class='avatar photo' src='/a.png'>"
        f"<img alt='Post' src='/icon_post.gif'><div class='text'><p>{t}</p></div><span class='date'>March 5, 2019</span></li>"
        for i, (alt, t) in enumerate([("Avatar of Anna", "The diner scene."), ("Bob's avatar", "Too long for me.")])
    )
    page = parse_html_page(_page(f"<ol class='commentlist'>{thread}</ol>"))
    assert [c.author for c in page.comments] == ["Anna", "Bob"]


def test_a_count_badge_after_the_noun_and_a_date_in_the_byline_line() -> None:
    page = parse_html_page(
        "<html><head><title>Il custode</title></head><body><div class='bPost'><div class='bSmallHead'>"
        "14/02/2016 <span class='timestamp'>18:20</span>, di <a href='/u?id=2' class='login user'>Valeria Russo</a>"
        "</div><h2>Il custode</h2><div class='bText'><p>Un film piccolo e onesto sul cinema di paese, girato bene.</p>"
        "</div></div><section class='responses'><h2>Responses <span class='webmention-count'>5</span></h2></section>"
        "</body></html>"
    )
    assert (page.published, page.author, page.comment_count_stated) == ("2016-02-14", "Valeria Russo", 5)


def test_a_sentence_saying_the_post_has_got_n_comments() -> None:
    line = "<section class='footnote'><p>It is 64 words long, and it’s got 3 comments for now.</p></section>"
    assert parse_html_page(_page("", header=line)).comment_count_stated == 3


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Jan Kowalski napisał:", "Jan Kowalski"),
        ("Petr napsal:", "Petr"),
        ("Mikko kirjoitti:", "Mikko"),
        ("Ayşe Yanıtla", "Ayşe"),
    ],
)
def test_saying_verbs_and_reply_words_of_more_languages_are_not_names(raw: str, name: str) -> None:
    from extract.comment_markup import clean_author

    assert clean_author(raw) == name


def test_a_text_dump_with_polish_and_czech_saying_verbs() -> None:
    from extract.text_reader import parse_text_page

    page = parse_text_page(
        "Sklep przy głównej ulicy\n\nPosted by Ewa on March 5, 2019\n\nFilm Kadára i Klosa o stolarzu. Bardzo smutny.\n\n"
        "2 komentarze:\n\nJan Kowalski napisał:\nWidziałem go w szkole.\nOdpowiedz\n\nPetr napsal:\nKroner je tam skvělý.\n"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Jan Kowalski", "Widziałem go w szkole."),
        ("Petr", "Kroner je tam skvělý."),
    ]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='box'><h3>Most discussed</h3><ul><li><a href='/thief'>Thief</a> (12 comments)</li></ul></div>",
        "<div class='module'><h3>Top commenters</h3><p>Zed left 40 comments this year on the blog.</p></div>",
    ],
)
def test_counts_of_other_posts_and_sentences_about_commenters_are_not_the_posts_count(box: str) -> None:
    assert parse_html_page(_page("", header=box)).comment_count_stated is None


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("<a href='/heat/#comments'>4 commenti</a>", 4),
        ("<span class='gt-counts'><a href='https://x.example/i/31'>4</a> comments</span>", 4),
    ],
)
def test_a_count_that_is_itself_a_link_or_holds_its_number_as_one(line: str, count: int) -> None:
    assert parse_html_page(_page("", header=f"<p class='x'>{line}</p>")).comment_count_stated == count


@pytest.mark.parametrize(
    ("lang", "iso"), [("en", "2019-03-05"), ("en-US", "2019-03-05"), ("en-GB", "2019-05-03"), ("fr", "2019-05-03")]
)
def test_a_posts_slashed_date_is_month_first_on_us_english_pages(lang: str, iso: str) -> None:
    page = parse_html_page(
        f"<html lang='{lang}'><head><title>The Apartment</title></head><body><article><h1>The Apartment</h1>"
        "<div class='node__meta'>By Fran, <span class='date'>Tue, 03/05/2019 - 14:02</span></div>"
        "<div class='entry-content'><p>Wilder's office floor is a grid of identical desks that goes on forever.</p></div>"
        "</article></body></html>"
    )
    assert page.published == iso


def test_a_profile_card_in_a_removed_sidebar_names_the_post_author_as_a_last_resort() -> None:
    side = (
        "<div class='sidebar sticky'><div itemscope itemtype='https://schema.org/Person' class='h-card'>"
        "<h3 class='author__name p-name' itemprop='name'>Inés Baró</h3><p>Escribo sobre cine.</p></div></div>"
    )
    assert parse_html_page(_page("", header=side)).author == "Inés Baró"


@pytest.mark.parametrize(
    ("head", "top"),
    [
        ("<title>Heat again | Reel Notes</title>", "<h1>Reel Notes</h1>"),
        ("<title>Reel Notes » Heat again</title>", "<h1>Reel Notes</h1>"),
        ("<title>Reel Notes: Heat again</title>", "<h1><a href='/' rel='home'>Reel Notes</a></h1>"),
    ],
)
def test_the_sites_name_heading_is_not_the_posts_title(head: str, top: str) -> None:
    page = parse_html_page(
        f"<html><head>{head}</head><body>{top}<div class='post'><h2>Heat again</h2><p>Mann's city at night is"
        " the real star of the film, more than either lead.</p></div></body></html>"
    )
    assert page.title == "Heat again"


def test_the_day_in_the_posts_permalink_is_its_date_as_a_last_resort() -> None:
    page = parse_html_page(
        "<html><head><title>Heat again</title><link rel='canonical' href='https://reel.example/2019/03/05/heat/'>"
        "</head><body><div class='post'><h2>Heat again</h2><p>Mann's city at night is the real star of the film."
        "</p></div></body></html>"
    )
    assert page.published == "2019-03-05"


def test_a_text_written_as_line_blocks_keeps_every_line() -> None:
    thread = "".join(
        f"<div class='c'><b>{n}</b> <span>5 March 2019</span><div class='msg'><div>{a}</div><div>{b}</div></div></div>"
        for n, a, b in [
            ("Anna", "Short first line.", "A much longer second line on the diner."),
            ("Bob", "Too long.", "It drags on."),
        ]
    )
    page = parse_html_page(_page(f"<div id='comments'>{thread}</div>"))
    assert [c.text for c in page.comments] == [
        "Short first line.\n\nA much longer second line on the diner.",
        "Too long.\n\nIt drags on.",
    ]


_PAIRS = [("Anna", "The diner scene is perfect, no music."), ("Bob", "The shootout drags on for me.")]


@pytest.mark.parametrize(
    "thread",
    [
        "<div id='comments'>"
        + "".join(f"<h3>{n} <small>5 March 2019</small></h3><p>{t}</p>" for n, t in _PAIRS)
        + "</div>",
        "<table class='comments'>"
        + "".join(
            f"<tr class='row1'><td><b>{n}</b> wrote on 5 March 2019</td></tr><tr class='row2'><td>{t}</td></tr>"
            for n, t in _PAIRS
        )
        + "</table>",
    ],
)
def test_a_comment_written_as_a_dated_header_and_the_block_after_it(thread: str) -> None:
    page = parse_html_page(_page(thread))
    assert [(c.author, c.text) for c in page.comments] == _PAIRS


@pytest.mark.parametrize(
    "head", ["Completed 0\n\n", "Views 1,204\n", "Completed 0\nReading time 4 min\n\n", "4 min read\n\n"]
)
def test_a_widget_counter_above_a_text_dumps_title_is_not_the_title(head: str) -> None:
    from extract.text_reader import parse_text_page

    page = parse_text_page(f"{head}Late Spring and the vase\n\nThe vase shot lasts six seconds. Noriko lies awake.\n")
    assert (page.title, page.body) == (
        "Late Spring and the vase",
        "The vase shot lasts six seconds. Noriko lies awake.",
    )


def test_a_widget_counter_under_a_date_line_is_not_the_title() -> None:
    """A review site's card: site chrome, the title, a helpful-votes line, byline, date, then the
    watch-progress widget: the date-header rule must not take the counter for the title."""
    from extract.text_reader import parse_text_page

    text = (
        "Late Spring\nWatching\nLate Spring\n9 people found this useful\nby tatami_shot\nMay 2, 2024\n"
        "Completed 0\nOverall 9.0\n\nThe vase shot lasts six seconds and says everything.\n"
    )
    assert parse_text_page(text).title == "Late Spring"


def test_a_film_title_with_a_number_is_still_a_title() -> None:
    from extract.text_reader import parse_text_page

    assert parse_text_page("Blade Runner 2049\n\nVilleneuve's sequel is slow and vast.\n").title == "Blade Runner 2049"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Ann (Author)", "Ann"),
        ("Ann [Moderator]", "Ann"),
        ("Ann (@ann)", "Ann"),
        ("Ann @ann", "Ann"),
        ("Ann | Staff", "Ann"),
        ("Ann • 3 years ago", "Ann"),
        ("Ann ✓", "Ann"),
        ("Ann Autorin", "Ann"),
        ("Jean-Luc (Paris)", "Jean-Luc (Paris)"),
    ],
)
def test_role_badges_written_into_the_name_are_cut(raw: str, name: str) -> None:
    from extract.comment_markup import clean_author

    assert clean_author(raw) == name


def test_aria_levels_give_the_depths_of_a_flat_tree() -> None:
    thread = "".join(
        f"<div role='treeitem' aria-level='{level}' class='item'><a href='/u/{n}'>{n}</a> "
        f"<time datetime='2019-03-05'>5 March</time><p>{t}</p></div>"
        for n, t, level in [
            ("Anna", "The diner scene.", 1),
            ("Bob", "The shootout drags.", 2),
            ("Cleo", "Kilmer steals it.", 1),
        ]
    )
    page = parse_html_page(_page(f"<div role='tree' class='thread'>{thread}</div>"))
    assert [(c.author, c.parent) for c in page.comments] == [("Anna", None), ("Bob", "h1"), ("Cleo", None)]


@pytest.mark.parametrize(
    "text", ["2 dni temu", "před 2 dny", "för 2 dagar sedan", "2 päivää sitten", "2 gün önce", "Včera, 14:02"]
)
def test_relative_dates_of_more_languages(text: str) -> None:
    from extract.dates import is_relative_date

    assert is_relative_date(text)
