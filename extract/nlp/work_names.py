"""Whether a capitalised run reads as a person's name or as a title, from the film table's words.

spaCy's small model tags many two-word titles as people ("Spirited Away", "Certain Women",
"Dark Fate"): its PERSON label alone keeps them from the work rules. The film table knows which
words people's names are made of (first names and surnames of its 100,000 credited people) and
which words its 17,000 titles are made of. A run whose first word is nobody's first name, whose
last word is nobody's surname, and at least one of whose words titles use, is no person's name,
whatever the tagger says; the work rules may then read it as a title where the sentence gives one
(a comparison cue, a list, a kind noun). A foreign name the table lacks ("Ryusuke Hamaguchi") uses
no title word and stays a name.

>>> from extract.nlp.gazetteer import Gazetteer
>>> lexicon = NameWords.of(Gazetteer.build())
>>> [lexicon.nameless(t) for t in ("Spirited Away", "Certain Women", "Ryusuke Hamaguchi", "Sarah Paulson")]
[True, True, False, False]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extract.nlp.gazetteer import Gazetteer
from extract.nlp.textnorm import fold, token_keys

_NAME_USES = 2  # people of the table who bear the word as a first name or surname: a name's word
_TITLE_USES = 3  # titles of the table that use the word: a title's word
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. miss sir lady lord saint st st. uncle aunt professor".split())


@dataclass(frozen=True, slots=True)
class NameWords:
    """Counts of the table's first names, surnames and title words (folded)."""

    first: Counter[str]
    last: Counter[str]
    title: Counter[str]

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> NameWords:
        """The lexicon of one gazetteer (built once per gazetteer, ~0.1 s)."""
        kept = _LEXICONS.get(id(gazetteer))
        if kept is not None and kept[0] is gazetteer:
            return kept[1]
        first: Counter[str] = Counter()
        last: Counter[str] = Counter()
        for keys in gazetteer.person_by_key:
            first[keys[0]] += 1
            last[keys[-1]] += 1
        title: Counter[str] = Counter()
        for film in gazetteer.films:
            title.update(set(token_keys(film.title)))
        lexicon = cls(first, last, title)
        _LEXICONS[id(gazetteer)] = (gazetteer, lexicon)
        return lexicon

    def nameless(self, text: str) -> bool:
        """Whether a run of two words or more, each capitalised, is no person's name: neither its
        first word a first name nor its last a surname, an honorific or an initial nowhere in it,
        and a word of it one that titles use (answers kept: pages repeat their names)."""
        if " " not in text:
            return False
        kept = _ANSWERS.get(text)
        if kept is None:
            if len(_ANSWERS) > _KEPT_ANSWERS:
                _ANSWERS.clear()
            kept = _ANSWERS[text] = self._nameless(text)
        return kept

    def _nameless(self, text: str) -> bool:
        words = text.split()
        if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return False
        keys = [fold(w) for w in words]
        if any(k in _HONORIFICS or (len(k) <= 2 and k.endswith(".")) or "." in k.rstrip(".") for k in keys):
            return False  # "Mr. Glass", "F.W. Murnau", "Samuel L. Jackson"
        if self.first[keys[0]] >= _NAME_USES or self.last[keys[-1]] >= _NAME_USES:
            return False
        return any(self.title[k] >= _TITLE_USES for k in keys)


_ANSWERS: dict[str, bool] = {}  # one lexicon per process in practice: the table is one
_KEPT_ANSWERS = 50_000
_LEXICONS: dict[int, tuple[Gazetteer, NameWords]] = {}
