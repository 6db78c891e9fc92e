"""The HTML readers on the seventh session's b7 forms (R2): each page is written for the test, and each
rule is named in the test that fails without it."""

from __future__ import annotations

from extract.comment_markup import clean_author
from extract.html_reader import parse_html_page

_POST = """<html><head><title>Tokyo Story review</title></head><body>
<article class="storytext"><h1>Tokyo Story review</h1><p>Ozu's quietest film, and his saddest: the parents
visit, the children are busy, and nobody says what they mean until it is too late.</p></article>
"""


def _level_block(cid: int, level: int, name: str, day: int, text: str) -> str:
    return f"""<div class="block-comment-content level-{level}"><ul class="comment_status">
<li class="comment_title"><a id="comments{cid}"></a>Re: Tokyo Story review</li>
<li class="comment_author">投稿者:&nbsp;<a href="/users.php?uid={cid}" class="storybyline">{name}</a>&nbsp;日時:&nbsp;
2024年3月{day}日(日) 09:42 JST</li></ul>
<div class="comment_content">{text}</div></div>
"""


def test_a_thread_in_an_aside_named_for_the_comments_is_read() -> None:
    """An <aside> is a sidebar, unless its id or class names the thread ('aside#commentarea'); then its
    comments are read (before, the whole thread was dropped with it). Authors come from 'LABEL: NAME
    LABEL: DATE' lines."""
    page = parse_html_page(
        _POST
        + '<aside id="commentarea"><div id="comments">'
        + _level_block(1, 0, "mizuki", 3, "紀子さんの場面で泣いてしまいました。本当に静かな映画です。")
        + _level_block(2, 25, "hal", 4, "同じく。熱海の場面も忘れられません。とても良い映画でした。")
        + _level_block(3, 0, "ソラ", 5, "原節子の笑顔が最後まで心に残りました。また観たいです。")
        + "</div></aside></body></html>"
    )
    first = page.comments[0].id
    assert [(c.author, c.parent, c.published) for c in page.comments] == [
        ("mizuki", None, "2024-03-03"),
        ("hal", first, "2024-03-04"),
        ("ソラ", None, "2024-03-05"),
    ]


def test_a_recent_comments_aside_stays_a_sidebar() -> None:
    page = parse_html_page(
        _POST
        + '<aside id="recent-comments" class="widget">'
        + _level_block(1, 0, "mizuki", 3, "紀子さんの場面で泣いてしまいました。本当に静かな映画です。")
        + _level_block(2, 0, "hal", 4, "同じく。熱海の場面も忘れられません。とても良い映画でした。")
        + "</aside></body></html>"
    )
    assert page.comments == []


def test_labelled_name_before_a_labelled_date() -> None:
    assert clean_author("投稿者: mizuki 日時: 2024年9月15日(日) 09:42 JST") == "mizuki"
    assert clean_author("Name: Ann Lee Date: 3 March 2019") == "Ann Lee"
    assert clean_author("Ann Lee 2021年05月21日") == "Ann Lee"


def _response(name: str, slug: str, day: int, text: str, cls: str = "commentResponse") -> str:
    return f"""<li class="{cls}"><div class="box32"><div class="commentContent"><div class="containerHeadline">
<h3><a href="/index.php?user/{slug}/" class="userLink">{name}</a> <small> - <time datetime="2022-06-{day:02d}T10:00:00">
{day}. Juni 2022, 10:00</time></small></h3></div><p class="userMessage">{text}</p></div></div>"""


