"""Issue 18.3: the graph model (and what recommend and influence derive from it) is built once
after ingest and kept beside the store; a query in a new process reads only the parts it needs,
and answers exactly as a model built afresh from the store does."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench.bench_store import ingest_generated
from bench.generate import generate_corpus
from graph import model as graph_model
from graph.model import MODEL_FILE, GraphModel
from graph.model_views import TextColumn
from graph.schema import Label, Rel
from graph.store import EmbeddedStore
from queries.answers import TOP_KEPT, kept_influence
from queries.influence import influence
from queries.paths import PATH_ENDS, best_paths
from queries.recommend import recommend
from queries.weights import WEIGHTS
from reelgraph import api
from reelgraph.settings import Settings

FILMS = frozenset({Label.FILM})


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 400 generated pages (entities from the generator's plan), like the 20k benchmark's."""
    folder = tmp_path_factory.mktemp("generated")
    ingest_generated(folder, 400)
    return folder


def _answers(model: GraphModel, films: list[str], ends: list[tuple[str, str]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key in films:
        film = model.nodes[key]
        found[key] = [(r.work.key, r.score, r.features, r.reason) for r in recommend(model, film, 10, "any")]
    found["influence"] = [(r.person.key, r.score, r.replies, r.pingbacks, r.citations) for r in influence(model, 50)]
    for a, b in ends:
        paths = best_paths(model, [model.nodes[a]], [model.nodes[b]], 3)
        found[f"{a} -> {b}"] = [[(h.source.key, h.type, h.target.key) for h in p] for p in paths]
    return found


def test_a_kept_model_answers_as_a_fresh_build_does(generated: Path) -> None:
    graph_model._MODELS.clear()
    (generated / MODEL_FILE).unlink(missing_ok=True)
    with EmbeddedStore.open(generated, create=False) as store:
        fresh = GraphModel.build(store)  # nothing cached, nothing kept
        rng = random.Random(3)
        films = sorted(k for k in fresh.nodes if fresh.label_of(k) is Label.FILM)
        ends = sorted(k for k in fresh.nodes if fresh.label_of(k) in PATH_ENDS)
        chosen = [*rng.sample(films, 25), max(films, key=fresh.degree)]  # the hub film too
        pairs = [(a, b) for a, b in (rng.sample(ends, 2) for _ in range(8))]
        expected = _answers(fresh, chosen, pairs)
        assert len(films) > 100 and any(expected[k] for k in chosen) and expected["influence"]
        built = GraphModel.load(store)  # builds and keeps model.sqlite
        assert (generated / MODEL_FILE).is_file() and built._saved is None
        assert _answers(built, chosen, pairs) == expected
        graph_model._MODELS.clear()  # a new process: only the file is left
        kept = GraphModel.load(store)
        assert kept._saved is not None
        assert _answers(kept, chosen, pairs) == expected
        graph_model._MODELS.clear()  # again: now the walks and the ranking come from the file too
        again = GraphModel.load(store)
        assert _answers(again, chosen, pairs) == expected
        assert set(again.cache) >= {"derived:walks", "derived:influence"}


def test_a_query_on_a_kept_model_reads_only_what_it_needs(generated: Path) -> None:
    with EmbeddedStore.open(generated, create=False) as store:
        GraphModel.load(store)
        graph_model._MODELS.clear()
        model = GraphModel.load(store)
        films = [k for k in model.by_name.get("skyfall", []) if model.label_of(k) is Label.FILM]
        recommend(model, model.nodes[films[0]], 5)
        best_paths(model, [model.nodes[films[0]]], [model.nodes[films[-1]]], 2)
        assert isinstance(model.keys, TextColumn)
        assert model.keys.all is None and len(model.keys.seen) < len(model.keys) / 4  # no key list decoded
        assert "src" not in model._arrays_in_memory and "published" not in model._texts


def test_compared_to_weights_kept_in_the_model_are_the_evidence_polarities(generated: Path) -> None:
    """The polarities recommend reads from the model are those of each edge's evidence."""
    with EmbeddedStore.open(generated, create=False) as store:
        model = GraphModel.build(store)
        names, edges, pointers, codes, counts = model.polarities()
        checked = 0
        for number, edge in enumerate(store.edges()):
            if edge.type != Rel.COMPARED_TO.value:
                continue
            seen = Counter(e.get("polarity") or "neutral" for e in store.evidence(edge.src, edge.type, edge.dst))
            at = int(np.searchsorted(edges, number))
            kept = list(
                zip(
                    [names[c] for c in codes[pointers[at] : pointers[at + 1]].tolist()],
                    counts[pointers[at] : pointers[at + 1]].tolist(),
                    strict=True,
                )
            )
            assert int(edges[at]) == number and kept == list(seen.items())
            checked += 1
        assert checked > 100 and names
        film = model.nodes[max((k for k in model.nodes if model.label_of(k) is Label.FILM), key=model.degree)]
        for result in recommend(model, film, 20, "any"):
            evidence = store.evidence(film.key, "COMPARED_TO", result.work.key)
            evidence += store.evidence(result.work.key, "COMPARED_TO", film.key)
            polarities = Counter(e.get("polarity") or "neutral" for e in evidence)
            expected = WEIGHTS.compared * sum(WEIGHTS.polarity.get(p, 0.8) * n for p, n in polarities.items())
            assert result.features.get("compared", 0.0) == pytest.approx(expected)


def test_influence_at_another_damping_is_worked_out_not_read_from_the_model(generated: Path) -> None:
    with EmbeddedStore.open(generated, create=False) as store:
        model = GraphModel.load(store)
        usual, other = influence(model, 20), influence(model, 20, damping=0.5)
        assert [r.score for r in usual] != [r.score for r in other]
        assert influence(GraphModel.build(store), 20, damping=0.5) == other


def test_ingest_builds_the_model_once_and_a_stale_model_is_rebuilt(tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    generate_corpus(corpus, pages=60, blogs=4, seed=3)
    settings = Settings(store=tmp_path / "store")
    notes: list[str] = []
    graph_model._MODELS.clear()
    api.ingest(settings, (str(corpus),), None, False, workers=1, status=notes.append)
    assert notes[0] == "building the graph model for queries" and notes[1].startswith("graph model built in")
    kept = settings.store / MODEL_FILE
    assert kept.is_file()
    with EmbeddedStore.open(settings.store, create=False) as store:
        graph_model._MODELS.clear()
        model = GraphModel.load(store)
        assert model._saved is not None  # the first query reads what ingest built
        assert {"walks", "influence"} <= set(model.meta_derived())
        before = model.key
    stamp = kept.stat().st_mtime_ns
    notes.clear()
    api.ingest(settings, (str(corpus),), None, False, workers=1, status=notes.append)  # nothing new
    assert notes == [] and kept.stat().st_mtime_ns == stamp
    with EmbeddedStore.open(settings.store) as store:
        store.forget(store.sources()[0])  # a write the model did not see
        graph_model._MODELS.clear()
        model = GraphModel.load(store)
        assert model.key[1] > before[1] and model._saved is None  # rebuilt, not read stale


def test_query_commands_on_a_kept_model_do_not_import_networkx(generated: Path) -> None:
    """networkx costs more to import than a query takes at 20k pages: a kept model does without it;
    ``influence`` reads its kept ranking (and ``show`` the store) without numpy."""
    with EmbeddedStore.open(generated, create=False) as store:
        model = GraphModel.load(store)  # kept beside the store
        film = model.nodes[max((k for k in model.nodes if model.label_of(k) is Label.FILM), key=model.degree)]
        person = next(k for k in model.nodes if model.label_of(k) is Label.PERSON and "@" in k)
        person_name = model.nodes[person].name
    for args in (
        ["recommend", film.name, "--limit", "3"],
        ["path", person_name, film.name, "--limit", "1"],
        ["influence"],
        ["show", film.name],
    ):
        code = (
            "import json, sys\nfrom reelgraph.cli import main\ntry:\n"
            f"    main({['--store', str(generated), *args]!r})\nexcept SystemExit as done:\n"
            "    assert not done.code, done.code\n"
            "print(json.dumps([m for m in ('networkx', 'scipy', 'numpy') if m in sys.modules]), file=sys.stderr)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        imported = json.loads(out.stderr.strip().splitlines()[-1])
        assert imported == ([] if args[0] in ("influence", "show") else ["numpy"]), args  # the kept ranking


def test_the_kept_influence_ranking_is_the_worked_out_one(generated: Path) -> None:
    with EmbeddedStore.open(generated, create=False) as store:
        graph_model._MODELS.clear()
        (generated / MODEL_FILE).unlink(missing_ok=True)
        assert kept_influence(store, 10) is None  # no model yet: nothing kept
        model = GraphModel.load(store)
        worked_out = influence(GraphModel.build(store), 60)
        assert kept_influence(store, 10) is None  # the ranking is kept by its first call (or ingest)
        assert influence(model, 60) == worked_out
        for top in (1, 10, 60):
            assert kept_influence(store, top) == worked_out[:top]
        everyone = influence(GraphModel.build(store), 100_000)
        assert len(everyone) > TOP_KEPT
        assert kept_influence(store, TOP_KEPT) == everyone[:TOP_KEPT]
        assert kept_influence(store, TOP_KEPT + 1) is None  # deeper than kept: worked out from the model
