"""A tokenizer for English, Chinese and both in one message.

Rasa's ``WhitespaceTokenizer`` splits on spaces (and drops tokens its emoji pattern, which
spans the CJK block, matches), so "我是数据科学家，硕士" would be lost. ``MixedTokenizer``
tokenises as the whitespace tokenizer does, then cuts every token with Chinese characters
or full-width punctuation into its Chinese runs, segmented by jieba, and its other runs,
each token keeping its offsets in the message: "我是AI engineer, 硕士, 5年经验" gives 我 / 是 /
AI / engineer / 硕士 / 5 / 年 / 经验. Traditional characters are read as simplified (the
token's text; the offsets still point at the message). jieba's dictionary ships in its
wheel; the Chinese entity names of the glossary are added to it, so an entity is whole
tokens ("数据安全工程师", "中级" in "中级职称"), also when one character of a long name
is wrong ("区快链工程师" is read as "区块链工程师", the offsets unchanged). The dictionary
is loaded when the component is created (at model load), not on the first message.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import jieba
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from knowledge.chinese import has_chinese, to_simplified
from knowledge.chinese_typos import OneCharacterTypos
from knowledge.glossary_entities import chinese_entity_values

_RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff\s\W]+|[^\u3400-\u9fff\s\w]+")
_PUNCTUATION = re.compile(r"[^\w]+")
# Full-width punctuation splits tokens as spaces do ("master，3 years").
_WIDE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# Durations in Chinese numerals ("两年", "一年半", "六个月") are words of their own.
_DURATION = re.compile(r"[零一二两三四五六七八九十半]{1,3}个?[年月]半?")
# An entity name's frequency in the segmenter: above any ordinary word's, so that "前海"
# is cut whole in "2020年前海".
NAME_FREQUENCY = 1_000_000


class Segmenter:
    """jieba with the Chinese entity names (occupations, degrees, programmes, cities...) as
    words, and words that begin or end with a name cut there ("本科毕业", "金融类")."""

    def __init__(self) -> None:
        """Load jieba's dictionary (shipped in its wheel) and add the names."""
        jieba.setLogLevel(logging.WARNING)
        self.jieba = jieba.Tokenizer()
        self.jieba.initialize()
        names = {n for names in chinese_entity_values().values() for n in names if has_chinese(n)}
        for name in names:
            self.jieba.add_word(name, freq=NAME_FREQUENCY)
        self.names = sorted(names, key=len, reverse=True)
        self.name_set = frozenset(names)
        self.typos = OneCharacterTypos(names)

    def words(self, text: str) -> list[str]:
        """The words of a Chinese run."""
        words: list[str] = []
        position = 0
        for duration in _DURATION.finditer(text):
            words += [*self._segment(text[position : duration.start()]), duration.group()]
            position = duration.end()
        return words + self._segment(text[position:])

    def _segment(self, text: str) -> list[str]:
        text = self.typos.corrected(text)
        return [part for word in self.jieba.lcut(text, HMM=False) for part in self._cut(word)]

    def _cut(self, word: str) -> list[str]:
        if word in self.name_set:
            return [word]
        for name in self.names:
            if len(name) < len(word) and word.startswith(name):
                return [name, *self._cut(word[len(name) :])]
            if len(name) < len(word) and word.endswith(name):
                return [*self._cut(word[: -len(name)]), name]
        return [word] if word else []


def split_chinese(token: Token, segmenter: Segmenter) -> list[Token]:
    """The token itself, or its Chinese words and other runs when it has Chinese or
    full-width punctuation."""
    if not _WIDE.search(token.text):
        return [token]
    pieces: list[Token] = []
    for run in _RUNS.finditer(token.text):
        start = token.start + run.start()
        if _PUNCTUATION.fullmatch(run.group()):
            continue
        if not has_chinese(run.group()):
            pieces.append(Token(run.group(), start))
            continue
        offset = 0
        for word in segmenter.words(to_simplified(run.group())):
            pieces.append(Token(word, start + offset))
            offset += len(word)
    return pieces or [token]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MixedTokenizer(WhitespaceTokenizer):
    """Whitespace tokens, Chinese runs segmented by jieba."""

    def __init__(self, config: dict[str, Any]) -> None:
        """Load jieba's dictionary with the glossary's names now."""
        super().__init__(config)
        self.segmenter = Segmenter()

    @staticmethod
    def not_supported_languages() -> list[str] | None:
        """Every language is accepted (the whitespace tokenizer refuses ``zh``)."""
        return None

    def remove_emoji(self, text: str) -> str:
        """Rasa's emoji pattern spans the CJK block: a token with Chinese is kept."""
        return text if has_chinese(text) else super().remove_emoji(text)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """Whitespace tokens, each with Chinese split into words."""
        tokens = super().tokenize(message, attribute)
        return [piece for token in tokens for piece in split_chinese(token, self.segmenter)]
