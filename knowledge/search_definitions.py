"""Sentences that define a word ("an occupation refers to ..."), for questions asking what
a word means: the sentence defining it is the answer, whatever else the question says
("how does the report's appendix define 'occupation'?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.passages import Passage
from knowledge.search_headings import QUOTED
from knowledge.search_terms import Analyzer

# A question asking what a word means (Chinese questions come translated: 定义 is
# "definition", 是指什么 "meaning"), and the word it asks about when it does not quote it.
ASKS_DEFINITION = re.compile(r"\bdefin|\bmeaning\b|what does .{1,60} mean\b|what is meant by", re.I)
_ARTICLE = r"[\"'“]?(?:the\s+|a\s+|an\s+)?"
DEFINITION_ASKED = re.compile(
    rf"(?:meaning of|what is meant by|define[sd]?)\s+{_ARTICLE}([\w -]{{3,40}}?)[\"'”]?"
    r"(?=\s+(?:in|on|of|for|by|according)\b|[?,.]|$)"
    rf"|what (?:does|do) {_ARTICLE}([\w -]{{3,40}}?)[\"'”]? mean\b"
    r"|^\W*(?!what\b|how\b)([\w -]{3,40}?)\s+meaning\b",
    re.I,
)
# The words a definition defines: the few before its verb.
DEFINED = re.compile(
    r"((?:[\w“”\"'-]+,?\s+){1,4})(?:refers to|is defined as|means(?!\s+(?:for|of)\b))"
)


# A section's heading is defined by its first sentence when these first words use it.
_OPENING_WORDS = 6


class Definitions:
    """The passages that define a word, by the words they define."""

    def __init__(self, passages: Sequence[Passage], analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._defined = {
            i: frozenset(analyzer.terms(found.group(1)))
            for i, p in enumerate(passages)
            if (found := DEFINED.search(p.text))
        }
        # A section named after a term opens with its definition ("Occupation List System:
        # An occupation list system contains ...").
        defined_in = {passages[i].section for i in self._defined}
        for i, p in enumerate(passages):
            opens = i == 0 or passages[i - 1].section != p.section
            if opens and p.section and p.section not in defined_in:
                named = frozenset(analyzer.terms(p.section))
                first_words = " ".join(p.text.split()[:_OPENING_WORDS])
                if named and named <= frozenset(analyzer.terms(first_words)):
                    self._defined[i] = named

    def defining(self, question: str) -> list[int]:
        """The passages (their positions) defining the word the question asks the meaning
        of, quoted or named ("what does X mean"); none when it asks no meaning."""
        if not ASKS_DEFINITION.search(question):
            return []
        asked = DEFINITION_ASKED.search(question)
        phrases = [*QUOTED.findall(question), *(asked.groups() if asked else ())]
        wanted = [set(self._analyzer.terms(p)) for p in phrases if p]
        return [
            i
            for i, defined in self._defined.items()
            if any(words and words <= defined for words in wanted)
        ]
