"""Fast paths of the NLP rules give the same answers as the slow ones, and people resolution
keeps three-word names apart."""

from __future__ import annotations

import gc
import re
from itertools import product

import pytest

from extract.nlp import stance, stance_text, stance_weigh, verdict_phrases, verdicts
from extract.nlp.aliases import AliasTable
from extract.nlp.context import Unit
from extract.nlp.cues import find_cues
from extract.nlp.extractor import EntityExtractor
from extract.nlp.gazetteer import FilmEntry, Gazetteer
from extract.nlp.realness import _name_pattern, _places_of
from extract.nlp.relations import UnitFacts, _cues_by_sentence
from extract.nlp.resolve import PeopleResolver, _PeopleIndex
from extract.nlp.stance import analyzer
from extract.nlp.textnorm import tokenize
from extract.nlp.works import _after_possessive_word
from extract.titles import strip_decorations


def _gazetteer() -> Gazetteer:
    people = ["James B. Howard", "Philip K. Dick", "Anna Maria Kowalski", "Anna Kowalski", "Will Ferrell"]
    films = [
        FilmEntry("Night Harbour", 1990, "tt0000001", (0,), (1,), (2, 4), 10),
        FilmEntry("Second Harbour", 1994, "tt0000002", (0,), (1,), (3,), 5),
    ]
    return Gazetteer(films, people)


def test_three_word_names_need_agreeing_middle_names() -> None:
    resolver = PeopleResolver(_gazetteer(), AliasTable())
    assert resolver.resolve("James Newton Howard") == "James Newton Howard"  # not "James B. Howard"
    assert resolver.resolve("James Bartholomew Howard") == "James B. Howard"  # the initial agrees
    assert resolver.resolve("Philip Dick") == "Philip K. Dick"  # two words: first and last suffice
    assert resolver.resolve("Philip Kindred Dick") == "Philip K. Dick"
    assert resolver.resolve("Anna Maria Kowalski") == "Anna Maria Kowalski"
    assert resolver.resolve("Anna M. Kowalski") == "Anna Maria Kowalski"
    assert resolver.resolve("Anna Teresa Kowalski") == "Anna Teresa Kowalski"
    assert resolver.resolve("Will F.") == "Will Ferrell"


def test_gazetteer_matches_kept_for_a_token_list_come_back_as_new_lists() -> None:
    gazetteer, text = _gazetteer(), "Night Harbour, with Will Ferrell."
    tokens = tokenize(text)
    first = gazetteer.match(text, tokens)
    first.clear()  # a caller's edit does not reach the kept answer
    again = gazetteer.match(text, tokens)
    assert [(m.text, m.film, m.person) for m in again] == [("Night Harbour", 0, None), ("Will Ferrell", None, 4)]
    assert again == gazetteer.match(text, list(tokens)) == gazetteer.match(text)


_VERDICT_TEXTS = (
    "Not bad at all, but skip the sequel. A must-see? No. Worth a rental, not worth the hype.",
    "It's no Alien. It's no surprise that the first one was better. A Bit of a Letdown, frankly.",
    "Brilliant in places, baffling in others; the best thriller I've seen in years. #worththewait",
    "I can't recommend it. Une vraie déception, pas à voir absolument. Muy recomendable, sehenswert!",
    "A hot mess, a glorious mess, a triumph of style over substance. Not nearly as good as Heat.",
    "You have to see it: the MOST beautiful film of the decade, and it never lets up.",
    "The hype is totally unwarranted; the film's biggest problem? It goes nowhere. Two thumbs up anyway.",
)


@pytest.mark.parametrize("text", _VERDICT_TEXTS)
def test_grouped_verdict_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    grouped, groups, _, _ = verdicts._compiled()
    plain = verdicts.plain_pattern()
    fast = [(m.start(), m.end(), groups[m.lastindex or 0]) for m in grouped.finditer(text)]
    slow = [(m.start(), m.end(), int((m.lastgroup or "p0")[1:])) for m in plain.finditer(text)]
    assert fast == slow
    assert len(fast) >= 2  # the texts are full of verdicts


