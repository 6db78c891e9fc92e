"""Comment forms the readers once missed (issue 11); each test fails on the code before its rule."""

from __future__ import annotations

from extract.html_reader import parse_html_page
from extract.language import detect_language


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
