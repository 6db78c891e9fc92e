"""The page-reading evaluation: matching, scores, splits, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extract.evaluate import Evaluation, evaluate_folder, normalise, render, score_page
from extract.records import Comment, Page, Pingback

_PAGE = """Heat (1995)

Posted on 2019-03-04 by Mara

A long, patient heist film about two tired men.

3 thoughts on "Heat (1995)"

  1. Ann says:

    Loved the diner scene, really.

    1. Mara says:

      Thanks Ann, me too.

  2. Bob says:

    Too long for me.
"""


def _gold(**changes: object) -> dict[str, object]:
    gold: dict[str, object] = {
        "models": "a plain-text dump",
        "engine": "wordpress-classic",
        "format": "text",
        "page": {
            "title": "Heat (1995)",
            "author": "Mara",
            "published": "2019-03-04",
            "comment_count_stated": 3,
            "language": None,
        },
        "comments": [
            {"id": "c1", "author": "Ann", "parent": None, "starts": "Loved the diner scene"},
            {"id": "c2", "author": "Mara", "parent": "c1", "starts": "thanks ann, me too"},
            {"id": "c3", "author": "Bob", "parent": None, "starts": "“Too long”"},
        ],
    }
    gold.update(changes)
    return gold


def _folder(tmp_path: Path, gold: dict[str, object], split: str = "tune") -> Path:
    (tmp_path / split).mkdir(exist_ok=True)
    (tmp_path / split / "heat.txt").write_text(_PAGE, encoding="utf-8")
    (tmp_path / split / "heat.txt.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_normalise_ignores_case_space_and_quotes() -> None:
    assert normalise(" “Don't”\n  STOP ") == "dont stop"
    assert normalise(None) == ""


def test_a_page_read_as_gold_says_scores_one(tmp_path: Path) -> None:
    evaluation = evaluate_folder(_folder(tmp_path, _gold()))
    [page] = evaluation.pages
    assert (page.split, page.name, page.gold_comments, page.emitted, page.matched) == ("tune", "tune/heat.txt", 3, 3, 3)
    split = evaluation.splits["tune"]
    assert (split.recall, split.precision, split.authors, split.parents) == (1.0, 1.0, 1.0, 1.0)
    detected = evaluation.pages[0].fields["language"]
    assert split.fields_right == {
        "title": 1,
        "author": 1,
        "published": 1,
        "comment_count_stated": 1,
        "language": int(detected),
    }


def test_wrong_gold_lowers_each_figure(tmp_path: Path) -> None:
    gold = _gold(
        page={"title": "Heat", "author": None, "published": "2019-03-05", "comment_count_stated": 2, "language": "xx"},
        comments=[
            {"id": "c1", "author": "Anne", "parent": None, "starts": "Loved the diner scene"},
            {"id": "c2", "author": "Mara", "parent": None, "starts": "thanks ann"},
            {"id": "c3", "author": "Bob", "parent": None, "starts": "not in the page"},
        ],
    )
    evaluation = evaluate_folder(_folder(tmp_path, gold, split="frozen"))
    split = evaluation.splits["frozen"]
    assert (split.gold_comments, split.emitted, split.matched) == (3, 3, 2)
    assert split.recall == pytest.approx(2 / 3) and split.precision == pytest.approx(2 / 3)
    assert split.authors == 0.5 and split.parents == 0.5
    assert split.fields_right == dict.fromkeys(["title", "author", "published", "comment_count_stated", "language"], 0)
    wrong = evaluation.pages[0].wrong
    assert wrong["missed"] == ["c3"] and wrong["extra"] == ["c3"]
    assert wrong["authors"] == [["c1", "Anne", "Ann"]] and wrong["parents"] == [["c2", None, "c1"]]


def test_placeholders_are_not_emitted_and_pingbacks_match_by_title() -> None:
    page = Page(
        source="p",
        format="html",
        title="T",
        comments=[
            Comment(id="p1", placeholder=True),
            Comment(id="a", text="Fine.", author="Ann", parent="p1"),
            Comment(
                id="b",
                author="Ten heist films | Reel Corner",
                pingback=Pingback(title="Ten heist films", site="Reel Corner"),
            ),
        ],
    )
    comments: list[dict[str, Any]] = [
        {"id": "c1", "author": "Ann", "parent": None, "starts": "fine"},
        {
            "id": "c2",
            "author": "Ten heist films | Reel Corner",
            "parent": None,
            "starts": "Ten heist",
            "pingback": True,
        },
    ]
    gold: dict[str, Any] = {"page": {"title": "T"}, "comments": comments}
    score = score_page("tune", "p", gold, page)
    # a reply under a placeholder (a deleted comment, no comment of the gold) has no gold parent
    assert (score.emitted, score.matched, score.authors_right, score.parents_right) == (2, 2, 2, 2)
    page.comments[1].parent = "b"  # under another comment: not the gold's top level
    assert score_page("tune", "p", gold, page).parents_right == 1
    page.comments[2].author = None  # a site cut from the shown name without it: the name is lost
    assert score_page("tune", "p", gold, page).authors_right == 1
    page.comments[2].author = "Ten heist films | Reel Corner"
    comments[1]["author"] = "Reel Corner"  # gold of the older convention: the site alone
    assert score_page("tune", "p", gold, page).authors_right == 2
    comments[1]["author"] = "Ten heist films"  # neither the shown name nor the site
    assert score_page("tune", "p", gold, page).authors_right == 1


def test_repeated_starts_take_comments_in_order() -> None:
    page = Page(
        source="p",
        format="html",
        title="T",
        comments=[Comment(id="x", text="+1", author="A"), Comment(id="y", text="+1", author="B")],
    )
    gold = {
        "comments": [
            {"id": "c1", "author": "A", "parent": None, "starts": "+1"},
            {"id": "c2", "author": "B", "parent": None, "starts": "+1"},
        ]
    }
    assert score_page("s", "p", gold, page).authors_right == 2


def test_a_page_that_cannot_be_read_counts_every_comment_missed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.txt.gold.json").write_text(json.dumps(_gold()), encoding="utf-8")
    evaluation = evaluate_folder(tmp_path)
    [page] = evaluation.pages
    assert page.split == tmp_path.name and page.error is not None and page.error.startswith("E101")
    assert evaluation.splits[tmp_path.name].recall == 0.0
    assert "ERROR E101" in render(evaluation)


def test_exports_score_each_post_in_order(tmp_path: Path) -> None:
    export = """<rss xmlns:wp="http://wordpress.org/export/1.2/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Blog</title>
