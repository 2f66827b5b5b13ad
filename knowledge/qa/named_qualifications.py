"""Whether a qualification named by its initials ("ACCA", "the CFA charter") is on a Shanghai
qualification list.

Neither list I have names its qualifications one by one: the report on the first list gives
the counts per category and three Category B fellowships as examples, and the 3.0 notice
names none. Asked about a qualification they do not name, the answer says so, with the
counts, instead of describing the list.
"""

from __future__ import annotations

import re

from knowledge.answers.common import Answer, provenances, series
from knowledge.i18n.patterns import with_zh
from knowledge.qa.documents import documents_named
from knowledge.records import KnowledgeBase

QUALIFICATION_LISTS = frozenset({"shanghai_qualifications_first", "shanghai_qualifications_3"})
# Initials a qualification goes by: two to six capitals ("CFA", "ACCA", "PMP", "CPA").
_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")
# Initials that name no qualification: places, fields, an ID.
_NOT_QUALIFICATIONS = frozenset({"PRC", "UK", "US", "USA", "EU", "HR", "AI", "IC", "ID", "OK"})
_ASKS_IF_LISTED = with_zh(
    r"\b(is|are|does|do|will|would|can)\b[^?]{0,80}\b(on|in|part of|one of|among|included|"
    r"include|includes|recogni[sz]ed|count|counts|covered|listed)\b",
    "named_qualifications.asks_if_listed",
)


def unnamed_asked(kb: KnowledgeBase, question: str) -> list[str]:
    """The initials of qualifications the question asks to be on a Shanghai qualification
    list and that its examples do not stand for ("IET" stands for one); [] for another
    question."""
    if not QUALIFICATION_LISTS & set(documents_named(question)):
        return []
    if not _ASKS_IF_LISTED.search(question):
        return []
    examples = [_initials(name) for name in _examples(kb)]
    asked = dict.fromkeys(_INITIALS.findall(question))
    return [
        name
        for name in asked
        if name not in _NOT_QUALIFICATIONS
        and not any(initials.startswith(name) for initials in examples)
    ]


def unnamed_answer(kb: KnowledgeBase, names: list[str]) -> Answer:
    """That the lists do not name these qualifications, what they give instead, whom to ask."""
    first = kb.qualification_list("first")
    current = kb.qualification_list()
    counts = series([f"{c.count} in Category {c.letter}" for c in first.categories])
    asked = series([f"“{name}”" for name in names])
    text = (
        f"The Shanghai qualification lists I have don't name {asked}, so I can't tell you "
        f"whether it is on the list. The report on the first list gives only counts "
        f"({counts}) and names three Category B fellowships as examples "
        f"({series(_examples(kb))}); the {current.version} notice names no individual "
        f"qualifications. Check the full {current.version} list, or ask the Shanghai "
        f"Municipal Human Resources and Social Security Bureau."
    )
    return Answer(text, provenances([*first.categories, *current.categories[:1]]))


def _examples(kb: KnowledgeBase) -> list[str]:
    return [name for c in kb.qualification_list("first").categories for name in c.examples]


def _initials(name: str) -> str:
    """The capitals of a name's words: "Institution of Engineering and Technology" -> "IET"."""
    return "".join(word[0] for word in name.split() if word[0].isupper())
