"""Reviewed work, thirteenth session (RV): a body whose folding would change its length (German "ß")
keeps its mentions for the ranker. Sentences written for these tests in our own words."""

from __future__ import annotations

import math

from extract.nlp import reviewed_rank
from extract.nlp.extractor import EntityExtractor

PASTOR = (
    "Our screening of The Salt Road divided the hall. Hans Großmann plays the pastor with a chill, "
    "and The Salt Road never explains itself."
)


def test_a_sharp_s_keeps_the_folded_body_aligned() -> None:
    assert reviewed_rank.aligned_fold("Hans Großmann’s Road") == "hans großmann's road"
    assert len(reviewed_rank.aligned_fold(PASTOR)) == len(PASTOR)


def test_the_body_s_mentions_count_beside_a_sharp_s(extractor: EntityExtractor) -> None:
    text = reviewed_rank.page_text("Newsletter", PASTOR, [], PASTOR)
    salt = reviewed_rank.Contender("The Salt Road", None, None, spellings={"salt road"})
    row = reviewed_rank.feature_rows([salt], extractor.gazetteer, text)[0]
    assert row["n"] == math.log1p(2)
    assert row["first_para"] == 1.0
