"""The example corpus: read without errors, with pinned counts and cross-blog pingbacks."""

from __future__ import annotations

from collections import Counter

import pytest

from extract.records import Page
from reelgraph.pipeline import read_sources
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def example_pages() -> list[Page]:
    results = list(read_sources([str(EXAMPLES)]))
    assert [r.error for r in results if r.error] == []
    return [page for result in results for page in result.pages]


def test_counts_are_pinned(example_pages: list[Page]) -> None:
    assert len(example_pages) == 20
    assert Counter(p.format for p in example_pages) == {"html": 9, "wxr": 6, "text": 5}
    assert sum(len(p.real_comments) for p in example_pages) == 73
    assert sum(len(p.pingbacks) for p in example_pages) == 11
    assert sum(c.placeholder for p in example_pages for c in p.comments) == 2
    assert len({p.site for p in example_pages}) == 5
    assert max(c.depth for p in example_pages for c in p.comments) == 5


def test_every_page_has_author_date_and_reviewed_film(example_pages: list[Page]) -> None:
    for page in example_pages:
        assert page.author and page.published and page.site, page.source
    reviewed = Counter(p.reviewed.title for p in example_pages if p.reviewed)
    assert reviewed == {
        "Her": 5,
        "Gravity": 3,
        "Interstellar": 3,
        "Ex Machina": 2,
        "Under the Skin": 2,
        "Arrival": 2,
        "Moon": 1,
        "Blade Runner": 1,
    }


def test_ratings_on_different_scales(example_pages: list[Page]) -> None:
    raw = sorted({p.rating.raw for p in example_pages if p.rating})
    assert {"Grade: C-", "Rating: 4.5/5", "★★★★½", "8/10", "9/10"} <= set(raw)
    values = [p.rating.value for p in example_pages if p.rating and p.rating.value is not None]
    assert (min(values), max(values)) == (0.425, 1.0)


def test_every_pingback_names_a_post_of_the_corpus(example_pages: list[Page]) -> None:
    posts = {(p.title, p.site) for p in example_pages}
    for page in example_pages:
        for pingback in page.pingbacks:
            assert (pingback.title, pingback.site) in posts, (page.source, pingback)


def test_pingbacks_come_from_later_posts(example_pages: list[Page]) -> None:
    published = {(p.title, p.site): p.published for p in example_pages}
    for page in example_pages:
        for pingback in page.pingbacks:
            source_date = published[(pingback.title, pingback.site)]
            assert source_date is not None and page.published is not None
            assert source_date > page.published, (page.source, pingback.title)


def test_commenters_return_across_blogs(example_pages: list[Page]) -> None:
    blogs_of: dict[str, set[str | None]] = {}
    for page in example_pages:
        for comment in page.real_comments:
            if comment.author:
                blogs_of.setdefault(comment.author, set()).add(page.site)
    travellers = sorted(name for name, sites in blogs_of.items() if len(sites) >= 3)
    assert travellers == ["Gus Whitaker", "Leo", "Marta Quill", "Nadia Okafor", "Oskar", "Tomás Reyes"]


def test_unsigned_comments_get_authors_from_greetings(example_pages: list[Page]) -> None:
    by_text = {c.text: c for p in example_pages for c in p.real_comments}
    assert (by_text["Lost in Translation is still better. Fight me."].author) == "Wes"
    rant = by_text["Fine, then I will write my own review. Gravity was the better space film anyway."]
    assert (rant.author, rant.author_evidence) == ("Priya", "context")
