"""The reviewed work on headlines that name no film, and on lines a reader mistakes for the
headline (issue 12, class 1; fifth session). Pages written for these tests in our own words,
modelled on forms noted in docs/phrasing-catalogue.md (section 11)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page


def _reviewed(extractor: EntityExtractor, text: str) -> str | None:
    entities = extractor.extract(parse_text_page(text, "page.txt"))
    return entities.reviewed.name if entities.reviewed else None


SHARK = (
    "Scheider cannot sleep, Shaw sings his sea shanties and Dreyfuss eats everything in sight. The "
    "island mayor keeps the beaches open for the holiday weekend. Jaws spends its first hour on the sand "
    "and I never wanted to leave it.\n\n8/10"
)


def test_a_film_named_in_passing_whose_cast_fills_the_page(extractor: EntityExtractor) -> None:
    # the headline names no film; the body names one once, mid-sentence, and three of its cast
    assert _reviewed(extractor, "Summer of the fin\n\n" + SHARK) == "Jaws"


def test_one_actor_is_not_enough(extractor: EntityExtractor) -> None:
    text = "Summer of the fin\n\nDreyfuss was in town for a talk. Jaws came up once, briefly, near the end."
    assert _reviewed(extractor, text) is None


def test_a_page_all_in_lower_case(extractor: EntityExtractor) -> None:
    text = (
        "dvd club, part 9\n\n"
        "this week the disc in the mailbox was hitchcock's vertigo, which i had put off for a decade "
        "because everyone says it is the best film ever made. jimmy stewart is a retired cop afraid of "
        "heights and kim novak is the woman he follows around san francisco, and then things get strange "
        "and sad and i did not know what to do with my hands. barbara bel geddes is the only sane person "
        "in it. i liked it, i think, but i needed a walk afterwards.\n\ngrade: B"
    )
    assert _reviewed(extractor, text) == "Vertigo"


def test_a_byline_taken_for_the_headline(extractor: EntityExtractor) -> None:
    text = "Posted by Dana on May 2, 2018\n\n" + SHARK
    assert _reviewed(extractor, text) == "Jaws"


def test_the_first_line_the_reader_took_for_the_blog_name(extractor: EntityExtractor) -> None:
    # a user-review dump: the film over "User Reviews", the score, the review's headline, its date
    # and a spoiler tag; the reader may take the tag for the post title and the film for the blog
    body = (
        "I came to this late, after years of hearing it praised, and it is stranger than its reputation. "
        "The second half turns a detective story into a ghost story about a man who cannot let go.\n\n"
        "Bel Geddes deserved a film of her own."
    )
    page = replace(parse_text_page("Warning: Spoilers\n\n" + body, "page.txt"), site="Vertigo (1958)")
    entities = extractor.extract(page)
    assert entities.reviewed is not None and entities.reviewed.name == "Vertigo"
    blog = replace(page, site="The Late Show")  # a blog's name, though a film bears it: no year, no film
    assert extractor.extract(blog).reviewed is None  # nor the spoiler tag


@pytest.mark.parametrize(
    "headline",
    [
        "Top 10 Tuesday: Films from 1958",
        "TIFF 2019 – Part 2",
        "LFF 2021",
        "7 Quiet Films to Watch on a Wet Sunday",
        "Double Bill #4: Fog",
    ],
)
def test_a_list_or_round_up_headline_names_no_film(extractor: EntityExtractor, headline: str) -> None:
    text = headline + "\n\nA wet week of screenings. I saw a lot and liked about half of it.\n\nMore soon."
    assert _reviewed(extractor, text) is None


def test_a_double_bill_headline_leads_with_its_subject(extractor: EntityExtractor) -> None:
    text = (
        "Harbour Lights + Vertigo\n\n"
        "Harbour Lights is a small Norwegian thriller about a pilot who sees the same woman twice. "
        "Harbour Lights borrows a great deal from Vertigo, down to the tower. Harbour Lights is worth a look."
    )
    assert _reviewed(extractor, text) == "Harbour Lights"


def test_a_credits_block_pins_the_film(extractor: EntityExtractor) -> None:
    text = (
        "Heights and obsessions\n\nDirector: Alfred Hitchcock\nYear: 1958\n\n"
        "A detective with a fear of heights is hired to follow a friend's wife, and everything after "
        "that is a slow fall. The colours, the score and the final tower are unforgettable."
    )
    assert _reviewed(extractor, text) == "Vertigo"


HEADLINES = [
    # an aside in brackets after a column's label: the words after the label are the title
    ("#ShameList, April: Harbour Lights (don't judge me)", "I had lied about this one for years.", "Harbour Lights"),
    # the headline's first sentence, the film set in capitals in the body
    ("Harbour Lights. Two hours I will never get back.", "HARBOUR LIGHTS is a new low for everyone.", "Harbour Lights"),
    # the film in brackets after a pun
    (
        "Episode 12: Salt and Static (Vertigo)",
        "Hitchcock's Vertigo again. Vertigo holds up. We loved Vertigo.",
        "Vertigo",
    ),
    # what the headline says the critic saw
    ("Finally watched Harbour Lights and I have notes", "Mostly about the boats.", "Harbour Lights"),
    # a score glued inside the headline
    ("Vertigo ◆◆◆◆◇ d. Alfred Hitchcock, 1958", "A man follows a woman around a city of hills.", "Vertigo"),
]


@pytest.mark.parametrize(("headline", "body", "title"), HEADLINES, ids=[h for h, _, _ in HEADLINES])
def test_headline_forms(extractor: EntityExtractor, headline: str, body: str, title: str) -> None:
    assert _reviewed(extractor, headline + "\n\n" + body) == title


def test_a_title_in_capitals_beats_a_nickname_in_quotes(extractor: EntityExtractor) -> None:
    text = (
        "Nobody agrees with me, again\n\n"
        "Every year one film gets the whole internet's love and leaves me cold. Case in point: HARBOUR LIGHTS. "
        'Lars "Lucky" Berg is a harbour pilot who hears voices in the fog, and Lucky is the only one who listens.'
        ' Everyone calls him "Lucky" and nobody means it.'
    )
    assert _reviewed(extractor, text) == "Harbour Lights"


def test_a_film_s_cast_beats_a_song_in_quotes(extractor: EntityExtractor) -> None:
    text = (
        "A bigger boat\n\n"
        'The best scene is the three of them singing "Farewell, Spanish Harbour Girls" below deck at night. '
        "Scheider is the worried one, Shaw the mad one and Dreyfuss the clever one, and Jaws knows exactly "
        "how long to keep its monster out of sight."
    )
    assert _reviewed(extractor, text) == "Jaws"


def test_a_round_up_names_no_film_though_its_body_names_many(extractor: EntityExtractor) -> None:
    text = (
        "TIFF 2019 – Part 2\n\nVERTIGO – ★★★★\nA man follows a woman around a city of hills, again.\n\n"
        "JAWS – ★★★\nScheider, Shaw and Dreyfuss on a small boat. Jaws still works.\n\nPSYCHO – ★★\nA motel."
    )
    assert _reviewed(extractor, text) is None


def test_a_week_of_capsules_is_no_list(extractor: EntityExtractor) -> None:
    text = "Three films this week\n\nA quiet week, so three films. Finally saw Vertigo and Vertigo is a marvel."
    assert _reviewed(extractor, text) == "Vertigo"


def test_a_director_s_credit_closing_the_headline(extractor: EntityExtractor) -> None:
    text = "Vertigo – d. Alfred Hitchcock, 1958\n\nA man follows a woman around a city of hills."
    assert _reviewed(extractor, text) == "Vertigo"


BODY = "It rained, so we stayed in. The bank job is still the best shootout ever filmed, and the diner talk is perfect."
MORE = [
    # the words a "review" label follows name the work, though the reader took them for the blog's
    ("HEAT review: Mann at his peak", BODY, "Heat"),
    # a known maker and a year after a dash close the headline
    ("Heat — Michael Mann, 1995", BODY, "Heat"),
    # a festival and its year before "Film Review" are a label
    ("Oslo 2023 Film Review - Vertigo (Restoration)", "A man follows a woman around a city of hills.", "Vertigo"),
    # a score line naming its subject under a pun headline
    ("Cops and robbers and coffee", BODY + "\n\nHeat: 8/10", "Heat"),
    # a film the table lacks, named as the subject of the body's opening, and guessed a person elsewhere
    (
        "Fog on the water",
        "Harbour Lights is the new thriller from Oslo. Harbour Lights never lets up and Harbour Lights never explains.",
        "Harbour Lights",
    ),
]


@pytest.mark.parametrize(("headline", "body", "title"), MORE, ids=[h for h, _, _ in MORE])
def test_more_headline_forms(extractor: EntityExtractor, headline: str, body: str, title: str) -> None:
    assert _reviewed(extractor, headline + "\n\n" + body) == title


def test_aspect_scores_name_no_work(extractor: EntityExtractor) -> None:
    text = "Cops and robbers and coffee\n\n" + BODY + "\n\nStory: 8/10\nActing – ★★★★\nMusic: 7/10"
    assert _reviewed(extractor, text) is None


SENTENCES = [
    ("Why Heat is the best crime movie ever made", "Heat"),  # after the headline's first word
    ("45 years of Jaws", "Jaws"),  # a whole run of capitals
    ("Jaws at 45: still the perfect summer movie", "Jaws"),  # a number after a small word ends the run (see below)
    ("Carpenter's The Thing still freezes the blood", "The Thing"),  # after a possessive
    ("In defence of Alien's slow first hour", "Alien"),
]


@pytest.mark.parametrize(("headline", "title"), SENTENCES, ids=[h for h, _ in SENTENCES])
def test_a_film_named_inside_a_sentence_headline(extractor: EntityExtractor, headline: str, title: str) -> None:
    # a headline's first word may have its capital by place alone: the body backs it ("... Jaws still works")
    body = f"We watched it again last night and it held up. {title} still works."
    assert _reviewed(extractor, headline + "\n\n" + body) == title


@pytest.mark.parametrize("headline", ["Ten years of this blog", "Weekend update"])
def test_a_capital_by_place_alone_names_no_film(extractor: EntityExtractor, headline: str) -> None:
    assert _reviewed(extractor, headline + "\n\nIt rained. We ate pizza and wrote nothing much.") is None


def test_an_essay_on_several_films_reviews_none_of_them(extractor: EntityExtractor) -> None:
    text = (
        "Why I stopped going to the cinema\n\nTickets cost a fortune and people talk. At home I can watch Heat "
        "or Jaws whenever I like. Pacino and De Niro need no big screen to be great, and neither does Scheider."
    )
    assert _reviewed(extractor, text) is None


def test_part_of_a_longer_name_in_a_headline_is_no_film(extractor: EntityExtractor) -> None:
    # "Joan of Arc" inside a title-case headline, "Blade Runner" before its sequel's number
    assert _reviewed(extractor, "The Passion of Harbour Joan\n\nSilent, severe and close.") != "Joan of Arc"
    assert _reviewed(extractor, "Blade Runner 2049 review\n\nIt is long and beautiful.") == "Blade Runner 2049"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mann oh Mann\n\nMichael Mann's 1995 crime epic still plays beautifully. The bank job is loud.", "Heat"),
        ("Dizzy\n\nHitchcock's 1958 masterpiece still unsettles. A man follows a woman up a tower.", "Vertigo"),
    ],
)
def test_a_maker_and_a_year_in_the_running_text(extractor: EntityExtractor, text: str, title: str) -> None:
    assert _reviewed(extractor, text) == title


def test_a_film_name_used_for_several_films_in_a_headline(extractor: EntityExtractor) -> None:
    text = "Three Vertigo films, ranked\n\nHitchcock's Vertigo (1958) first. Vertigo (1993) a distant second."
    assert _reviewed(extractor, text) != "Vertigo"
