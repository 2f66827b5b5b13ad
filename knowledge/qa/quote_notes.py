"""Lines after a quotation saying what it does not cover of the question.

A quotation found for a question can miss part of it: a name the document never uses ("the
Nobel Prize in Literature"), or the category of qualifications asked about, when the passage
is from the section on another one ("can I bring my kids with Category A?" finds the family
sentence among Category B's services).
"""

from __future__ import annotations

import re

from knowledge.answers.common import Answer, series
from knowledge.i18n import message
from knowledge.passage_search import get_passage_index
from knowledge.records import KnowledgeBase

_CATEGORY = re.compile(r"\bcategory ([a-d])\b", re.I)


def notes(kb: KnowledgeBase, question: str, found: Answer) -> str:
    """The lines (each after a line break) to add after the quotation ``found`` for the
    English ``question``; "" when it leaves nothing out."""
    lines = [*_not_mentioned(kb, question, found), *_other_category(question, found)]
    return "".join(f"\n{line}" for line in lines)


def _not_mentioned(kb: KnowledgeBase, question: str, found: Answer) -> list[str]:
    """What the question names and the quoted document never mentions."""
    doc = found.sources[0].doc
    absent = get_passage_index().names_absent(question, doc)
    if not absent:
        return []
    names = series([f"“{name}”" for name in absent])
    return [message("not_mentioned", "en", document=kb.sources[doc].short, names=names)]


def _other_category(question: str, found: Answer) -> list[str]:
    """That the quotation is said of another category of qualifications, when every quoted
    passage sits in a section on a category the question does not name."""
    asked = sorted({c.upper() for c in _CATEGORY.findall(question)})
    said = sorted({c.upper() for s in found.sources for c in _CATEGORY.findall(s.section or "")})
    if not asked or not said or set(asked) & set(said):
        return []
    return [message("said_of_category", "en", said="/".join(said), asked="/".join(asked))]
