"""Reviewed work, ninth session (RV): the headline's grammar around a film the table knows. A maker's
possessive backs the film it names; a known film framed by other words (a viewing verb, a quoted
line, an original title after a slash) is the one reviewed; a viewing's occasion ("in 2024",
"at fifty") is no part of the title. Headlines and bodies written for these tests in our own words."""

from __future__ import annotations

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from extract.titles import strip_decorations, title_readings


def _reviewed(extractor: EntityExtractor, headline: str, body: str) -> str | None:
    entities = extractor.extract(parse_text_page(f"{headline}\n\n{body}\n", "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


DREAM = (
    "A hopeful young actress lands in Hollywood and finds a woman with no memory in her flat. Halfway "
    "through, the film folds over on itself and nothing we saw means what we thought.\n\n"
    "Lost Highway is its rougher, meaner sibling."
)
ZONE = (
    "Three men walk into a forbidden country to find a room that grants wishes. Andrei Tarkovsky "
    "lingers on every puddle and every rusted tank. It is slow and I would not lose a minute.\n\n"
    "Solaris is the warmer of his two science fiction films."
)


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Lynch's Mulholland Drive, or the Dream Factory", DREAM, "Mulholland Drive"),
        ("Tarkovsky's Stalker, or How to Walk Very Slowly", ZONE, "Stalker"),
    ],
)
def test_a_possessive_naming_the_films_director_backs_it(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    # the body never names the film; without the maker's word the one film it does name won
    assert _reviewed(extractor, headline, body) == film


CODE = (
    "Back when this came out it looked like the future. Keanu Reeves bends over backwards under "
    "the bullets in a long black coat, and the sequels never caught that feeling again."
)
THIEVES = (
    "A poor father and his little boy cross Rome on foot looking for a stolen bicycle. Vittorio De "
    "Sica shot it in the streets with people who had never acted. The boy's face at the end is "
    "almost too much.\n\nUmberto D. is bleaker still.\n\nRating: 10/10"
)
WATER = (
    "Roman Polanski's picture is about water, money and lies. Jack Nicholson wears a bandage on his "
    "nose for half the running time and never looks less than cool. The ending is cruel.\n\nGrade: A"
)


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Rewatching The Matrix in 2024", CODE, "The Matrix"),
        ("Bicycle Thieves / Ladri di biciclette (1948)", THIEVES, "Bicycle Thieves"),
        ("Forget it, Jake: revisiting Chinatown at fifty", WATER, "Chinatown"),
    ],
)
def test_a_known_film_framed_by_other_words_is_the_one_reviewed(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    assert _reviewed(extractor, headline, body) == film


PADDLE = (
    "The bear is back, now in prison after a mix-up over a pop-up book. Hugh Grant is the best "
    "villain of the year and the prison kitchen scenes are lovely.\n\nThe first one was sweet; this is better."
)


def test_a_sequel_number_is_no_frame(extractor: EntityExtractor) -> None:
    # "Paddington 2" is a sequel's name, not "Paddington" framed by a number
    assert _reviewed(extractor, "Paddington 2 (2017)", PADDLE) == "Paddington 2"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Rewatching The Matrix in 2024", "Rewatching The Matrix"),
        ("Jaws at 50", "Jaws"),
        ("Chinatown at Fifty", "Chinatown"),
        ("Wonder Woman 1984", "Wonder Woman 1984"),  # a year without a preposition may be the title's own
        ("Let the Right One In", "Let the Right One In"),
    ],
)
def test_the_occasion_of_a_viewing_is_no_part_of_the_title(headline: str, title: str) -> None:
    assert strip_decorations(headline)[0] == title


@pytest.mark.parametrize(
    ("headline", "title", "year"),
    [
        ("PADOSAN (Hindi/1968) - a riot of a comedy that still works", "Padosan", 1968),
        ("Les Quatre Cents Coups (1959/France)", "Les Quatre Cents Coups", 1959),
    ],
)
def test_a_year_bracket_may_carry_the_language(headline: str, title: str, year: int) -> None:
    readings = title_readings(headline)
    assert (readings[0].title, readings[0].year) == (title, year)
    assert all(not r.title.endswith(str(year)) for r in readings)  # "Hindi/1968" is no second title


NOSFERATU = (
    "Max Schreck's count creeps up the stairs as a shadow, and the shadow is scarier than any monster "
    "since. F. W. Murnau shot much of it on location, which gives the plague town a dirty reality.\n\nGrade: A-"
)


def test_the_headline_dates_the_films_full_spelling(extractor: EntityExtractor) -> None:
    # the table knows the film by its short title; the headline dates the full one: keep the critic's spelling
    headline = "Movie Review – Nosferatu: A Symphony of Horror (1922)"
    assert _reviewed(extractor, headline, NOSFERATU) == "Nosferatu: A Symphony of Horror"


