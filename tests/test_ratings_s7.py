"""Rating forms read in the seventh session (docs/phrasing-catalogue.md, "F3, seventh session"): a
labelled score closing the post title, and a scaled score closing the review's last sentence
after a comma or a dash. Lines written for these tests in our own words."""

from __future__ import annotations

from extract.ratings import capsule_rating, find_rating, title_without_rating
from extract.records import Rating

BODY = ["The harbour looks lovely and the plot sinks.", "The cast tries hard."]


def test_a_labelled_score_closing_the_post_title() -> None:
    assert find_rating(BODY, "Review: Harbour Lights (RATING: 4/10)") == Rating(raw="RATING: 4/10", value=0.4)
    assert find_rating(BODY, "Harbour Lights – Score: 7/10") == Rating(raw="Score: 7/10", value=0.7)
    assert find_rating(BODY, "Harbour Lights [Grade: B+]") == Rating(raw="Grade: B+", value=0.825)
    assert title_without_rating("Review: Harbour Lights (RATING: 4/10)") == "Review: Harbour Lights"


def test_no_title_score_from_a_certificate_or_a_label_alone() -> None:
    assert find_rating(BODY, "Harbour Lights (Rating: R)") is None
    assert find_rating(BODY, "Rating systems: a primer") is None
    assert title_without_rating("The Score (2001)") == "The Score (2001)"


def test_a_scaled_score_closing_the_last_sentence() -> None:
    lines = [*BODY, "Overall, a daft ride that works best on the big screen, 6.5/10."]
    assert find_rating(lines) == Rating(raw="6.5/10", value=0.65)
    lines = [*BODY, "All told a pleasant night out - 3 out of 5."]
    assert find_rating(lines) == Rating(raw="3 out of 5", value=0.6)


def test_no_score_from_a_clause_of_counts_or_mid_review() -> None:
    assert find_rating([*BODY, "It opened on 4/10 screens, I think."]) is None
    assert find_rating([*BODY, "We left at ten, 9/10 of the crowd asleep."]) is None
    # a clause score in the middle of the review is not the closing verdict
    lines = ["Intro.", "The first act, 6/10.", "More.", "More still.", "And more.", "The end came slowly."]
    assert find_rating(lines) is None


def test_a_score_in_a_credits_block_of_labels_and_values_on_their_own_lines() -> None:
    lines = [
        "UK 1958",
        "Directed by",
        "Mara Olsen",
        "97 minutes",
        "Reviewed by",
        "Pat Quill",
        "3 stars",
        "Harbour Lights (1958)",
        "A long paragraph about the harbour, the fog and the smugglers who never quite menace anyone.",
        "Another paragraph, shorter.",
        "A third paragraph.",
        "A fourth paragraph, the last.",
    ]
    assert find_rating(lines) == Rating(raw="3 stars", value=0.6)


def test_a_number_alone_closing_the_review_is_its_mark_out_of_ten() -> None:
    assert find_rating([*BODY, "7"]) == Rating(raw="7", value=0.7)
    assert find_rating([*BODY, "4"]) is None  # out of five or of ten: the page does not say
    assert find_rating([*BODY, "Marks on this blog are out of five.", "4"]) == Rating(raw="4", value=0.8)


def test_a_score_closing_a_short_tagline_under_the_headline() -> None:
    lines = ["Stay Off the Pier. 2 / 5", "Directed by Mara Olsen.", *BODY, "More.", "Still more.", "The end."]
    assert find_rating(lines) == Rating(raw="2 / 5", value=0.4)


def test_a_tier_named_by_a_legend_worst_to_best() -> None:
    lines = [
        "Verdict: Lighthouse",
        *BODY,
        "(Our tiers, worst to best: Shipwreck, Rowboat, Lighthouse, Clipper, Flagship.)",
    ]
    assert find_rating(lines) == Rating(raw="Verdict: Lighthouse", value=0.6)
    best_first = ["Verdict: Clipper", *BODY, "(Best to worst: Flagship, Clipper, Lighthouse, Rowboat.)"]
    assert find_rating(best_first) == Rating(raw="Verdict: Clipper", value=0.75)


def test_the_one_marked_line_of_a_checkbox_legend() -> None:
    legend = ["O See it twice", "X Worth a look", "O So-so", "O Skip it"]
    assert find_rating([*legend, *BODY]) == Rating(raw="X Worth a look", value=0.75)
    worst_first = ["[ ] Skip it", "[ ] So-so", "[x] Worth a look", "[ ] See it twice"]
    assert find_rating([*worst_first, *BODY]) == Rating(raw="[x] Worth a look", value=0.75)
    assert find_rating(["O See it twice", "O Worth a look", "O So-so", *BODY]) is None  # nothing marked


