"""The answer to a question the documents cannot answer (:mod:`knowledge.qa.gaps`): that they
don't say, who can, and what they do say nearby."""

from __future__ import annotations

import re

from knowledge.answers.common import Answer
from knowledge.passage_search import get_passage_index
from knowledge.qa import extractive
from knowledge.qa.contacts import who_to_ask
from knowledge.qa.documents import documents_named
from knowledge.qa.gaps import Gap
from knowledge.records import KnowledgeBase
from knowledge.translation import with_english


def gap_answer(kb: KnowledgeBase, question: str, gap: Gap, note: str) -> Answer:
    """What the documents don't state, who to ask, and a nearby passage: one without
    numbers (they could be taken for the answer) unless it has a percentage the question
    itself cites ("the 15% tax rate")."""
    docs = documents_named(question)
    ask = who_to_ask(kb, docs, with_english(question))
    lines = [f"{note}{_silent(kb, docs)} {gap.missing_for(question)}.", ask]
    stated = set(re.findall(r"\d+(?:\.\d+)?%?", question))
    hits = [
        h
        for h in get_passage_index().find(gap.pattern.sub(" ", question), k=5)
        if not re.search(r"\d", h.passage.text) or stated & set(re.findall(r"\d+%", h.passage.text))
    ]
    nearby = extractive.passage_answer(kb, hits[:3], lead="What they do say nearby: ")
    sources = nearby.sources if nearby else ()
    if nearby is not None:
        lines.append(nearby.text.replace("What they do say nearby: The ", "Nearby, the "))
    return Answer("\n".join(lines), sources)


def _silent(kb: KnowledgeBase, docs: list[str]) -> str:
    """ "The X doesn't state" or "My documents (the X and the Y) don't state"."""
    names = [kb.sources[d].short for d in docs[:2]]
    if len(names) == 2:
        return f"My documents (the {names[0]} and the {names[1]}) don't state"
    return f"The {names[0]} doesn't state" if names else "My documents don't state"
