"""A rating grammar, not one pattern per blog (issue 12, item 6; fifth session).

A score is a number (or spelled number, or a run of star glyphs) with an optional half, an
optional unit ("stars", "popcorn buckets") and an optional scale ("/10", "out of four",
"(out of 5)"); it may follow a label ("Rating:", "Alex's score", "Rating (out of 5):"), a verb
of the critic's own ("I'm giving it", "I'll rate it", "this one earns") or stand alone, and may
be followed by a gloss ("8/10 (recommended)", "5/5, of course.", "for the film"). The lines below
are ours, modelled on forms noted in docs/phrasing-catalogue.md (section 11).
"""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, parse_rating, rated_subject, stated_scale


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # the critic's own verb, in any tense or mood
        ("I'm giving it two and a half stars.", 0.5),
        ("I’m giving this one a 6/10.", 0.6),
        ("I'll give it 4 out of 5.", 0.8),
        ("I gave it 8/10 and I stand by that.", 0.8),
        ("We rate it three stars out of four.", 0.75),
        ("I'd happily give it a solid 7.", 0.7),
        ("This one earns a B+ from me.", 0.825),
        ("It gets a C- from me.", 0.425),
        # a scale in brackets after the score, digits or words
        ("4 stars (out of 5)", 0.8),
        ("Rating: 3 (out of 4)", 0.75),
        ("Rating: ★★★ (out of four)", 0.75),
        ("*** out of ****", 0.75),
        ("2 out of a possible 4", 0.5),
        # a unit of the blog's own, of one to three words
        ("My score: 6 out of 10 boxes of popcorn", 0.6),
        ("4/5 popcorn buckets", 0.8),
        # a label owned by a named critic, a label stating the scale, markdown around a label
        ("Alex's Score 7/10", 0.7),
        ("Rating (out of 5): 4", 0.8),
        ("Score (on a scale of 1 to 10): 6", 0.6),
        ("**Rating:** 3/5", 0.6),
        ("__Grade__: B", 0.75),
        ("Stars: 3.0", 0.6),  # a count of stars is out of five
        # a grade with its sign as a word
        ("Grade: B-minus", 0.675),
        ("Final grade: C plus", 0.575),
        # a gloss after the score
        ("Rating: 7/10 (good)", 0.7),
        ("8/10 (recommended)", 0.8),
        ("3 out of 5 - worth a rental", 0.6),
        ("Six out of ten, and I'm being generous.", 0.6),
        ("Rating: 6/10 for the film, 9/10 for the score", 0.6),
        ("Five stars from all four of us.", 1.0),
        ("5/5, of course.", 1.0),
    ],
)
def test_general_rating_forms(line: str, value: float) -> None:
    found = parse_rating(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Ebert gave it four stars.",  # another critic's score
        "I gave up after an hour.",  # a verb of the critic's, but no score
        "3 out of 4 people in my row fell asleep, though.",  # a count of people
        "Runtime: 112",  # facts of a credits block
        "Episodes: 8",
        "Seasons: 2",
        "Year: 1987",
        "Rating: R (for some language)",  # a certificate
        "Rating: PG-13",
    ],
)
def test_lines_that_hold_no_score_of_the_critic(line: str) -> None:
    assert parse_rating(line) is None


def test_half_a_star_is_not_one_half() -> None:
    found = parse_rating("1/2 star")
    assert found is not None and found.value == 0.1


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("All my ratings are out of four.", 4.0),
        ("I rate films out of five stars.", 5.0),
        ("We score everything on a scale of 1 to 10.", 10.0),
        ("Everything here is graded on a four-star scale.", 4.0),
        ("on a scale of 1-10", 10.0),
    ],
)
def test_a_scale_stated_in_other_words(line: str, value: float) -> None:
    assert stated_scale([line]) == value


def test_a_stated_scale_gives_stars_their_value() -> None:
    found = find_rating(["All my ratings are out of four.", "A long night.", "More.", "More.", "Rating: 3 stars"])
    assert found is not None and found.value == 0.75


@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("The Night Porter (1/2 star)", 0.1),  # a score in brackets closing the headline
        ("Harbour Lights (1987) -- 8/10", 0.8),  # after a dash
        ("Harbour Lights | ★★★★", 0.8),
        ("★★★★½", 0.9),  # a diary headline that is only the score
        ("Harbour Lights (B+)", 0.825),
    ],
)
def test_a_score_in_the_post_title(title: str, value: float) -> None:
    found = find_rating(["A short body.", "It rained."], title=title)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "title",
    ["Harbour Lights (1987)", "Plan B", "Review: 1917", "Alien 3 - Review", "Ocean's 11", "Harbour Lights (C)"],
)
def test_headlines_without_a_score(title: str) -> None:
    assert find_rating(["A short body.", "It rained."], title=title) is None


