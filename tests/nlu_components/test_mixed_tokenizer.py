"""Tokens for English, Chinese and mixed messages, with their offsets."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu_components.entity_cleanup import english_years
from nlu_components.mixed_tokenizer import MixedTokenizer


@pytest.fixture(scope="module")
def tokenizer() -> MixedTokenizer:
    return MixedTokenizer(MixedTokenizer.get_default_config())


def tokens(tokenizer: MixedTokenizer, text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.end) for t in tokenizer.tokenize(Message({"text": text}), "text")]


def test_english_is_tokenised_as_by_the_whitespace_tokenizer(tokenizer: MixedTokenizer) -> None:
    assert [t[0] for t in tokens(tokenizer, "Is the AI engineer on the list?")] == [
        "Is",
        "the",
        "AI",
        "engineer",
        "on",
        "the",
        "list",
    ]


def test_a_mixed_message(tokenizer: MixedTokenizer) -> None:
    assert tokens(tokenizer, "我是AI engineer, 硕士, 5年经验") == [
        ("我", 0, 1),
        ("是", 1, 2),
        ("AI", 2, 4),
        ("engineer", 5, 13),
        ("硕士", 15, 17),
        ("5", 19, 20),
        ("年", 20, 21),
        ("经验", 21, 23),
    ]


def test_full_width_punctuation_separates_words(tokenizer: MixedTokenizer) -> None:
    assert [t[0] for t in tokens(tokenizer, "master，3 years")] == ["master", "3", "years"]


def test_traditional_characters_are_read_as_simplified(tokenizer: MixedTokenizer) -> None:
    found = tokens(tokenizer, "我是精算師，碩士學位")
    assert [t[0] for t in found] == ["我", "是", "精算师", "硕士学位"]
    assert [(t[1], t[2]) for t in found] == [(0, 1), (1, 2), (2, 5), (6, 10)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("2020年前海有多少企业", "前海"),
        ("本科毕业，工作三年", "本科"),
        ("中级职称要什么学历", "中级职称"),
        ("评中级要什么学历", "中级"),
        ("金融类岗位有多少", "金融"),
        ("一年半左右", "一年半"),
        ("我是区块链工程师", "区块链工程师"),
    ],
)
def test_entity_names_are_whole_tokens(tokenizer: MixedTokenizer, text: str, entity: str) -> None:
    assert entity in [t[0] for t in tokens(tokenizer, text)]


def test_chinese_durations_become_numbers_of_years() -> None:
    entities = [
        {"entity": "years", "value": "两年以上", "start": 0, "end": 4},
        {"entity": "years", "value": "3 years", "start": 5, "end": 12},
        {"entity": "degree", "value": "硕士", "start": 13, "end": 15},
    ]
    assert [e["value"] for e in english_years(entities)] == ["2 years", "3 years", "硕士"]


def test_a_name_typed_with_a_wrong_character_of_the_same_sound_is_one_token(
    tokenizer: MixedTokenizer,
) -> None:
    # 快 (kuai) for 块: the token is the name, its offsets the user's characters.
    assert tokens(tokenizer, "我是区快链工程师")[-1] == ("区块链工程师", 2, 8)
