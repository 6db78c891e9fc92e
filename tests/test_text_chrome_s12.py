"""Whole-page text dumps (s12, helper D): where the post ends for good (the comment form, a sidebar widget,
the author's box, the footer: sentences under them are the blog's too), subscription prompts written as
sentences, and the headline under a masthead with no menu (a tagline written as a sentence) or under a
publication's name and tagline (Medium). Pages written for these tests."""

from __future__ import annotations

from extract.text_chrome import cut_chrome, is_chrome_line, is_sidebar_heading, masthead_title, post_end
from extract.text_reader import parse_text_page

VERDICT = "In the end it is a warm, patient and very funny film, and I would see it again tomorrow."
OPENING = "The Glass Orchard follows two sisters who inherit a greenhouse and a debt in the same week."


def test_sentences_under_the_comment_form_are_the_sidebars() -> None:
    body = [OPENING, "", VERDICT, "", "Leave a Reply", "", "About", "I am a librarian who watches too many films."]
    kept, cut = cut_chrome(body)
    assert kept == [OPENING, "", VERDICT, ""]
    assert cut == ["Leave a Reply", "About", "I am a librarian who watches too many films."]


def test_a_newsletter_box_after_the_tags_is_cut_whole() -> None:
    body = [OPENING, VERDICT, "Tags: sisters, greenhouses", "", "Newsletter"]
    body += ["Sign up with your email address and hear about new reviews first.", "Email Address", "Thank you!"]
    kept, cut = cut_chrome(body)
    assert kept == [OPENING, VERDICT, "Tags: sisters, greenhouses", ""]
    assert cut[0] == "Newsletter" and cut[-1] == "Thank you!"


def test_the_authors_box_and_its_bio_are_cut() -> None:
    bio = "Hal grew up above a cinema in Leeds and has reviewed films since 1998. View all posts by halwrites"
    assert cut_chrome([OPENING, VERDICT, "", bio, "Cheerful notes."]) == (
        [OPENING, VERDICT, ""],
        [bio, "Cheerful notes."],
    )
    medium = [OPENING, VERDICT, "Written by Ines Varga", "2.3K Followers · Writer for Slow Light"]
    medium += ["I write about quiet films for loud people."]
    assert cut_chrome(medium)[0] == [OPENING, VERDICT, "Written by Ines Varga"]


def test_the_footer_ends_the_post() -> None:
    body = [OPENING, VERDICT, "Powered by Ghost · Theme: Paper", "Made with care in a small flat in Porto, since 2014."]
    assert post_end(body) == 2


def test_a_sidebar_printed_before_the_post_seals_nothing() -> None:
    """A left sidebar first in the page's order: more prose follows its heading than stands above it."""
    body = ["Welcome to my blog about old films and new ones, mostly the old ones.", "Recent Posts", "Heat", ""]
    body += [OPENING, VERDICT, "The sisters quarrel in the rain and it is the best scene of the year."]
    assert post_end(body) == len(body)
    assert cut_chrome(body)[0] == [body[0], OPENING, VERDICT, body[-1]]


def test_the_tag_line_under_the_related_posts_stays() -> None:
    body = [
        OPENING,
        VERDICT,
        "Related",
        "The Tin Harvest (1971)",
        'In "Reviews"',
        "Categories: Reviews | Tags: orchards",
    ]
    assert cut_chrome(body)[0] == [OPENING, VERDICT, "Categories: Reviews | Tags: orchards"]


def test_subscription_prompts_and_bloggers_share_row_are_chrome_lines() -> None:
    lines = [
        "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
        "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
        "Thanks for reading Second Reel! Subscribe for free to receive new posts.",
        "Join 1,204 other subscribers",
        "We respect your privacy.",
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "(Psst! Follow Reel Notes on Instagram!)",
    ]
    assert all(is_chrome_line(line) for line in lines)
    assert not is_chrome_line("I got an email from a reader asking me to review this, so here it is at last.")
    assert not is_chrome_line("Follow the money on Twitter is the worst film I saw this year.")


def test_a_themes_credit_line_is_the_footer_but_a_sentence_powered_by_rage_is_not() -> None:
    footer = "Simple theme. Theme images by a designer. Powered by Blogger."
    assert post_end([OPENING, VERDICT, footer, "Report Abuse"]) == 2
    assert post_end([OPENING, "The finale soars. Powered by rage, it never lets up.", VERDICT]) == 3


