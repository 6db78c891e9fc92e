"""HTML (WordPress, Blogger, JSON-LD) and WordPress-export fixtures: exact records."""

from __future__ import annotations

from typing import Any

from extract.io import read_file
from extract.records import Page
from tests.conftest import FIXTURES


def _page(name: str) -> Page:
    pages = read_file(FIXTURES / name)
    assert len(pages) == 1
    return pages[0]


def _thread(page: Page) -> list[tuple[Any, ...]]:
    return [(c.id, c.author, c.parent, c.depth, c.published, c.text) for c in page.comments]


def test_wordpress_default_theme() -> None:
    page = _page("wordpress_arrival.html")
    assert (page.format, page.title, page.site, page.author, page.published, page.url) == (
        "html",
        "Review: Arrival (2016)",
        "The Long Take",
        "Marta Quill",
        "2016-11-20",
        "https://thelongtake.example/2016/11/arrival/",
    )
    assert page.rating is not None and (page.rating.raw, page.rating.value) == ("Rating: 4/5", 0.8)
    assert page.reviewed is not None and page.reviewed.to_json() == {
        "title": "Arrival",
        "year": 2016,
        "director": None,
    }
    assert page.comment_count_stated == 4
    assert _thread(page)[:4] == [
        (
            "11",
            "Oskar",
            None,
            1,
            "2016-11-20",
            "Great review, Marta! The heptapod language scenes were the best part.\n\nHave you read the story?",
        ),
        ("12", "Marta Quill", "11", 2, "2016-11-21", "Thanks Oskar! Yes, Ted Chiang’s story is wonderful."),
        ("13", "Oskar", "12", 3, "2016-11-21", "Adding it to my list."),
        ("14", "dana_k", None, 1, "2016-11-22", "Too slow for me <script>alert(1)</script>"),
    ]
    assert page.comments[0].author_url == "https://reelfriends.example"
    pingback = page.comments[4]
    assert (pingback.id, pingback.parent, pingback.text) == ("15", None, "")
    assert pingback.pingback is not None and pingback.pingback.to_json() == {
        "title": "Arrival and the grammar of time",
        "site": "Frames Per Second",
        "url": "https://frames.example/2016/12/arrival-time/",
    }
    assert [(h.kind, h.text) for h in page.hints] == [
        ("em", "Arrival"),
        ("link", "Contact"),
        ("em", "Independence Day"),
        ("em", "Story of Your Life"),
    ]
    assert page.hints[1].href == "https://en.wikipedia.org/wiki/Contact_(1997_American_film)"
    assert "Proudly powered" not in page.body and "Home" not in page.body


def test_blogger_threaded_comments_and_br_body() -> None:
    page = _page("blogger_gravity.html")
    assert (page.title, page.site, page.author, page.published, page.comment_count_stated) == (
        "Gravity (2013)",
        "Cinema Sundays",
        "Priya N.",
        "2013-10-06",
        3,
    )
    assert page.rating is not None and (page.rating.raw, page.rating.value) == ("★★★★", 0.8)
    assert page.body == (
        "Alfonso Cuarón's Gravity is ninety minutes of held breath.\n"
        "Sandra Bullock carries it alone, and it looks better than Apollo 13 ever did.\n\n★★★★"
    )
    assert _thread(page) == [
        ("c1001", "Leo", None, 1, "2013-10-06", "Saw it in IMAX and held my breath the whole time."),
        ("c1002", "Priya N.", "c1001", 2, "2013-10-07", "Leo, IMAX is the only way to see it!"),
        ("c1003", "Anonymous", None, 1, "2013-10-09", "Overrated. The script is thin."),
    ]


def test_json_ld_review_with_generic_body() -> None:
    page = _page("jsonld_her.html")
    assert (page.title, page.site, page.author, page.published, page.url) == (
        "Her, and the loneliness of screens",
        "Second Screening",
        "Nadia Okafor",
        "2014-01-15",
        "https://secondscreening.example/her",
    )
    assert page.rating is not None and page.rating.to_json() == {"raw": "8/10", "value": 0.8}
    assert page.reviewed is not None and page.reviewed.to_json() == {
        "title": "Her",
        "year": 2013,
        "director": "Spike Jonze",
    }
    assert _thread(page) == [
        ("c-1", "Wes", None, 1, "2014-01-15", "Nadia, did you think it was better than Lost in Translation?"),
        ("c-2", "Nadia Okafor", "c-1", 2, "2014-01-15", "Wes, they are sisters, but Her cuts deeper."),
        ("c-3", "Kim", None, 1, "2014-01-16", "Scarlett Johansson's voice carries it."),
    ]
    assert page.body.split("\n\n")[1].startswith("Spike Jonze has made a love story")
    assert "Archive" not in page.body
    assert [(h.kind, h.text) for h in page.hints] == [("em", "Lost in Translation"), ("em", "Her")]


def test_wordpress_export_posts_comments_and_pingbacks() -> None:
    pages = read_file(FIXTURES / "wxr_framesper.xml")
    assert [(p.source.rsplit("/", 1)[-1], p.title, p.published) for p in pages] == [
        ("wxr_framesper.xml#post-301", "Arrival and the grammar of time", "2016-12-02"),
        ("wxr_framesper.xml#post-120", "Interstellar (2014) review", "2014-11-09"),
    ]
    arrival, interstellar = pages
    assert (arrival.format, arrival.site, arrival.author) == ("wxr", "Frames Per Second", "Tomás Reyes")
    assert arrival.rating is not None and arrival.rating.value == 0.8
    assert interstellar.rating is not None and interstellar.rating.to_json() == {
        "raw": "Grade: C+",
        "value": 0.575,
    }
    assert interstellar.reviewed is not None and interstellar.reviewed.to_json() == {
        "title": "Interstellar",
        "year": 2014,
        "director": None,
    }
    assert _thread(arrival)[:3] == [
        ("501", "Oskar", None, 1, "2016-12-02", "Better than Interstellar? Bold!"),
        (
            "502",
            "Tomás Reyes",
            "501",
            2,
            "2016-12-02",
            "Hi Oskar, yes: it earns its ending.\n\nInterstellar explains too much.",
        ),
        ("503", "Oskar", "502", 3, "2016-12-02", "Fair enough."),
    ]
    first, _, third, pingback = arrival.comments
    assert first.author_email_hash == third.author_email_hash  # same address, other case
    assert first.author_email_hash is not None and "@" not in first.author_email_hash
    assert pingback.pingback is not None and pingback.pingback.to_json() == {
        "title": "Ten films about time",
        "site": "Second Screening",
        "url": "https://secondscreening.example/ten-films-time",
    }
    assert [(h.kind, h.text) for h in arrival.hints] == [
        ("link", "Marta's review of Arrival"),
        ("em", "Arrival"),
        ("em", "Interstellar"),
    ]
