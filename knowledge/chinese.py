"""Chinese text helpers without Rasa: script conversion, language detection, durations.

- :func:`to_simplified` turns traditional characters into simplified ones (OpenCC's
  ``t2s`` tables, pure Python, shipped in the wheel), so "碩士學歷" reads as "硕士学历".
- :func:`language_of` says whether a message is written in Chinese, in English, or gives no
  sign (a number, an e-mail address, a button's payload).
- :func:`chinese_years` reads a duration written in Chinese ("五年", "3年半", "两年以上",
  "十二年") as a number of years.
"""

from __future__ import annotations

import re
from functools import lru_cache

from opencc import OpenCC

CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGITS.update({"八": 8, "九": 9, "半": 0.5})
_YEARS = re.compile(r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十半]{1,3})\s*(?:个)?\s*(年|月)(半)?")
# Requests to switch the language; the first group names the language asked for.
_ASK_CHINESE = re.compile(
    r"(中文|汉语|普通话|华语|in chinese|speak chinese|chinese please|use chinese|mandarin)", re.I
)
_ASK_ENGLISH = re.compile(
    r"(英文|英语|in english|speak english|english please|use english|switch to english)", re.I
)
_SWITCH_CUE = re.compile(
    r"(用|说|讲|改|换|切换|回答|回复|answer|reply|speak|switch|use|please)", re.I
)

CHINESE = "zh"
ENGLISH = "en"
LANGUAGES = (ENGLISH, CHINESE)


def has_chinese(text: str) -> bool:
    """Whether the text contains Chinese characters."""
    return bool(CJK.search(text))


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text with traditional Chinese characters made simplified (others unchanged)."""
    if not has_chinese(text):
        return text
    converted = _converter().convert(text)
    # Character offsets must not move (entity spans are read from the original text).
    return converted if len(converted) == len(text) else text


def requested_language(text: str) -> str | None:
    """The language the message asks the assistant to use ("请用中文回答", "in English
    please"), or None."""
    if not _SWITCH_CUE.search(text):
        return None
    english, chinese = _ASK_ENGLISH.search(text), _ASK_CHINESE.search(text)
    if english and not chinese:
        return ENGLISH
    if chinese and not english:
        return CHINESE
    return None


def language_of(text: str) -> str | None:
    """``zh`` for a message with Chinese, ``en`` for one with English words and no Chinese,
    None for one that gives no sign (numbers, addresses, ``/payloads``); a request to
    switch ("answer in English") wins."""
    text = text.strip()
    if not text or text.startswith("/"):
        return None
    asked = requested_language(text)
    if asked:
        return asked
    if has_chinese(text):
        return CHINESE
    return ENGLISH if _LATIN_WORD.search(_ADDRESS.sub(" ", text)) else None


def _number(word: str) -> float:
    if word.replace(".", "", 1).isdigit():
        return float(word)
    if "十" in word:
        tens, _, units = word.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    return float(sum(_DIGITS[char] for char in word))


def chinese_years(text: str) -> float | None:
    """Years in a duration written in Chinese ("五年" 5, "3年半" 3.5, "两年以上" 2, "半年"
    0.5, "十二年" 12, "18个月" 1.5), the largest when there are several; None without one."""
    values = []
    for match in _YEARS.finditer(text):
        try:
            number = _number(match.group(1)) + (0.5 if match.group(3) else 0.0)
            values.append(number if match.group(2) == "年" else round(number / 12, 2))
        except KeyError:
            continue
    return max(values) if values else None


def conversation_language(text: str, metadata: dict | None, current: str | None) -> str | None:
    """The conversation's language after this message.

    In order: a request in the message ("请用中文回答"); the language the user chose in the
    widget (metadata ``language``); the language the message is written in; the language
    so far; the channel's default (metadata ``default_language``, ``zh`` on WeChat).
    """
    metadata = metadata if isinstance(metadata, dict) else {}
    chosen = metadata.get("language")
    default = metadata.get("default_language")
    return (
        requested_language(text)
        or (chosen if chosen in LANGUAGES else None)
        or language_of(text)
        or current
        or (default if default in LANGUAGES else None)
    )
