"""Chinese names misspelt by one character, read as the name.

A wrong character of the same sound is the common Chinese typo (a pinyin keyboard offers
both): "区快链工程师" for "区块链工程师", "曾材制造" for "增材制造". :class:`OneCharacterTypos`
finds, in a run of Chinese text, a stretch that differs from exactly one known name in
exactly one character, a character that sounds like the name's (pypinyin's readings, tones
ignored), and puts the name there. The text keeps its length, so character offsets (entity spans)
still point at the user's message. Only names of five characters or more are corrected:
in shorter ones one character is too much of the name to guess it. A stretch that is a
known name plus one character at its edge is not a typo ("是数据分析师" is not "大数据分析师"),
nor is a function word in the place of a name's character ("芯片设计的" is not "芯片设计师").
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

# Only single characters' readings are looked up: pypinyin's phrase dictionary (about 45 MB
# in each process that tokenizes Chinese) is not loaded, nor its character table copied.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
from pypinyin import Style, pinyin

MIN_NAME_LENGTH = 5
_WILDCARD = "\0"
_FUNCTION_CHARACTERS = frozenset("的了吗呢吧啊是在有和与及或也都就要我你他她它们个这那么")


def _patterns(text: str) -> list[str]:
    """The text with each of its characters in turn replaced by a wildcard."""
    return [text[:i] + _WILDCARD + text[i + 1 :] for i in range(len(text))]


@lru_cache(maxsize=4096)
def readings(character: str) -> frozenset[str]:
    """The character's pinyin readings without tones ("曾" -> {"ceng", "zeng"})."""
    return frozenset(pinyin(character, style=Style.NORMAL, heteronym=True)[0])


def sound_alike(first: str, second: str) -> bool:
    """Whether two characters share a reading."""
    return bool(readings(first) & readings(second))


class OneCharacterTypos:
    """Corrects stretches one character away from exactly one known name."""

    def __init__(self, names: Iterable[str]) -> None:
        """Index the names of at least :data:`MIN_NAME_LENGTH` characters by their patterns."""
        self.known = frozenset(names)
        self.names = frozenset(n for n in self.known if len(n) >= MIN_NAME_LENGTH)
        found: dict[str, set[str]] = defaultdict(set)
        for name in self.names:
            for pattern in _patterns(name):
                found[pattern].add(name)
        # A pattern two names share can't say which one was meant.
        self._by_pattern = {p: names.pop() for p, names in found.items() if len(names) == 1}
        self._lengths = sorted({len(n) for n in self.names}, reverse=True)

    def corrected(self, text: str) -> str:
        """The text with each misspelt name (longest first) replaced by the name."""
        chars = list(text)
        taken = [False] * len(text)
        for length in self._lengths:
            for start in range(len(text) - length + 1):
                if any(taken[start : start + length]):
                    continue
                window = "".join(chars[start : start + length])
                name = window if window in self.names else self._name_for(window)
                if name is not None:
                    chars[start : start + length] = name
                    taken[start : start + length] = [True] * length
        return "".join(chars)

    def _name_for(self, window: str) -> str | None:
        matches = {(self._by_pattern.get(p), i) for i, p in enumerate(_patterns(window))}
        matches = {(name, i) for name, i in matches if name is not None}
        if len({name for name, _ in matches}) != 1:
            return None
        name, position = matches.pop()
        if window[position] in _FUNCTION_CHARACTERS:
            return None
        if not sound_alike(window[position], name[position]):
            return None
        if position == 0 and window[1:] in self.known:
            return None
        if position == len(window) - 1 and window[:-1] in self.known:
            return None
        return name
