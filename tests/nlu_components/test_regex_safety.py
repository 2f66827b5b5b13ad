"""Every NLU regex and lookup table runs in linear time: 100 KB of adversarial text each."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from rasa.nlu.utils.pattern_utils import extract_patterns
from rasa.shared.nlu.training_data.loading import load_data

ROOT = Path(__file__).resolve().parents[2]
SIZE = 100_000
LIMIT = 0.05  # seconds per pattern and input
# No spaces (what made the e-mail regex backtrack), runs of separators, near-matches.
ADVERSARIAL = {
    "letters": "a" * SIZE,
    "digits": "1" * SIZE,
    "at signs": "a@" * (SIZE // 2),
    "dots": "a." * (SIZE // 2),
    "near e-mails": ("x" * 60 + "@" + "b." * 20) * (SIZE // 101),
    "separators": "x9@-._%+'" * (SIZE // 9),
    "short words": "a " * (SIZE // 2),
}


def patterns() -> list[dict[str, str]]:
    """The patterns RegexFeaturizer builds from data/ (regexes and lookup tables)."""
    return extract_patterns(load_data(str(ROOT / "data" / "nlu")))


def test_the_nlu_data_has_regexes_and_lookups() -> None:
    names = {pattern["name"] for pattern in patterns()}
    assert {"email", "occupation"} <= names


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_no_pattern_backtracks(name: str) -> None:
    text = ADVERSARIAL[name]
    for pattern in patterns():
        compiled = re.compile(pattern["pattern"], re.IGNORECASE)
        best = min(_seconds(compiled, text) for _ in range(3))
        assert best < LIMIT, f"{pattern['name']} took {best * 1000:.0f} ms on {name}"


def _seconds(compiled: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    return time.perf_counter() - started
