"""Ratings as critics write them: each form read to its value, and what is not a rating refused.

The sentences are ours, modelled on the forms real blogs use (stated scales, star rows,
school grades, labelled verdict lines, bracketed star counts).
"""

from __future__ import annotations

import pytest

from extract.ratings import find_rating, parse_rating


@pytest.mark.parametrize(
    ("line", "raw", "value"),
    [
        ("8/10", "8/10", 0.8),
        ("2.5/5", "2.5/5", 0.5),
        ("4 out of 5", "4 out of 5", 0.8),
        ("4.5 out of 5 reels", "4.5 out of 5 reels", 0.9),
        ("8 V8s out of 8", "8 V8s out of 8", 1.0),
        ("3,5/5", "3,5/5", 0.7),
        ("8-", "8-", 0.775),
        ("7+", "7+", 0.725),
        ("C", "C", 0.5),
        ("B+", "B+", 0.825),
        ("Grade: A-", "Grade: A-", 0.925),
        ("Grade: B minus", "Grade: B minus", 0.675),
        ("Grade: A+", "Grade: A+", 1.0),
        ("Grade: F", "Grade: F", 0.0),
        ("***(*)", "***(*)", 0.7),
        ("★☆☆☆☆", "★☆☆☆☆", 0.2),
        ("★★★½", "★★★½", 0.7),
        ("★★★☆", "★★★☆", 0.75),
        ("⭐⭐⭐⭐", "⭐⭐⭐⭐", 0.8),
        ("Rating: 3 stars", "Rating: 3 stars", 0.6),
        ("[1.5 stars]", "1.5 stars", 0.3),
        ("1 1/2 Stars", "1 1/2 Stars", 0.3),
        ("2 ½ stars", "2 ½ stars", 0.5),
        ("3 stars out of 4", "3 stars out of 4", 0.75),
        ("Overall: 5/10", "Overall: 5/10", 0.5),
        ("Score: 85%", "Score: 85%", 0.85),
        ("My final verdict: 6.8/10 – entertaining enough.", "My final verdict: 6.8/10", 0.68),
        ("All told I'd give it 4 out of 5.", "4 out of 5", 0.8),
        ("7/10 – a sequel that earns its keep", "7/10", 0.7),
        ("RATING: (3.5 STARS) Musicals are my weakness, and this one", "RATING: (3.5 STARS)", 0.7),
        ("Grade: B. A decent sequel, no more.", "Grade: B", 0.75),
        ("Lonely Hearts [1951] – ★★★★ A diner, a drifter, a storm.", "★★★★", 0.8),
        ("Paper Moons (1948) – ★★★★1/2 The story follows", "★★★★1/2", 0.9),
        ("I give it a 4/5.", "4/5", 0.8),
        ("Three stars of five.", "Three stars of five", 0.6),
        ("My rating: two and a half stars out of four", "My rating: two and a half stars out of four", 0.625),
        ("Four stars", "Four stars", 0.8),
        ("0 / 10", "0 / 10", 0.0),
        ("Grading: 7 out 10.", "Grading: 7 out 10", 0.7),
        ("**6 out of 10**", "6 out of 10", 0.6),
        ("B+ (3 1/2 stars)", "B+ (3 1/2 stars)", 0.825),
        ("Grade: E", "Grade: E", 0.125),
        ("Late Shift review – ***", "***", 0.6),
        ("*** (out of ****)", "*** (out of ****)", 0.75),
        ("★★½☆☆", "★★½☆☆", 0.5),
        ("⭐️⭐️⭐️ 1/2", "⭐⭐⭐ 1/2", 0.7),
        ("❤️❤️💛", "❤❤💛", 0.5),
        ("2.5*/5.0*", "2.5*/5.0*", 0.5),
        ("[7]", "[7]", 0.7),
        ("Rating: 8", "Rating: 8", 0.8),
        ("Note : 13/20", "Note : 13/20", 0.65),
        ("Note globale : 4/6", "Note globale : 4/6", 0.6667),
        ("Le pongo 3 estrellas", "Le pongo 3 estrellas", 0.6),
        ("Bewertung: 4 Sterne", "Bewertung: 4 Sterne", 0.8),
    ],
)
def test_rating_forms(line: str, raw: str, value: float) -> None:
    rating = parse_rating(line)
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_unknown_scale_keeps_the_text_without_a_value() -> None:
    rating = parse_rating("Rating: 4")  # out of 4, 5 or 10?
    assert rating is not None and (rating.raw, rating.value) == ("Rating: 4", None)
    rating = parse_rating("[3]")
    assert rating is not None and (rating.raw, rating.value) == ("[3]", None)
    rating = parse_rating("Rating: 9 stars")  # more stars than a five-star scale: scale unknown
    assert rating is not None and (rating.raw, rating.value) == ("Rating: 9 stars", None)


