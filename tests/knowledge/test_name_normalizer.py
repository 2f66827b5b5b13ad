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


@pytest.mark.parametrize("written", ["3D printing", "3d printng", "3d prnting", "3D printingg"])
def test_a_long_word_of_a_phrase_is_expanded_misspelt_too(written: str) -> None:
    normalize = Normalizer({"3d printing": "additive manufacturing", "hr": "human resource"})
    assert normalize(f"{written} engineer") == "additive manufacturing engineer"


@pytest.mark.parametrize("written", ["3d prntng", "3x printing", "h r manager", "printing"])
def test_two_edits_or_a_short_word_misspelt_are_left_as_written(written: str) -> None:
    normalize = Normalizer({"3d printing": "additive manufacturing", "hr": "human resource"})
    assert "additive" not in normalize(written) and "human" not in normalize(written)