<item><title>One</title><wp:post_id>1</wp:post_id><content:encoded>First post.</content:encoded>
<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
<wp:comment_content>Good one.</wp:comment_content><wp:comment_parent>0</wp:comment_parent></wp:comment></item>
<item><title>Two</title><wp:post_id>2</wp:post_id><content:encoded>Second post.</content:encoded></item>
</channel></rss>"""
    (tmp_path / "blog.xml").write_text(export, encoding="utf-8")
    gold = {
        "format": "wxr",
        "pages": [
            {"title": "One", "comments": [{"id": "c1", "author": "Ann", "parent": None, "starts": "good one"}]},
            {"title": "Two", "comments": [{"id": "c1", "author": "Bob", "parent": None, "starts": "missing"}]},
        ],
    }
    (tmp_path / "blog.xml.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    evaluation = evaluate_folder(tmp_path)
    assert [(p.name, p.matched, p.fields["title"]) for p in evaluation.pages] == [
        ("blog.xml#1", 1, True),
        ("blog.xml#2", 0, True),
    ]


def test_command_line_prints_table_and_json(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _gold())
    text = subprocess.run(
        [sys.executable, "-m", "extract.evaluate", str(folder)], capture_output=True, text=True, check=True
    ).stdout
    assert "tune/heat.txt" in text and "tune: 1 page(s), 0 error(s); comments 3/3 found, recall 1.000" in text
    data = json.loads(
        subprocess.run(
            [sys.executable, "-m", "extract.evaluate", str(folder), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert data["splits"]["tune"]["recall"] == 1.0 and data["pages"][0]["matched"] == 3
    assert isinstance(Evaluation([], {}).to_json()["splits"], dict)


def test_reelgraph_evaluate_pages_subcommand(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reelgraph.cli import main

    result = CliRunner().invoke(main, ["evaluate-pages", str(_folder(tmp_path, _gold())), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["splits"]["tune"]["matched"] == 3


def test_a_reader_crash_is_a_row_not_an_abort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.io

    def crash(path: Path) -> list[Page]:
        raise NameError("boom")

    monkeypatch.setattr(extract.io, "read_file", crash)
    evaluation = evaluate_folder(_folder(tmp_path, _gold()))
    assert evaluation.pages[0].error == "reader crashed: NameError: boom"
    assert evaluation.splits["tune"].errors == 1 and evaluation.splits["tune"].recall == 0.0


def test_the_frozen_split_is_listed_as_totals_only_unless_unsealed(tmp_path: Path) -> None:
    evaluation = evaluate_folder(_folder(tmp_path, _gold(), split="frozen"))
    assert "frozen/heat.txt" not in render(evaluation) and "frozen: 1 page(s)" in render(evaluation)
    assert evaluation.to_json()["pages"] == [] and evaluation.to_json()["splits"]["frozen"]["pages"] == 1
    assert "frozen/heat.txt" in render(evaluation, sealed=())


@pytest.mark.parametrize("split", ["fresh", "blind", "blind2"])
def test_the_fresh_and_blind_splits_are_sealed_like_the_frozen_one(tmp_path: Path, split: str) -> None:
    evaluation = evaluate_folder(_folder(tmp_path, _gold(), split=split))
    assert f"{split}/heat.txt" not in render(evaluation) and f"{split}: 1 page(s)" in render(evaluation)
    assert evaluation.to_json()["pages"] == [] and evaluation.to_json()["splits"][split]["matched"] == 3
    assert f"{split}/heat.txt" in render(evaluation, sealed=())


def test_the_command_line_unseals_fresh_only_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from extract.evaluate import main

    folder = _folder(tmp_path, _gold(), split="fresh")
    main([str(folder)])
    assert "fresh/heat.txt" not in capsys.readouterr().out
    main([str(folder), "--unseal-frozen"])
    assert "fresh/heat.txt" in capsys.readouterr().out
