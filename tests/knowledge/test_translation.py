"""Chinese questions as English keywords from the glossary, and detection of Chinese."""

from __future__ import annotations

import pytest

from knowledge.translation import (
    asked_in_chinese,
    glossary,
    has_chinese,
    to_english,
    with_english,
)


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("前海", "Qianhai"),
        ("硕士", "master's degree"),
        ("博士", "doctoral degree"),
        ("精算师", "Actuary"),
        ("副高级职称", "associate senior title"),
        ("C类证书", "Category C"),
        ("工作许可", "work permit"),
        ("上海急需岗位目录", "Shanghai catalog of urgently needed jobs"),
    ],
)
def test_terms_become_the_documents_wording(chinese: str, english: str) -> None:
    assert to_english(chinese) == english


@pytest.mark.parametrize(
    ("question", "keywords"),
    [
        ("前海有哪些紧缺职业？", ["Qianhai", "high-demand occupations"]),
        ("我有硕士学位", ["master's degree"]),
        ("前海的个人所得税税率是多少？", ["Qianhai", "personal income tax"]),
        ("我有3年工作经验", ["3 years", "work experience"]),
        (
            "我本科学历，相关工作经验正好5年，其中在上海2年，持有C类证书，能申请中级职称吗？",
            ["bachelor's degree", "Shanghai", "Category C", "intermediate title"],
        ),
    ],
)
def test_questions_yield_english_keywords(question: str, keywords: list[str]) -> None:
    english = to_english(question)
    for keyword in keywords:
        assert keyword in english, english
    assert not has_chinese(english)


def test_longest_term_wins() -> None:
    # "前海紧缺职业清单" is a document name, not "Qianhai" plus other words.
    assert to_english("前海紧缺职业清单") == (
        "List of High-Demand Occupations for Foreign Talents in Qianhai"
    )


def test_latin_words_and_digits_stay() -> None:
    assert to_english("Qianhai 前海 list 3.0") == "Qianhai Qianhai list 3.0"


@pytest.mark.parametrize(
    "text", ["What does Category A give?", "Hello, 3.0 list?", "", "  spaced   out  "]
)
def test_non_chinese_text_is_unchanged(text: str) -> None:
    assert to_english(text) == text
    assert with_english(text) == text


def test_with_english_keeps_the_original() -> None:
    assert with_english("前海") == "前海\nQianhai"


@pytest.mark.parametrize(
    ("text", "chinese"),
    [
        ("前海", True),
        ("Is Qianhai 前海?", True),
        ("Qianhai", False),
        ("", False),
        ("Café 3.0", False),
    ],
)
def test_has_chinese(text: str, chinese: bool) -> None:
    assert has_chinese(text) is chinese


def test_glossary_entries_are_chinese_to_english() -> None:
    pairs = glossary()
    assert pairs["前海"] == "Qianhai"
    assert all(has_chinese(zh) and not has_chinese(en) for zh, en in pairs.items())


def test_what_a_chinese_question_asks_for() -> None:
    assert "cities" in asked_in_chinese("外籍人才认定试点的六个城市分别是哪几个？")
    assert asked_in_chinese("前海的联系电话。") == ""