def test_a_score_on_a_scale_written_with_on() -> None:
    assert find_rating([*BODY, "Rating: 3.5 on 5"]) == Rating(raw="Rating: 3.5 on 5", value=0.7)
    assert find_rating([*BODY, "I would rate it 7 on 10."]) == Rating(raw="7 on 10", value=0.7)
    assert find_rating([*BODY, "We saw it 2 on 10 screens."]) is None


def test_the_score_of_one_capsule_on_a_page_of_several() -> None:
    lines = [
        "Three films this week",
        "A slow week, so three films.",
        "Harbour Lights (1958)",
        "Directed by Mara Olsen",
        "A long capsule about the fog, the smugglers and a customs man who wants to be brave. It is the "
        "best of the week by a distance and the ending is perfect. 9/10.",
        "Tidewater (1961)",
        "Same director, a lesser film with a better poster, though the storm scene is something. 6/10.",
        "Salt Road (1964)",
        "Three hours of trucks on a mountain. Tense, sweaty and long, and I loved every minute of it. 7/10.",
    ]
    assert capsule_rating(lines, "Harbour Lights") == Rating(raw="9/10", value=0.9)
    assert capsule_rating(lines, "Tidewater") == Rating(raw="6/10", value=0.6)
    assert find_rating(lines) != Rating(raw="9/10", value=0.9)  # the page reader does not pick the capsule


def test_no_capsule_score_on_a_page_of_one_film() -> None:
    lines = ["Harbour Lights (1958)", "Directed by Mara Olsen", "A long review that ends well enough. 8/10."]
    assert capsule_rating(lines, "Harbour Lights") is None


def test_my_rating_for_this_movie_is() -> None:
    assert find_rating([*BODY, "My rating for this film is 4 star out of 5."]) == Rating(
        raw="4 star out of 5", value=0.8
    )


def test_a_score_in_square_brackets_closing_the_title() -> None:
    assert find_rating(BODY, "Harbour Lights: salt, fog and a long goodbye [3/5]") == Rating(raw="3/5", value=0.6)
    assert find_rating(BODY, "Harbour Lights [1958]") is None


def test_a_mark_out_of_ten_spelled_after_the_critic_s_verb() -> None:
    assert find_rating([*BODY, "I rate it a solid seven."]) == Rating(raw="seven", value=0.7)
    assert find_rating([*BODY, "Score: nine!"]) == Rating(raw="Score: nine", value=0.9)
    assert find_rating([*BODY, "I gave it seven minutes and then I left."]) is None
    assert find_rating([*BODY, "I give it two."]) is None  # out of five or ten: the page does not say


def test_a_commenter_s_score_below_the_review_is_not_the_critic_s() -> None:
    for thread in (
        ["Tom says:", "I would give it 9/10!"],
        ["Anonymous said...", "Easily 9/10 for me."],
        ["Reply", "8/10"],
    ):
        assert find_rating([*BODY, *thread]) is None, thread
    assert find_rating([*BODY, "My rating: 7/10", "Tom says:", "9/10!"]) == Rating(raw="My rating: 7/10", value=0.7)


def test_a_score_set_off_anywhere_in_the_title() -> None:
    assert find_rating(BODY, "9/10 – Harbour Lights (1958)") == Rating(raw="9/10", value=0.9)
    assert find_rating(BODY, "Harbour Lights (1958) – 4.5/5 – A Quiet Marvel") == Rating(raw="4.5/5", value=0.9)
    assert find_rating(BODY, "Harbour Lights: 4 stars") == Rating(raw="4 stars", value=0.8)
    assert find_rating(BODY, "HARBOUR LIGHTS (1958) ****") == Rating(raw="****", value=0.8)
    assert find_rating(BODY, "Harbour Lights (1958) Grade: A-") == Rating(raw="Grade: A-", value=0.925)


def test_no_title_score_from_numbers_that_are_no_scale() -> None:
    for title in ("Harbour Lights (1958) 2/3 of a masterpiece", "Blog #412 – Harbour Lights", "Part 2: 3 films"):
        assert find_rating(BODY, title) is None, title


def test_the_critic_calling_the_film_a_score() -> None:
    lines = [*BODY, "All in all it's a solid 7/10 for me, and I would watch it again."]
    assert find_rating(lines) == Rating(raw="7/10", value=0.7)
    assert find_rating([*BODY, "This is a 4/5 film that deserves a bigger audience."]) == Rating(raw="4/5", value=0.8)
    for line in ("It's a 50/50 chance you will like it.", "It was a 9/11 movie, a grim one.", "It's a 2/3 mark."):
        assert find_rating([*BODY, line]) is None, line


def test_a_label_on_its_own_line_over_the_score() -> None:
    assert find_rating(["Score", "8", *BODY]) == Rating(raw="8", value=0.8)
    assert find_rating(["The score", "is by a famous composer and very loud.", *BODY]) is None
