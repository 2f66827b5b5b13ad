"""Chinese questions into English keywords, term by term, from the project's glossary.

``knowledge/glossary/zh_en.yml`` pairs the Chinese names of the documents, occupations and
policy terms with the documents' English wording. :func:`to_english` replaces each Chinese
term (longest first) with its English; what is not in the glossary is dropped, digits and
Latin words stay. The English passage search, occupation lookup and rules then read the
result. It is a keyword translation for finding facts, not a translation to show anyone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

GLOSSARY = Path(__file__).parent / "glossary" / "zh_en.yml"
_CJK = re.compile(r"[\u3400-\u9fff]")


def has_chinese(text: str) -> bool:
    """Whether the text contains Chinese characters."""
    return bool(_CJK.search(text))


@lru_cache(maxsize=1)
def glossary_data() -> dict[str, Any]:
    """The glossary file as parsed, read once for every module that uses it."""
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Chinese term -> English, for documents, occupations, terms and question words."""
    data = glossary_data()
    pairs: dict[str, str] = {}
    for entry in data["documents"].values():
        pairs.update({zh: entry["en"] for zh in entry["zh"]})
    for entry in [*data["occupations"], *data["terms"], *data.get("questions", [])]:
        pairs.update({zh: entry["en"] for zh in entry["zh"]})
    return pairs


@lru_cache(maxsize=1)
def _longest_term() -> int:
    return max(len(term) for term in glossary())


@lru_cache(maxsize=256)
def to_english(text: str) -> str:
    """The text with every glossary term in English (longest match first) and other Chinese
    removed."""
    if not has_chinese(text):
        return text
    terms, longest = glossary(), _longest_term()
    out: list[str] = []
    i = 0
    while i < len(text):
        match = next(
            (text[i : i + n] for n in range(longest, 0, -1) if text[i : i + n] in terms), None
        )
        if match:
            out.append(f" {terms[match]} ")
            i += len(match)
        else:
            out.append(" " if _CJK.match(text[i]) else text[i])
            i += 1
    return re.sub(r"\s+", " ", "".join(out)).strip()


def with_english(text: str) -> str:
    """The text followed by its keyword translation when it is Chinese (rules read both)."""
    return f"{text}\n{to_english(text)}" if has_chinese(text) else text


# A Chinese "which / what / how many" (with its measure word) and the clause it asks in
# ("六个城市分别是哪几个"); what follows it within a few characters is what it asks about
# ("哪些部门的授权" asks for departments, not for the cities named before).
_ZH_QUESTION_WORD = re.compile(r"(哪|什么|几个|多少)[些个几种类家所位项]*")
_ZH_CLAUSE_END = re.compile(r"[，,。？?！!；;]")
_ASKED_NOUN_CHARS = 6


def asked_in_chinese(text: str) -> str:
    """The English keywords of what a Chinese question asks "which / what / how many" of:
    the words right after the question word, else its whole clause ("" when it asks
    none); what the answer must enumerate or count."""
    for clause in _ZH_CLAUSE_END.split(text):
        found = _ZH_QUESTION_WORD.search(clause)
        if found:
            after = to_english(clause[found.end() : found.end() + _ASKED_NOUN_CHARS])
            return after if re.search("[A-Za-z]", after) else to_english(clause)
    return ""
