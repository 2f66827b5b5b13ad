"""Occupation names and queries in the one form in which they are compared.

Shared by the occupation lookup (:mod:`knowledge.lookup`) and the answers that match a
user's words against listed fields (:mod:`knowledge.answers.common`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.vocabulary import word_replacer

_STOPWORDS = frozenset({"a", "an", "the", "of", "and", "in", "for", "to", "with", "on", "or"})
_WORD = re.compile(r"[^\W_]+")


def singularize(word: str) -> str:
    """Simple English singular: "engineers" -> "engineer", "actuaries" -> "actuary".

    Words of three letters or fewer and words ending in -ss, -us or -is are kept as they are.
    The rules need not be right for every word, only the same for names and queries.
    """
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s"):
        return word[:-1]
    return word


class Normalizer:
    """Turns a name or query into the lowercase, singular, expanded form that is compared.

    Abbreviations become their long forms on both sides ("AI engineer" and "artificial
    intelligence engineer" meet; "3d printng" too, misspelt), punctuation splits words,
    stopwords and repeated words go:
    "Human-computer Interaction (HCI) R&D Personnel" becomes
    "human computer interaction research development personnel".
    """

    def __init__(self, expansions: Mapping[str, str]) -> None:
        self._expand = word_replacer(expansions, typos=True)

    def __call__(self, text: str) -> str:
        """The normalised form of the text (empty if it has no words)."""
        words = (singularize(word) for word in _WORD.findall(self._expand(text.casefold())))
        return " ".join(dict.fromkeys(word for word in words if word not in _STOPWORDS))

    def tokens(self, text: str) -> frozenset[str]:
        """The set of normalised words of the text."""
        return frozenset(self(text).split())