def test_a_tagline_after_a_dated_head_is_no_full_spelling(extractor: EntityExtractor) -> None:
    headline = "Nosferatu (1922): A Symphony of Shadows"
    assert _reviewed(extractor, headline, NOSFERATU) == "Nosferatu"


FAMILY = (
    "Since the summer my son has one opinion, and it is that we must watch Finding Nemo every "
    "weekend until the disc wears out. So I have finally decided to write about it.\n\n"
    "A clownfish loses his son to a diver and crosses the ocean to find him, with a forgetful blue "
    "fish for company. Albert Brooks is anxious and funny, Ellen DeGeneres is funnier. The turtles are "
    "the best thing in it and my son does the voices.\n\n"
    "It is not as good as Toy Story, but I have now seen it twenty times and I still laugh at the seagulls."
)


def test_the_critic_bound_to_watch_a_film_names_it_under_a_headline_naming_none(
    extractor: EntityExtractor,
) -> None:
    assert _reviewed(extractor, "Mother's Day Treat: A Fish Out of Water, Twenty Times", FAMILY) == "Finding Nemo"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Review: “Schindler’s List” (1993)", "Schindler’s List"),  # an apostrophe inside double quotes
        ("Why “Schindler’s List” still matters", "Schindler’s List"),
        ('Still a hoot: "That Man from Rio (L’homme de Rio)" (1964)', "That Man from Rio (L’homme de Rio)"),
    ],
)
def test_double_quotes_may_hold_an_apostrophe(headline: str, title: str) -> None:
    assert strip_decorations(headline)[0] == title


def test_a_quoted_name_keeps_its_possessive() -> None:
    readings = title_readings("Review: “Schindler’s List” (1993)")
    assert (readings[0].title, readings[0].director) == ("Schindler’s List", None)


