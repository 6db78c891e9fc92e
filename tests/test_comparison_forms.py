"""Comparison forms noted in real reviews (docs/phrasing-catalogue.md, section 2), one sentence
each, written for this test: the cue lexicon (extract/nlp/cues.py) and the pairing rules
(extract/nlp/relations.py) must give exactly the pairs listed (either direction). Each case
failed before its cue or rule was added. Review pages are titled "Review: Moon (2009)".
"""

from __future__ import annotations

import pytest

from base.vocab import Rel
from extract.language import detect_page_language
from extract.nlp.cues import find_cues
from extract.nlp.extractor import EntityExtractor
from extract.text_reader import parse_text_page
from tests.test_comparisons import MOON, _extract, _pairs


def _expected(pairs: set[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in pairs}


# (form, body, expected pairs)
CASES = [
    ("title as the modifier of rip-off", "It is a glossy Alien rip-off with better actors.", {("Moon", "Alien")}),
    ("title as the modifier of vibe", "The whole base has a real Dark Star vibe.", {("Moon", "Dark Star")}),
    (
        "a work is the modifier's subject",
        "Outland is the better Alien knock-off.",
        {("Outland", "Alien")},
    ),
    (
        "the template is X (the copula's complement)",
        "The template is Silent Running, but colder.",
        {("Moon", "Silent Running")},
    ),
    ("the spiritual successor to", "It is the spiritual successor to Silent Running.", {("Moon", "Silent Running")}),
    (
        "if you've seen X or Y",
        "If you've seen Solaris or Silent Running, you know this kind of film.",
        {("Moon", "Solaris"), ("Moon", "Silent Running")},
    ),
    ("more X than Y", "More Silent Running than Alien, for me.", {("Moon", "Silent Running"), ("Moon", "Alien")}),
    ("a good dose of", "Then it throws in a good dose of Solaris.", {("Moon", "Solaris")}),
    ("ripping off", "It is basically ripping off Outland.", {("Moon", "Outland")}),
    ("take it over X", "I'd take it over Gattaca any day.", {("Moon", "Gattaca")}),
    (
        "where X ..., this one ...",
        "Where Silent Running made grief mystical, it keeps things practical.",
        {("Moon", "Silent Running")},
    ),
    (
        "watch X or Y instead",
        "Go and see Silent Running or Solaris instead.",
        {("Moon", "Solaris"), ("Moon", "Silent Running")},
    ),
    ("a step down from", "It is a step down from Gattaca.", {("Moon", "Gattaca")}),
    ("the closest thing to", "It is the closest thing to Silent Running in years.", {("Moon", "Silent Running")}),
    ("as ADJ as", "It is as lonely as Silent Running.", {("Moon", "Silent Running")}),
    ("screams X", "The score screams Vertigo to me.", {("Moon", "Vertigo")}),
    ("X all over again", "It's Outland all over again.", {("Moon", "Outland")}),
    ("skip it and watch X", "Skip it and watch Outland again.", {("Moon", "Outland")}),
    ("seen it all before in", "You have seen it all before in Outland.", {("Moon", "Outland")}),
    ("wants to be X", "It wants to be Solaris with a twist.", {("Moon", "Solaris")}),
    ("the same story as", "It is the same story as Outland, told on a smaller budget.", {("Moon", "Outland")}),
    ("better in X (an actor's other film)", "Rockwell was better in Galaxy Quest.", {("Moon", "Galaxy Quest")}),
    ("a far cry from", "It is a far cry from Alien.", {("Moon", "Alien")}),
    ("X did it first", "Honestly, Silent Running did it first.", {("Moon", "Silent Running")}),
    ("it's not X", "It's not Silent Running, but it's fun.", {("Moon", "Silent Running")}),
    ("a poor man's X", "It is a poor man's Silent Running.", {("Moon", "Silent Running")}),
    ("a modern-day X", "The film is a modern-day Silent Running.", {("Moon", "Silent Running")}),
    ("not a patch on", "It isn't a patch on Silent Running.", {("Moon", "Silent Running")}),
    ("second only to", "It is second only to Silent Running in my book.", {("Moon", "Silent Running")}),
    ("not since X", "Not since Silent Running has a film made me cry over a robot.", {("Moon", "Silent Running")}),
    ("this ADJ since X", "I haven't been this moved since Silent Running.", {("Moon", "Silent Running")}),
    ("shares a lot with", "It shares a lot with Silent Running.", {("Moon", "Silent Running")}),
    ("X without the Y", "It's Silent Running without the trees.", {("Moon", "Silent Running")}),
    ("memories of", "It brings back memories of Silent Running.", {("Moon", "Silent Running")}),
    ("lifts wholesale from", "The ending lifts wholesale from Silent Running.", {("Moon", "Silent Running")}),
    (
        "somewhere between X and Y",
        "It sits somewhere between Silent Running and Dark Star.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    (
        "a remix of X and Y",
        "It plays as a remix of Silent Running and Dark Star.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    ("a double bill with", "In a double bill with Silent Running it would sing.", {("Moon", "Silent Running")}),
    ("pair it with", "Pair it with Silent Running for a perfect night.", {("Moon", "Silent Running")}),
    ("X this is not", "Silent Running this is not.", {("Moon", "Silent Running")}),
    ("does what X did", "It does what Silent Running did, only smaller.", {("Moon", "Silent Running")}),
    ("the X of its kind", "It might be the Silent Running of its generation.", {("Moon", "Silent Running")}),
    (
        "a range from X to Y after the reviewed work",
        "It set the template for every space film after it, from Silent Running to Event Horizon.",
        {("Moon", "Silent Running"), ("Moon", "Event Horizon")},
    ),
    (
        "two works joined as the subject of a comparative",
        "Silent Running and Dark Star are still the better lonely-astronaut films.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    (
        "X did the Y thing first (an adverb of 'do')",
        "Dark Star did the bored-astronaut thing first, and funnier.",
        {("Moon", "Dark Star")},
    ),
    ("X did the Y better", "Silent Running did the quiet anger better.", {("Moon", "Silent Running")}),
    (
        "closer in spirit to X, and to Y",
        "The film is closer in spirit to Silent Running, and to Dark Star.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star")},
    ),
    ("more ... than at X", "I laughed more at this than at Dark Star.", {("Moon", "Dark Star")}),
    (
        "a spin-off of X (the compound's head)",
        "It is a spin-off of Silent Running, in a way.",
        {("Moon", "Silent Running")},
    ),
    (
        "X is still the high point",
        "Agreed, though Silent Running is still the high point of the genre for me.",
        {("Moon", "Silent Running")},
    ),
    ("X remains the gold standard", "Dark Star remains the gold standard.", {("Moon", "Dark Star")}),
    ("rank it below X", "I'd rank it just below Silent Running.", {("Moon", "Silent Running")}),
    ("want to rewatch X", "It made me want to rewatch Silent Running.", {("Moon", "Silent Running")}),
    ("stick with X", "Stick with Dark Star.", {("Moon", "Dark Star")}),
    # issue 12 classes 2-3, forms from docs/phrasing-catalogue.md section 2b ("Lead" opens a
    # sentence before the form where the byline would otherwise run into it in the parse)
    ("lacks the N of X", "It lacks the bite of Solaris.", {("Moon", "Solaris")}),
    ("none of the N of X", "There is none of the deadpan cool of Dark Star here.", {("Moon", "Dark Star")}),
    ("worthy of X", "It is worthy of Solaris.", {("Moon", "Solaris")}),
    ("in the line of X", "It is a thoughtful film in the line of Gattaca.", {("Moon", "Gattaca")}),
    ("if you gave up on X", "If you gave up on Solaris, this is gentler.", {("Moon", "Solaris")}),
    ("take X over this", "I'd still take Gattaca over this any day.", {("Moon", "Gattaca")}),
    (
        "a verbless less X, more Y",
        "It is a small film. Less Fast Times at Ridgemont High, more All the President's Men with a bake sale.",
        {("Moon", "Fast Times at Ridgemont High"), ("Moon", "All the President's Men")},
    ),
    ("the X of a kind, said of a character", "Tracy is the Heathers of one girl.", {("Moon", "Heathers")}),
    (
        "another work tries to be the X of a kind",
        "It is a small film. Scary Movie tried to be the Airplane! of slashers.",
        {("Scary Movie", "Airplane!")},
    ),
    ("it is X with a twist", "It is Rear Window with a badge.", {("Moon", "Rear Window")}),
    ("it's a X on a bus", "It's a Die Hard on a bus.", {("Moon", "Die Hard")}),
    (
        "a comparative with a work as subject and no than",
        "It is a small film. “Sunshine” did the doomed-crew thing with more style.",
        {("Moon", "Sunshine")},
    ),
    ("X is even ADJ-er", "It is a small film. “Petite Maman” is even lovelier.", {("Moon", "Petite Maman")}),
    (
        "a maker's films in the clause after than, joined by or",
        "Jones is meaner to his characters than Anderson ever was in Rushmore or Bottle Rocket.",
        {("Moon", "Rushmore"), ("Moon", "Bottle Rocket")},
    ),
    (
        "beside anything in X",
        "The rooftop chase could sit beside anything in Kung Fu Hustle.",
        {("Moon", "Kung Fu Hustle")},
    ),
    (
        "X is ... of its generation on the same level (its is no subject)",
        "Silent Running is the only space film of its generation on the same level.",
        {("Moon", "Silent Running")},
    ),
    (
        "better than both of them (the works of the sentence before)",
        "I loved “Solaris” and “Gattaca”. This is better than both of them.",
        {("Moon", "Solaris"), ("Moon", "Gattaca")},
    ),
    (
        "where those films ... (the list of the sentence before)",
        "Everyone who grew up on “Solaris”, “Gattaca” and “Outland” knows the rules. "
        "Where those films had a hero who never spoke, this one has a man who won't shut up.",
        {("Moon", "Solaris"), ("Moon", "Gattaca"), ("Moon", "Outland")},
    ),
    (
        "a verbless fragment continues the comparison before it",
        "Space films don't get better than this. Not even “Solaris”.",
        {("Moon", "Solaris")},
    ),
    (
        "a concession, then a turn to this one",
        "“Solaris” is the masterpiece, sure. But I rewatch this one more.",
        {("Moon", "Solaris")},
    ),
    ("X did all of this better", "It is a small film. But Alien did all of this better in 1979.", {("Moon", "Alien")}),
    ("only X got close to it", "It is a small film. Only “Outland” got close to it.", {("Moon", "Outland")}),
    ("X is its only real rival", "It is a small film. “Outland” is its only real rival.", {("Moon", "Outland")}),
    (
        "turned X into Y (two other works)",
        "It is a small film. Leone turned Kurosawa's Yojimbo into A Fistful of Dollars.",
        {("Yojimbo", "A Fistful of Dollars")},
    ),
    ("X has the same N", "It is a small film. “Grizzly Man” has the same mad joy in it.", {("Moon", "Grizzly Man")}),
    (
        "a cue word inside a title is no cue",
        "Wilder made Some Like It Hot first, and this one is just as funny.",
        {("Moon", "Some Like It Hot")},
    ),
    (
        "the best of the three (the works of the sentence before)",
        "I saw “Solaris” and “Gattaca” last year. This is the best of the three.",
        {("Moon", "Solaris"), ("Moon", "Gattaca")},
    ),
    (
        "a subject that opens its sentence, far before the cue",
        "It is a small film. “Silent Running” came out five years before and is the only space film of its "
        "generation on the same level.",
        {("Moon", "Silent Running")},
    ),
    (
        "the love child of X and Y",
        "It is a small film. It is the love child of Alien and Jaws.",
        {("Moon", "Alien"), ("Moon", "Jaws")},
    ),
    ("an imperative think X", "It is a small film. Think Alien, but on a boat.", {("Moon", "Alien")}),
    ("an imperative imagine X", "It is a small film. Imagine Alien on a boat.", {("Moon", "Alien")}),
    (
        "never reaches the heights of X",
        "It is a small film. It never reaches the heights of Alien.",
        {("Moon", "Alien")},
    ),
    (
        "shoulder to shoulder with X",
        "It is a small film. It stands shoulder to shoulder with Alien.",
        {("Moon", "Alien")},
    ),
    ("X is still the champ", "It is a small film. For my money, “Alien” is still the champ.", {("Moon", "Alien")}),
    (
        "the way X did it",
        "It is a small film. It reinvents the genre the way Alien invented it.",
        {("Moon", "Alien")},
    ),
    (
        "a list before the clause that ranks this one",
        "Silent Running, Dark Star, Outland: I love them all, but this one is still my favourite.",
        {("Moon", "Silent Running"), ("Moon", "Dark Star"), ("Moon", "Outland")},
    ),
]


