"""Page readers, eighth session (R): authors, threads and page fields on themes nobody modelled
(issue 11). Each test fails without its rule."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from extract.evaluate import SplitScore, gold_files, score_page
from extract.html_reader import parse_html_page

_TUNE = Path(__file__).parent / "fixtures" / "pages" / "tune"


def _page(thread: str, head: str = "", title: str = "Stalker in the old cinema") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><div class='wrap'>"
        f"<div class='post'><h1>{title}</h1>{head}"
        "<p>Tarkovsky lets the camera wait in the wet grass until the waiting becomes the story, and "
        "the old projector made the sepia look like rust.</p></div>"
        f"<div class='talk'><h3>3 comments</h3>{thread}</div></div></body></html>"
    )


def _comments(html: str) -> list[tuple[str | None, str]]:
    return [(c.author, c.text[:24]) for c in parse_html_page(html).comments]


# --- authors ---------------------------------------------------------------------------------


def _drupal_like(name: str, when: str, text: str, lead: str = "") -> str:
    return (
        f"<article class='k1'><footer class='k2'><p class='k3'><a href='/user/{len(name)}'>{name}</a></p>"
        f"<p class='k4'>{when}</p>{lead}</footer>"
        f"<div class='k5'><div class='k6'><p>{text}</p></div></div></article>"
    )


def test_a_reply_to_line_names_the_comment_answered_not_the_writer_and_is_no_text() -> None:
    """'Als Antwort auf <a>TITLE</a> von NAME' (Drupal 8's 'In reply to'): the writer of the
    comment answered, after a byline word, is no author; the line is no part of the text."""
    thread = _drupal_like("Dieter H.", "Mi., 23.03.2016 - 14:20", "Die Sonate vom guten Menschen.") + _drupal_like(
        "Katrin Albers",
        "Mi., 23.03.2016 - 16:10",
        "Mir ging es genauso, obwohl ich die Szene kannte.",
        "<p class='k7'>Als Antwort auf <a href='/comment/88#comment-88'>Die Sonate</a> von Dieter H.</p>",
    )
    assert _comments(_page(thread)) == [
        ("Dieter H.", "Die Sonate vom guten Men"),
        ("Katrin Albers", "Mir ging es genauso, obw"),
    ]


def _info_item(text: str, info: str) -> str:
    return (
        f"<li><p class='m1'>{text}</p><p class='m2'>{info}</p>"
        "<ul class='m3'><li><a href='/PageComment/spam/4'>segnala spam</a></li></ul></li>"
    )


def test_an_italian_participle_and_da_is_a_byline_and_a_report_link_no_name() -> None:
    """SilverStripe's 'Inviato da <a>NAME</a>, DATE' under the text; its 'segnala spam' link is a
    button, never the author."""
    thread = (
        "<ul>"
        + _info_item(
            "Il sogno dell'orologio senza lancette mi perseguita.",
            "Inviato da <a href='http://a.example.it'>Carla</a>, 14/03/2022 22:10",
        )
        + _info_item("La madre centenaria con la scatola dei giocattoli.", "Inviato da Gianni B., 15/03/2022 08:45")
        + "</ul>"
    )
    assert [a for a, _ in _comments(_page(thread))] == ["Carla", "Gianni B."]


def test_moderation_links_are_button_labels() -> None:
    from extract.comment_body import _button_label

    assert [_button_label(t) for t in ("Inhalt melden", "Report", "Signaler un abus", "Carla Mesiti")] == [
        True,
        True,
        True,
        False,
    ]


def _heading_item(head: str, text: str, reply: str = "") -> str:
    return f"<li class='r1'><div class='r2'><h3>{head}</h3><p>{text}</p></div>{reply}</li>"


def test_a_heading_holding_a_name_before_its_date_names_the_comment() -> None:
    """'<h3>Sabine R. <small> - <time>DATE</time></small></h3>' (WoltLab): the heading's own words
    name the writer, before a profile link in a nested reply; 'Ole am <time>' is 'Ole'."""
    when = "<small> - <time datetime='2023-05-15T08:30'>15. Mai 2023, 08:30</time></small>"
    reply = (
        "<ul class='r3'><li class='r4'><h3><a href='/index.php?user/3107-miriam_k/'>Miriam_K</a>"
        f"{when}</h3><p>Das glaube ich sofort, wirklich.</p></li></ul>"
    )
    thread = (
        "<ul>"
        + _heading_item(f"<a href='/index.php?user/12-filmkater/'>Filmkater</a>{when}", "Das Format fand ich seltsam.")
        + _heading_item(f"Sabine R. {when}", "Als Lehrerin muss ich sagen: realistisch.", reply)
        + _heading_item("Ole am <time datetime='2023-05-16'>16.05.2023</time>", "Eine Doppelvorstellung bitte.")
        + "</ul>"
    )
    assert [a for a, _ in _comments(_page(thread))] == ["Filmkater", "Sabine R.", "Miriam_K", "Ole"]


# --- the tune pages without their class vocabulary ---------------------------------------------

_CLASS_OR_ID = re.compile(r"""\b(class|id)=(["'])(.*?)\2""", re.S)
_FRAGMENT = re.compile(r"""\b(href)=(["'])([^"'#]*)#([^"']+)\2""")


def _hash(token: str) -> str:
    return "x" + hashlib.md5(token.encode()).hexdigest()[:6]


def hashed(html: str) -> str:
    """The page with every class and id token replaced by a hash of it (links to an id follow
    it): the same markup in a vocabulary no rule knows, read by the generic reader alone."""

    def token(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{" ".join(_hash(t) for t in match.group(3).split())}"'

    def fragment(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{match.group(3)}#{_hash(match.group(4))}"'

    return _FRAGMENT.sub(fragment, _CLASS_OR_ID.sub(token, html))


def _hashed_score(pages: list[Path] | None = None) -> SplitScore:
    split = SplitScore("hashed")
    for _, page_path, gold_path in gold_files(_TUNE):
        if page_path.suffix != ".html" or page_path.name.startswith(("b8-", "b9-", "b10-", "b11-", "b12-", "r12-")):
            continue  # (W3's b8 and W2's b9, b10, b11 batches are validation, read as they come)
        if pages is not None and page_path not in pages:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = parse_html_page(hashed(page_path.read_text(encoding="utf-8")), page_path.name)
        split.add(score_page("hashed", page_path.name, gold, page))
    return split


def test_every_html_tune_page_without_its_class_vocabulary() -> None:
    """Every HTML tune page but W3's b8 batch (b7 and r8 included), classes and ids hashed: the
    generic reader alone. Eighth session, 134 pages: start 469/530 found, precision 0.949,
    authors 0.964 (452/469), parents 0.936, page author 110, date 123, count 125; end 499/530,
    0.986, 0.980 (489/499), 0.960, page author 124, date 130, count 131."""
    split = _hashed_score()
    assert split.recall >= 0.95 and split.precision >= 0.98 and split.authors >= 0.975 and split.parents >= 0.95
    # (ninth session: 506/530 found, parents 483 (was 499, 479): the forum posts now found in SMF 2
    # and old Reddit carry the opening post as their parent, so the rate is pinned at 0.95)
    assert split.fields_right["author"] >= 123 and split.fields_right["published"] >= 129  # (each compared alone)


# --- page fields ---------------------------------------------------------------------------------

_ONE_COMMENT = "<div class='n'><b>Ann Lee</b> <span>3 March 2021</span><p>The zone is the audience, I think.</p></div>"


def _post(head: str) -> tuple[str | None, int | None]:
    page = parse_html_page(_page(_ONE_COMMENT, head=head).replace("<h3>3 comments</h3>", "<h3>Talk</h3>"))
    return page.author, page.comment_count_stated


def test_bylines_with_more_verbs_name_the_post_author() -> None:
    """'Posté par X', 'Inviato da X il DATE', 'Scritto da <a>X</a>' (PyroCMS' Italian)."""
    assert [
        _post("<span class='a1'>20 janvier 2022</span> <span class='a2'>Posté par Hélène Marchal</span>")[0],
        _post("<p class='a1'>Inviato da Ottavio Renzi il 14 marzo 2022</p>")[0],
        _post("<div class='a1'>Scritto da <span><a href='/user/7'>Davide Ferraresi</a></span></div>")[0],
    ] == ["Hélène Marchal", "Ottavio Renzi", "Davide Ferraresi"]


def test_a_by_word_after_the_date_element_names_the_post_author() -> None:
    """'<abbr>DATE</abbr> by NAME' (Habari's K2), 'Posted at <a>DATE</a> by NAME in <span>CAT</span>'
    (Roller): the name as the bare text after an element of a dated line."""
    assert [
        _post("<small><span><abbr>April 3, 2023 8:15pm</abbr></span> by Martin Kessler <span>1 comment</span></small>")[
            0
        ],
        _post("<p>Posted at <a href='/e/x'>Mar 09, 2025 08:14 PM</a> by Hanna Lindqvist in <span>Reviews</span></p>")[
            0
        ],
        _post("<p>Posted at <a href='/e/x'>Mar 09, 2025 08:14 PM</a> by the way of <span>Reviews</span></p>")[0],
    ] == ["Martin Kessler", "Hanna Lindqvist", None]


def test_a_name_in_the_dated_line_under_the_heading_is_the_post_author() -> None:
    """No class, no word: a capitalised name in its own element before the date, or between the
    line's separators (Hugo PaperMod without its classes)."""
    title = "Stalker in the old cinema"

    def author(line: str) -> str | None:
        html = _page(_ONE_COMMENT, title=title).replace(f"<h1>{title}</h1>", f"<h1>{title}</h1>{line}")
        return parse_html_page(html).author

    assert [
        author(
            "<div class='q1'><span class='q2'>Bea Lindqvist</span> <time datetime='2021-10-05'>5 October 2021</time></div>"
        ),
        author(
            "<div class='q1'><span><i class='q3'></i> Андрей Полозов</span> <span><i></i> 9 апреля 2019</span></div>"
        ),
        author(
            "<div class='q1'><span title='2021-06-02'>2 czerwca 2021</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tomasz Wrona</div>"
        ),
        author("<div class='q1'><span>12 readers</span> <time datetime='2021-10-05'>5 October 2021</time></div>"),
    ] == ["Bea Lindqvist", "Андрей Полозов", "Tomasz Wrona", None]


def test_counts_in_a_meta_line_segment_or_in_square_brackets() -> None:
    assert [
        _post("<p class='a1'>Inviato da Ottavio Renzi il 14 marzo 2022 | 3 commenti</p>")[1],
        _post("<p class='a1'><a href='#comments'>Comments [6]</a></p>")[1],
        _post("<p class='a1'>The Mirror | Andrei Rublev | 12 comments on another post</p>")[1],
        _post("<div class='a1'>Topic started by Wilf Haddon, 4 replies, 188 views</div>")[1],
        _post("<ul><li><a href='/t/81'>Anatomie eines Falls</a> <span>von Filmriss · 41 Antworten</span></li></ul>")[1],
    ] == [3, 6, None, 4, None]


def test_a_meta_tag_named_by_states_the_post_author() -> None:
    html = _page(_ONE_COMMENT).replace("<title>", "<meta name='by' content='윤서연'><title>")
    assert parse_html_page(html).author == "윤서연"


# --- forum rows ----------------------------------------------------------------------------------


def _fixture(name: str, hash_classes: bool = False) -> tuple[dict[str, object], object]:
    path = _TUNE / name
    gold = json.loads(path.with_name(path.name + ".gold.json").read_text(encoding="utf-8"))
    html = path.read_text(encoding="utf-8")
    return gold, parse_html_page(hashed(html) if hash_classes else html, name)


def test_a_post_in_two_rows_beside_a_spanning_user_cell_is_one_post() -> None:
    """Seditio's table: '<tr><td rowspan=2>USER</td><td>#ID DATE</td></tr><tr><td>TEXT</td></tr>'.
    The spanned row joins its row; the user cell (rank, post count) is no text; the message's bare
    text wins over its signature block; the opening post is the post; 'A : B : TOPIC' titles."""
    for hash_classes in (False, True):
        gold, page = _fixture("r8-table-forum-rowspan-en.html", hash_classes)
        score = score_page("tune", "r8-table-forum-rowspan-en.html", gold, page)  # type: ignore[arg-type]
        assert (score.matched, score.emitted, score.authors_right) == (4, 4, 4)
        assert [score.fields[f] for f in ("title", "author", "published")] == [True, True, True]


def test_a_head_line_of_a_date_and_links_between_bars_is_no_text() -> None:
    """Hacker News' comhead ('4 hours ago | root | parent | next [–]'), classes hashed."""
    gold, page = _fixture("b7-hackernews-item-en.html", hash_classes=True)
    score = score_page("tune", "b7-hackernews-item-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.gold_comments) == (11, 11)


def _scored(name: str, hash_classes: bool = True) -> tuple[int, int, int, dict[str, bool]]:
    gold, page = _fixture(name, hash_classes)
    score = score_page("tune", name, gold, page)  # type: ignore[arg-type]
    return score.matched, score.emitted, score.gold_comments, score.fields


def test_a_block_holding_the_post_heading_is_no_comment() -> None:
    """The page wrapper read as a comment for its byline, date and text ('<div><h2>TITLE</h2><p>
    Veröffentlicht am DATE von NAME</p>...<dl>THREAD</dl></div>' without classes): no comment, and
    no parent of the thread; the post's author, date and count are read again."""
    matched, emitted, gold, fields = _scored("django-comments-dl-de.html")
    assert (matched, emitted, gold) == (3, 3, 3)
    assert [fields[f] for f in ("author", "published", "comment_count_stated")] == [True, True, True]


def test_a_forum_topic_opened_by_a_labelled_starter_beside_a_who_is_online_line() -> None:
    """Kunena without its classes: 'Autore della discussione' labels the opening post, which is the
    post; 'NAME ha risposto alla discussione: R: TOPIC' heads each text and is no part of it; the
    'Ci sono 2 utenti e 14 ospiti online.' line is no prose of a post."""
    matched, emitted, gold, fields = _scored("b7-kunena-aurelia-topic-it.html")
    assert (matched, emitted, gold) == (7, 7, 7)
    assert [fields[f] for f in ("author", "published")] == [True, True]


# --- forum threads of W3's b8 batch (first read with the session-start code, then tuned on) -------


def _ruled(name: str, when: str, text: str) -> str:
    return f"<hr size='2'>Title: <b>Re: Ringu</b><br>Post by: <b>{name}</b> on <b>{when}</b><hr><div>{text}</div><br>"


def test_posts_separated_by_rules_alone_are_read_one_each() -> None:
    """A forum's print page: '<hr>Title: <b>T</b><br>Post by: <b>NAME</b> on <b>DATE</b><hr><div>TEXT'
    repeated in one cell, no class at all; the first post is the topic."""
    posts = "".join(
        _ruled(name, when, text)
        for name, when, text in [
            ("Lantern Jaw", "October 30, 2009, 11:02:47 PM", "Watched the original again tonight and it holds up."),
            ("Kuchisake", "October 31, 2009, 12:15:09 AM", "Totally agree about the procedural first hour."),
            ("grainy_vhs", "October 31, 2009, 09:40:33 AM", "I am the odd one out, I prefer the remake."),
        ]
    )
    html = (
        "<html lang='en'><head><title>Review: Ringu</title></head><body><h1>Tapeheads</h1>"
        f"<table><tr><td>{posts}</td></tr></table></body></html>"
    )
    page = parse_html_page(html)
    assert (page.author, page.published) == ("Lantern Jaw", "2009-10-30")
    assert [(c.author, c.text[:12]) for c in page.comments] == [
        ("Kuchisake", "Totally agre"),
        ("grainy_vhs", "I am the odd"),
    ]


def test_a_forum_message_in_a_blockquote_beside_similar_threads() -> None:
    """XenForo 1: the message is bare text in 'blockquote.messageText.SelectQuoteContainer' under
    'div.messageInfo.primaryContent' (a hook and a content region, no quote and no meta); the
    'div.similarThreads' box of the thread's shape is furniture, and its 'Replies: 23' no count;
    the page's first <article> is inside the first post, the topic, and '(You must log in to
    reply here.)' as a link is no prose of a post."""
    gold, page = _fixture("b8-xenforo1-messagelist-en.html")
    score = score_page("tune", "b8-xenforo1-messagelist-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted, score.gold_comments) == (7, 7, 7)
    assert all(score.fields[f] for f in ("title", "author", "published", "comment_count_stated"))


def test_a_post_marked_as_an_article_is_no_comment_and_no_reply_is_the_opening_post() -> None:
    """vBulletin 5: the first post is '<li itemtype=".../Article">' beside Comment items; its
    'dateCreated' is the post's date, not the poster's join date in the user pane."""
    gold, page = _fixture("b8-vbulletin5-threadview-de.html")
    score = score_page("tune", "b8-vbulletin5-threadview-de.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted, score.gold_comments) == (6, 6, 6)
    assert all(score.fields[f] for f in ("author", "published"))


def test_a_block_of_the_threads_shape_holding_the_title_line_is_the_post() -> None:
    """CuteNews: '<div><strong>TITLE</strong></div><div>TEXT</div><div>Count of comments: 7</div>
    <div><em>Posted on DATE by NAME</em></div>' above classless comment blocks of the same shape."""
    gold, page = _fixture("b8-cutenews-inline-styles-en.html")
    score = score_page("tune", "b8-cutenews-inline-styles-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted, score.gold_comments) == (7, 7, 7)
    assert all(score.fields[f] for f in ("title", "author", "published", "comment_count_stated"))


def test_the_post_article_holding_its_comments_and_a_byline_inside_the_body() -> None:
    """Pelican with pelican_comment_system: the post's <article> (its h1 in the article's header)
    holds the nested comment articles: no comment, no parent; the post's byline sits in a footer
    inside 'div.entry-content' ('address.vcard' By NAME), read as the post's author, not the
    theme credit 'powered by <a>Pelican</a>'."""
    gold, page = _fixture("b8-pelican-pcs-nested-articles-en.html")
    score = score_page("tune", "b8-pelican-pcs-nested-articles-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted, score.parents_right) == (6, 6, 6)
    assert all(score.fields[f] for f in ("author", "published"))


def test_an_avatar_link_showing_the_initial_is_no_name() -> None:
    """XenForo 2 without its classes: the avatar links to the profile and shows 'R'; the name is
    the next profile link ('<h4><a>Ruth Okafor</a></h4>')."""
    gold, page = _fixture("s6-xenforo2-thread-en.html", hash_classes=True)
    score = score_page("tune", "s6-xenforo2-thread-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.authors_right) == (2, 2)


def test_a_quote_box_opened_by_its_source_line_and_a_guests_name_in_the_authors_place() -> None:
    """vBulletin 4 without its classes: 'Originariamente Scritto da <strong>Bruno</strong>' opens
    a quoted post inside the reply's blockquote (no part of its text); a guest's name is a plain
    span where the members' names are links ('Ospite_Marcello'), read from the authors' place in
    the posts beside it."""
    gold, page = _fixture("s6-vbulletin4-postbit-it.html", hash_classes=True)
    score = score_page("tune", "s6-vbulletin4-postbit-it.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted, score.authors_right) == (2, 2, 2)


def test_comments_closed_by_rules_with_no_element_around_each() -> None:
    """Cotonti's sed-light skin: '<span>N. Posted by <a>NAME</a></span> DATE <p>TEXT</p><hr />' per
    comment; the post's title is a box the <title> repeats after the site's name ('Lamp Lit - POST')
    and its byline 'Author: <a>NAME</a> DATE'; classes hashed or not."""
    for hash_classes in (False, True):
        gold, page = _fixture("r8-cotonti-ruled-comments-en.html", hash_classes)
        score = score_page("tune", "r8-cotonti-ruled-comments-en.html", gold, page)  # type: ignore[arg-type]
        assert (score.matched, score.emitted, score.authors_right) == (3, 3, 3)
        assert all(score.fields[f] for f in ("title", "author", "published", "comment_count_stated"))


def test_titles_whose_site_part_the_headings_show() -> None:
    """Roller: '<title>POST : BLOG</title>' over '<h1>BLOG</h1>' and '<p>POST</p>': the blog's
    heading is no title, the part the page shows elsewhere is; MediaWiki: 'Talk:X - Wiki' as
    og:title over '<h1>Talk:X</h1>'."""
    titles = [_fixture(name)[1].title for name in ("b7-roller-basic-en.html", "b7-mediawiki-talk-dt-en.html")]  # type: ignore[attr-defined]
    assert titles == ["Paper Moon, fifty years on", "Talk:The Third Man"]


def test_quoted_posts_without_classes_are_no_part_of_the_reply() -> None:
    """SMF's print page without its classes: '<div><a>Quote from: NAME on DATE</a></div><div>WORDS
    </div>' inside a post (a source line's block, the quoted block after it); Invision without its
    classes: the quoted post's paragraphs inside 'blockquote > div NAME napisał: + div > p'."""
    gold, page = _fixture("b8-smf1-printpage-plain-en.html", hash_classes=True)
    score = score_page("tune", "b8-smf1-printpage-plain-en.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.emitted) == (6, 6)
    _, invision = _fixture("s6-invision4-topic-pl.html", hash_classes=True)
    texts = [c.text for c in invision.comments]  # type: ignore[attr-defined]
    assert any(t.startswith("I ten człowiek") for t in texts) and not any(t.startswith("Kieślowski") for t in texts)


def test_counts_of_reactions_in_more_languages() -> None:
    from extract.post_meta import count_in

    texts = ["Eén reactie", "2 réactions", "12 reacciones", "1 reação", "5 reazioni", "3 коментарі", "3 kommentaari"]
    assert [count_in(t) for t in [*texts, "2 komentāri", "The reaction was big"]] == [1, 2, 12, 1, 5, 3, 3, 2, None]


def test_a_blog_name_heading_is_never_the_title_part_taken() -> None:
    html = (
        "<html lang='en'><head><title>Stalker in the old cinema - Reel Notes</title>"
        "<meta property='og:title' content='Stalker in the old cinema - Reel Notes'></head><body>"
        "<h1>Reel Notes</h1><div><p>Tarkovsky lets the camera wait in the wet grass.</p></div></body></html>"
    )
    assert parse_html_page(html).title != "Reel Notes"


def test_a_sentence_after_a_byline_word_is_no_name() -> None:
    """'Gracias por la reseña.' closing a comment under its heading's name (Staticman, classes
    hashed): 'por' starts no byline there; the heading names the comment."""
    gold, page = _fixture("jekyll-staticman-es.html", hash_classes=True)
    score = score_page("tune", "jekyll-staticman-es.html", gold, page)  # type: ignore[arg-type]
    assert (score.matched, score.authors_right) == (3, 3)
