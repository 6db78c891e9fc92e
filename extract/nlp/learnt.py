"""Small linear models learnt from the tune pages, shipped as JSON, scored in pure Python.

Hand-set thresholds fit the pages their writer looked at; a few weights fitted on hundreds of
pages written by many blind writers, and checked on writers they were not fitted on, generalise
better. A model here is multinomial logistic regression over named features (a feature missing
from a row counts as 0), with standardised inputs and an L2 penalty. Training is deterministic
(full-batch gradient descent from zeros), so a training script re-run on the same pages writes
the same file.

Scoring needs no numpy: a dot product per class over the few features a row has.

>>> rows = [{"stars": 0.9}, {"stars": 0.8}, {"stars": 0.2}, {"stars": 0.1}]
>>> model = train(rows, ["pos", "pos", "neg", "neg"], l2=0.1)
>>> model.best({"stars": 0.85}), model.best({"stars": 0.15})
('pos', 'neg')
>>> round(sum(model.probabilities({"stars": 0.5}).values()), 6)
1.0
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    """Weights per class over standardised features; `about` says how it was trained."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    biases: tuple[float, ...]
    about: Mapping[str, Any] = field(default_factory=dict)

    def logits(self, row: Row) -> dict[str, float]:
        """Each class's linear score for one row."""
        inputs = [
            (row.get(name, 0.0) - mean) / scale
            for name, mean, scale in zip(self.features, self.means, self.scales, strict=True)
        ]
        return {
            label: bias + sum(w * x for w, x in zip(class_weights, inputs, strict=True))
            for label, class_weights, bias in zip(self.classes, self.weights, self.biases, strict=True)
        }

    def probabilities(self, row: Row) -> dict[str, float]:
        """Each class's probability for one row (softmax of the logits)."""
        logits = self.logits(row)
        top = max(logits.values())
        exps = {label: math.exp(value - top) for label, value in logits.items()}
        total = sum(exps.values())
        return {label: value / total for label, value in exps.items()}

    def best(self, row: Row) -> str:
        """The most probable class (the first listed on a tie)."""
        logits = self.logits(row)
        return max(self.classes, key=lambda label: logits[label])

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "features": list(self.features),
            "means": list(self.means),
            "scales": list(self.scales),
            "weights": [list(ws) for ws in self.weights],
            "biases": list(self.biases),
            "about": dict(self.about),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        return cls(
            classes=tuple(data["classes"]),
            features=tuple(data["features"]),
            means=tuple(float(v) for v in data["means"]),
            scales=tuple(float(v) for v in data["scales"]),
            weights=tuple(tuple(float(v) for v in ws) for ws in data["weights"]),
            biases=tuple(float(v) for v in data["biases"]),
            about=dict(data.get("about", {})),
        )


def save(model: LinearModel, path: Path) -> None:
    """Write a model as stable, diff-friendly JSON (weights rounded to 6 places)."""
    data = model.to_json()
    for key in ("means", "scales", "biases"):
        data[key] = [round(v, 6) for v in data[key]]
    data["weights"] = [[round(v, 6) for v in ws] for ws in data["weights"]]
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(path: Path) -> LinearModel:
    return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def train(
    rows: Sequence[Row],
    labels: Sequence[str],
    *,
    l2: float = 1.0,
    steps: int = 3000,
    rate: float = 0.5,
    about: Mapping[str, Any] | None = None,
) -> LinearModel:
    """Fit multinomial logistic regression by full-batch gradient descent (deterministic).

    `l2` is the penalty on the weights (not the biases) per row-average loss, scaled by
    1/len(rows); larger means flatter weights. Features are every key seen in `rows`, sorted.
    """
    import numpy as np

    if len(rows) != len(labels) or not rows:
        raise ValueError("train needs as many labels as rows, and at least one row")
    classes = tuple(sorted(set(labels)))
    features = tuple(sorted({name for row in rows for name in row}))
    matrix = np.array([[row.get(name, 0.0) for name in features] for row in rows], dtype=float)
    means = matrix.mean(axis=0)
    scales = matrix.std(axis=0)
    scales[scales == 0] = 1.0
    inputs = (matrix - means) / scales
    targets = np.zeros((len(rows), len(classes)))
    for i, label in enumerate(labels):
        targets[i, classes.index(label)] = 1.0
    weights = np.zeros((len(features), len(classes)))
    biases = np.zeros(len(classes))
    count = float(len(rows))
    for _ in range(steps):
        logits = inputs @ weights + biases
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        error = probs - targets
        weights -= rate * (inputs.T @ error / count + l2 * weights / count)
        biases -= rate * error.mean(axis=0)
    return LinearModel(
        classes=classes,
        features=features,
        means=tuple(float(v) for v in means),
        scales=tuple(float(v) for v in scales),
        weights=tuple(tuple(float(v) for v in weights[:, c]) for c in range(len(classes))),
        biases=tuple(float(v) for v in biases),
        about=dict(about or {}),
    )


def by_group(
    groups: Sequence[str],
    fit_and_score: Callable[[list[int], list[int]], float],
) -> dict[str, float]:
    """Leave-one-group-out figures: for each group, fit on the others and score on it.

    `groups[i]` names the writer (or set) of example i; `fit_and_score(train_ids, test_ids)`
    returns the held-out figure. The groups are what keeps the figure honest: a model scored on
    a writer it was fitted on measures that writer's habits, not the next page.
    """
    figures: dict[str, float] = {}
    for group in sorted(set(groups)):
        held_out = [i for i, g in enumerate(groups) if g == group]
        kept = [i for i, g in enumerate(groups) if g != group]
        figures[group] = fit_and_score(kept, held_out)
    return figures