@pytest.mark.parametrize("text", [*_VERDICT_TEXTS, *(t.upper() for t in _VERDICT_TEXTS), "Ｂad? ſo bad. K\u212aILLER"])
def test_verdicts_dispatched_by_opening_find_what_the_grouped_alternation_finds(text: str) -> None:
    grouped, groups, _, meta = verdicts._compiled()
    expected = [(m.group(), m.start(), m.end(), *meta[groups[m.lastindex or 0]]) for m in grouped.finditer(text)]
    found = [(c.text, c.start, c.end, c.polarity, c.strength) for c in verdicts._phrase_cues(text, meta)]
    assert found == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:overall|in the end|en r[ée]sum[ée]|(?<!in )others|kids?)\b",
        r"\b(?:not|never|can't)\W+(?:\w+\W+){0,2}$",
        r"\bwell (?:said|put)\b|\bthanks? (?:you )?for\b[^.!?]*",
    ],
)
def test_a_guarded_pattern_finds_what_the_plain_one_finds(pattern: str) -> None:
    texts = [
        *_VERDICT_TEXTS,
        "Kids, others and in others: OVERALL ſo good, never ſeen it. En résumé, well put! Thanks for this",
        "\u212aIDS (Kelvin K), İn the end, ENRÉSUMÉ, ſtill not",
        "Never",
        "It is not that good.",
        "Ever so dull, it is NEVER ſo good!",
    ]
    plain, fast = re.compile(pattern, re.I), verdicts.guarded(pattern, re.I)
    assert fast.pattern.startswith("(?=[")
    found = [[m.span() for m in fast.finditer(text)] for text in texts]
    assert found == [[m.span() for m in plain.finditer(text)] for text in texts]
    assert sum(map(len, found)) >= 2  # the texts hold matches
    assert verdicts.guarded(r"\W*(?:it|this)").pattern == r"\W*(?:it|this)"  # \W cannot be listed


def test_grouped_verdict_cues() -> None:
    cues = verdicts.find_cues(_VERDICT_TEXTS[0])
    assert [(c.text, c.polarity) for c in cues] == [
        ("Not bad", 1),
        ("must-see", 1),
        ("Worth a rental", 0),
        ("not worth the hype", -1),
    ]


def test_every_phrase_has_listed_two_letter_openings() -> None:
    assert verdicts._prefixes("(?:a |an )?(?:real )?mess") == {"a ", "an", "re", "me"}
    assert all(verdicts._prefixes(phrase) for phrase, _, _ in verdict_phrases.PHRASES)


def test_pos_at_reads_the_parser_arrays(extractor: EntityExtractor) -> None:
    text = "Honestly, Alien is better than Jaws.\n\nCafé «Amélie» — watch Solaris or Alien!"
    unit = Unit("body", text)
    first, second = text.split("\n\n")
    unit.docs = [(0, extractor.nlp(first)), (len(first) + 2, extractor.nlp(second))]
    expected = {
        offset + token.idx + shift: token.pos_
        for offset, doc in unit.docs
        for token in doc
        for shift in range(len(token.text))
    }
    assert {position: unit.pos_at(position) for position in expected} == expected
    assert unit.pos_at(text.index("Alien")) == "PROPN"
    assert unit.pos_at(text.index("watch")) == "VERB"
    assert unit.pos_at(len(first)) is None  # the blank line between the docs is no token


def test_people_index_tables_are_built_on_first_use() -> None:
    gazetteer = _gazetteer()
    index = _PeopleIndex(gazetteer)
    assert "by_first" not in vars(index) and "by_first_last" not in vars(index)
    assert index.by_first_last[("philip", "dick")] == [1]
    assert "by_first" not in vars(index)  # the first-name table waits for a "Will F."
    assert index.by_first["anna"] == [2, 3]
    assert index.by_first_last[("anna", "kowalski")] == [2, 3]
    assert gc.isenabled()


@pytest.mark.parametrize(
    "sentence",
    [
        "The lighthouse stands on the rock.",
        "It was a good film :)",
        "No. The ending, though...",
        "Kind of GREAT, honestly!!!",
        "Café scenes with a 😀 in them.",
        "Twenty minutes of the ferry crossing.",
    ],
)
def test_vader_shortcut_gives_vaders_score(sentence: str) -> None:
    assert stance_weigh._vader(sentence) == analyzer().polarity_scores(sentence)["compound"]


def test_vader_shortcut_skips_sentences_without_lexicon_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyzer(), "polarity_scores", lambda text: pytest.fail(f"VADER ran on {text!r}"))
    assert stance_weigh._vader("The lighthouse stands on the rock.") == 0.0


def test_cues_grouped_by_sentence_are_each_sentences_filtered_cues(extractor: EntityExtractor) -> None:
    """relations._cues_by_sentence (one pass) hands each sentence what a filter of the unit's
    cues and clause subjects by the sentence's span would (a filter per sentence is quadratic)."""
    text = "Alien is scarier than Jaws. I liked it.\n\nIt feels like Solaris, and Heat is longer than Ronin."
    unit = Unit("body", text)
    first, second = text.split("\n\n")
    unit.docs = [(0, extractor.nlp(first)), (len(first) + 2, extractor.nlp(second))]
    cues = find_cues(unit.docs)
    facts = UnitFacts("body", text, None, unit.sentences(), [], cues=cues)
    grouped = _cues_by_sentence(facts)
    assert [[c.start for c in g.cues] for g in grouped] == [
        [c.start for c in cues if start <= c.start < end] for start, end in facts.sentences
    ]
    assert [g.subjects for g in grouped] == [
        [c for c in cues.subjects if start <= c.start < end] for start, end in facts.sentences
    ]
    assert [len(g.cues) for g in grouped] == [1, 0, 2]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ann", "Ann met Ann-Marie, then O'Ann, .Ann and Ann_; at last Ann."),
        ("Ann", "AnnAnn Ann"),
        ("Bo Ek", "Bo\nEk and Bo  Ek, not BoEk or Bo Ekman"),
        ("Zed", "no such name here"),
        ("Ann Zed", "Ann is here, Zed is not beside her"),
    ],
)
def test_places_of_a_name_are_the_patterns_matches(name: str, text: str) -> None:
    """realness._places_of (str.find for a one-word name, no compile) finds what the pattern finds."""
    pattern = rf"(?<![\w’'.-]){_name_pattern(name)}(?![\w-])"
    assert _places_of(name, text) == [m.span() for m in re.finditer(pattern, text)]