def test_responses_in_a_response_list_are_replies() -> None:
    """'li.commentResponse' in a comment's response list is a comment item (WoltLab): read, a reply to
    the comment holding it; the post's author is the profile link in the dated line under its <h1>."""
    page = parse_html_page(
        """<html><head><title>Toni Erdmann</title></head><body><div class="blogEntry">
<header class="boxHeadline"><h1><a href="/blog/entry/5-toni-erdmann/">Toni Erdmann</a></h1>
<p><a href="/index.php?user/1-uwe-brandt/" class="userLink">Uwe Brandt</a> - <time datetime="2022-06-01T18:00:00">
1. Juni 2022, 18:00</time></p></header>
<div class="blogEntryContent"><p>Drei Stunden, ein Vater mit falschen Zähnen, und am Ende weint man trotzdem.</p></div>
</div><header id="comments"><h2>Kommentare</h2></header><ul class="commentList">"""
        + _response("Kaya", "7-kaya", 2, "Die Geburtstagsparty ist die beste Szene des Jahrzehnts.", "comment")
        + '<ul class="commentResponseList">'
        + _response("Uwe Brandt", "1-uwe-brandt", 3, "Und niemand im Kino hat sich getraut zu lachen.")
        + _response("Bernd", "9-bernd", 4, "Ich schon, sehr laut sogar, und ich bereue nichts.")
        + "</ul></li>"
        + _response("Lotte", "8-lotte", 5, "Whitney Houston wird nie wieder dasselbe sein für mich.", "comment")
        + "</li></ul></body></html>"
    )
    first = page.comments[0].id
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Kaya", None),
        ("Uwe Brandt", first),
        ("Bernd", first),
        ("Lotte", None),
    ]
    assert page.author == "Uwe Brandt"


def _signed(user: str, stamp: str, text: str) -> str:
    return (
        f'<span data-mw-comment-start="" id="c-{user}-{stamp}-Runtime"></span>{text} '
        f'&mdash; <a href="/wiki/User:{user}" title="User:{user}">{user.replace("_", " ")}</a> '
        f'(<a href="/wiki/User_talk:{user}">talk</a>) 10:00, 1 May 2024 (UTC)'
    )


def test_talk_page_comments_from_their_markers_and_dd_depth() -> None:
    """A wiki talk page (DiscussionTools): each comment opens with its marker span, its writer and day in
    the marker's id, its text up to the signature; a section's first comment is a <p>, replies sit one
    dl/dd level under what they answer (before, the <p> openers were lost and the replies read flat)."""
    page = parse_html_page(
        """<html><head><title>Talk:Ran - FilmWiki</title></head><body><h1 id="firstHeading">Talk:Ran</h1>
<div class="mw-parser-output"><div class="mw-heading mw-heading2"><h2 id="Runtime">Runtime</h2></div>
<p>"""
        + _signed("Ann_Lee", "20240501100000", "The infobox says 162 minutes; the restoration runs 160.")
        + "</p><dl><dd>"
        + _signed("Bob", "20240502100000", "Both are sourced, keep the theatrical figure.")
        + "<dl><dd>"
        + _signed("Ann_Lee", "20240503100000", "Fine by me, I will add a footnote for the restoration.")
        + "</dd></dl></dd><dd>"
        + _signed("Cleo", "20240504100000", "Agree with Bob on this one, the footnote is a good idea.")
        + "</dd></dl></div></body></html>"
    )
    ids = [c.id for c in page.comments]
    assert [(c.author, c.parent, c.published, c.text) for c in page.comments] == [
        ("Ann Lee", None, "2024-05-01", "The infobox says 162 minutes; the restoration runs 160."),
        ("Bob", ids[0], "2024-05-02", "Both are sourced, keep the theatrical figure."),
        ("Ann Lee", ids[1], "2024-05-03", "Fine by me, I will add a footnote for the restoration."),
        ("Cleo", ids[0], "2024-05-04", "Agree with Bob on this one, the footnote is a good idea."),
    ]


def _ping(pid: int, title: str, blog: str, excerpt: str) -> str:
    return f"""<li class="trackback" id="trackback-{pid}"><div class="author">
<a href="https://{blog.lower().replace(" ", "")}.example.net/{pid}" rel="nofollow">{title}</a> <abbr><cite>{blog}</cite></abbr>
</div><div class="content">{excerpt}</div></li>"""


def _note(cid: int, name: str, text: str) -> str:
    return f"""<li class="comment" id="comment-{cid}"><div class="author"><cite>{name}</cite>
<abbr title="2023-02-0{cid}T10:00:00">Feb {cid}, 2023</abbr></div><div class="content"><p>{text}</p></div></li>"""


