"""The recommender's weights, in one place. ``python -m queries.tune`` checks them with a
leave-one-out test (hide one compared-to edge: does the hidden work come back in the top 5?).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Weights:
    compared: float = 3.0  # per piece of compared-to evidence, times the polarity's weight
    polarity: dict[str, float] = field(
        default_factory=lambda: {
            "similar": 1.0,
            "other preferred": 1.2,
            "this preferred": 0.8,
            "contrast": 0.5,
            "ranking": 0.9,
            "neutral": 0.8,
        }
    )
    co_mention: float = 2.0  # per post or comment that names both works
    shared_person: float = 0.8  # per director, writer or actor the two works share
    shared_director: float = 1.2  # extra when the shared person directed both
    agreement: float = 0.7  # per critic who liked both
    pagerank: float = 40.0  # times the personalized PageRank of the work (from the film)
    damping: float = 0.85


WEIGHTS = Weights()
