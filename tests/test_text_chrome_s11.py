"""Whole-page text dumps (s11, helper D): the blog's chrome around the post is recognised by its shape
and kept out of the body and the thread (extract/text_chrome.py). Pages written for these tests."""

from __future__ import annotations

from extract.text_chrome import cut_chrome, is_chrome_line, is_sidebar_heading, masthead_title
from extract.text_reader import parse_text_page

PAGE = """Skip to content

Lantern Stalls
notes from the back row of a village cinema

Menu
Home
Reviews
Lists
About

The Lighthouse Keeper (1961)

Posted on March 4, 2020 by Odile Brandt

The Lighthouse Keeper is a small film that grows the longer you sit with it, and I sat with it for a week.

My favourite three scenes, in order:
1. The storm
2. The letter
3. The last lamp

It is better than Harbour Lights, and kinder than The Salt Road ever managed to be.

Share this:
Twitter
Facebook
Email

Like this:
Like Loading...

Related

The Fog Bell (1958)
In "Reviews"

Gull Island (1964)
In "Reviews"

Posted in Reviews | Tagged 1961, lighthouses

← Moon Over Pickering (1959)
The Copper Kettle (1963) →

2 thoughts on "The Lighthouse Keeper (1961)"

Ravi Menon says:
March 5, 2020 at 8:10 am

Lovely piece, Odile. The storm scene is the one I remember too.

Odile Brandt says:
March 5, 2020 at 9:00 am

Thank you Ravi!

Leave a Reply

Recent Posts
Moon Over Pickering (1959)
The Copper Kettle (1963)

Archives
March 2020
"""


def test_masthead_menu_gives_the_headline_and_the_blog_name() -> None:
    page = parse_text_page(PAGE)
    assert (page.title, page.site, page.author) == ("The Lighthouse Keeper (1961)", "Lantern Stalls", "Odile Brandt")
    assert page.published == "2020-03-04"


def test_share_like_related_tags_and_links_are_cut_and_kept_as_chrome() -> None:
    page = parse_text_page(PAGE)
    for name in ("The Fog Bell", "Gull Island", "Moon Over Pickering", "Copper Kettle", "Share this", "Loading"):
        assert name not in page.body
    assert page.chrome == [
        "Share this:",
        "Twitter",
        "Facebook",
        "Email",
        "Like this:",
        "Like Loading...",
        "Related",
        "The Fog Bell (1958)",
        'In "Reviews"',
        "Gull Island (1964)",
        'In "Reviews"',
        "← Moon Over Pickering (1959)",
        "The Copper Kettle (1963) →",
    ]
    assert "Posted in Reviews | Tagged 1961, lighthouses" in page.body  # the post's own tags stay (s12)


def test_the_posts_own_numbered_list_and_comparisons_stay() -> None:
    body = parse_text_page(PAGE).body
    assert "1. The storm\n2. The letter\n3. The last lamp" in body
    assert "better than Harbour Lights" in body


def test_the_thread_ends_at_the_form_and_the_sidebar() -> None:
    page = parse_text_page(PAGE)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ravi Menon", "Lovely piece, Odile. The storm scene is the one I remember too."),
        ("Odile Brandt", "Thank you Ravi!"),
    ]


THREAD_THEN_SIDEBAR = """The Velvet Porch
Home | Reviews | Podcast | About

Quarry Road - Reviewed

by Tomas Lind

Quarry Road is a slow, dusty western about two brothers and one horse, and I liked nearly all of it.

3 Comments

Ada K. says:
The horse deserved top billing.
Reply

Tomas Lind says:
Ada, it nearly got it.
Reply

Recent Reviews
Dust Devils - Reviewed
The Last Ferry - Reviewed
"""


def test_a_sidebar_heading_under_the_last_comment_ends_the_thread() -> None:
    page = parse_text_page(THREAD_THEN_SIDEBAR)
    assert (page.title, page.site, page.author) == ("Quarry Road - Reviewed", "The Velvet Porch", "Tomas Lind")
    assert [c.text for c in page.comments] == ["The horse deserved top billing.", "Ada, it nearly got it."]


LOAD_MORE = THREAD_THEN_SIDEBAR.replace("Recent Reviews\n", "Load More Comments\n\nMore westerns\n")


def test_load_more_comments_ends_the_thread() -> None:
    assert parse_text_page(LOAD_MORE).comments[-1].text == "Ada, it nearly got it."


NAV_BAR_AND_BREADCRUMB = """GLASS EYE CINEMA
reviews | essays | lists

HOME   REVIEWS   ESSAYS   ABOUT   CONTACT

ESSAYS

HARBOUR LIGHTS Review: All the Boats Come Home

Posted by Mina Oduya on Feb 2, 2018

Harbour Lights is a fishing-town melodrama that earns every one of its tears, and I cried a lot.
"""


def test_a_one_line_menu_and_a_breadcrumb_over_the_headline() -> None:
    page = parse_text_page(NAV_BAR_AND_BREADCRUMB)
    assert (page.title, page.site) == ("HARBOUR LIGHTS Review: All the Boats Come Home", "GLASS EYE CINEMA")


CLEAN_PAGE_WITH_CAST = """The Salt Road (1972)

Gena Holm
Piet Aalders
Carla Benn

The Salt Road follows a caravan across a dry lake, and it is the strangest road movie I know of.
"""