def test_places_of_a_one_word_name() -> None:
    assert _places_of("Ann", "Ann met Ann-Marie, then O'Ann, .Ann and Ann_; at last Ann.") == [(0, 3), (54, 57)]


@pytest.mark.parametrize(
    ("pattern", "exact"),
    [
        (r"\b(?:not|never)\W+(?:\w+\W+){0,2}$", True),
        (r"[a-zA-Z]+ (?=it)(?<!x)(?>ab)", True),
        (r"a[^a]", True),
        (r"aBc", False),  # a capital literal: the lower-cased text never holds it
        (r"[A-Z]x", False),  # a class of capitals without their lower case
        (r"[^A]", False),
        (r"a (?-i:wonder)", False),  # a case rule of its own
        ("\u017fo", False),  # "ſ" matches "s" under re.I
        ("[\u212a]", False),  # the Kelvin sign matches "k"
        (r"(a)\1", False),  # not listed: refused
    ],
)
def test_patterns_exact_on_lower_cased_text(pattern: str, exact: bool) -> None:
    assert verdicts.exact_on_lower(pattern, re.I) is exact


def test_a_phrase_with_its_own_case_rule_reads_the_text_as_written() -> None:
    # "(?-i:wonder)": "a real Wonder" (a name) is no cue, "a real wonder" is; on ASCII text too
    _, _, _, meta = verdicts._compiled()
    assert [c.text for c in verdicts._phrase_cues("It is a real wonder.", meta)] == ["a real wonder"]
    assert [c.text for c in verdicts._phrase_cues("It is a real Wonder.", meta)] == []
    assert [c.text for c in verdicts._phrase_cues("IT IS A real wonder.", meta)] == ["A real wonder"]


def test_post_title_decorations_read_once_per_title() -> None:
    title = "Movie Review: ‘Lanterns at Dusk’ (2031) is ‘Heat’ Meets ‘Jaws’"
    assert strip_decorations(title) == strip_decorations.__wrapped__(title) == ("Lanterns at Dusk", 2031, None)
    hits = strip_decorations.cache_info().hits
    assert strip_decorations(title) == ("Lanterns at Dusk", 2031, None)
    assert strip_decorations.cache_info().hits == hits + 1


def test_rating_lines_and_paragraphs_kept_for_the_text_being_read() -> None:
    stance._rules_stance("A fine film.", (), None, (), "", "", "", "positive", False)
    assert stance_text.is_rating_line("Rating: 3/5") and not stance_text.is_rating_line("I loved every minute of it.")
    assert stance_text._RATING_LINES == {
        "A fine film.": False,
        "Rating: 3/5": True,
        "I loved every minute of it.": False,
    }
    text = "Great review, thanks for this!\n\nI loved it. Truly a must-see.\n\n2 Responses\n\nMe: it stank."
    first = stance_text.review_paragraphs(text)
    # the praise of the review blanked out, the thread under "2 Responses" left off
    assert first == [[" ,  !"], ["I loved it.", "Truly a must-see."]] and stance_text.review_paragraphs(text) is first
    stance._rules_stance("Another text.", (), None, (), "", "", "", "positive", False)  # a new text: emptied
    assert "Rating: 3/5" not in stance_text._RATING_LINES and text not in stance_text._PARAGRAPHS


def test_possessive_word_before_a_name_is_the_patterns_match() -> None:
    def pattern(text: str, name: str) -> bool:
        return re.search(r"[’']s [a-z][\w-]* " + re.escape(name), text) is not None

    heads = ["", "Bob", "Bob's", "it’s ", "s ", "x's\n"]
    words = ["a", "b-c", "a_b", "Xa", "éa", "aé", "a2", ""]
    gaps = [" ", "  ", "", "\t"]
    cases = [
        (h + w + g + n + t, n) for h, w, g, n, t in product(heads, words, gaps, ["Zed", "Zed Z"], ["", "'s", " x"])
    ]
    found = [_after_possessive_word(text, name) for text, name in cases]
    assert found == [pattern(text, name) for text, name in cases]
    assert 20 < sum(found) < len(cases)  # both answers are tried