MANOR = (
    "Six teenagers drive out to a lake none of them can find on a map and end up in a mansion owned by "
    "a woman who collects photographs. Nobody knows where the lake is, nobody acts, and the killer is "
    "obvious from the first reel.\n\n1/5"
)
FRIEND = (
    "A writer inherits her late mentor's enormous dog and a flat that does not allow dogs. Naomi Watts "
    "is lovely and so is the dog. Bill Murray turns up in flashbacks.\n\nB+"
)


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Deadly Manor Blu-ray Review: A Complete and Total Dud", MANOR, "Deadly Manor"),
        ("Blu-ray Review: The Friend - Grief, Grace, and a Great Dane", FRIEND, "The Friend"),
    ],
)
def test_a_review_label_names_its_kind_not_a_film(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    # "Blu-ray" is the label's word, and "Nobody knows" is a pronoun, not the film Nobody (2021)
    assert _reviewed(extractor, headline, body) == film


TEXAS = (
    "Wim Wenders found the American desert and Harry Dean Stanton found the part of his life. The "
    "scene through the one-way mirror is devastating.\n\nWings of Desire came next."
)


def test_a_title_with_a_comma_inside_a_sentence_headline(extractor: EntityExtractor) -> None:
    assert _reviewed(extractor, "Why I keep going back to Paris, Texas", TEXAS) == "Paris, Texas"


BUNCH = (
    "The Wild Bunch\n\n1970s, 3/4, Review, Western\n\nPosted on May 2, 2020 by Lou\n\n"
    "After his first western was taken away from him and recut, Sam Peckinpah spent years in television "
    "before this one. Four old outlaws ride into Mexico for one last job and do not come back. The "
    "slow-motion shoot-outs were copied by everyone, from Hong Kong to Hollywood.\n\n"
    "Major Dundee is the messier film and Ride the High Country the gentler one.\n\nRating: 3/4"
)


def test_a_line_of_categories_taken_for_the_headline(extractor: EntityExtractor) -> None:
    # the reader took the headline for the blog's name and the categories for the post title
    page = parse_text_page(BUNCH, "page.txt")
    assert page.site == "The Wild Bunch"
    entities = extractor.extract(page)
    assert entities.reviewed is not None and entities.reviewed.name == "The Wild Bunch"


JUDGMENT = (
    "Terminator 2: Judgment Day (1991) - dir. James Cameron\n\n"
    "Thirty years on, T2 is still the sequel other sequels measure themselves by. Linda Hamilton does "
    "pull-ups in a cell, Arnold Schwarzenegger learns a thumbs-up, and the liquid metal man walks out of "
    "a burning truck. T2 has better effects than anything made since, and it has a heart."
)


def test_a_headline_abbreviation_of_the_bodys_film(extractor: EntityExtractor) -> None:
    # "T2" is unknown to the table; the body's dated credits line names the film it abbreviates
    assert _reviewed(extractor, "T2 at 30: still the sequel to beat", JUDGMENT) == "Terminator 2: Judgment Day"


LANDS = (
    "A divorced father and his daughter spend a week at a coastal hotel; she films him on a camcorder and "
    "years later watches the tapes. The last dance under strobe lights is unbearable.\n\n"
    "Lost in Translation is its cousin."
)
BILLBOARDS = (
    "A mother rents three signs on a country road to shame the police chief who never found her "
    "daughter's killer. Frances McDormand glares through the whole film, and it is very funny until "
    "it is not.\n\nFargo is funnier."
)


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Three Billboards Outside Ebbing, Missouri", BILLBOARDS, "Three Billboards Outside Ebbing, Missouri"),
        ("Aftersun: the best film of the year?", LANDS, "Aftersun"),
    ],
)
def test_a_headline_that_is_the_tables_title_whole_or_before_a_tagline(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    # the body never names the film and names another once, as the subject of a comparison
    assert _reviewed(extractor, headline, body) == film


def test_the_head_of_a_short_subtitle_is_no_whole_title(extractor: EntityExtractor) -> None:
    body = "The cat has used eight of his nine lives and sets off to find a wishing star.\n\nShrek is the parent."
    assert _reviewed(extractor, "Puss in Boots: The Last Wish (2022)", body) == "Puss in Boots: The Last Wish"


SAND = (
    "Paul rides the worm, the desert wars begin and the last hour is the loudest thing in a cinema this "
    "year. Austin Butler is a frightening villain in black and white.\n\nLawrence of Arabia is the model."
)


@pytest.mark.parametrize(
    "headline",
    ["Thoughts on Dune: Part Two", "Dune Part 2 review"],
)
def test_a_lead_in_and_a_spelled_part_number(extractor: EntityExtractor, headline: str) -> None:
    assert _reviewed(extractor, headline, SAND) == "Dune: Part Two"


CIRCLE = (
    "A thief, an escaped convict and a drunk ex-policeman plan one jewel robbery in silence. The heist "
    "takes half an hour without a word.\n\nLe Samouraï came first."
)


@pytest.mark.parametrize(
    ("headline", "film"),
    [
        ("Le Cercle Rouge / The Red Circle (1970)", "Le Cercle rouge"),  # the table's spelling
        ("Ladri di biciclette (Bicycle Thieves), 1948", "Bicycle Thieves"),
    ],
)
def test_an_original_title_beside_the_english_one(extractor: EntityExtractor, headline: str, film: str) -> None:
    body = CIRCLE if "Cercle" in headline else THIEVES
    assert _reviewed(extractor, headline, body) == film


GIANT = (
    "We showed our daughter The Iron Giant last weekend. She is seven and did not move for ninety minutes.\n\n"
    "A boy in a small town in 1957 hides a robot from space that eats power lines, and a government man "
    "hunts it. The robot decides it would rather be a hero than a gun.\n\nE.T. did the boy-and-visitor story first."
)
FALL = (
    "Everybody told me it was the greatest film ever made, so I finally sat down with Hitchcock's Vertigo. "
    "I did not love it.\n\nJames Stewart follows a woman around San Francisco. Vertigo looks gorgeous, "
    "and Vertigo drags.\n\nRear Window is better."
)


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        ("Superman", GIANT, "The Iron Giant"),  # a one-word headline alone may be a pun
        ("A Long Way Down", FALL, "Vertigo"),  # another film's title, never named; the body's film named thrice
    ],
)
def test_a_headline_that_is_another_films_title_as_a_pun(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    assert _reviewed(extractor, headline, body) == film


@pytest.mark.parametrize(
    ("headline", "body", "film"),
    [
        (
            "Rainy Sunday",
            "It poured all day so we stayed in and put on The Princess Bride. The sword fight on the cliffs is "
            "still the best, and my son laughed at the giant.\n\nIt is better than Stardust, which tried the same trick.",
            "The Princess Bride",
        ),
        (
            "Date night",
            "My wife chose Notting Hill for our anniversary. A bookseller in London falls for a film star and "
            "stammers a lot. The press conference at the end still works.\n\nFour Weddings and a Funeral is funnier.",
            "Notting Hill",
        ),
        (
            "Catching up",
            "I finally caught up with Past Lives this week. Two childhood friends meet again in New York, and "
            "the bar scene at the end is devastating.\n\nBefore Sunrise is the obvious cousin.",
            "Past Lives",
        ),
    ],
)
def test_the_evenings_choice_names_the_film_under_a_headline_naming_none(
    extractor: EntityExtractor, headline: str, body: str, film: str
) -> None:
    assert _reviewed(extractor, headline, body) == film
