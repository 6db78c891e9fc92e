"""One page in, its entities, relations and stance out: the extraction pipeline's wiring.

Build one ``EntityExtractor`` per process (spaCy and the gazetteer load once) and call
``extract_many`` with many pages: spaCy then streams all their texts in batches.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from base.vocab import Rel
from extract.authors import greeted_name
from extract.nlp.aliases import AliasTable
from extract.nlp.budget import PagePlan, configured_max_chars, plan_page
from extract.nlp.candidates import Candidate, without_overlaps
from extract.nlp.consistency import date_undated, one_kind_per_name, schema_safe
from extract.nlp.context import PageContext, Unit, is_title_case
from extract.nlp.credit_surnames import add_credit_surnames
from extract.nlp.cues import find_cues
from extract.nlp.end_evidence import units_naming, without_parts
from extract.nlp.gazetteer import Gazetteer, load_gazetteer
from extract.nlp.parsing import Progress, load_nlp, parse_texts
from extract.nlp.people import addressed_names, find_character_names, find_people
from extract.nlp.realness import drop_real_people
from extract.nlp.relations import UnitFacts, cites, compared_to, credits, lean_with_stance, recommends
from extract.nlp.resolve import PeopleResolver, ResolvedWork, WorkResolver, collection_paused
from extract.nlp.reviewed import choose_reviewed
from extract.nlp.siblings import sibling_works
from extract.nlp.spans import SpanIndex
from extract.nlp.stance import REVIEW_PRIOR, stance_of
from extract.nlp.textnorm import fold, name_key
from extract.nlp.work_odds import keep_likely
from extract.nlp.works import find_works
from extract.ratings import capsule_rating
from extract.records import BODY, WORK_KINDS, Mention, Page, PageEntities, Rating, Relation, Stance
from extract.selectors import ENTITY_LINK_HOSTS
from extract.titles import reviewed_from_title, without_label

EXTRACTOR = "reelgraph.extractor/1"
_AUTHOR_WORK_GAP = 40  # characters between "Dick's novel" and the novel's title
_LONGEST_NAME = 60
# "\b[A-Z]..." written to open on the capital ("[A-Z](?<!\w[A-Z])": the look-behind then checks the
# character before it): the scan skips in C from capital to capital
_TITLE_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w’']*(?:(?:\s+(?:and|of|the|a|in|on|&|\+))*\s+[A-Z][\w’']*)+")
_ABBREVIATION = re.compile(r"[A-Z](?<!\w[A-Z])(?::?[A-Z0-9]){1,5}\b")
# "Philip K. Dick's novel": found from the "'s ... novel" end and walked back a bounded way to the
# name, so that a long line of capitalised words costs linear time (issue 14, item 6)
_AUTHOR_WORK_END = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}(?:book|novel|novella)\b(?![,:]?\s+[A-Z])")
_AUTHOR_NAME = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,5}$")
_AUTHOR_REACH = 120
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}\b")  # "\b[A-Z][a-z]{2,}\b", opening on the capital


@dataclass(frozen=True, slots=True)
class _AuthorWork:
    person: str
    start: int
    end: int
    text: str


def _author_works(text: str) -> list[_AuthorWork]:
    """Every "<Name>'s [up to three words] novel|book|novella" in the text, in linear time."""
    found = []
    for end in _AUTHOR_WORK_END.finditer(text):
        window_start = max(0, end.start() - _AUTHOR_REACH)
        name = _AUTHOR_NAME.search(text, window_start, end.start())
        if name is not None:
            found.append(_AuthorWork(name.group(), name.start(), end.end(), text[name.start() : end.end()]))
    return found


"""The cyclic garbage collector held off while the rules run: they make hundreds of thousands of
short-lived tuples, lists and dicts (tokens, spans, candidates) that reference counting frees
(about 150 objects in cycles per 30 bench pages, collected later), and each of them counted
towards a collection (80 or so per 30 pages: 15-70 ms of CPU). spaCy's parse runs outside."""


def page_units(page: Page) -> list[Unit]:
    """The page's texts as units: title, body, each comment or pingback title (no budget)."""
    return plan_page(page, None).units