def test_more_sidebar_headings() -> None:
    headings = ["About Me", "Blog Archive", "Newsletter", "Follow Blog via Email", "Followers", "Search This Blog"]
    assert all(is_sidebar_heading(h) for h in headings)
    assert not is_sidebar_heading("About me and this film: a long story")


def test_a_thread_ends_at_the_blogger_profile_widget() -> None:
    page = parse_text_page(
        "Gull Island (1964)\n\nA small, salty film about a ferry.\n\n2 comments:\n\nAnn said...\nLovely.\n"
        "March 2, 2020 at 9:00 AM\n\nBo said...\nAgreed.\nMarch 3, 2020 at 9:00 AM\n\n"
        "About Me\nA retired projectionist.\n"
    )
    assert [c.text for c in page.comments] == ["Lovely.", "Agreed."]


MASTHEAD_NO_MENU = """Rushes and Reels

Two cousins, one sofa, every film that ever won at Cannes, in order. Wish us a strong back.

Friday, March 3, 2017

The Glass Orchard (1988)

{opening}

{verdict}
"""


def test_a_tagline_sentence_under_the_blog_name_over_a_date_header() -> None:
    page = parse_text_page(MASTHEAD_NO_MENU.format(opening=OPENING, verdict=VERDICT))
    assert (page.title, page.site, page.published) == ("The Glass Orchard (1988)", "Rushes and Reels", "2017-03-03")
    assert "cousins" not in page.body


def test_a_tagline_sentence_over_the_headline_and_its_byline() -> None:
    text = MASTHEAD_NO_MENU.replace("Friday, March 3, 2017\n\nThe Glass Orchard (1988)", "The Glass Orchard (1988)")
    text = text.replace("{opening}", "Posted on March 3, 2017 by Tove\n\n{opening}")
    page = parse_text_page(text.format(opening=OPENING, verdict=VERDICT))
    assert (page.title, page.site) == ("The Glass Orchard (1988)", "Rushes and Reels")


def test_a_first_sentence_over_a_date_is_no_tagline() -> None:
    """A one-paragraph post signed with a date: the paragraph is the body, the title stays."""
    page = parse_text_page(f"The Glass Orchard\n\n{OPENING}\n\nMarch 3, 2017\n")
    assert page.title == "The Glass Orchard"


def test_medium_publication_and_tagline_over_the_headline_and_dek() -> None:
    lines = ["Open in app", "Sign up", "Sign in", "Write", "", "Slow Light", "Essays on quiet films and the people"]
    lines += ["", "The Orchard Is the Hero", "", "Why a film about a greenhouse made me cry twice", ""]
    lines += ["Ines Varga", "Follow", "5 min read", "·", "Apr 2, 2021", "", OPENING]
    assert masthead_title(lines) == (8, "Slow Light")


def test_medium_headline_and_dek_alone() -> None:
    lines = ["Open in app", "Sign up", "Sign in", "Write", "", "The Orchard Is the Hero", ""]
    lines += ["Why a film about a greenhouse made me cry twice", "", "Ines Varga", "Follow", "", OPENING]
    assert masthead_title(lines) == (5, "")


COUNT_UNDER_BYLINE = f"""Review: The Glass Orchard

Posted by Tove Lind on 2nd May 2024
2 Comments

{OPENING}

{VERDICT}

2 thoughts on "Review: The Glass Orchard"

Ann Kerr
2nd May 2024 at 7:02 pm
Lovely review.
Reply

Bo Strand
3rd May 2024 at 9:15 am
Agreed about the sisters.
Reply

Leave a Reply
"""


def test_a_comment_count_under_the_byline_is_no_thread_header() -> None:
    page = parse_text_page(COUNT_UNDER_BYLINE)
    assert OPENING in page.body and VERDICT in page.body
    assert [c.author for c in page.comments] == ["Ann Kerr", "Bo Strand"]


def test_a_comment_count_over_the_threads_first_name_is_its_header() -> None:
    page = parse_text_page(
        f"The Glass Orchard\n\nLoved it.\n\n2 Comments\n\nAnn says:\n{OPENING}\n\nBo says:\nSo did I.\n"
    )
    assert page.body == "Loved it."
    assert [c.author for c in page.comments] == ["Ann", "Bo"]


def test_the_sites_footer_under_the_last_comment_ends_the_thread() -> None:
    text = COUNT_UNDER_BYLINE.replace("\nLeave a Reply\n", "\nCopyright 2024 | All Rights Reserved\nPrivacy Policy\n")
    page = parse_text_page(text)
    assert page.comments[-1].text == "Agreed about the sisters."


