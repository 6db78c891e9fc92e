"""The plain-text reader's byline: the name runs to a separator or to a whole word such as
"on" or "at", never to those letters inside a name ("Gideon", "Rhiannon", "Anton")."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.io import read_file
from extract.text_reader import parse_text_page

REVIEWS = Path(__file__).resolve().parent / "fixtures" / "reviews" / "frozen"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Posted on July 7, 2014 by Gideon Marsh", "Gideon Marsh"),
        ("Posted by Rhiannon Cole at 9:14 PM", "Rhiannon Cole"),
        ("By Anton Eaton, film critic", "Anton Eaton"),
        ("Posted by Dat Nguyen at 10:00", "Dat Nguyen"),
        ("Written by Marta Quill | 3 comments", "Marta Quill"),
        ("Posted by Jon on May 3, 2014", "Jon"),
        ("posted by Leon Baptiste ON May 3, 2014", "Leon Baptiste"),
        ("Eingestellt von Bettina Albrecht um 21:04", "Bettina Albrecht"),
        ("Publié par Simon Lenoir à 21:04", "Simon Lenoir"),
        ("Publicado por Ramón Alen en 3 de mayo", "Ramón Alen"),
        ("Geplaatst door Anouk Dop op 3 mei", "Anouk Dop"),
    ],
)
def test_the_byline_name_ends_at_a_whole_word(byline: str, author: str) -> None:
    page = parse_text_page(f"A Night at the Pictures\n{byline}\n\nThe film was good and I liked it a lot.\n")
    assert page.author == author


@pytest.mark.parametrize(("name", "author"), [("chinatown-1974", "Gideon Marsh"), ("tenet-2020", "Rhiannon Cole")])
def test_fixture_reviews_keep_their_authors_whole(name: str, author: str) -> None:
    (page,) = read_file(REVIEWS / f"{name}.txt")
    assert page.author == author
