"""Writers, composers, painters and thinkers whom reviews name by surname alone ("Kafka with
jokes", "Orwell's Nineteen Eighty-Four", "a Botticelli face", "name-drops Wittgenstein").

The film table knows film people; the canon of the other arts it holds at best as the writer of
one adaptation, often beside a namesake with more credits ("Kafka": Heather Kafka, seven films),
and several of the surnames are film titles too (Kafka, Wittgenstein, Beethoven). A critic who
writes the bare surname means the artist: these surnames are rare enough to stand alone. Common
first names ("Dante", "Homer", "Leonardo") and surnames of well-known film people ("Wagner",
"Hopper", "Bosch") are left out: a page's character or actor is likelier.
"""

from __future__ import annotations

import re

from extract.nlp.candidates import Candidate
from extract.nlp.context import PageContext, Unit
from extract.nlp.textnorm import name_key

__all__ = ["CANON_SURNAMES", "canon_surnames"]

CANON_SURNAMES = (
    # writers
    "Shakespeare|Chaucer|Cervantes|Dickens|Tolstoy|Dostoevsky|Chekhov|Kafka|Orwell|Goethe|Ovid|Flaubert|"
    "Proust|Balzac|Nabokov|Hemingway|Faulkner|Steinbeck|Melville|Kipling|Brecht|Ibsen|Strindberg|Pinter|"
    "Camus|Borges|Cortázar|Dürrenmatt|Tolkien|Lovecraft|Austen|Brontë|Woolf|Joyce|Beckett|Molière|"
    # composers
    "Mozart|Beethoven|Handel|Verdi|Puccini|Stravinsky|Tchaikovsky|Mahler|Chopin|Vivaldi|Schubert|Brahms|"
    # painters
    "Botticelli|Caravaggio|Rembrandt|Vermeer|Picasso|Goya|Magritte|Dalí|Kandinsky|Rothko|Michelangelo|"
    # thinkers
    "Nietzsche|Freud|Wittgenstein|Kierkegaard|Sartre|Plato"
)
_CANON = re.compile(rf"(?<![\w’'.-])(?:{CANON_SURNAMES})(?=[’']s?\b|[^\w’'-]|$)(?! [A-Z])")
_CANON_NAMES = tuple(CANON_SURNAMES.split("|"))
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")


def canon_surnames(unit: Unit, ctx: PageContext) -> list[Candidate]:
    """Person candidates for the canon's surnames written alone: not inside a longer name ("Kim
    Dickens", "Kafka Tamura"), not the reviewed work's title, not set as a title (italics)."""
    if unit.is_title or not any(name in unit.text for name in _CANON_NAMES):
        return []  # a scan in C for each surname before the pattern's walk over every word
    found: list[Candidate] = []
    for match in _CANON.finditer(unit.text):
        word = match.group()
        if _CAPITAL_WORD_BEFORE.search(unit.text, max(0, match.start() - 30), match.start()):
            continue
        if name_key(word) == ctx.reviewed_key or ctx.is_emphasised(word):
            continue
        found.append(Candidate(word, match.start(), match.end(), "person", "canon", 0.7))
    return found
