"""Script conversion, language detection and Chinese durations."""

from __future__ import annotations

import pytest

from knowledge.chinese import (
    chinese_years,
    conversation_language,
    language_of,
    requested_language,
    to_simplified,
)


def test_traditional_characters_become_simplified_in_place() -> None:
    assert to_simplified("我是資料科學家，碩士學歷") == "我是资料科学家，硕士学历"
    assert to_simplified("AI engineer, 5 years") == "AI engineer, 5 years"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我是AI engineer, 硕士, 5年经验", "zh"),
        ("is actuary on the list?", "en"),
        ("hi", "en"),
        ("5", None),
        ("anna@example.com", None),
        ("/affirm", None),
        ("please answer in Chinese", "zh"),
        ("请用英文回答", "en"),
    ],
)
def test_the_language_a_message_is_written_in(text: str, language: str | None) -> None:
    assert language_of(text) == language


def test_a_language_named_without_asking_for_it_is_no_request() -> None:
    assert requested_language("中文版和英文版哪个为准") is None
    assert requested_language("can you speak English") == "en"


@pytest.mark.parametrize(
    ("text", "metadata", "current", "language"),
    [
        ("5", None, "en", "en"),  # no sign: the language so far
        ("5", {"default_language": "zh"}, None, "zh"),  # WeChat's default
        ("5", {"default_language": "zh"}, "en", "en"),  # ...only until a language is known
        ("hello", {"default_language": "zh"}, None, "en"),  # writing English wins
        ("is actuary listed?", {"language": "zh"}, "en", "zh"),  # the widget's choice wins
        ("answer in English", {"language": "zh"}, "zh", "en"),  # asking wins over all
        ("你好", None, "en", "zh"),
        ("/greet", None, None, None),
    ],
)
def test_the_conversations_language(
    text: str, metadata: dict | None, current: str | None, language: str | None
) -> None:
    assert conversation_language(text, metadata, current) == language


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("五年", 5),
        ("3年半", 3.5),
        ("两年以上", 2),
        ("十二年", 12),
        ("二十年", 20),
        ("半年", 0.5),
        ("一年半", 1.5),
        ("18个月", 1.5),
        ("工作了7年，其中在上海2年", 7),
        ("硕士", None),
    ],
)
def test_durations_written_in_chinese(text: str, years: float | None) -> None:
    assert chinese_years(text) == years