@pytest.mark.parametrize(
    "line",
    [
        "We reach the 2/3 mark and the plot stalls.",
        "12/05/2019",
        "7 out of 13 found this helpful.",
        "IMDb rating: 8.1/10",
        "Rotten Tomatoes Score: 76%",
        "MPAA Rating: R for violence",
        "Rated PG-13",
        "* * *",
        "******",
        "3 of 5",  # "of" without a label or a unit is not a scale
        "I saw it twice",
        "A quiet film about a loud family.",
        "*",
        'It is an "A" movie with a "C" ending.',
        "Ebert rated it an A+ back then.",
        "Amazon viewers give it 3/5 on average.",
    ],
)
def test_not_ratings(line: str) -> None:
    assert parse_rating(line) is None


def test_divider_rows_of_asterisks_are_not_ratings() -> None:
    body = ["The first act is slow.", "***", "The second act is slower.", "***", "I left early.", "Bye."]
    assert find_rating(body) is None


def test_lone_asterisk_row_mid_review_is_a_divider() -> None:
    body = ["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "***", "Seven.", "Eight.", "Nine.", "Ten."]
    assert find_rating(body) is None


def test_asterisk_row_at_the_end_is_a_rating() -> None:
    rating = find_rating(["One.", "Two.", "Three.", "Four.", "***½"])
    assert rating is not None and (rating.raw, rating.value) == ("***½", 0.7)


def test_bare_rating_mid_review_is_not_taken() -> None:
    body = ["One.", "Two.", "Three.", "Four.", "Five.", "Six.", "B+", "Seven.", "Eight.", "Nine.", "Ten."]
    assert find_rating(body) is None


def test_labelled_line_beats_a_bare_one() -> None:
    body = ["2 Stars", "It drags.", "A mess.", "More.", "Rating: 1 star"]
    rating = find_rating(body)
    assert rating is not None and rating.raw == "Rating: 1 star"


def test_overall_beats_subscores() -> None:
    body = ["Text.", "Visuals: 9/10", "Story: 3/10", "Overall: 6/10", "Verdict: watchable."]
    rating = find_rating(body)
    assert rating is not None and (rating.raw, rating.value) == ("Overall: 6/10", 0.6)


def test_bottom_bare_rating_beats_the_top() -> None:
    rating = find_rating(["8/10", "Text.", "Text.", "Text.", "Text.", "6/10"])
    assert rating is not None and rating.raw == "6/10"


def test_long_adversarial_lines_are_refused_quickly() -> None:
    assert parse_rating("1/" * 50_000) is None
    assert find_rating(["Rating: " + "*" * 100_000]) is None


@pytest.mark.parametrize(
    ("lines", "raw", "value"),
    [
        (
            ["My scale: four stars is a must, one is a wasted night.", "Text.", "Text.", "2 1/2 stars"],
            "2 1/2 stars",
            0.625,
        ),
        (["Rating: **(*)", "(My scale runs to four stars.)", "Text."], "Rating: **(*)", 0.625),
        (["Ratings on this blog are out of 10.", "Text.", "Text.", "Rating: 4"], "Rating: 4", 0.4),
        (["I score on a scale of 1 to 4.", "Text.", "Text.", "★★★"], "★★★", 0.75),
    ],
)
def test_a_scale_the_page_states_decides(lines: list[str], raw: str, value: float) -> None:
    rating = find_rating(lines)
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_a_score_opening_the_post_title() -> None:
    rating = find_rating(["Scores on this blog are out of 10.", "It was long."], title="[6] Night Harbour (2019)")
    assert rating is not None and (rating.raw, rating.value) == ("[6]", 0.6)
    assert find_rating(["It was long."], title="Night Harbour (2019)") is None
    assert find_rating(["It was long."], title="[3] Night Harbour") is not None  # kept, scale unknown


def test_a_rating_after_a_sentence_in_spanish() -> None:
    rating = find_rating(["Texto.", "¡Vayan a verla! Le pongo 3 estrellitas."])
    assert rating is not None and (rating.raw, rating.value) == ("3 estrellitas", 0.6)


def test_a_header_block_holds_its_rating_below_the_title_lines() -> None:
    body = ["Night Harbour", "1987 / 101m - Norway", "Thriller", "4.5*/5.0*", "Text.", "Text.", "Text.", "Text."]
    rating = find_rating(body)
    assert rating is not None and (rating.raw, rating.value) == ("4.5*/5.0*", 0.9)


def test_blog_symbols_on_an_unstated_scale_beat_a_sign_off() -> None:
    rating = find_rating(["Texte.", "Mon avis : @@@", "Très bon film.", "A+"])  # "A+": "à plus", see you
    assert rating is not None and (rating.raw, rating.value) == ("Mon avis : @@@", None)


def test_hearts_after_a_heading_in_a_long_first_line() -> None:
    line = "LA NUIT DU PORT ❤️❤️💛  " + "Revu hier soir, et toujours aussi beau. " * 10
    rating = find_rating([line, "Texte.", "Texte.", "Texte.", "Texte.", "Texte.", "Texte."])
    assert rating is not None and (rating.raw, rating.value) == ("❤❤💛", 0.5)
    assert find_rating(["Texte.", "Texte.", "Texte.", "Texte.", "Texte.", "Texte.", "J'❤️ Paris.", "Fin."]) is None
