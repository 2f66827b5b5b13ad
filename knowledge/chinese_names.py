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

import yaml
from rapidfuzz.distance import Levenshtein

from knowledge.chinese import has_chinese
from knowledge.translation import GLOSSARY

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
    glossary = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
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
