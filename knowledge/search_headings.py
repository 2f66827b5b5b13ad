"""Which section headings a question names: the passages under them answer it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from knowledge.passages import Passage
from knowledge.search_terms import Analyzer

# Words the question puts in quotes ('what is a "foreign talent"?').
QUOTED = re.compile(r"[“\"']([^”\"']{3,60})[”\"']")


class Headings:
    """The passages' section headings, to find those a question names."""

    def __init__(self, passages: Sequence[Passage], analyzer: Analyzer) -> None:
        self._passages = passages
        self._analyzer = analyzer
        self._terms = {
            p.section: frozenset(analyzer.terms(p.section)) for p in passages if p.section
        }

    def named_by(self, question: str, question_terms: Iterable[str]) -> np.ndarray:
        """Which passages sit under a heading the question names: a heading it quotes, one
        made of the quoted words and other words of the question ('when is an occupation
        "high-demand"?' names "High-demand occupation"), or a subsection's heading it uses
        ("what are the basic requirements")."""
        phrases = [p.strip().lower() for p in QUOTED.findall(question)]
        quoted = [frozenset(self._analyzer.terms(p)) for p in phrases]
        asked = set(question_terms) | set(self._analyzer.terms(question))
        named = {
            section
            for section, terms in self._terms.items()
            if section.lower() in phrases
            or any(q and q <= terms <= asked for q in quoted)
            or _names_subsection(question, section)
        }
        return np.array([p.section in named for p in self._passages])


def _names_subsection(question: str, section: str) -> bool:
    """Whether the question uses a subsection's heading ("...: Basic requirements") of two
    words or more."""
    _, colon, sub = section.rpartition(": ")
    return bool(colon) and " " in sub and sub[1:].islower() and sub.lower() in question.lower()