def test_a_comments_date_with_an_ordinal_day_is_its_stamp() -> None:
    """Jetpack's '22nd April 2024 at 7:48 pm' under the commenter's name."""
    page = parse_text_page(COUNT_UNDER_BYLINE)
    assert [(c.author, c.published, c.text) for c in page.comments] == [
        ("Ann Kerr", "2024-05-02", "Lovely review."),
        ("Bo Strand", "2024-05-03", "Agreed about the sisters."),
    ]


NEW_BLOGGER = f"""Skip to main content

Search This Blog

Rushes and Reels

Films I watched with my cousins, and a few I watched alone after midnight

The Glass Orchard (1988): Two Sisters and a Greenhouse

- March 22, 2024

Get link
Facebook
X
Email

{OPENING}

{VERDICT}
"""


def test_new_bloggers_head_search_box_and_share_row_around_the_headline_and_its_date() -> None:
    page = parse_text_page(NEW_BLOGGER)
    assert (page.title, page.site) == ("The Glass Orchard (1988): Two Sisters and a Greenhouse", "Rushes and Reels")
    assert page.published == "2024-03-22"


def test_the_writers_name_over_the_date_stays_under_the_headline() -> None:
    page = parse_text_page(f"The Glass Orchard, and soup\n\nIssue #12\n\nTove Lind\n\nNov 3, 2024\n\n{OPENING}\n")
    assert page.title == "The Glass Orchard, and soup"


def test_a_date_header_without_its_year() -> None:
    text = MASTHEAD_NO_MENU.replace("Friday, March 3, 2017", "Friday, March 3")
    assert parse_text_page(text.format(opening=OPENING, verdict=VERDICT)).title == "The Glass Orchard (1988)"


def test_bloggers_post_footer_ends_a_front_pages_first_post() -> None:
    text = MASTHEAD_NO_MENU.format(opening=OPENING, verdict=VERDICT)
    text += "\nPosted by Tove at 11:52 PM 6 comments\nLabels: orchards\n\nThursday, March 2\n\nOur Festival Picks\n\n"
    text += "Okay so the festival lineup dropped this morning and I have already picked my five favourite titles.\n"
    page = parse_text_page(text)
    assert page.body.endswith(VERDICT) and "festival" not in page.body


def test_a_menu_section_repeated_over_the_headline_is_no_headline() -> None:
    lines = ["Skip to Content", "Five Minute Reels", "Open Menu Close Menu", "Reviews", "Classics", "About", ""]
    lines += ["Classics", "Review: The Glass Orchard", OPENING]
    assert masthead_title(lines) == (8, "Five Minute Reels")


def test_a_reader_views_address_line_is_no_title() -> None:
    page = parse_text_page(f"reelnotes.example\n\nThe Glass Orchard Still Grows\n\nTove Lind\n\n{OPENING}\n")
    assert page.title == "The Glass Orchard Still Grows"


def test_a_forums_breadcrumb_over_the_threads_title() -> None:
    lines = ["Skip to content", "Lowland Film Forum", "Forums", "What's new", "Members", "Log in", "Search", ""]
    lines += ["Forums", "Off Topic", "Film & Television", "The Glass Orchard - finally saw it"]
    lines += ["Discussion in 'Film & Television' started by tove_l, Jan 21, 2024.", "tove_l", OPENING]
    assert masthead_title(lines) == (11, "Lowland Film Forum")


def test_squarespace_comment_heads_with_an_age_and_a_likes_counter() -> None:
    text = f"Review: The Glass Orchard\n\n{OPENING}\n\nTags: sisters\n\nComments (2)\n\nNewest First\n\n"
    text += "Ann Kerr 2 years ago · 0 Likes\nThe rain scene, yes.\n\nReel Notes 2 years ago · 3 Likes\nThanks, Ann.\n\n"
    text += "Powered by Squarespace\n"
    page = parse_text_page(text)
    assert page.comment_count_stated == 2
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann Kerr", "The rain scene, yes."),
        ("Reel Notes", "Thanks, Ann."),
    ]


def test_metafilter_texts_signed_after_them_the_first_closing_the_post() -> None:
    text = "FilmTalk\n\nThe Glass Orchard (1988)\n\nMarch 6, 2020 7:41 PM - Subscribe\n\nTwo sisters inherit a greenhouse.\n"
    text += "posted by tove (3 comments total)\n\nI wanted to love it and did not, the second half sags badly.\n"
    text += "posted by tove at 7:55 PM on March 6, 2020\n\nThe rain scene saves it for me.\n"
    text += "posted by ann_k at 8:12 PM on March 6, 2020 [3 favorites]\n\nAgreed with tove.\n"
    text += "posted by bo at 8:40 PM on March 6, 2020 [1 favorite]\n\nAdd a comment to this post: log in first.\n"
    page = parse_text_page(text)
    assert page.body.endswith("the second half sags badly.") and page.author == "tove"
    assert [(c.author, c.published, c.text) for c in page.comments] == [
        ("ann_k", "2020-03-06", "The rain scene saves it for me."),
        ("bo", "2020-03-06", "Agreed with tove."),
    ]


