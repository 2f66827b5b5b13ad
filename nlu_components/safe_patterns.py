"""RegexFeaturizer whose lookup tables run in linear time on any input.

Rasa turns a lookup table into one alternation, ``(\\bjob one\\b|\\bjob two\\b|...)``: at
every position of the text each of the ~110 occupations is tried, so 100 KB take about
0.2 s. ``SafeRegexFeaturizer`` builds the same table as a trie, ``\\b(?:job (?:one|two))\\b``,
which tries a handful of first letters per position (longer entries before their
prefixes). The regexes of the NLU data are used as written; they must be linear themselves
(``tests/nlu_components/test_regex_safety.py`` checks both on adversarial text).
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.utils import pattern_utils
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge.chinese import CJK, has_chinese, to_simplified

_END = ""


def trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words``, as a trie of alternatives (longest first)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _alternatives(trie)


def _alternatives(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _alternatives(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def names_pattern(names: list[str], word_boundaries: bool) -> str:
    """One regex for a lookup table's names.

    English names match between word boundaries. Chinese is written without spaces, so a
    name starting with a Chinese character matches wherever it stands; a class of those
    first characters fails at once at any other position. Chinese names that start with
    Latin letters ("AI工程师") are left to DIET.
    """
    latin = [name for name in names if not has_chinese(name)]
    chinese = [name for name in names if CJK.match(name)]
    starts = "".join(sorted({name[0] for name in chinese}))
    bounded = rf"\b(?:{trie_regex(latin)})\b" if word_boundaries else f"(?:{trie_regex(latin)})"
    groups = [(bounded, latin), (f"(?=[{starts}])(?:{trie_regex(chinese)})", chinese)]
    return "|".join(regex for regex, members in groups if members)


def lookup_patterns(training_data: TrainingData, word_boundaries: bool) -> list[dict[str, str]]:
    """One trie pattern per lookup table of ``training_data``."""
    patterns = []
    for table in training_data.lookup_tables:
        elements = table["elements"]
        words = (
            elements
            if isinstance(elements, list)
            else pattern_utils.read_lookup_table_file(elements)
        )
        names = [str(word) for word in words if str(word)]
        patterns.append({"name": table["name"], "pattern": names_pattern(names, word_boundaries)})
    return patterns


def linear_patterns(
    training_data: TrainingData, use_regexes: bool, use_lookup_tables: bool, word_boundaries: bool
) -> list[dict[str, str]]:
    """The NLU data's regexes as written, and its lookup tables as tries."""
    patterns = []
    if use_regexes:
        patterns = pattern_utils.extract_patterns(
            training_data, use_lookup_tables=False, use_regexes=True
        )
    if use_lookup_tables:
        patterns.extend(lookup_patterns(training_data, word_boundaries))
    return patterns


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SafeRegexFeaturizer(RegexFeaturizer):
    """Rasa's RegexFeaturizer with lookup tables compiled as tries."""

    def train(self, training_data: TrainingData) -> Resource:
        """Collect the patterns (lookup tables as tries) and persist them."""
        patterns = linear_patterns(
            training_data,
            self._config["use_regexes"],
            self._config["use_lookup_tables"],
            self._config["use_word_boundaries"],
        )
        if self.finetune_mode:
            self._merge_new_patterns(patterns)
        else:
            self.known_patterns = patterns
        self._persist()
        return self._resource

    def _features_for_patterns(self, message: Message, attribute: str) -> Any:
        """Rasa's features, matched against the text with traditional Chinese characters
        made simplified (as the tokens are), so "金融規劃師" matches "金融规划师"."""
        text = message.get(attribute)
        simplified = to_simplified(text) if isinstance(text, str) else text
        if simplified == text:
            return super()._features_for_patterns(message, attribute)
        message.set(attribute, simplified)
        try:
            return super()._features_for_patterns(message, attribute)
        finally:
            message.set(attribute, text)
