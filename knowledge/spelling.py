"""Misspelt question words corrected to the words the documents use ("renumeration")."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.search_terms import Analyzer

# A misspelt word is corrected only to a word this close (edit distance): one edit for
# words of five to seven letters, two from eight letters.
MIN_TYPO_LENGTH = 5
_LONG_WORD = 8
# An unknown term is replaced by the one known term sharing its first this many letters.
_PREFIX = 6


class Speller:
    """Corrects words to the documents' own words, and unknown terms to known ones."""

    def __init__(self, texts: Iterable[str], known_terms: Iterable[str], analyzer: Analyzer):
        words = {w for text in texts for w in analyzer.words(text)}
        self._surface = sorted(w for w in words if len(w) >= MIN_TYPO_LENGTH)
        self._known = tuple(known_terms)
        self._analyzer = analyzer

    def corrected(self, word: str) -> str | None:
        """The term of the documents' word closest to ``word``, if one is close enough."""
        best = process.extractOne(
            word,
            self._surface,
            scorer=Levenshtein.distance,
            score_cutoff=2 if len(word) >= _LONG_WORD else 1,
        )
        return self._analyzer.terms(best[0])[0] if best else None

    def same_prefix(self, term: str) -> str | None:
        """A known term that begins like this unknown one ("editori" -> "editor")."""
        stem = term[:_PREFIX]
        found = [t for t in self._known if len(t) >= _PREFIX and t[:_PREFIX] == stem]
        return min(found, key=len) if len(found) == 1 or len(set(found)) == 1 else None
