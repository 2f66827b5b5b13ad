"""Long Chinese names typed with one wrong character of the same sound."""

from __future__ import annotations

import pytest

from knowledge.chinese_typos import OneCharacterTypos, readings, sound_alike

NAMES = ["区块链工程师", "增材制造专员", "工业互联网专员", "大数据分析师", "数据分析师"]
NAMES += ["外贸工程师"]


@pytest.fixture(scope="module")
def typos() -> OneCharacterTypos:
    return OneCharacterTypos(NAMES)


@pytest.mark.parametrize(
    ("text", "corrected"),
    [
        ("区快链工程师在不在前海清单", "区块链工程师在不在前海清单"),
        ("曾材制造专员的要求是啥", "增材制造专员的要求是啥"),
        ("工业互连网专员要求", "工业互联网专员要求"),
    ],
)
def test_a_homophone_in_a_long_name_is_corrected(
    typos: OneCharacterTypos, text: str, corrected: str
) -> None:
    assert typos.corrected(text) == corrected
    assert len(typos.corrected(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "我是外国工程师",  # 国 (guo) does not sound like 贸 (mao)
        "我是数据分析师",  # a known name with a character before it
        "区块链工程师",  # already right
        "区快链工程",  # too short a stretch for any name
    ],
)
def test_other_text_is_left_alone(typos: OneCharacterTypos, text: str) -> None:
    assert typos.corrected(text) == text


def test_a_stretch_two_names_are_one_character_from_is_left_alone() -> None:
    assert OneCharacterTypos(["区块链工程师", "区块链工程员"]).corrected("区块链工程狮") == (
        "区块链工程狮"
    )


def test_characters_sound_alike_by_any_reading() -> None:
    assert sound_alike("曾", "增")  # ceng / zeng: 曾 has both readings
    assert not sound_alike("国", "贸")


def test_pypinyins_phrase_dictionary_is_not_loaded() -> None:
    from pypinyin import constants

    assert readings("曾") == frozenset({"ceng", "zeng"})
    assert not constants.PHRASES_DICT
