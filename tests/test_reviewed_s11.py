"""Reviewed work, eleventh session (RV): the learnt ranker's new signals (extract/nlp/reviewed_signals.py,
extract/nlp/reviewed_evidence.py) and the contenders named by a known film's subtitle
(reviewed_rank.merge_subtitles). Sentences written for these tests in our own words."""

from __future__ import annotations

import math

import pytest

from extract.nlp import reviewed_rank
from extract.nlp.candidates import Candidate
from extract.nlp.extractor import EntityExtractor
from extract.nlp.learnt import LinearModel
from extract.nlp.resolve import ResolvedWork
from extract.nlp.reviewed_evidence import mention_evidence
from extract.nlp.reviewed_signals import LIST_HEAD, calendar_word, cast_named, frame_features
from extract.text_reader import parse_text_page


@pytest.mark.parametrize(
    ("title", "calendar"),
    [("Friday", True), ("saturday", True), ("October", True), ("Halloween", True), ("Friday the 13th", False)],
)
def test_a_calendar_word_is_a_date_line_s_word(title: str, calendar: bool) -> None:
    assert calendar_word(title) is calendar


@pytest.mark.parametrize(
    ("headline", "listing"),
    [
        ("Seven heist movies of the nineties", True),
        ("Top 5 problems with Moon Patrol", False),  # one film's review, however numbered
        ("My five favourite ghost movies", True),
        ("A Sirk double feature", True),
        ("Top Gun", False),
        ("The Five Obstructions", False),
    ],
)
def test_a_headline_that_announces_several_films(headline: str, listing: bool) -> None:
    assert bool(LIST_HEAD.search(headline)) is listing


def _toy(weights: dict[str, float]) -> LinearModel:
    """A model whose "yes" logit is the weighted features (inputs taken as they are)."""
    names = tuple(sorted(weights))
    return LinearModel(
        classes=("no", "yes"),
        features=names,
        means=tuple(0.0 for _ in names),
        scales=tuple(1.0 for _ in names),
        weights=(tuple(0.0 for _ in names), tuple(weights[n] for n in names)),
        biases=(0.0, 0.0),
    )


def _frames(text: str, name: str) -> dict[str, float]:
    start = text.index(name)
    return frame_features(text, [(start, start + len(name))], " " not in name)


def test_what_the_critic_saw_and_judged() -> None:
    seen = _frames("On Sunday we finally watched Lantern Bay with the lights off.", "Lantern Bay")
    assert (seen["seen"], seen["evidence"]) == (1.0, 1.0)
    judged = _frames("I liked it. Lantern Bay is a small miracle of a film.", "Lantern Bay")
    assert (judged["seen"], judged["evidence"]) == (0.0, 1.5)  # a verdict noun: the strongest evidence


def test_a_maker_or_a_place_is_no_work() -> None:
    maker = _frames("It was the last one Owlbrook Pictures made before closing.", "Owlbrook Pictures")
    assert (maker["maker_after"], maker["evidence"]) == (1.0, 0.0)
    assert _frames("We saw it at the Palais Verdier on opening night.", "Palais Verdier")["place_before"] == 1.0
    assert _frames("I heard it on Radio Tern first.", "Radio Tern")["place_before"] == 1.0
    assert _frames("Lantern Bay made me cry.", "Lantern Bay")["maker_after"] == 0.0


def test_two_films_of_one_name() -> None:
    text = "The first Lantern Bay (1961) is patient; the second Lantern Bay (2004) is not."
    spans = [(10, 21), (52, 63)]
    assert [text[s:e] for s, e in spans] == ["Lantern Bay", "Lantern Bay"]
    assert frame_features(text, spans, False)["years_apart"] == 1.0
    assert frame_features(text, spans[:1], False)["years_apart"] == 0.0


def test_a_title_with_its_translation_in_brackets() -> None:
    text = "La casa del faro (The Lighthouse House) is slow. Gravel (2004) is not."
    assert _frames(text, "The Lighthouse House")["bracketed"] == 1.0
    assert _frames(text, "La casa del faro")["bracketed"] == 1.0
    assert _frames(text, "Gravel")["bracketed"] == 0.0  # a year in brackets is no second title


def test_a_one_word_name_capitalised_only_where_a_sentence_opens() -> None:
    text = "Wow, what a night. Wow. I loved Gravel, and Gravel loved me back."
    assert frame_features(text, [(0, 3), (19, 22)], True)["initial_only"] == 1.0
    assert frame_features(text, [(32, 38), (44, 50)], True)["initial_only"] == 0.0


