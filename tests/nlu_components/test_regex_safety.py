"""Every NLU regex and lookup table runs in linear time on 25 and 100 KB of adversarial text."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from rasa.nlu.utils.pattern_utils import extract_patterns
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge.chinese import has_chinese
from nlu_components.safe_patterns import linear_patterns, lookup_patterns, trie_regex

ROOT = Path(__file__).resolve().parents[2]
SIZE = 100_000
# The text grows this many times; a linear pattern's time grows about as much, one that
# backtracks by the square (16 times) or worse.
GROWTH = 4
MAX_GROWTH = 2.5 * GROWTH
# Times below this (seconds) are timer noise: the short run counts as taking this long.
FLOOR = 0.001
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
    """The patterns SafeRegexFeaturizer builds from data/ (regexes, lookup tables as tries)."""
    return linear_patterns(load_data(str(ROOT / "data" / "nlu")), True, True, True)


def test_the_nlu_data_has_regexes_and_lookups() -> None:
    names = {pattern["name"] for pattern in patterns()}
    assert {"email", "occupation"} <= names


def test_trie_matches_what_rasas_alternation_matches() -> None:
    data = load_data(str(ROOT / "data" / "nlu"))
    for table in data.lookup_tables:
        latin = [str(word) for word in table["elements"] if not has_chinese(str(word))]
        if not latin:
            continue
        alone = TrainingData(lookup_tables=[{**table, "elements": latin}])
        rasa_pattern = extract_patterns(alone)[0]["pattern"]
        ours = lookup_patterns(alone, word_boundaries=True)[0]["pattern"]
        text = " I am a " + " and ".join(word.upper() for word in latin) + "."
        expected = [m.span() for m in re.finditer(rasa_pattern, text, re.I)]
        assert [m.span() for m in re.finditer(ours, text, re.I)] == expected


def test_chinese_names_match_without_spaces_around_them() -> None:
    table = {"name": "occupation", "elements": ["Actuary", "精算师", "AI工程师"]}
    pattern = lookup_patterns(TrainingData(lookup_tables=[table]), word_boundaries=True)[0]
    text = "我是精算师，想问AI工程师和 actuary 的事，不是XAI工程师"
    found = [m.group(0) for m in re.finditer(pattern["pattern"], text, re.I)]
    assert found == ["精算师", "actuary"]


def test_longer_entries_win_over_their_prefixes() -> None:
    pattern = re.compile(rf"\b(?:{trie_regex(['data', 'data analyst', 'dab'])})\b")
    assert [m.group(0) for m in pattern.finditer("a data analyst, data, dab")] == [
        "data analyst",
        "data",
        "dab",
    ]


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_no_pattern_backtracks(name: str) -> None:
    """Four times the text takes about four times as long, not sixteen (backtracking):
    compared in the same moment, so a busy machine slows both alike."""
    long_text = ADVERSARIAL[name]
    short_text = long_text[: SIZE // GROWTH]
    for pattern in patterns():
        compiled = re.compile(pattern["pattern"], re.IGNORECASE)
        # Interleaved, so that a burst of load elsewhere slows both sizes alike.
        pairs = [(_seconds(compiled, short_text), _seconds(compiled, long_text)) for _ in range(7)]
        short = min(pair[0] for pair in pairs)
        long = min(pair[1] for pair in pairs)
        assert long < MAX_GROWTH * max(short, FLOOR), (
            f"{pattern['name']} on {name}: {short * 1000:.1f} ms, then {long * 1000:.1f} ms"
        )


def _seconds(compiled: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    return time.perf_counter() - started
