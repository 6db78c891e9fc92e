"""The small linear models: training is deterministic, JSON round-trips, groups are held out."""

from pathlib import Path

import pytest

from extract.nlp import learnt

ROWS = [
    {"stars": 0.9, "pan": 0.0},
    {"stars": 0.8, "pan": 1.0},
    {"stars": 0.5, "pan": 1.0},
    {"stars": 0.2, "pan": 1.0},
    {"stars": 0.1},
    {"stars": 0.5},
]
LABELS = ["pos", "pos", "mixed", "neg", "neg", "mixed"]


def test_three_classes_are_separated_by_the_features() -> None:
    model = learnt.train(ROWS, LABELS, l2=0.01, steps=4000)
    assert model.classes == ("mixed", "neg", "pos")
    assert model.features == ("pan", "stars")
    assert [model.best(row) for row in ROWS] == LABELS


def test_training_is_deterministic_and_json_round_trips(tmp_path: Path) -> None:
    first = learnt.train(ROWS, LABELS, about={"pages": 6})
    second = learnt.train(ROWS, LABELS, about={"pages": 6})
    assert first == second
    path = tmp_path / "model.json"
    learnt.save(first, path)
    loaded = learnt.load(path)
    assert loaded.about == {"pages": 6}
    for row in ROWS:
        for label, p in first.probabilities(row).items():
            assert abs(loaded.probabilities(row)[label] - p) < 1e-5


def test_a_missing_feature_counts_as_zero() -> None:
    model = learnt.train(ROWS, LABELS)
    assert model.logits({"stars": 0.1}) == model.logits({"stars": 0.1, "pan": 0.0})


def test_by_group_never_fits_on_the_held_out_group() -> None:
    seen: list[tuple[list[int], list[int]]] = []

    def fit_and_score(kept: list[int], held: list[int]) -> float:
        seen.append((kept, held))
        return float(len(held))

    figures = learnt.by_group(["a", "b", "a", "c"], fit_and_score)
    assert figures == {"a": 2.0, "b": 1.0, "c": 1.0}
    for kept, held in seen:
        assert not set(kept) & set(held)
        assert sorted(kept + held) == [0, 1, 2, 3]


def test_train_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError, match="labels"):
        learnt.train(ROWS, LABELS[:2])