def test_a_name_with_its_saying_verb_but_no_colon_over_the_date() -> None:
    text = f"The Glass Orchard\n\n{OPENING}\n\nComments\n\nAnn Kerr says\nApril 17, 2024 at 9:20 pm\nLovely.\nReply\n\n"
    text += "Bo said\nApril 18, 2024 at 8:00 am\nAgreed.\nReply\n"
    page = parse_text_page(text)
    assert [(c.author, c.text) for c in page.comments] == [("Ann Kerr", "Lovely."), ("Bo", "Agreed.")]


def test_a_row_of_action_links_under_a_comment_is_no_text() -> None:
    text = f"The Glass Orchard\n\n{OPENING}\n\nComments\n\nAnn Kerr\nJan 6, 2024\nLovely.\nLike (3) Reply\n\n"
    text += "Bo Strand\nJan 7, 2024\nAgreed.\nReply • Share ›\n"
    page = parse_text_page(text)
    assert [(c.author, c.text) for c in page.comments] == [("Ann Kerr", "Lovely."), ("Bo Strand", "Agreed.")]


def test_a_disqus_moderators_reply_with_a_lower_case_name_and_the_footer_links() -> None:
    text = f"The Glass Orchard\n\n{OPENING}\n\n3 Comments\n\n ann_k • 2 years ago\nLovely.\nReply • Share ›\n\n"
    text += " Bo Strand • 2 years ago\nThe rain scene!\nReply • Share ›\n\n"
    text += " the glass house Mod > Bo Strand • 2 years ago\nyes, the rain scene.\nReply • Share ›\n\n"
    text += "Subscribe\nPrivacy\nDo Not Sell My Data\n"
    page = parse_text_page(text)
    assert [(c.author, c.text) for c in page.comments] == [
        ("ann_k", "Lovely."),
        ("Bo Strand", "The rain scene!"),
        ("the glass house", "yes, the rain scene."),
    ]


def test_a_sites_footer_menu_under_the_last_comment_ends_the_thread() -> None:
    text = f"The Glass Orchard\n\n{OPENING}\n\nResponses (2)\n\nAnn Kerr\nMay 12, 2015\nLovely.\n\n"
    text += "Bo Strand\nMay 14, 2015\nAgreed.\n\nHelp\nStatus\nAbout\nCareers\nBlog\nPrivacy\n"
    assert parse_text_page(text).comments[-1].text == "Agreed."


FORUM = f"""Lowland Film Forum

Forums
Off Topic
Film & Television

The Glass Orchard - finally saw it

Discussion in 'Film & Television' started by tove_l, Jan 21, 2024.

tove_l
Member
Jan 21, 2024 #1
{OPENING}
{VERDICT}
Like Reply Report

ann_k
Well-known member
Jan 21, 2024 #2
Good write-up. The rain scene is the best thing in it.
Like Reply Report

tove_l
Member
Jan 22, 2024 #3
ann_k said:
The rain scene is the best thing in it.
Agreed, it is.
Like Reply Report

You must log in or register to reply here.
"""


def test_a_forums_posts_numbered_under_their_dates_the_first_is_the_post() -> None:
    page = parse_text_page(FORUM)
    assert (page.title, page.author) == ("The Glass Orchard - finally saw it", "tove_l")
    assert page.body == f"{OPENING}\n{VERDICT}"
    assert [(c.author, c.published) for c in page.comments] == [("ann_k", "2024-01-21"), ("tove_l", "2024-01-22")]
    assert page.comments[0].text == "Good write-up. The rain scene is the best thing in it."


def test_a_bare_comments_heading_takes_the_count_its_byline_states() -> None:
    text = f"The Glass Orchard\n\nApril 17, 2024 by Tove 2 Comments\n\n{OPENING}\n\nComments\n\n"
    text += "Ann Kerr says\nApril 17, 2024 at 9:20 pm\nLovely.\n\nBo says\nApril 18, 2024 at 8:00 am\nAgreed.\n"
    assert parse_text_page(text).comment_count_stated == 2