def _context(page: Page, gazetteer: Gazetteer) -> PageContext:
    reviewed = page.reviewed
    names = {fold(c.author.split()[0]) for c in page.comments if c.author}
    names |= {fold(n) for c in page.comments if (n := greeted_name(c.text))}
    names |= addressed_names([c.text for c in page.comments if c.text])
    if page.author:
        names.add(fold(page.author.split()[0]))
    return PageContext(
        gazetteer=gazetteer,
        reviewed_key=name_key(reviewed.title) if reviewed else None,
        reviewed_title=reviewed.title if reviewed else None,
        reviewed_year=reviewed.year if reviewed else None,
        reviewed_director=reviewed.director if reviewed else None,
        emphasised={
            name_key(without_label(h.text))
            for h in page.hints
            if h.kind == "em" or any(host in (h.href or "") for host in ENTITY_LINK_HOSTS)
        },
        commenters=names,
        page_author=page.author,
    )


@dataclass(slots=True)
class EntityExtractor:
    """Finds, resolves and links the entities of pages. Build once; reuse for every page."""

    nlp: Language
    gazetteer: Gazetteer
    aliases: AliasTable
    max_chars: int = field(default_factory=configured_max_chars)  # text read per page (extract.nlp.budget)
    progress: Progress | None = None  # called with (characters parsed, characters in all)

    @classmethod
    def default(cls, cache_dir: Path | None = None, aliases: AliasTable | None = None) -> EntityExtractor:
        extractor = cls(load_nlp(), load_gazetteer(cache_dir), aliases or AliasTable())
        # The model and the film table live as long as the process: collect once, then keep them
        # out of every later collection (a full one walked them for 0.2 s of CPU per 60 pages).
        gc.collect()
        gc.freeze()
        return extractor

    def extract(self, page: Page) -> PageEntities:
        return self.extract_many([page])[0]

    def extract_many(self, pages: Iterable[Page]) -> list[PageEntities]:
        """Entities of many pages; spaCy runs over all their texts in one stream."""
        found = self.extract_pages(pages)
        date_undated(found, {})  # within this batch only: extraction stays a function of its pages
        return found

    def extract_pages(self, pages: Iterable[Page]) -> list[PageEntities]:
        """``extract_many`` without its batch-wide pass (``date_undated``): for a part of a
        batch whose caller runs that pass over the whole batch (reelgraph.workers)."""
        page_list = list(pages)
        with collection_paused():
            plans = [plan_page(page, self.max_chars) for page in page_list]
        parsed = parse_texts(self.nlp, [u.text for plan in plans for u in plan.units], self.progress)
        # the units (tokens, parses, per-unit caches) are dropped before the collector runs again: its
        # first pass after the rules then walks the records alone (~9 ms less per 30 pages)
        with collection_paused():
            found = self.apply_rules(page_list, plans, parsed)
            del plans, parsed
        return found

    def apply_rules(
        self, pages: list[Page], plans: list[PagePlan], parsed: list[list[tuple[int, Doc]]]
    ) -> list[PageEntities]:
        """Every rule over already-parsed units: ``parsed`` holds each unit's docs, in the
        order of the plans' units (split from ``extract_pages`` so bench_rules can time it)."""
        unnamed = {id(unit) for plan in plans if not plan.named_entities for unit in plan.units}
        flat = [unit for plan in plans for unit in plan.units]
        with collection_paused():
            for unit, docs in zip(flat, parsed, strict=True):
                unit.docs = docs
                if id(unit) in unnamed:  # another language: no English NER (extract.nlp.budget)
                    for _, doc in docs:
                        doc.ents = ()
                unit.cues = find_cues(docs)
            found = [self._page(page, plan.units) for page, plan in zip(pages, plans, strict=True)]
        for entities, plan in zip(found, plans, strict=True):
            entities.notes.extend(plan.notes)
        return found

    def _page(self, page: Page, units: list[Unit]) -> PageEntities:
        ctx = _context(page, self.gazetteer)
        people = {unit.id: find_people(unit, ctx) for unit in units}
        full_names = [c.text for cs in people.values() for c in cs if len(c.text.split()) >= 2]
        full_names = [
            n for n in full_names if not self.gazetteer.films_titled(n) or self.gazetteer.person_named(n) is not None
        ]
        actors = {fold(n) for n in full_names}
        credited = {fold(n) for n in full_names if self.gazetteer.person_named(n) is not None}
        characters = self._characters(units, credited, ctx)
        people_words = {fold(part) for name in full_names for part in name.split()} | actors
        self._add_surnames(units, people, page, full_names)
        candidates = _work_candidates(units, ctx, people, people_words)
        reviewed = choose_reviewed(
            page,
            self.gazetteer,
            WorkResolver(self.gazetteer, self.aliases, page_years=set(), page_people=set()),
            candidates.get(BODY, []),
        )
        page.rating = _post_rating(page, reviewed)  # read before the stance, which consumes it
        if reviewed is not None:
            if page.reviewed is not None and not _same_work(self.gazetteer, page.reviewed.title, reviewed):
                # the post title named no film ("A long way down"): none of its words is one
                candidates["title"] = [c for c in candidates.get("title", []) if c.kind not in WORK_KINDS]
            _add_title_mentions(units, candidates, reviewed)
            self._add_credited_surnames(units, candidates, reviewed)
        works = WorkResolver(
            self.gazetteer,
            self.aliases,
            page_years={y for y in (ctx.reviewed_year,) if y},
            page_people=actors | ({fold(ctx.reviewed_director)} if ctx.reviewed_director else set()),
            page_words={t.key for unit in units for t in unit.tokens if t.text[:1].isupper()},
        )
        if reviewed is not None:
            if page.reviewed is not None and _same_work(self.gazetteer, page.reviewed.title, reviewed):
                works.known[ctx.reviewed_key or ""] = reviewed  # "HER" in the post title is Her (2013)
            works.known[name_key(reviewed.title)] = reviewed
        drop_real_people(  # biopics' and documentaries' people, "Keanu" after "Keanu Reeves"
            characters,
            [u.text for u in units if not u.is_title],
            reviewed.title if reviewed else None,
            " ".join(u.text for u in units if u.is_title),
            {fold(c.text) for cs in people.values() for c in cs if c.rule in {"credits", "cast", "gazetteer"}},
        )
        add_credit_surnames(units, candidates, self.gazetteer, reviewed.film if reviewed else None, ctx)
        resolver = self._people_resolver(full_names, characters, reviewed, candidates)
        mentions = self._mentions(units, candidates, works, resolver, ctx)
        secondary = self._secondary_mentions(units, mentions, works) + _character_mentions(units, mentions, characters)
        covered = {unit: SpanIndex((s.start, s.end) for s in found) for unit, found in _by_unit(secondary).items()}
        mentions = [m for m in mentions if m.unit not in covered or not covered[m.unit].overlaps(m.start, m.end)]
        mentions = one_kind_per_name(sorted(mentions + secondary, key=lambda m: (m.unit, m.start)))
        texts = {u.id: u.text for u in units}  # WK s10: names the learnt model doubts are works (work_odds)
        mentions = keep_likely(mentions, texts, self.gazetteer, reviewed.title if reviewed else None)
        return self._relations_and_stance(page, units, mentions, reviewed, works)

    def _characters(self, units: list[Unit], credited: set[str], ctx: PageContext) -> dict[str, str]:
        """The page's character names in text order, each mapped to its fullest form on the page
        ("Theodore" -> "Theodore Twombly"); commenters addressed by name are none."""
        characters: dict[str, str] = {}
        for unit in units:
            named = find_character_names(unit, credited, self.gazetteer)
            folded = fold(unit.text) if named else ""  # most units name no character
            for name in sorted(named, key=lambda n: (folded.find(n) % (len(folded) + 1), n)):  # in text order
                characters.setdefault(name, name)
        for name in [n for n in characters if n in ctx.commenters]:  # "Gus, you're wrong": a commenter addressed
            del characters[name]
        for name in list(characters):  # a first name stands for the character's full name
            full = next((c for c in characters if c.startswith(name + " ")), None)
            if full:
                characters[name] = full
        return characters

    def _add_surnames(
        self, units: list[Unit], people: dict[str, list[Candidate]], page: Page, full_names: list[str]
    ) -> None:
        """Surnames the parser missed or mislabelled ("Phoenix" as a place, "Kaufman-scripted"):
        of people named in full on the page, and of people credited on the films of the
        reviewed film's director, when the surname is theirs alone."""
        surnames: dict[str, set[str]] = {}
        for name in full_names:
            if not name.split()[-1].rstrip(".").isupper():
                surnames.setdefault(fold(name.split()[-1]), set()).add(name)
        director = (
            self.gazetteer.person_named(page.reviewed.director) if page.reviewed and page.reviewed.director else None
        )
        for film in self.gazetteer.credits[director] if director is not None else []:
            entry = self.gazetteer.films[film]
            for person in (*entry.directors, *entry.writers):
                name = self.gazetteer.people[person]
                surnames.setdefault(fold(name.split()[-1]), set()).add(name)
        if not surnames:
            return
        for unit in units:
            taken: SpanIndex | None = None  # built at the first surname met: most units hold none
            for match in _CAPITALISED.finditer(unit.text):
                names = surnames.get(match.group().lower())  # fold() of an ASCII word
                if not names or len(names) != 1:
                    continue
                if taken is None:
                    taken = SpanIndex((c.start, c.end) for c in people[unit.id])
                if taken.covering(match.start()):
                    continue
                people[unit.id].append(Candidate(match.group(), match.start(), match.end(), "person", "surname", 0.55))

    def _add_credited_surnames(
        self, units: list[Unit], candidates: dict[str, list[Candidate]], reviewed: ResolvedWork
    ) -> None:
        """The surnames of the reviewed film's director and writers where the text writes only
        those ("Hitchcock's Vertigo"): a person, even where the film table has a film of that name."""
        if reviewed.film is None:
            return
        entry = self.gazetteer.films[reviewed.film]
        makers = {self.gazetteer.people[p].split()[-1]: p for p in (*entry.writers, *entry.directors)}
        surnames = {name for name in makers if len(name) >= 3 and name[:1].isupper()}
        if not surnames:
            return
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(surnames)) + r")\b")
        for unit in units:
            if unit.is_title:
                continue
            found = [m for m in pattern.finditer(unit.text)]
            if not found:
                continue
            kept = [c for c in candidates[unit.id] if not any(c.start == m.start() and c.end == m.end() for m in found)]
            taken = SpanIndex((c.start, c.end) for c in kept)
            added = [
                Candidate(m.group(), m.start(), m.end(), "person", "credited-surname", 0.7, person=makers[m.group()])
                for m in found
                if not taken.overlaps(m.start(), m.end())
            ]
            candidates[unit.id] = sorted(kept + added, key=lambda c: c.start)

    def _people_resolver(
        self,
        full_names: list[str],
        characters: dict[str, str],
        reviewed: ResolvedWork | None,
        candidates: dict[str, list[Candidate]],
    ) -> PeopleResolver:
        films = {c.film for cs in candidates.values() for c in cs if c.film is not None}
        if reviewed and reviewed.film is not None:
            films.add(reviewed.film)
            entry = self.gazetteer.films[reviewed.film]
            for director in entry.directors:
                films.update(self.gazetteer.credits[director])
        neighbours = list(
            dict.fromkeys(
                self.gazetteer.people[p]
                for f in sorted(films)
                for p in (
                    *self.gazetteer.films[f].directors,
                    *self.gazetteer.films[f].writers,
                    *self.gazetteer.films[f].cast,
                )
            )
        )
        page_names = [n for n in dict.fromkeys(full_names) if fold(n) not in characters]
        return PeopleResolver(self.gazetteer, self.aliases, page_names, neighbours, characters)

    def _mentions(
        self,
        units: list[Unit],
        candidates: dict[str, list[Candidate]],
        works: WorkResolver,
        resolver: PeopleResolver,
        ctx: PageContext,
    ) -> list[Mention]:
        mentions: list[Mention] = []
        for unit in units:
            for c in candidates[unit.id]:
                if c.kind == "person":
                    if fold(c.text) in ctx.commenters:  # a commenter addressed by name is no one in the story
                        continue
                    character = resolver.character(c.text)
                    if character:
                        mentions.append(
                            Mention(c.text, character.title(), "character", unit.id, c.start, c.end, rule="character")
                        )
                        continue
                    if len(c.text.split()) == 1 and ctx.is_commenter(c.text):
                        continue
                    if c.rule == "ner" and (lone := resolver.lone_character(c.text)):
                        mentions.append(Mention(c.text, lone, "character", unit.id, c.start, c.end, rule="character"))
                        continue
                    maker_rule = c.rule in {"credited-surname", "maker-surname", "film-surname"}
                    maker = c.person if maker_rule and not self.aliases.canonical(c.text) else None
                    name = self.gazetteer.people[maker] if maker is not None else resolver.resolve(c.text)
                    if name != c.text and len(c.text.split()) >= 2:
                        self.aliases.learn(c.text, name)
                    mentions.append(Mention(c.text, name, "person", unit.id, c.start, c.end, rule=c.rule))
                else:
                    work = works.resolve(c.text, c.kind, c.film, c.year)
                    imdb = (self.gazetteer.films[work.film].imdb_id or None) if work.film is not None else None
                    mentions.append(
                        Mention(c.text, work.title, work.kind, unit.id, c.start, c.end, imdb, work.year, rule=c.rule)
                    )
        return mentions

    def _secondary_mentions(self, units: list[Unit], mentions: list[Mention], works: WorkResolver) -> list[Mention]:
        """Abbreviations (A:OC, STF), partial titles (Osage County) and "Dick's book"."""
        found: list[Mention] = []
        by_unit: dict[str, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            by_unit.setdefault(mention.unit, []).append(mention)
        authored: dict[str, Mention] = {}
        for unit in units:
            novels = [m for m in by_unit.get(unit.id, []) if m.kind == "novel"]
            starts = [m.start for m in novels]
            for work_ref in _author_works(unit.text):
                index = bisect_right(starts, work_ref.end)
                if index < len(novels) and novels[index].start - work_ref.end < _AUTHOR_WORK_GAP:
                    authored[fold(work_ref.person)] = novels[index]
        for unit in units:
            own = by_unit.get(unit.id, [])
            taken = {m.start for m in own}
            works_here = SpanIndex((m.start, m.end) for m in own if m.kind in WORK_KINDS)
            people_here = [m for m in own if m.kind not in WORK_KINDS]
            people_starts = [m.start for m in people_here]
            for match in _ABBREVIATION.finditer(unit.text):
                if match.start() not in taken and (work := works.abbreviation(match.group())):
                    found.append(self._mention(match.group(), work, unit.id, match.start(), "abbreviation"))
            for match in _TITLE_RUN.finditer(unit.text):
                run_start, run_end = match.span()
                if not is_title_case(match.group().split()) or works_here.overlaps(run_start, run_end):
                    continue
                low = bisect_left(people_starts, run_start - _LONGEST_NAME)
                high = bisect_right(people_starts, run_start)
                if any(m.end >= run_end for m in people_here[low:high]):
                    continue  # the run is a person's name
                work = works.known.get(name_key(match.group())) or works.partial(match.group())
                if work:
                    found.append(self._mention(match.group(), work, unit.id, run_start, "partial-title"))
            for ref in _author_works(unit.text):
                novel = authored.get(fold(ref.person))
                if novel and ref.start not in taken and not (novel.unit == unit.id and novel.start > ref.start):
                    found.append(
                        Mention(ref.text, novel.name, novel.kind, unit.id, ref.start, ref.end, rule="author-work")
                    )
        return found

    def _mention(self, text: str, work: ResolvedWork, unit: str, start: int, rule: str) -> Mention:
        imdb = (self.gazetteer.films[work.film].imdb_id or None) if work.film is not None else None
        return Mention(text, work.title, work.kind, unit, start, start + len(text), imdb, work.year, rule=rule)

    def _relations_and_stance(
        self, page: Page, units: list[Unit], mentions: list[Mention], reviewed: ResolvedWork | None, works: WorkResolver
    ) -> PageEntities:
        facts = _unit_facts(units, mentions)
        work_names = {m.name for m in mentions if m.kind in WORK_KINDS}
        relations = _mention_relations(mentions)
        relations += _unit_relations(page, facts, mentions, reviewed.title if reviewed else None, work_names)
        relations += self._credit_relations(facts, mentions, reviewed, works)
        _assign_roles(mentions, relations, page)
        relations = without_parts(  # C s9; WK s10: the works rules' part decision (work_parts.a_part)
            relations,
            mentions,
            facts,
            reviewed.title if reviewed else None,
            self.gazetteer,
            reviewed.film if reviewed else None,
        )
        mentions += _cited_people(relations, mentions)
        stance, comment_stances = _stances(page, mentions, reviewed)
        lean_with_stance(relations, {"body": stance.label} | {k: v.label for k, v in comment_stances.items()})
        reviewed_mention = self._reviewed_mention(page, reviewed)
        relations = schema_safe(relations, mentions, reviewed_mention)
        return PageEntities(stance, mentions, relations, comment_stances, reviewed_mention)

    def _credit_relations(
        self, facts: list[UnitFacts], mentions: list[Mention], reviewed: ResolvedWork | None, works: WorkResolver
    ) -> list[Relation]:
        """DIRECTED / ACTED_IN / WROTE from the film table for the page's known films and people."""
        films = {
            m.name: works.known[name_key(m.name)].film
            for m in mentions
            if m.kind == "film" and name_key(m.name) in works.known
        }
        if reviewed is not None and reviewed.film is not None:
            films[reviewed.title] = reviewed.film
        known = {t: f for t, f in films.items() if f is not None}
        return credits(self.gazetteer, known, [m for m in mentions if m.kind == "person"], facts)

    def _reviewed_mention(self, page: Page, reviewed: ResolvedWork | None) -> Mention | None:
        """The reviewed work as a mention of the page's title unit, under the name the page gives it."""
        if reviewed is None:
            return None
        imdb = (self.gazetteer.films[reviewed.film].imdb_id or None) if reviewed.film is not None else None
        text = page.reviewed.title if page.reviewed is not None else reviewed.title
        return Mention(text, reviewed.title, reviewed.kind, "title", 0, 0, imdb, reviewed.year, rule="reviewed")


def _work_candidates(
    units: list[Unit], ctx: PageContext, people: dict[str, list[Candidate]], people_words: set[str]
) -> dict[str, list[Candidate]]:
    """Each unit's work and people candidates, overlaps settled, then the titles listed beside them."""
    candidates: dict[str, list[Candidate]] = {}
    for unit in units:
        spans = [(c.start, c.end) for c in people[unit.id]]
        found = without_overlaps(find_works(unit, ctx, spans, people_words) + people[unit.id])
        candidates[unit.id] = without_overlaps(found + sibling_works(unit, ctx, found))
    return candidates


def _unit_facts(units: list[Unit], mentions: list[Mention]) -> list[UnitFacts]:
    """What the relation rules read of each unit but the title: text, sentences, mentions, cues."""
    unit_mentions, named_in = _by_unit(mentions), units_naming(mentions)
    return [
        UnitFacts(u.id, u.text, u.author, u.sentences(), unit_mentions.get(u.id, []), u.is_pingback, u.cues, named_in)
        for u in units
        if u.id != "title"
    ]


def _mention_relations(mentions: list[Mention]) -> list[Relation]:
    """One MENTIONS edge per unit and name, from the first mention of the name in the unit."""
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        if (m.unit, m.name) in seen or m.unit == "title":
            continue
        seen.add((m.unit, m.name))
        relations.append(
            Relation(
                Rel.MENTIONS,
                m.unit,
                m.name,
                m.unit,
                m.text,
                confidence=0.9,
                start=m.start,
                end=m.end,
                extractor=EXTRACTOR,
                source_kind="unit",
                target_kind=m.kind,
            )
        )
    return relations


def _unit_relations(
    page: Page, facts: list[UnitFacts], mentions: list[Mention], reviewed: str | None, work_names: set[str]
) -> list[Relation]:
    """COMPARED_TO, CITES and RECOMMENDS of each unit (a comment recommends to the one it answers)."""
    authors = {c.id: c.author for c in page.comments}
    parents = {c.id: c.parent for c in page.comments}
    person_names = {fold(m.text): m.name for m in mentions if m.kind == "person"}
    person_names |= {fold(m.name.split()[0]): m.name for m in mentions if m.kind == "person"}
    critics_to_skip = {fold(page.author)} if page.author else set()
    relations: list[Relation] = []
    for unit_facts in facts:
        relations += compared_to(unit_facts, reviewed, work_names)
        relations += cites(unit_facts, person_names, critics_to_skip)
        parent = parents.get(unit_facts.unit)
        addressee = authors.get(parent) if parent else page.author
        relations += recommends(unit_facts, work_names, addressee)
    return relations


def _stances(page: Page, mentions: list[Mention], reviewed: ResolvedWork | None) -> tuple[Stance, dict[str, Stance]]:
    """The review's stance toward the reviewed work, and each comment's."""
    titles = _stance_titles(page, reviewed)
    scored = page.rating  # the post's rating (``_post_rating``)
    others = _other_works(mentions)
    selection = page.title if reviewed is None else ""  # a list post: its heading is the verdict
    rating, raw = (scored.value, scored.raw) if scored else (None, "")
    # a page with no words at all (emoji only) is no evident review: it keeps the neutral default
    prior = REVIEW_PRIOR if any(char.isalpha() for char in page.title + page.body) else "neutral"
    stance = stance_of(
        page.body, titles, rating, others.get(BODY, ()), selection, raw, headline=page.title, prior=prior
    )
    comment_stances = {
        c.id: stance_of(c.text, titles, None, others.get(c.id, ())) for c in page.real_comments if c.text
    }
    return stance, comment_stances


def _post_rating(page: Page, reviewed: ResolvedWork | None) -> Rating | None:
    """The post's rating: the score of the reviewed film's capsule on a page of several (ST s11),
    else the rating the page reader found."""
    capsule = capsule_rating(page.body.splitlines(), reviewed.title) if reviewed else None
    return capsule or page.rating


def _same_work(gazetteer: Gazetteer, title: str, work: ResolvedWork) -> bool:
    """Whether the post title's work is the chosen one (not "A Long Way Down" for Vertigo)."""
    return name_key(title) == name_key(work.title) or (
        work.film is not None and work.film in gazetteer.films_titled(title)
    )


def _add_title_mentions(units: list[Unit], candidates: dict[str, list[Candidate]], reviewed: ResolvedWork) -> None:
    """The reviewed title wherever the text writes it in capitals ("Brooklyn", which the parser
    calls a place), unless another candidate already covers it."""
    words = reviewed.title.split()
    if not words or not is_title_case(words):
        return
    for unit in units:
        found = [m for m in _occurrences(unit.text, reviewed.title) if m.group()[:1].isupper()]
        if unit.is_title:  # in the post title the reviewed title stands for every piece of it ("MAD MAX", "ROAD")
            added = [
                Candidate(m.group(), m.start(), m.end(), "film", "reviewed-title", 0.95, film=reviewed.film)
                for m in found
            ]
            spans = SpanIndex((c.start, c.end) for c in added)
            candidates[unit.id] = [c for c in candidates[unit.id] if not spans.overlaps(c.start, c.end)] + added
            candidates[unit.id].sort(key=lambda c: c.start)
            continue
        exact = {(m.start(), m.end()) for m in found}  # the parser's guess of a person is the title
        candidates[unit.id] = [
            c for c in candidates[unit.id] if not (c.rule == "ner" and (c.start, c.end) in exact)
        ]  # "Arrival is Denis Villeneuve at his calmest"
        taken = SpanIndex((c.start, c.end) for c in candidates[unit.id])
        added = [
            Candidate(m.group(), m.start(), m.end(), "film", "reviewed-title", 0.9, film=reviewed.film)
            for m in found
            if not taken.overlaps(m.start(), m.end())
        ]
        if added:
            candidates[unit.id] = sorted(candidates[unit.id] + added, key=lambda c: c.start)


@dataclass(frozen=True, slots=True)
class _Found:
    """One occurrence of a title in a text (the parts of ``re.Match`` that the callers read)."""

    text: str
    begin: int
    finish: int

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _occurrences(text: str, title: str) -> list[_Found]:
    r"""Where ``title`` stands in ``text`` as a whole word run, in any case: the matches of
    ``(?<![\w’'])TITLE(?![\w’'])`` under ``re.I``. In ASCII text a lower-case search finds
    the same, without compiling a pattern per page (the title changes from page to page, and
    compiling a case-blind pattern cost more than the search).

    >>> [(f.text, f.begin) for f in _occurrences("Her, her and HERO. (Her)", "her")]
    [('Her', 0), ('her', 5), ('Her', 20)]
    """
    if not (text.isascii() and title.isascii()):
        pattern = _title_pattern(title)
        return [_Found(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    low, key, size = text.lower(), title.lower(), len(title)
    found = []
    position = low.find(key)
    while position >= 0:
        after = position + size
        if _free(text, position - 1) and _free(text, after):
            found.append(_Found(text[position:after], position, after))
            position = low.find(key, after)
        else:
            position = low.find(key, position + 1)
    return found


def _free(text: str, index: int) -> bool:
    """Whether ``text[index]`` (ASCII) is no word character and no apostrophe, or is off the text."""
    if index < 0 or index >= len(text):
        return True
    char = text[index]
    return not (char.isalnum() or char in "_'")


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'])" + re.escape(title) + r"(?![\w’'])", re.I)


def _other_works(mentions: list[Mention]) -> dict[str, tuple[str, ...]]:
    """Per unit, the works it names as written and resolved (stance discounts clauses about them)."""
    names: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind in WORK_KINDS:
            names.setdefault(mention.unit, set()).update((mention.text, mention.name))
    return {unit: tuple(sorted(found)) for unit, found in names.items()}


def _by_unit(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Mentions grouped by unit in one pass (a filter per unit is quadratic on long threads)."""
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.unit, []).append(mention)
    return grouped


def _character_mentions(units: list[Unit], mentions: list[Mention], characters: dict[str, str]) -> list[Mention]:
    """Characters the patterns named ("Samantha, an operating system voiced by ...") wherever
    they appear, also where the parser saw no person."""
    if not characters:
        return []
    by_unit = _by_unit(mentions)
    taken = {unit.id: SpanIndex((m.start, m.end) for m in by_unit.get(unit.id, [])) for unit in units}
    names = sorted(characters, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)
    found = []
    for unit in units:
        if unit.is_title:
            continue
        for match in pattern.finditer(unit.text):
            text = match.group()
            if text[:1].isupper() and not taken[unit.id].overlaps(match.start(), match.end()):
                name = characters[fold(text)].title()
                found.append(Mention(text, name, "character", unit.id, match.start(), match.end(), rule="character"))
    return found


def _stance_titles(page: Page, reviewed: ResolvedWork | None) -> tuple[str, ...]:
    titles = [reviewed.title] if reviewed else []
    if page.reviewed:
        titles.append(page.reviewed.title)
    parsed = reviewed_from_title(page.title)
    if parsed:
        titles.append(parsed.title)
    return tuple(dict.fromkeys(titles))


def _assign_roles(mentions: list[Mention], relations: list[Relation], page: Page) -> None:
    roles = {Rel.DIRECTED: "director", Rel.ACTED_IN: "actor", Rel.WROTE: "writer", Rel.CITES: "critic"}
    by_name: dict[str, str] = {}
    for relation in relations:
        if relation.type in roles:
            person = relation.target if relation.type == Rel.CITES else relation.source
            by_name.setdefault(person, roles[relation.type])
    commenters = {c.author for c in page.comments if c.author}
    for mention in mentions:
        if mention.kind == "person":
            mention.role = by_name.get(mention.name) or ("commenter" if mention.name in commenters else None)


def _cited_people(relations: list[Relation], mentions: list[Mention]) -> list[Mention]:
    """Critics named only in a CITES sentence (spaCy may tag "Conor's" as an organisation)."""
    known = {m.name for m in mentions}
    added = []
    for relation in relations:
        if relation.type == Rel.CITES and relation.target not in known:
            known.add(relation.target)
            start = relation.evidence.find(relation.target)
            added.append(
                Mention(
                    relation.target,
                    relation.target,
                    "person",
                    relation.unit,
                    relation.start + max(start, 0),
                    relation.start + max(start, 0) + len(relation.target),
                    role="critic",
                    rule="cites",
                )
            )
    return added
