"""Whether a thing the question names is one of the items a document lists.

"Do Nobel laureates in economics count as meeting internationally recognized standards?"
is answered by the list's sentence ("... includes: Nobel Prize winners (on physics,
chemistry, physiology or medicine, economics); ..."). When the question asks whether
something counts, belongs or is included, and the quoted passages hold a list (items after
"includes: …", or "covers a, b, c"), the quotation starts with the verdict: "It is listed
by name" when an item holds a name, an acronym or a phrase of the question, every word of
it; "It is not listed by name" when a word around that name is one the document never uses
("the Nobel Prize in Literature": the list names the Nobel Prize, not for literature).
"""

from __future__ import annotations

import re
from enum import Enum

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
UNLISTED_LEAD = "It is not listed by name. "
# Names: capitalised words in a row ("National Academy of Sciences"), acronyms ("ISO").
_NAME = re.compile(r"\b(?:[A-Z][A-Za-z]+|[A-Z]{2,6})(?:\s+(?:of\s+|and\s+)?[A-Z][A-Za-z]+)*")
# Other things a question can name: two to four words in a row the list uses ("new energy").
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PHRASE_WORDS = (2, 3, 4)
# The words around a name that may qualify it ("Nobel Prize in literature").
_BEFORE, _AFTER = 1, 2
# A sentence listing things after its verb: "... mainly cover those related to a, b, c".
_ENUMERATION = re.compile(
    r"\b(?:includes?|including|covers?|such as|namely)\b((?:[^,]*,){2}.*)", re.I
)


class Listing(Enum):
    """Whether a list names what a question asks about."""

    LISTED = "listed"
    UNLISTED = "not listed"  # the list names something like it, with another qualifier


def list_items(passage_text: str) -> str:
    """The items part of a list's sentence ("…: a; b", "cover a, b, c"), or ""."""
    _, separator, items = passage_text.partition(ITEM_SEPARATOR)
    if separator:
        return items
    found = _ENUMERATION.search(passage_text)
    return found.group(1) if found else ""


def names_listed(items: list[str], doc: str, question: str, english: str) -> Listing | None:
    """Whether the list's items (of document ``doc``) name what the question asks to be
    counted among them (``question`` as written, ``english`` its keyword translation):
    listed when the items hold a name or phrase of the question and no word around it is
    one the document never uses; not listed when such a word qualifies it ("the Nobel
    Prize in literature"); None when the question asks no such thing."""
    if not items or not LISTED_CUE.search(f"{question}\n{english}"):
        return None
    index = get_passage_index()
    asked = LISTED_CUE.sub(" ", english)
    item_terms = {t for item in items for t in index.analyzer.terms(item)}
    said = " ".join(items).lower()
    document = index.document_terms(doc)
    named = [*_NAME.finditer(asked), *_phrases_used(asked, said)]
    found = None
    for name in named:
        terms = set(index.analyzer.terms(name.group()))
        if not terms or not terms <= item_terms:
            continue
        before = asked[: name.start()].split()[-_BEFORE:]
        after = asked[name.end() :].split()[:_AFTER]
        around = index.analyzer.terms(" ".join([*before, *after]))
        if any(index.knows(t) and t not in document for t in around):
            return Listing.UNLISTED
        found = Listing.LISTED
    return found


def _phrases_used(text: str, said: str) -> list[re.Match[str]]:
    """The runs of two to four words of ``text`` that ``said`` uses as they stand."""
    words = list(_WORD.finditer(text))
    found = []
    for size in _PHRASE_WORDS:
        for run in zip(*(words[i:] for i in range(size)), strict=False):
            phrase = text[run[0].start() : run[-1].end()]
            if " ".join(w.group() for w in run) == phrase and f" {phrase}" in f" {said}":
                found.append(re.compile(re.escape(phrase)).search(text, run[0].start()))
    return [m for m in found if m]


def listed_answer(kb: KnowledgeBase, hits: list[Hit], question: str, english: str) -> Answer | None:
    """The list quoted under "It is listed by name" or "It is not listed by name" when
    the question asks whether something is among its items (see :func:`names_listed`),
    else None."""
    if not extractive.plausible(hits):
        return None
    passages = extractive.chosen_passages(hits, english)
    items = [found for p in passages if (found := list_items(p.text))]
    listing = names_listed(items, passages[0].doc, question, english)
    if listing is None:
        return None
    lead = LISTED_LEAD if listing is Listing.LISTED else UNLISTED_LEAD
    return extractive.quote(kb, passages, lead)
