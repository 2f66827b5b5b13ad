"""Occupations looked up by their Chinese names, typos included, without pinyin.

The glossary gives every listed job and occupation one or more Chinese names. A Chinese
query is compared with each of them by character n-grams (the mean of the Dice
coefficients of single characters and of character pairs), so "精算狮" still finds
"精算师" (Actuary) and "区块链开发工程" finds "区块链开发工程师". The best name's English
record name is returned when it scores :data:`MIN_SCORE`, beats the best name of another
record by :data:`MARGIN` and is at most one edit per four characters away (a typo, not
another job: "数据安全工程师" is not "大数据工程师"); :mod:`knowledge.lookup` then finds the
same record as for the English name.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from knowledge.chinese import has_chinese
from knowledge.translation import glossary_data

MIN_SCORE = 0.5
MARGIN = 0.08


def _grams(text: str, size: int) -> set[str]:
    return {text[i : i + size] for i in range(len(text) - size + 1)}


def similarity(query: str, name: str) -> float:
    """Character n-gram similarity of two Chinese strings, 0 to 1."""
    scores = []
    for size in (1, 2):
        ours, theirs = _grams(query, size), _grams(name, size)
        total = len(ours) + len(theirs)
        scores.append(2 * len(ours & theirs) / total if total else 0.0)
    return sum(scores) / len(scores)


@lru_cache(maxsize=1)
def chinese_occupation_names() -> dict[str, str]:
    """Chinese name -> the record's English name, from the glossary."""
    glossary = glossary_data()
    return {zh: entry["en"] for entry in glossary["occupations"] for zh in entry["zh"]}


@lru_cache(maxsize=512)
def english_occupation(query: str) -> str | None:
    """The English name of the listed occupation a Chinese query names, or None."""
    query = "".join(query.split())
    if not has_chinese(query):
        return None
    names = chinese_occupation_names()
    if query in names:
        return names[query]
    best: dict[str, tuple[float, str]] = {}
    for name, english in names.items():
        best[english] = max(best.get(english, (0.0, "")), (similarity(query, name), name))
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    top, (score, name) = ranked[0]
    runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
    typo = Levenshtein.distance(query, name) <= max(1, len(name) // 4)
    return top if score >= MIN_SCORE and score - runner_up >= MARGIN and typo else None


# The first this many or more characters of a Chinese name, found in one record's names
# and in no other record's, name that record in a sentence ("我在做光刻机研发" ->
# 光刻机系统研发人员).
MIN_TELLING_RUN = 3


@lru_cache(maxsize=1)
def _other_terms() -> tuple[str, ...]:
    """The glossary's Chinese names of documents, policy terms and question words."""
    glossary = glossary_data()
    entries = [*glossary["documents"].values(), *glossary["terms"], *glossary["questions"]]
    return tuple(zh for entry in entries for zh in entry["zh"])


@lru_cache(maxsize=1)
def _telling_runs() -> dict[str, str]:
    """Beginnings of the Chinese names that belong to one record only and are not part of
    a policy term ("职业资格", "集成电路") -> the record's name."""
    owners: dict[str, set[str]] = {}
    for name, english in chinese_occupation_names().items():
        for size in range(MIN_TELLING_RUN, len(name) + 1):
            owners.setdefault(name[:size], set()).add(english)
    terms = _other_terms()
    return {
        run: next(iter(names))
        for run, names in owners.items()
        if len(names) == 1 and not any(run in term for term in terms)
    }


def mentioned_in_chinese(text: str) -> str | None:
    """The English name of the one listed occupation whose telling beginning (see
    :data:`MIN_TELLING_RUN`) the text contains, the longest deciding; None if none does or
    two records tie."""
    text = "".join(text.split())
    if not has_chinese(text):
        return None
    runs = _telling_runs()
    found: dict[str, int] = {}
    for size in range(MIN_TELLING_RUN, min(len(text), max(map(len, runs))) + 1):
        for run in _grams(text, size):
            if run in runs:
                found[runs[run]] = max(found.get(runs[run], 0), size)
    ranked = sorted(found.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
