"""Whether a thing the question names is one of the items a document lists.

"Do Nobel laureates in economics count as meeting internationally recognized standards?"
is answered by the list's sentence ("... includes: Nobel Prize winners (on physics,
chemistry, physiology or medicine, economics); ..."). When the question asks whether
something counts, belongs or is included, the quoted passage is an item of a list, and the
item names the thing the question names (a name or an acronym, every word of it), the
quotation starts by saying so. Not when the question also uses a word the documents know
but this document never uses: "the Nobel Prize in Literature" is not "listed by name".
"""

from __future__ import annotations

import re

from knowledge.answers.common import Answer
from knowledge.i18n.patterns import with_zh
from knowledge.passage_search import Hit, get_passage_index
from knowledge.passages import ITEM_SEPARATOR
from knowledge.qa import extractive
from knowledge.records import KnowledgeBase

# A question asking whether something is among what a list covers.
LISTED_CUE = with_zh(
    r"\b(counts?|counted|included|belongs?|qualif(?:y|ies) as|considered|falls? (?:under|within)"
    r"|among|on (?:the|that|this) list)\b",
    "membership.cue",
)
LISTED_LEAD = "It is listed by name. "
# Names: capitalised words in a row ("National Academy of Sciences"), acronyms ("ISO").
_NAME = re.compile(r"\b(?:[A-Z][A-Za-z]+|[A-Z]{2,6})(?:\s+(?:of\s+|and\s+)?[A-Z][A-Za-z]+)*")
# The words around a name that may qualify it ("Nobel Prize in literature").
_BEFORE, _AFTER = 1, 2


def names_listed(items: list[str], doc: str, question: str, english: str) -> bool:
    """Whether the list's items (of document ``doc``) name what the question asks to be
    counted among them (``question`` as written, ``english`` its keyword translation), and
    no word around that name is one the document never uses."""
    if not items or not LISTED_CUE.search(f"{question}\n{english}"):
        return False
    index = get_passage_index()
    asked = LISTED_CUE.sub(" ", english)
    item_terms = {t for item in items for t in index.analyzer.terms(item)}
    document = index.document_terms(doc)
    found = False
    for name in _NAME.finditer(asked):
        terms = set(index.analyzer.terms(name.group()))
        if not terms or not terms <= item_terms:
            continue
        before = asked[: name.start()].split()[-_BEFORE:]
        after = asked[name.end() :].split()[:_AFTER]
        around = index.analyzer.terms(" ".join([*before, *after]))
        if any(index.knows(t) and t not in document for t in around):
            return False
        found = True
    return found


def listed_answer(kb: KnowledgeBase, hits: list[Hit], question: str, english: str) -> Answer | None:
    """The list's item quoted under "It is listed by name", when it names what the
    question asks about (see :func:`names_listed`), else None."""
    if not extractive.plausible(hits):
        return None
    passages = extractive.chosen_passages(hits, english)
    items = [p.text.partition(ITEM_SEPARATOR)[2] for p in passages if ITEM_SEPARATOR in p.text]
    if not names_listed(items, passages[0].doc, question, english):
        return None
    return extractive.quote(kb, passages, LISTED_LEAD)
