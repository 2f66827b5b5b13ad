"""Every listed job is found by its Chinese names as by its English name, typos included.

(That every listed job has a glossary entry: tests/knowledge/test_glossary_data.py.)
"""

from __future__ import annotations

import pytest

from knowledge.chinese_names import chinese_occupation_names, english_occupation
from knowledge.lookup import get_index

NAMES = sorted(chinese_occupation_names().items())


@pytest.mark.parametrize(("chinese", "english"), NAMES)
def test_chinese_name_finds_the_record_of_the_english_name(chinese: str, english: str) -> None:
    by_english = get_index().best(english)
    by_chinese = get_index().best(chinese)
    assert by_chinese is not None and by_english is not None
    assert by_chinese.entries == by_english.entries


@pytest.mark.parametrize(("chinese", "english"), [n for n in NAMES if len(n[0]) >= 4])
def test_a_missing_last_character_is_a_typo_not_a_miss(chinese: str, english: str) -> None:
    assert english_occupation(chinese[:-1]) == english


@pytest.mark.parametrize(
    ("typo", "english"),
    [
        ("精算狮", "Actuary"),
        ("临床研究猿", "Clinical Researcher"),
        ("区块链工程狮", "Blockchain engineer"),
    ],
)
def test_a_wrong_character_is_a_typo(typo: str, english: str) -> None:
    assert get_index().best(typo).name == english


@pytest.mark.parametrize("other", ["数据安全工程师", "厨师", "翻译", "小学老师"])
def test_jobs_on_no_list_find_nothing(other: str) -> None:
    assert get_index().best(other) is None