def test_trackbacks_listed_before_the_comments() -> None:
    """A trackback list above the comment list (Publify): each trackback's excerpt is its text (a
    'div.content', not only a <p>), its cited blog its site; the comments after the list are not its
    replies (before, every comment was read as a reply to the last trackback)."""
    page = parse_html_page(
        """<html><head><title>Blow Out</title></head><body><div class="post"><h2>Blow Out</h2>
<p>De Palma's best, and the saddest scream in the movies.</p></div><ol id="trackbacks" class="trackbacks">"""
        + _ping(11, "Scream tests", "Reel Ear", "[...] a long post on Blow Out and the sound of a scream [...]")
        + _ping(12, "Travolta's best", "Frame Rate", "[...] nobody expected this from Travolta in 1981 [...]")
        + '</ol><div id="comments_div"><ul class="comment-list">'
        + _note(1, "Ines", "The fireworks ending is unbearable in the best way.")
        + _note(2, "Olu", "I still prefer The Conversation, but only just.")
        + "</ul></div></body></html>"
    )
    assert [(c.text[:20], c.parent, c.pingback and c.pingback.site) for c in page.comments] == [
        ("[...] a long post on", None, "Reel Ear"),
        ("[...] nobody expecte", None, "Frame Rate"),
        ("The fireworks ending", None, None),
        ("I still prefer The C", None, None),
    ]


def test_post_author_and_date_in_a_status_list() -> None:
    """Geeklog's 'ul.story_status': a bare date item and '投稿者: <a>NAME</a>' give the post's date and
    author, before an archive link elsewhere that holds the name in a longer label."""
    page = parse_html_page(
        """<html><head><title>東京物語</title></head><body><article><header><h1>東京物語</h1>
<ul class="story_status"><li>2024年3月2日(土) 21:03 JST</li>
<li>投稿者: <a class="storybyline" href="/users.php?mode=profile&amp;uid=2">竹内ゆかり</a></li></ul></header>
<div class="storytext"><p>小津安二郎の最も静かな映画で、最も悲しい映画だと思います。</p></div></article>
<section><ul><li><a href="/search.php?type=stories&amp;author=2">竹内ゆかりの記事をもっと見る</a></li></ul></section>
</body></html>"""
    )
    assert (page.author, page.published) == ("竹内ゆかり", "2024-03-02")


def _zen(name: str, day: int, text: str) -> str:
    return f"""<div class="comment"><div class="commentinfo"><h4 id="zp_comment_id_{day}">{name}: on May {day:02d},
2024 09:18</h4></div><div class="commenttext">{text}</div></div>"""


def test_name_colon_date_head_names_the_comment() -> None:
    """'NAME: on DATE' in a comment's head (Zenphoto) names its writer when no link does."""
    page = parse_html_page(
        """<html><head><title>The Red Shoes</title></head><body><div id="content"><h2>The Red Shoes</h2>
<p>Seventeen minutes of ballet and not a word spoken.</p></div><div id="comments">"""
        + _zen('<a href="https://ann.example.org">Ann Moss</a>', 3, "The reds in the ballet made the whole room gasp.")
        + _zen("Kit", 4, "A silent film dropped into the middle of a talkie, and it works.")
        + _zen("Date", 5, "Odd name, I know, but it is the one my parents picked.")
        + "</div></body></html>"
    )
    assert [c.author for c in page.comments] == ["Ann Moss", "Kit", None]


def test_a_text_whose_first_paragraph_is_bare() -> None:
    """A comment text whose first paragraph is bare text and the later ones <p> (Hacker News'
    'commtext') keeps its first paragraph (before, only the <p> paragraphs were read)."""
    page = parse_html_page(
        """<html><head><title>Playtime</title></head><body><div class="post"><h1>Playtime</h1>
<p>Tati built a city for one film.</p></div><ol class="commentlist">
<li class="comment"><cite class="fn">ann</cite> <time datetime="2024-11-30">Nov 30, 2024</time>
<div class="comment-content">He built <i>two</i> office blocks on a lot outside Paris.<p>It ruined him.</p></div></li>
<li class="comment"><cite class="fn">bo</cite> <time datetime="2024-11-30">Nov 30, 2024</time>
<div class="comment-content">Worth it, though.</div></li></ol></body></html>"""
    )
    assert [c.text for c in page.comments] == [
        "He built two office blocks on a lot outside Paris.\n\nIt ruined him.",
        "Worth it, though.",
    ]
