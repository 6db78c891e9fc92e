"""Is this name a work? One learnt decision over the evidence each work name of a page carries.

The works rules each find names by one sign (the film table, a cue, a run of capitals, title
marks); on pages nobody tuned on, about one name in six they give is no work: a place ("a New
York movie", "across New Asia"), a character ("Ms. Tarantula", "his wife Nadine"), a day or a
festival ("Spring Break", "the Day of the Dead"), a studio, a service or a format ("the animation
by Bones", "Amazon Prime", "Blu-ray"), a genre or a common word ("a Western", "Perfect."), or a
run of capitals that swallowed a clause ("Thoughts on Eight for Silver"). The signs that tell
them apart are general and weak one by one, so their weights are learnt (``extract.nlp.learnt``,
weights in ``extract/data/works-model.json``, ``scripts/train_works.py``) rather than set by hand:

- which rules found the name (the film table, title marks, a cue, a run, one capitalised word);
- the film table: a year or an id, how many films bear the title, how known the best one is,
  whether the title is also a place's name, whether a person bears the name;
- the name's shape: words, capitals, a digit, a colon, "The" first;
- the page: how often and in how many units it names the name, whether it also writes the name in
  lower case ("the western ..." beside "a Western");
- the words around its first place: title marks, a work noun before ("the novel X"), a place's
  preposition or verb before ("lives in X", "went to X"), "as" before ("dressed as X"), a year,
  a bracketed name or "'s" after, a work noun after ("X films"), a sentence's or a line's start,
  another work name beside it (a list of works).

A name whose probability of being a work is below ``THRESHOLD`` loses its mentions, hence its
relations; the reviewed work, names the page marks as titles, names found in a frame that says
"a work" (a comparison cue's slot, whose evidence as a comparison's end is
``extract.nlp.end_evidence``'s; a possessive; a list after a plural work noun; "the X movies"; a
song's), names a rule the model was not trained on found, and the short forms of the film table's
long titles ("Temple of Doom") are never weighed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from extract.nlp import learnt
from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold
from extract.records import WORK_KINDS, Mention

__all__ = ["MODEL_PATH", "THRESHOLD", "WORK_KINDS", "keep_likely", "load_model", "name_rows", "use_model"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "works-model.json"
THRESHOLD = 0.3  # below this probability of being a work, a name's mentions go (set by scripts/train_works.py)

_RULE_GROUPS = {
    "table": {"gazetteer", "director-near", "filmography", "label-link", "title-list", "actor-in", "predecessor"},
    "marked": {"quoted", "italic", "dated", "dated-run", "pingback-title", "site"},
    "cue": {"cued", "cue", "cue-slot", "cued-run", "compared-cue", "maker-object", "makers-best", "predicate-title"},
    "word": {"gazetteer-word", "tagged-word", "famous-word", "subject-word", "lower-case"},
    "run": {"capitals", "joined-run", "longer-run", "run-tail"},
    "list": {"list-sibling", "listed-works", "series-run"},
    "owner": {"possessive", "owner-run"},
    "title": {"reviewed-title", "partial-title", "abbreviation", "sequel", "subtitled"},
    "person": {"character", "ner"},
    "song": {"song-by", "sung"},
}
_GROUP_OF = {rule: group for group, rules in _RULE_GROUPS.items() for rule in rules}
# never weighed: names the page marks as titles, the reviewed work's own, and names a rule found by a
# frame that says "a work" itself: a comparison cue (the comparison rules weigh those as ends,
# ``extract.nlp.end_evidence``), a possessive ("Franklin's Road Games"), a list after a plural work
# noun ("his first films, Dust Devils and Us"), a series before one ("the Harry Potter movies"), a
# song's frame ("sings X", "X by the band")
_NEVER_WEIGHED = (
    _RULE_GROUPS["marked"]
    | _RULE_GROUPS["cue"]
    | _RULE_GROUPS["list"]
    | _RULE_GROUPS["owner"]
    | _RULE_GROUPS["song"]
    | {"reviewed-title"}
)

_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:novel|book|story|play|show|series|sitcom|film|movie|picture|documentary|remake|original|sequel"
    r"|prequel|short|comic|manga|anime|game|episode|special|musical|cartoon|adaptation|version|classic"
    r"|titled|called|films|movies|novels|books|shows)\s*,?\s*[“\"‘']?$",
    re.I,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|into|across|near|around|outside|inside|through|towards?)\s+(?:the\s+)?$"
)
_PLACE_VERB = re.compile(
    r"\b(?:lives?|living|lived|moves?|moved|went|goes|going|travel\w*|set|born|arrives?|arrived|returns?|returned"
    r"|heads?|headed|back|streets|town|city|village)\s+(?:in|to|at|from|into|of)\s+(?:the\s+)?$",
    re.I,
)
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+|a\s+|an\s+)?[“\"‘']?$")
# an article, a title of address or a word for a person right before: "on the Day of the Dead", "a
# whole Civil War detour", "Ms. Tarantula", "his wife Nadine", "a driver called Rain"
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|this|that|every|whole|our|their|his|her|my)\s+$")
_ADDRESS_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Mister|Lady|Lord|Sir|Uncle|Aunt|Detective|Captain|Agent)\.?\s+$")
_PERSON_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|friend|girlfriend|boyfriend|partner|boss"
    r"|named|nicknamed|character|villain|hero|heroine|girl|boy|man|woman|kid)\s*,?\s+$",
    re.I,
)
_DATE_LIKE = re.compile(r"[\d\s,./-]+|.*\b(?:18|19|20)\d\d\b.*")
_YEAR_AFTER = re.compile(r"\s*(?:\(|,\s*|from\s+)?(?:18|19|20)\d\d\b")
# "Iris (Jodie Foster)", "(played by ...)": a bare name, no year or second item ("(John Woo, 1986)" is a maker)
_BRACKETED_NAME_AFTER = re.compile(r"\s*\((?:played by |voiced by )?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*\)")
_WORK_NOUN_AFTER = re.compile(
    r"\s+(?:films?|movies?|pictures?|series|franchise|universe|era|style|fans?|t-shirts?|newsroom|studio)\b", re.I
)
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
_LIST_JOIN = re.compile(r"\s*(?:,|and|or|&|/)\s*(?:and\s+|or\s+)?$")
_QUOTES = frozenset("\"“‘'«*_")
_BEFORE, _AFTER = 40, 25


def name_rows(
    mentions: Sequence[Mention], texts: Mapping[str, str], gazetteer: Gazetteer, reviewed: str | None
) -> dict[str, dict[str, float]]:
    """One row of evidence per work name of a page the model weighs (not the reviewed work, not a
    name the page marks as a title anywhere); ``texts``: each unit's text by its id."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind in WORK_KINDS and m.name != reviewed:
            by_name.setdefault(m.name, []).append(m)
    rows = {}
    tails = _title_tails(gazetteer) if by_name else frozenset()
    for name, found in by_name.items():
        if any(m.rule in _NEVER_WEIGHED or m.rule not in _GROUP_OF for m in found) or _key(name) in tails:
            continue  # a frame that says "a work", a rule the model has not seen, a long title's short form
        row = _table_row(name, found, gazetteer) | _shape_row(name, found, texts)
        first = next((m for m in found if m.unit in texts and m.unit != "title"), None)
        if first is not None:
            row |= _context_row(first, texts[first.unit], mentions)
        rows[name] = row
    return rows