def test_a_score_sentence_before_a_sign_off() -> None:
    lines = ["We went on a Monday.", "It was long.", "Three out of five stars for Harbour Lights. Thanks for reading!"]
    found = find_rating(lines)
    assert found is not None and found.value == 0.6


def test_a_body_rating_beats_one_in_the_title() -> None:
    found = find_rating(["A short body.", "Rating: 2/5"], title="Harbour Lights -- 8/10")
    assert found is not None and found.value == 0.4


@pytest.mark.parametrize(
    "line",
    [
        "My scale: four stars is a masterpiece, one is a waste of an evening.",
        "3 stars: a decent night out",
        "5 = a must-see",
    ],
)
def test_a_legend_of_the_scale_is_no_rating(line: str) -> None:
    assert parse_rating(line) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Three-and-a-half stars.", 0.7),  # the half hyphenated
        ("Two-and-a-half stars out of four", 0.625),
        ("My rating: 3 and a half out of 5", 0.7),  # digits with the half in words
        ("** 1/2 / 5", 0.5),  # asterisks with a half, then the scale: no asterisk frame
        ("** 1/2 stars out of four", 0.625),
        ("🍿🍿🍿 out of 5", 0.6),  # a run of the blog's own emoji with its scale
        ("Rating: 💀💀/5", 0.4),
        ("🌟🌟🌟🌟", 0.8),
        ("My verdict? 4/5.", 0.8),  # a label asked as a question
        ("I'm going with 3/5.", 0.6),
        ("I'm going to give it a 6.", 0.6),
        ("A solid 8/10.", 0.8),
        # rating images whose file names the dump kept
        ("Rating: star-on star-on star-on star-off star-off", 0.6),
        ("Bucket score (out of 5): bucket-fullbucket-fullbucket-half", 0.5),
        ("HarbourLightsBanner Rating (out of 4): reel-fullreel-fullreel-full", 0.75),  # a label after glued alt text
    ],
)
def test_more_rating_forms(line: str, value: float) -> None:
    found = parse_rating(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    ["Age Appropriate For: 8+.", "Suitable for: 12+", "Rating: button-on link-off"],
)
def test_more_lines_that_hold_no_score(line: str) -> None:
    assert parse_rating(line) is None


def test_a_rating_under_the_date_line_is_not_the_post_title() -> None:
    from extract.text_reader import parse_text_page

    text = "Harbour Lights (1987) – Review\n\nSaturday, March 5, 2016\n\nRating: 3/5\n\nDirector: Ann Lee\n\n" + (
        "I finally sat down with it on a wet Sunday and it held me for most of its running time, which is long."
    )
    page = parse_text_page(text, "harbour.txt")
    assert page.title == "Harbour Lights (1987) – Review"
    assert page.rating is not None and page.rating.value == 0.6


def test_a_bare_rating_inside_a_credits_block_below_the_opening() -> None:
    lines = ["A few words first.", "More words.", "Still more.", "And more.", "Yet more.", "Harbour Lights (1987)"]
    lines += [
        "Director: Ann Lee",
        "Starring: Bo Ek, Cy Dunn",
        "★★★½",
        "The review starts here.",
        "It goes on.",
        "Ends.",
    ]
    found = find_rating(lines)
    assert found is not None and found.value == 0.7
    assert find_rating([*lines[:6], "The review starts here.", "★★★½", *lines[9:]]) is None  # mid-review, no block


def test_the_review_ends_where_the_blog_chrome_begins() -> None:
    lines = ["It opens at dawn.", "It goes on.", "It goes on.", "It goes on.", "It goes on.", "It goes on."]
    lines += ["Worth it.", "★★★★½", "Like this:", "Like Loading...", "Related", "Harbour Lights Review", "Oslo Review"]
    found = find_rating(lines)
    assert found is not None and found.value == 0.9
    assert find_rating([*lines[:8], "More text.", "More.", "More.", "Ends."]) is None  # no chrome: mid-review


def test_a_score_above_the_headline_of_a_user_review() -> None:
    head = ["Harbour Lights (1987)", "User Reviews", "", "7/10", "A harbour full of ghosts", "2 April 2020"]
    found = find_rating(["It was long and wet.", "And then it ended."], "Warning: Spoilers", head=head)
    assert found is not None and found.value == 0.7


