"""Leave-one-out check of the recommender's weights: hide one compared-to edge at a time
(from the comparison feature and from PageRank) and see whether the hidden work comes back
in the top 5 for its film. Prints the hit rate for the seeds and for the example corpus.

    python scripts/tune_weights.py [--shared ../shared]

Works named in the same sentence still count as co-mentioned, so the figure is an upper
bound on what a truly unseen comparison would get.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from extract.nlp.extractor import EntityExtractor
from graph.schema import WORK_LABELS, Label, Rel
from graph.store import EmbeddedStore
from queries.graphview import GraphView
from queries.recommend import recommend
from queries.weights import WEIGHTS, Weights
from reelgraph.pipeline import ingest, read_sources


def hit_rate(view: GraphView, weights: Weights = WEIGHTS, top: int = 5) -> tuple[int, int]:
    """(hits, trials) over every compared-to edge from a film to another work."""
    hits = trials = 0
    for key, node in view.nodes.items():
        if node.label is not Label.FILM:
            continue
        for link in view.links.get(key, []):
            other = view.nodes[link.other]
            if link.type is not Rel.COMPARED_TO or not link.outgoing or other.label not in WORK_LABELS:
                continue
            hidden = frozenset({(key, other.key), (other.key, key)})
            found = recommend(view, node, limit=top, kind="any", weights=weights, hidden=hidden)
            trials += 1
            hits += any(r.work.key == other.key for r in found)
    return hits, trials


def corpus_rate(paths: list[Path], extractor: EntityExtractor) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as work, EmbeddedStore.open(Path(work)) as store:
        ingest(read_sources([str(p) for p in paths]), store, lambda: extractor)
        return hit_rate(GraphView.load(store))


@click.command()
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), help="The shared folder.")
def main(shared: Path) -> None:
    """Print the leave-one-out hit rate (top 5) on the seeds and on the example corpus."""
    extractor = EntityExtractor.default()
    rows = {}
    for name, paths in (("seeds", [shared / "seeds"]), ("examples", [Path("examples")])):
        hits, trials = corpus_rate(paths, extractor)
        rows[name] = {"hits": hits, "trials": trials, "hit_rate": round(hits / trials, 3) if trials else None}
        click.echo(f"{name}: {hits}/{trials} hidden comparisons come back in the top 5 ({rows[name]['hit_rate']})")
    click.echo(json.dumps(rows))


if __name__ == "__main__":
    main()