def _table_row(name: str, found: Sequence[Mention], gazetteer: Gazetteer) -> dict[str, float]:
    """The rules that found the name and what the film table knows of it."""
    row = {f"rule_{_GROUP_OF.get(found[0].rule, 'other')}": 1.0}
    for m in found[1:]:
        row[f"also_{_GROUP_OF.get(m.rule, 'other')}"] = 1.0
    numbers = gazetteer.films_titled(name)
    row["year"] = float(any(m.year is not None for m in found))
    row["imdb"] = float(any(m.id is not None for m in found))
    row["table_films"] = float(min(len(numbers), 3))
    row["table_reviews"] = math.log1p(max((gazetteer.films[n].reviews for n in numbers), default=0))
    row["place"] = float(any(n in gazetteer.places for n in numbers))
    person = gazetteer.person_named(name)
    row["person"] = float(person is not None and fold(gazetteer.people[person]) == fold(name))
    row["caps_unknown"] = float(len(name) > 2 and name.isupper() and not row["year"])
    return row


# where a long title's last part starts: "Indiana Jones and the | Temple of Doom", "Mission: Impossible
# – | Ghost Protocol", "The Lord of the Rings: | The Fellowship of the Ring"
_TAIL_START = re.compile(r"(?::|\s[–-])\s+|\s+and\s+(?:the\s+)?", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _key(name: str) -> str:
    return _ARTICLE.sub("", fold(name).strip())


@lru_cache(maxsize=4)
def _title_tails(gazetteer: Gazetteer) -> frozenset[str]:
    """The last parts of the film table's long titles, the short forms readers write ("Temple of
    Doom", "Ghost Protocol"), less articles; built once per table."""
    tails = set()
    for film in gazetteer.films:
        parts = _TAIL_START.split(film.title)
        if len(parts) > 1 and len(parts[-1].split()) >= 2:
            tails.add(_key(parts[-1]))
    return frozenset(tails)


def _shape_row(name: str, found: Sequence[Mention], texts: Mapping[str, str]) -> dict[str, float]:
    """The name's shape and how the page names it."""
    words = name.split()
    units = {m.unit for m in found}
    low = name.lower()
    return {
        "words": float(min(len(words), 4)),
        "one_word": float(len(words) == 1),
        "digit": float(any(c.isdigit() for c in name)),
        "the_first": float(words[0] in {"The", "A", "An"} if words else 0),
        "mentions": math.log1p(len(found)),
        "units": float(len(units) > 1),
        "comment_only": float("body" not in units and "title" not in units),
        "lower_elsewhere": float(low != name and any(low in texts[u] for u in texts)),
        "date_like": float(_DATE_LIKE.fullmatch(name) is not None),
    }


def _context_row(mention: Mention, text: str, mentions: Sequence[Mention]) -> dict[str, float]:
    """The words around one place of the name."""
    before = text[max(0, mention.start - _BEFORE) : mention.start]
    after = text[mention.end : mention.end + _AFTER]
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return {
        "quote_before": float(before[-1:] in _QUOTES),
        "work_noun_before": float(_WORK_NOUN_BEFORE.search(before) is not None),
        "place_before": float(_PLACE_BEFORE.search(before) is not None),
        "place_verb": float(_PLACE_VERB.search(before) is not None),
        "as_before": float(_AS_BEFORE.search(before) is not None),
        "article_before": float(_ARTICLE_BEFORE.search(before) is not None),
        "address_before": float(_ADDRESS_BEFORE.search(before) is not None),
        "person_before": float(_PERSON_BEFORE.search(before) is not None),
        "year_after": float(_YEAR_AFTER.match(after) is not None),
        "bracketed_name_after": float(_BRACKETED_NAME_AFTER.match(after) is not None),
        "work_noun_after": float(_WORK_NOUN_AFTER.match(after) is not None),
        "possessive_after": float(_POSSESSIVE_AFTER.match(after) is not None),
        "sentence_start": float(_SENTENCE_END.search(before) is not None),
        "line_alone": float(len(line.strip()) <= len(mention.text) + 12),
        "listed": float(_listed(mention, text, mentions)),
    }


def _listed(mention: Mention, text: str, mentions: Sequence[Mention]) -> bool:
    """Whether another work name stands right beside this one, joined by a comma or "and"."""
    for other in mentions:
        if other.unit != mention.unit or other.kind not in WORK_KINDS or other is mention:
            continue
        if 0 <= mention.start - other.end <= 6 and _LIST_JOIN.fullmatch(text[other.end : mention.start]):
            return True
        if 0 <= other.start - mention.end <= 6 and _LIST_JOIN.fullmatch(text[mention.end : other.start]):
            return True
    return False


def load_model() -> learnt.LinearModel | None:
    """The shipped model, or None when there is none."""
    return learnt.load(MODEL_PATH) if MODEL_PATH.exists() else None


_MODEL: list[learnt.LinearModel | None] = [load_model()]


def use_model(model: learnt.LinearModel | None) -> None:
    """Weigh names with ``model`` from now on (None: keep every name; the training script
    extracts its rows so)."""
    _MODEL[0] = model


def keep_likely(
    mentions: list[Mention], texts: Mapping[str, str], gazetteer: Gazetteer, reviewed: str | None
) -> list[Mention]:
    """``mentions`` less those of the work names the model gives a probability of being a work
    below the model's threshold (``THRESHOLD`` when the model names none)."""
    model = _MODEL[0]
    if model is None:
        return mentions
    threshold = float(model.about.get("threshold", THRESHOLD))
    dropped = {
        name
        for name, row in name_rows(mentions, texts, gazetteer, reviewed).items()
        if model.probabilities(row)["work"] < threshold
    }
    return [m for m in mentions if m.name not in dropped] if dropped else mentions