def test_a_cast_list_under_a_clean_title_is_no_menu() -> None:
    page = parse_text_page(CLEAN_PAGE_WITH_CAST)
    assert page.title == "The Salt Road (1972)"
    assert "Piet Aalders" in page.body
    assert page.chrome == []


def test_counters_hashtags_and_reading_time_are_chrome_lines() -> None:
    lines = ["312 views", "7 min read", "#westerns #horses", "Link copied!", "Writer's pictureAda Brun", "1.2K"]
    assert all(is_chrome_line(line) for line in lines)
    assert not any(is_chrome_line(line) for line in ["The Storm", "1. The storm", "It was 312 minutes long."])


def test_after_the_posts_end_short_lines_are_chrome_but_the_tags_and_a_sentence_stay() -> None:
    body = [
        "A long and patient film that I would happily watch again tomorrow.",
        "Tags: westerns, horses",
        "Westerns",
        "Horses",
        "An update: the new restoration is out next month, and it looks wonderful.",
    ]
    kept, cut = cut_chrome(body)
    assert kept == [body[0], body[1], body[4]]
    assert cut == body[2:4]


def test_a_subscribe_button_inside_the_post_ends_nothing() -> None:
    body = ["Dear readers, this week a long letter about a short film.", "Subscribe", "Grade: B+", "Until next week,"]
    assert cut_chrome(body) == ([body[0], body[2], body[3]], ["Subscribe"])


def test_sidebar_headings_in_several_languages() -> None:
    assert all(is_sidebar_heading(h) for h in ["Recent Posts", "Articles récents", "Entradas recientes", "Archives"])
    assert not is_sidebar_heading("Related to the war, the film is quiet")


def test_no_masthead_no_headline_change() -> None:
    assert masthead_title(["Heat (1995)", "", "A fine film with a long shoot-out in it and a great cast."]) is None


def test_a_row_of_asterisks_is_a_rating_not_chrome() -> None:
    page = parse_text_page(PAGE.replace("Share this:", "***\n\nShare this:"))
    assert page.rating is not None and page.rating.raw == "***"
    assert "***" not in page.chrome


def test_a_menu_like_run_under_the_byline_is_no_masthead() -> None:
    """'3 Comments / Site / Login / Sort by Best' is a comment widget's bar under the post, not a menu."""
    page = parse_text_page(
        "Quarry Road\n\nPosted on May 2, 2015 by Lena\n\nDusty.\n\n3 Comments\nSite\nLogin\nSort by Best\n\nMarcus says:\n\nYes.\n"
    )
    assert (page.title, page.chrome) == ("Quarry Road", [])


def test_a_tagline_with_a_lower_case_by_is_no_byline() -> None:
    lines = ["SKY SCREEN", "film reviews by people who read", "", "Home", "Reviews", "Contact", "", "Orbit – Reviewed"]
    assert masthead_title(lines) == (7, "SKY SCREEN")


def test_a_breadcrumb_and_a_search_box_in_another_language_are_no_headline() -> None:
    lines = ["De Zaal", "", "Home", "Recensies", "Over mij", "", "Zoeken …", "", "Home » Recensies » Vlucht (1960)"]
    lines += ["", "Vlucht (1960)", "Geplaatst op 3 mei 2019 door An de Wit"]
    assert masthead_title(lines) == (10, "De Zaal")


def test_the_writers_name_over_the_date_is_no_headline() -> None:
    """A Wix post: 'Writer's picture' and the writer's name, the date, the reading time, then the headline."""
    lines = ["top of page", "REEL TALK", "Home", "Reviews", "About", "Log In", "", "Writer's pictureNoor Aziz"]
    lines += ["Noor Aziz", "Jun 2, 2021", "4 min read", "", "Ferries and Fog: A Slow Crossing", "", "Prose."]
    assert masthead_title(lines) == (12, "REEL TALK")


def test_a_menu_one_item_a_paragraph_and_a_publication_over_its_follow_button() -> None:
    """Medium: the menu items are parted by blank lines; the publication's name sits over 'Follow publication'."""
    lines = ["Open in app", "", "Sign up", "", "Sign in", "", "Write", "", "Quiet Frames", "", "Follow publication"]
    lines += ["", "The House by the Harbour", "", "A dek line about the film", "", "Ida Moss", "", "Follow"]
    assert masthead_title(lines) == (12, "Quiet Frames")


def test_a_byline_above_the_headline_and_a_long_tagline() -> None:
    tagline = "A film blog about the best (and the very worst) of the genre, old and new, written late at night."
    lines = [
        "Night Reels",
        tagline,
        "",
        "HOME    REVIEWS    RANKINGS    ABOUT",
        "",
        "Posted on May 1, 2020 by nightreels",
    ]
    lines += [
        "",
        "Ferry Ghosts (1961) - Review",
        "",
        "A long first sentence of the review that goes on and on for a while.",
    ]
    assert masthead_title(lines) == (7, "Night Reels")


def test_a_view_all_comments_button_over_the_comments_ends_nothing() -> None:
    page = parse_text_page(LOAD_MORE.replace("3 Comments\n", "3 Comments\n\nView all comments\n"))
    assert [c.text for c in page.comments] == ["The horse deserved top billing.", "Ada, it nearly got it."]
