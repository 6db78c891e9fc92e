"""Every edge a page contributes names a node the page contributes (or the post's own)."""

from __future__ import annotations

from pathlib import Path

from base.vocab import Rel
from extract.records import Comment, Page, Pingback
from graph.build import page_contribution
from graph.store import EmbeddedStore


def _page() -> Page:
    return Page(
        source="thread.txt",
        format="text",
        title="Heat",
        site="Reel Notes",
        comments=[
            Comment(id="c1", pingback=Pingback(title="Ten heist films", site="Other Blog")),
            Comment(id="c2", text="That list forgot Thief.", author="Ana", parent="c1"),
            Comment(id="c3", text="Agreed.", author="Bo", parent="c9"),  # c9 is not on the page
        ],
    )


def test_a_reply_to_a_pingback_replies_to_the_post_that_pinged() -> None:
    contribution = page_contribution(_page(), None)
    keys = {node.key for node in contribution.nodes}
    replies = {(e.src, e.dst) for e in contribution.edges if e.type is Rel.REPLIED_TO}
    assert replies == {
        ("comment:thread.txt#c2", "post:other blog/ten heist films"),
        ("comment:thread.txt#c3", "post:reel notes/heat"),
    }
    assert {k for e in contribution.edges for k in (e.src, e.dst)} <= keys


def test_such_a_page_is_stored(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path) as store:
        store.replace([(page_contribution(_page(), None), "digest", {}, "2026-11-30")])
        assert {(e.src, e.dst) for e in store.edges() if e.type == Rel.REPLIED_TO.value} == {
            ("comment:thread.txt#c2", "post:other blog/ten heist films"),
            ("comment:thread.txt#c3", "post:reel notes/heat"),
        }
