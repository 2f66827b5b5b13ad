"""Answers quoted from the documents' passages: one to three sentences and their source.

The best passage is quoted as it stands; other hits join it only when they come from the
same document and cover the question nearly as well, or when the best one is the lead-in
of a list ("... the following support services:"), whose items follow it. Nothing is
paraphrased: the framing says which document speaks, the quotation is the document's text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.answers.common import Answer
from knowledge.passage_search import Hit, get_passage_index
from knowledge.passages import ITEM_SEPARATOR, Passage, footnotes_of, marked_by, neighbours
from knowledge.records import KnowledgeBase
from knowledge.search_terms import ASKS_NUMBER

# A hit must cover this share of the question's weight to count as an answer at all.
MIN_COVERAGE = 0.45
# Below MIN_COVERAGE but at least this, the best passage is offered as the closest one.
MIN_PLAUSIBLE = 0.3
MIN_MATCHED = 2
# Further hits join the best one when they cover at least this share of its coverage.
JOIN_SHARE = 0.8
MAX_SENTENCES = 3
# The quotation stays under this many characters (the whole answer under about 700).
MAX_QUOTE_CHARS = 450
# The best passage, the sentence it depends on and its footnote are kept up to this length.
MAX_ESSENTIAL_CHARS = 520
# A definition's paragraph, up to this length (with the source line, still under 700).
DEFINITION_CHARS = 560
# Sentences longer than this (table rows excepted) are cut to the clauses that use the
# question's words.
LONG_SENTENCE = 450
# A sentence that goes through what the one before announced ("... three indicators. The
# first is ...") is quoted with it whatever its length.
_ENUMERATES = re.compile(r"^(The first\b|First,)")
# Where a message's second question starts: ", and how many ...", "? And which ...".
_SECOND_QUESTION = re.compile(
    r"(?:,\s*|\?\s*|\s)and (?=(?:how|what|which|who|whom|when|where|why|is|are|does|do|did|"
    r"can|will)\b)",
    re.I,
)
# Each answer to a second question is cut to about this many characters.
EACH_ROOM = 160
_EACH = re.compile(r"\b(each|every|per)\b", re.I)
# How many list items after a lead-in are quoted.
MAX_ITEMS = 6
# A clause with the noun a "which/what" question asks for counts as this many more words.
ASKED_WEIGHT = 3


def plausible(hits: list[Hit], in_named_document: bool = False) -> bool:
    """Whether the best hit covers enough of the question to offer it as the closest passage;
    ``in_named_document``: the question's words naming the hit's document count as matched
    (a passage of the document asked about, where another document answered)."""
    if not hits or hits[0].coverage < MIN_PLAUSIBLE:
        return False
    naming = hits[0].naming if in_named_document else 0
    return hits[0].matched + naming >= MIN_MATCHED


def confident(hits: list[Hit]) -> bool:
    """Whether the best hit covers enough of the question to answer it, with at least two of
    its words unless it covers them all."""
    best = hits[0] if hits else None
    if best is not None and best.heading:
        return best.coverage >= MIN_PLAUSIBLE
    return (
        bool(best)
        and best.coverage >= MIN_COVERAGE
        and (best.matched >= MIN_MATCHED or best.coverage == 1)
    )


def best_hit(hits: list[Hit], question: str) -> Hit:
    """The hit to quote: the top one, or for a "how many" question the first close hit that
    states a number."""
    if ASKS_NUMBER.search(question):
        for hit in hits:
            close = hit.coverage >= JOIN_SHARE * hits[0].coverage
            if close and re.search(r"\d", hit.passage.text):
                return hit
    return hits[0]


def focused(passage: Passage, question: str, room: int = MAX_QUOTE_CHARS) -> Passage:
    """A sentence longer than ``LONG_SENTENCE`` or than the room left cut to the clauses
    that use most of the question's words (the clause with what a "which" question asks
    for, then a number when one is asked for, first), with the first clause when there is
    room; the gaps are marked "…" (the document's words, none added)."""
    too_long = len(passage.text) > min(LONG_SENTENCE, room)
    if not too_long or not question or passage.row is not None:
        return passage
    analyzer = get_passage_index().analyzer
    wanted = set(analyzer.terms(question))
    asked = analyzer.asked_for(question)
    clauses = re.split(r"(?<=[,;])\s+", passage.text)
    asks_number = bool(ASKS_NUMBER.search(question))

    def weight(i: int) -> tuple[float, int]:
        terms = set(analyzer.terms(clauses[i]))
        used = len(wanted & terms) + (ASKED_WEIGHT if asked & terms else 0)
        number = asks_number and bool(re.search(r"\d", clauses[i]))
        return (used + (0.5 if number else 0.0), -i)

    ranked = [i for i in sorted(range(len(clauses)), key=weight, reverse=True) if weight(i)[0]]
    keep: set[int] = set()
    following = [j for i in ranked for j in range(i + 1, len(clauses))]
    for i in [*ranked, *following, 0, *(i - 1 for i in ranked)]:
        if 0 <= i < len(clauses) and _length(clauses, keep | {i}) <= min(room, MAX_QUOTE_CHARS):
            keep.add(i)
    pieces, previous = [], -1
    for i in sorted(keep):
        if i != previous + 1:
            pieces.append("…")
        pieces.append(clauses[i])
        previous = i
    if previous != len(clauses) - 1:
        pieces.append("…")
    text = " ".join(pieces)
    return replace(passage, text=text) if keep and len(text) < len(passage.text) else passage


def _length(clauses: list[str], chosen: set[int]) -> int:
    return sum(len(clauses[i]) + 3 for i in chosen)


def chosen_passages(hits: list[Hit], question: str = "") -> list[Passage]:
    """The passages to quote, in document order: the best hit, the sentence it depends on,
    a list's items after its lead-in, and neighbouring hits nearly as good; long sentences
    cut to the clauses that matter."""
    best = best_hit(hits, question)
    chosen = [best.passage]
    if best.passage.lead:
        earlier = neighbours(best.passage, before=MAX_ITEMS, after=0)
        chosen += [p for p in earlier if p.text == best.passage.lead]
    chosen += list(footnotes_of(best.passage))
    following = neighbours(best.passage, before=0, after=1)[1:]
    elaboration = [p for p in following if p.lead == best.passage.text and not p.lead.endswith(":")]
    naming = _naming_neighbour(best.passage, question)
    # A definition goes on in the sentences of its paragraph ("These lists define ...").
    defining = _carried_on(best.passage, MAX_SENTENCES - 1) if best.defines else []
    chosen += elaboration + naming + defining
    # Quoted whatever their length: a list the best passage announced, the sentence naming
    # what was asked, a definition's paragraph.
    enumeration = [p for p in elaboration if _ENUMERATES.match(p.text)] + naming + defining
    section = _named_section(best)
    if section:
        chosen += section
    elif best.passage.text.rstrip().endswith(":"):
        chosen += list(neighbours(best.passage, before=0, after=MAX_ITEMS))[1:]
    else:
        for hit in hits:
            near = hit.passage.doc == best.passage.doc and (
                abs(hit.passage.index - best.passage.index) == 1
                or _same_sentence(hit.passage, best.passage)
            )
            if near and hit.coverage >= JOIN_SHARE * best.coverage:
                chosen.append(hit.passage)
    marking = list(marked_by(best.passage))
    chosen += marking
    essential = {best.passage, *footnotes_of(best.passage), *marking, *enumeration}
    essential |= {p for p in chosen if p.text == best.passage.lead}
    kept: list[Passage] = []
    length = 0
    listing = best.passage.text.endswith(":") or section or ITEM_SEPARATOR in best.passage.text
    limit = MAX_ITEMS + 1 if listing else MAX_SENTENCES
    # The essential passages get their room first.
    notes = set(footnotes_of(best.passage))
    # Footnotes first: short, and often the answer; the long sentence marking them is cut.
    for original in sorted(
        dict.fromkeys(chosen), key=lambda p: (p not in essential, p not in notes)
    ):
        cap = MAX_QUOTE_CHARS
        if original in essential:
            cap = DEFINITION_CHARS if best.defines else MAX_ESSENTIAL_CHARS
        item = _further_item(original, kept)
        passage = item or focused(original, question, cap - length if kept else MAX_QUOTE_CHARS)
        shown = len(item.text.partition(ITEM_SEPARATOR)[2]) if item else len(passage.text)
        if len(kept) == limit or (kept and length + shown > cap):
            continue
        kept.append(passage)
        length += shown + 1
    for answer in _second_question_answers(best.passage, question, kept):
        if length + len(answer.text) <= MAX_ESSENTIAL_CHARS:
            kept.append(answer)
            length += len(answer.text) + 1
    return sorted(kept, key=lambda p: p.index)


def _named_section(best: Hit) -> list[Passage]:
    """All of a short section whose heading the question names ("the basic requirements":
    four one-line items), or nothing."""
    if not best.heading:
        return []
    section = list(neighbours(best.passage, before=MAX_ITEMS, after=MAX_ITEMS))
    fits = sum(len(p.text) + 1 for p in section) <= MAX_QUOTE_CHARS
    return section if fits and len(section) <= MAX_ITEMS else []


def _second_question_answers(best: Passage, question: str, kept: list[Passage]) -> list[Passage]:
    """For a message that asks two things ("How many ..., and how many in each category?"),
    the best passage of the same document for each further question, if it answers it."""
    first, *parts = _SECOND_QUESTION.split(question)
    index = get_passage_index()
    # "... and how many in each category?" is still about the first question's subject.
    subject = " ".join(index.asked_for(first))
    found: list[Passage] = []
    have = {p.index for p in kept if p.doc == best.doc}
    for part in filter(None, (p.strip() for p in parts)):
        hits = index.search(f"{part} {subject}", k=5, docs=[best.doc])
        if not hits or not confident(hits):
            continue
        tied = [h.passage for h in hits if h.coverage >= hits[0].coverage]
        # "These qualifications were classified as Category A": the sentence before says how many.
        tied = [q for p in tied for q in (*_lead_of(p), p)]
        if ASKS_NUMBER.search(part):
            tied = [p for p in tied if re.search(r"\d", p.text)] or tied
        for passage in tied if _EACH.search(part) else tied[:1]:
            if passage.index not in have:
                found.append(focused(passage, part, EACH_ROOM))
                have.add(passage.index)
    return found


def _lead_of(passage: Passage) -> list[Passage]:
    """The sentence a passage depends on, when it is the one before it (not a list's lead)."""
    if not passage.lead or passage.lead.endswith(":"):
        return []
    return [p for p in neighbours(passage, before=1, after=0)[:1] if p.text == passage.lead]


def _naming_neighbour(passage: Passage, question: str) -> list[Passage]:
    """The sentence of the same paragraph, or of the sentences that carry it on ("To
    qualify, ..."), that names what the question asks for ("which cities", "who can
    qualify") when the best passage does not; with the sentence that carries that one on."""
    index = get_passage_index()
    asked = index.asked_for(question)
    if not asked or asked <= set(index.analyzer.terms(passage.text)):
        return []
    before = [p for p in neighbours(passage, before=1, after=0)[:-1] if p.line == passage.line]
    candidates = before + _carried_on(passage, MAX_SENTENCES)
    naming = [p for p in candidates if asked <= set(index.analyzer.terms(p.text))][:1]
    return naming + _carried_on(naming[0], 1) if naming else []


def _carried_on(passage: Passage, most: int) -> list[Passage]:
    """Up to ``most`` following sentences of the paragraph, or that depend on the one
    before them ("This talent ...", "Alternatively, ...")."""
    found: list[Passage] = []
    previous = passage
    for after in neighbours(passage, before=0, after=most)[1:]:
        if after.line != passage.line and after.lead != previous.text:
            break
        found.append(after)
        previous = after
    return found


def quote(kb: KnowledgeBase, passages: list[Passage], lead: str = "") -> Answer:
    """The passages quoted under the name of their document."""
    doc = passages[0].doc
    title = kb.sources[doc].short
    lead_in = [p for p in passages if p.text.endswith(":")]
    if lead_in and len(passages) > 1:
        items = [p.text for p in passages if not p.text.endswith(":")]
        body = f"{lead_in[0].text}\n" + "\n".join(f"• {item}" for item in items)
    else:
        body = "“" + " ".join(_items_merged([p.text for p in passages])) + "”"
    text = f"{lead}The {title} says: {body}" if lead else f"The {title} says: {body}"
    return Answer(text, tuple(p.provenance for p in passages))


def passage_answer(
    kb: KnowledgeBase, hits: list[Hit], lead: str = "", question: str = ""
) -> Answer | None:
    """A quoted answer from the hits, or None when none covers the question."""
    if not confident(hits):
        return None
    return quote(kb, chosen_passages(hits, question), lead)


def _same_sentence(one: Passage, other: Passage) -> bool:
    """Whether two passages are items of one long sentence."""
    lead, separator, _ = one.text.partition(ITEM_SEPARATOR)
    return bool(separator) and one.line == other.line and other.text.startswith(lead + separator)


def _further_item(passage: Passage, kept: list[Passage]) -> Passage | None:
    """The passage, when it is an item of a long sentence whose lead is quoted already (only
    its item is shown)."""
    lead, separator, _ = passage.text.partition(ITEM_SEPARATOR)
    if separator and any(p.text.startswith(lead + separator) for p in kept):
        return passage
    return None


def _items_merged(texts: list[str]) -> list[str]:
    """Items of one long sentence ("X includes: … a", "X includes: … b") as that sentence
    once, its items in order ("X includes: … a; b")."""
    merged: list[str] = []
    for text in texts:
        lead, separator, item = text.partition(ITEM_SEPARATOR)
        if separator and merged and merged[-1].startswith(lead + separator):
            merged[-1] += f"; {item}"
        else:
            merged.append(text)
    return merged
