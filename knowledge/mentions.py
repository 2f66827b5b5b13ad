"""Which listed job a free-text message mentions, however it words it.

"I'm a pharmacologist working on toxicology" means Pharmacological and Toxicological
Researcher; "a tech-transfer consultant who helps commercialise research results" means
Consultant for commercialization of scientific research achievements. A name is mentioned
when the message's words cover its distinctive words (all but words like "engineer" that
end several names): a word covers another when they share a long enough beginning
("pharmacolog-") or differ by a typo. The name covering the most words wins, if it alone
does and covers at least two (or all it has), one of them a long word (not "high", "end").
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import OSA

from knowledge.lookup import OccupationIndex

# Two words are one when they share this many first letters, or differ by one typo (two
# from this length; a swap of two letters is one typo).
SHARED_PREFIX = 6
# Longer "words" (a pasted blob without spaces) are skipped.
MAX_WORD = 40
LONG_WORD = 8
_FILLER = frozenset({"and", "of", "for", "the", "in", "on", "r&d", "other", "related"})
_WORD = re.compile(r"[a-z][a-z&]+")


def mentioned_occupation(text: str, index: OccupationIndex) -> str | None:
    """The one listed name the text's words cover best, or None."""
    words = {w for w in _WORD.findall(index.normalize(text)) if len(w) <= MAX_WORD}
    names, vocabulary = _wanted_words(index)
    # Each word of the names compared with the text's words once, not once per name.
    matched = {w for w in vocabulary if any(_same(w, q) for q in words)}
    scored = []
    for name, wanted in names:
        hits = [w for w in wanted if w in matched]
        covered = len(hits)
        telling = any(len(w) >= SHARED_PREFIX for w in hits)
        if covered >= min(2, len(wanted)) and covered and telling:
            scored.append((covered, covered / len(wanted), name))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None
    return scored[0][2]


@functools.lru_cache(maxsize=4)
def _wanted_words(
    index: OccupationIndex,
) -> tuple[list[tuple[str, frozenset[str]]], frozenset[str]]:
    """Each listed name with the words that identify it, and all those words."""
    names = [(name, words - _FILLER) for name, words in index.distinctive_words()]
    return names, frozenset().union(*(words for _, words in names))


def _same(word: str, other: str) -> bool:
    if word == other:
        return True
    if (
        min(len(word), len(other)) >= SHARED_PREFIX
        and word[:SHARED_PREFIX] == other[:SHARED_PREFIX]
    ):
        return True
    shorter = min(len(word), len(other))
    allowed = 2 if shorter >= LONG_WORD else 1
    # The edit distance is at least the difference in length: checked first, it is cheap.
    return (
        shorter > 4
        and abs(len(word) - len(other)) <= allowed
        and OSA.distance(word, other) <= allowed
    )