@pytest.mark.parametrize(("form", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_real_form_gives_its_pairs(
    extractor: EntityExtractor, form: str, body: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(_extract(extractor, body)) == _expected(expected), form


@pytest.mark.parametrize(
    "body",
    [
        "While watching Alien last week, I ate a whole pizza.",  # "while" + -ing: no contrast clause
        "It is a Hitchcock rip-off.",  # a director before "rip-off", not a work
        "As long as Alien exists, nobody needs another monster on a ship.",  # "as long as" is no likeness
        "It was released the same year as Silent Running.",  # the same year: no likeness
        "I saw it with my sister, who loved Silent Running.",  # a sister, not a sister film
        "Duncan Jones has made everything from Moon to Warcraft.",  # a range with no subject before it
        "I did my homework first and then watched Dark Star.",  # "first" of a "do" with no work as subject
        "It was Alien that made me love films.",  # a cleft, not "it is Alien"
        "It is a small film. Alien came out earlier.",  # a comparative of time
        "This is Spielberg at his best.",  # a pointer's copula with a person
    ],
)
def test_form_that_is_no_comparison(extractor: EntityExtractor, body: str) -> None:
    assert _pairs(_extract(extractor, body)) == set()


def test_a_title_run_stops_before_a_joiner_and_a_name(extractor: EntityExtractor) -> None:
    """ "It is Alien for the TikTok generation": the copula's title is not read as "Alien for the TikTok"."""
    relations = _extract(extractor, "It is a small film. It is Alien for the TikTok generation.").relations
    assert not [r for r in relations if r.type == Rel.COMPARED_TO and "TikTok" in r.target]


def test_a_comment_ranks_this_one_over_its_list(extractor: EntityExtractor) -> None:
    comments = "  1. Wes Abara says:\n\n    Silent Running, Dark Star, Event Horizon: love them all, but this one is my favourite.\n"
    entities = _extract(extractor, "A lonely film about a man on a base.", comments=comments)
    found = {(r.source, r.target, r.by, r.polarity) for r in entities.relations if r.type == Rel.COMPARED_TO}
    assert found == {
        ("Moon", work, "Wes Abara", "this preferred") for work in ("Silent Running", "Dark Star", "Event Horizon")
    }


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("It is a glossy Alien rip-off.", ("Moon", "Alien")),
        ("It is a rip-off of Alien.", ("Moon", "Alien")),
        ("It has a Silent Running vibe.", ("Moon", "Silent Running")),
        ("It has the vibe of Silent Running.", ("Moon", "Silent Running")),
    ],
)
def test_a_modifier_noun_takes_its_work_on_either_side(
    extractor: EntityExtractor, body: str, pair: tuple[str, str]
) -> None:
    assert _pairs(_extract(extractor, body)) == _expected({pair})
    assert any(c.shape == "modifier" for c in find_cues([(0, extractor.nlp(body))]))


@pytest.mark.parametrize(
    ("title", "body", "pair"),
    [
        (
            "Critique : Moon (2009)",
            "Un homme seul sur la Lune depuis trois ans, et une solitude digne de Solaris. La fin serre le cœur.",
            ("Moon", "Solaris"),
        ),
        (
            "Kritik: Moon (2009)",
            "Ein Mann allein auf dem Mond. Der Film erinnert an Solaris, nur kleiner und wärmer.",
            ("Moon", "Solaris"),
        ),
        (
            "Reseña: Moon (2009)",
            "Un hombre solo en la Luna. Para mí es mejor que Solaris, y mucho más humana.",
            ("Moon", "Solaris"),
        ),
    ],
)
def test_cues_in_french_german_and_spanish(
    extractor: EntityExtractor, title: str, body: str, pair: tuple[str, str]
) -> None:
    page = parse_text_page(f"{title}\n\nPosted on June 1, 2010 by Ida Brandt\n\n{body}\n", "case.txt")
    page.language = detect_page_language(page)
    assert page.language in {"fr", "de", "es"}
    assert _pairs(extractor.extract(page)) == _expected({pair})


SEQUEL = "Review: Blade Runner 2049 (2017)"
LEAD = "Everyone remembers Blade Runner from 1982. "


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not as good as the original.",
        "Sadly it is worse than the first film.",
        "The sequel is a step down from its predecessor.",
    ],
)
def test_the_original_is_the_series_first_film_named_on_the_page(extractor: EntityExtractor, sentence: str) -> None:
    relations = [r for r in _extract(extractor, LEAD + sentence, title=SEQUEL).relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.target, r.evidence) for r in relations] == [("Blade Runner 2049", "Blade Runner", sentence)]