def test_the_mention_evidence_module_keeps_the_steps_answers() -> None:
    text = "I expected Gravel to be a thriller."
    assert mention_evidence(text, 11, 17) == 1.0
    assert mention_evidence("It is slower than Gravel.", 18, 24) == 0.0


def test_the_film_table_s_cast_named_by_surname(extractor: EntityExtractor) -> None:
    gazetteer = extractor.gazetteer
    jaws = next(f for f in gazetteer.films_titled("Jaws") if gazetteer.films[f].year == 1975)
    text = "Scheider frets, Shaw sings and Dreyfuss eats; the shark waits."
    assert cast_named(gazetteer, jaws, text, text.lower()) == math.log1p(3)
    assert cast_named(gazetteer, jaws, text.lower(), text.lower()) == 0.0  # no capitals, no surnames


def _contender(title: str, film: int | None, mentions: int = 0) -> reviewed_rank.Contender:
    one = reviewed_rank.Contender(title, film, None, spellings={title.lower()})
    one.mentions = [Candidate(title, 10 * i, 10 * i + len(title), "film", "parser", 0.5) for i in range(mentions)]
    return one


def test_a_known_film_s_subtitle_alone_names_the_film() -> None:
    long = _contender("Moon Patrol II: The Lost Colony", 901)
    short = _contender("The Lost Colony", None, 2)
    other = _contender("Lost Colony Blues", None, 1)
    kept = reviewed_rank.merge_subtitles([long, short, other])
    assert [one.title for one in kept] == ["Moon Patrol II: The Lost Colony", "Lost Colony Blues"]
    assert len(kept[0].mentions) == 2 and "the lost colony" in kept[0].spellings
    # a film the table does not know keeps its own contender
    unknown = _contender("Moon Patrol II: The Lost Colony", None)
    assert len(reviewed_rank.merge_subtitles([unknown, _contender("The Lost Colony", None, 2)])) == 2


def test_a_numbered_part_of_a_versions_series_reviews_its_one_film(extractor: EntityExtractor) -> None:
    body = "\n\nThis week the original; the remake gets its turn next week. The Wicker Man is stranger than I remembered.\n"
    page = parse_text_page("Remake or Original? Part two: The Wicker Man (1973)" + body, "page.txt")
    entities = extractor.extract(page)
    assert entities.reviewed is not None and entities.reviewed.name == "The Wicker Man"
    # without the part's number the headline compares the two versions: no one film
    both = extractor.extract(parse_text_page("Remake or Original? The Wicker Man" + body, "page.txt"))
    assert both.reviewed is None


def test_the_steps_answer_joins_the_table_s_film_of_the_same_title() -> None:
    steps = ResolvedWork("Harbour Lights", "tv", None, None)
    known = reviewed_rank.Contender("Harbour Lights", 77, 2019, kind="tv", spellings={"harbour lights"})
    read = reviewed_rank.Contender("Harbour Lights", None, None, spellings={"harbour lights"}, reading=0)
    read.answer = steps
    kept = reviewed_rank.merged([read, known])
    assert kept == [known] and known.reading == 0
    assert known.work() is steps  # unchanged: the steps may have found the table's film is another one


def test_a_pick_of_the_steps_title_keeps_the_steps_answer() -> None:
    steps = ResolvedWork("Stormy Harbour", "film", 12, 1961)
    rule = reviewed_rank.Contender("Stormy Harbour", 12, 1961, answer=steps)
    twin = reviewed_rank.Contender("Stormy harbour", None, None)
    model = _toy({"n": 3.0})
    assert reviewed_rank.ranked([rule, twin], [{}, {"n": 1.0, "known": 1.0}], model) is steps


def test_a_column_label_before_the_title_the_table_knows() -> None:
    titles = ["FROM THE VAULT: Stormy Harbour", "Stormy Harbour"]
    rows = [{"n": 1.0}, {"known": 1.0, "hl": 1.0}]  # the label's run is written once in the body, the title alone never
    model = _toy({"known": 2.0})
    assert reviewed_rank.choice(rows, titles, 0, model) == 1
    # not after a label: a name the body never writes loses to the steps' answer the body writes
    assert reviewed_rank.choice(rows, ["Harbour Nights", "Stormy Harbour"], 0, model) == 0