def test_a_label_with_an_aside_in_brackets() -> None:
    found = parse_rating("Final grade (averaged over two viewings): B-")
    assert found is not None and found.value == 0.675


@pytest.mark.parametrize(
    ("line", "value"),
    [("◆◆◆◆◇", 0.8), ("●●●○○", 0.6), ("■■◐□", 0.625), ("Rating: ♦♦♦", 0.6)],  # filled and empty shapes
)
def test_shapes_of_a_blog_s_own(line: str, value: float) -> None:
    found = parse_rating(line)
    assert found is not None and found.value == value


def test_a_score_as_one_field_of_a_header_row() -> None:
    lines = ["reviewed by ann_k | Jul 02, 2001 | 3 out of 5 | Recommended: Yes", "It is long.", "It rains."]
    found = find_rating(lines)
    assert found is not None and found.value == 0.6


def test_a_score_opening_the_closing_paragraph() -> None:
    lines = ["It opens at dawn.", "It goes on.", "It goes on.", "It goes on.", "It goes on.", "It goes on."]
    found = find_rating([*lines, "zero stars. less than zero. i want my evening back."])
    assert found is not None and found.value == 0.0


def test_the_first_like_line_of_a_forum_thread_closes_the_critic_s_post() -> None:
    post = ["Finally saw it on the big screen.", "The bridge scene is the best thing in it.", "It goes on."]
    post += [
        "It goes on.",
        "It goes on.",
        "It goes on.",
        "9/10. Only knock is the slow first half.",
        "Bo and Cy like this.",
    ]
    replies = ["2. Bo", "Bo Member", "Agreed, though I'd say 6/10 myself.", "3. Cy", "Cy Member", "Never seen it."]
    found = find_rating([*post, *replies])
    assert found is not None and found.value == 0.9


def test_shapes_inside_the_post_title_with_the_scale_stated_in_words() -> None:
    lines = ["(Ratings on this blog are diamonds out of five.)", "It opens in an airport.", "It goes on."]
    found = find_rating(lines, title="Harbour Lights ◆◆◆◆◇ d. Ann Lee, 1987")
    assert found is not None and found.value == 0.8
    assert stated_scale(["Ratings on this blog are diamonds out of five."]) == 5.0


def test_a_round_up_that_scores_each_film_has_no_one_rating() -> None:
    lines = [
        "Day three of the festival.",
        "HARBOUR LIGHTS – ★★★★",
        "A fine thriller.",
        "OSLO – ★★",
        "Dull.",
        "FJORD – ★★★",
    ]
    assert find_rating([*lines, "Tomorrow: the closing gala."]) is None
    found = find_rating(["Day three.", "HARBOUR LIGHTS – ★★★★", "A fine thriller.", "More.", "More.", "More."])
    assert found is not None and found.value == 0.8  # one scored heading: the page's rating


@pytest.mark.parametrize(
    ("line", "subject"),
    [("Harbour Lights: 8/10", "Harbour Lights"), ("Harbour Lights – ★★★★", "Harbour Lights"), ("Story: 8", None)],
)
def test_the_subject_a_score_line_names(line: str, subject: str | None) -> None:
    assert rated_subject(line) == subject
    assert rated_subject("Runtime: 112") is None and rated_subject("Rewatch value - 5/10") is None


@pytest.mark.parametrize(
    ("line", "value"),
    [("All ratings out of 5.", 5.0), ("Everything is rated out of 4 stars.", 4.0), ("Scale: 1-5", 5.0)],
)
def test_a_scale_stated_without_a_verb_or_as_a_range(line: str, value: float) -> None:
    assert stated_scale([line]) == value
    assert stated_scale(["I rated it 3 out of 4"]) is None  # a score, not the scale


def test_a_score_above_the_sign_off() -> None:
    body = ["It opens at dawn.", "It goes on.", "It goes on.", "It goes on.", "It goes on.", "It goes on."]
    sign_off = ["Thanks for reading!", "What did you think? Tell me in the comments.", "Until next time,", "Dana"]
    found = find_rating([*body, "7/10", *sign_off])
    assert found is not None and found.value == 0.7
    prose = ["It went on for ages, and then it ended.", "The score is lovely.", "Best film of the year.", "Dana"]
    assert find_rating([*body, "7/10", *prose]) is None  # a verdict line is no sign-off: 7/10 is mid-review