@pytest.mark.parametrize(
    ("title", "body", "pair"),
    [
        (  # the series' stem before the number, not the whole title, names the first film
            "Review: Anchorman 2: The Legend Continues (2013)",
            "Everyone remembers Anchorman: The Legend of Ron Burgundy from 2004. It is not as good as the first one.",
            ("Anchorman 2: The Legend Continues", "Anchorman: The Legend of Ron Burgundy"),
        ),
        (  # "the first X" compares by itself, with no cue word
            SEQUEL,
            "Honestly, I liked the first Blade Runner so much more.",
            ("Blade Runner 2049", "Blade Runner"),
        ),
        (  # "the original film" in a sentence with no cue word
            SEQUEL,
            LEAD + "Yet you never feel the danger you felt in the original film.",
            ("Blade Runner 2049", "Blade Runner"),
        ),
    ],
)
def test_a_series_film_named_by_its_place_is_compared(
    extractor: EntityExtractor, title: str, body: str, pair: tuple[str, str]
) -> None:
    assert _pairs(_extract(extractor, body, title=title)) == _expected({pair})


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (SEQUEL, LEAD + "I still prefer the original score."),  # the score, not the film
        (MOON, "Jones takes more risks than any Alien director since Ridley Scott."),  # directors, not works
        (MOON, "On board the Moon base, the crew watches Silent Running."),  # "the Moon": a place, not the film
    ],
)
def test_a_title_that_names_no_compared_work(extractor: EntityExtractor, title: str, body: str) -> None:
    assert _pairs(_extract(extractor, body, title=title)) == set()


@pytest.mark.parametrize(
    ("body", "polarity"),
    [
        ("Nothing beats Silent Running, though.", "other preferred"),
        ("Dark Star remains the gold standard.", "other preferred"),
        ("I'd take it over Gattaca any day.", "this preferred"),
        ("It is a step down from Gattaca.", "other preferred"),
    ],
)
def test_who_wins_is_seen_from_the_reviewed_work(extractor: EntityExtractor, body: str, polarity: str) -> None:
    relations = [r for r in _extract(extractor, body).relations if r.type == Rel.COMPARED_TO]
    assert [(r.source, r.polarity) for r in relations] == [("Moon", polarity)]
