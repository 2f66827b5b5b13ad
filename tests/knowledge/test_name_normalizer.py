"""Names and queries are brought to one lowercase, singular, expanded form."""

from __future__ import annotations

import pytest

from knowledge.name_normalizer import Normalizer, singularize


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("engineers", "engineer"),
        ("actuaries", "actuary"),
        ("analysis", "analysis"),
        ("business", "business"),
        ("status", "status"),
        ("ics", "ics"),
    ],
)
def test_singular_forms(word: str, singular: str) -> None:
    assert singularize(word) == singular


def test_a_name_loses_punctuation_stopwords_and_repeats_and_gains_long_forms() -> None:
    normalize = Normalizer({"hci": "human computer interaction", "r&d": "research development"})
    name = "Human-computer Interaction (HCI) R&D Personnel"
    assert normalize(name) == "human computer interaction research development personnel"
    assert normalize.tokens("the Engineers of AI") == frozenset({"engineer", "ai"})
    assert normalize("  ") == ""
