"""Answers on the Shanghai List of Recognized Overseas Occupational Qualifications.

Two lists are known: the first list (a news report, superseded) and list 3.0 (the current
notice). "Category A/B" is ambiguous: besides the list's categories A to D, the 3.0 notice and
the six-city article name work-permit classes "high-end foreign talent (Category A)" and
"foreign professional talent (Category B)". Those classes are only mentioned in passing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answers.common import (
    Answer,
    bullet_list,
    chinese_version_note,
    facts_by_key,
    provenances,
    series,
    with_language_note,
)
from knowledge.base import load_knowledge_base
from knowledge.i18n import message
from knowledge.passage_search import get_passage_index
from knowledge.records import Fact, KnowledgeBase, QualificationCategory, QualificationList
from knowledge.translation import to_english

QUALIFICATION_LIST = "qualification_list"
WORK_PERMIT = "work_permit"
# Letters that name both a category of the list and a work-permit class.
AMBIGUOUS_LETTERS = ("A", "B")
_SENTENCE_END = re.compile(r"(?<=\.)\s+")
_CATEGORY_NAMED = re.compile(r"\b(categor(y|ies)|cat\.?|class)\s*[a-d]\b", re.I)


def category(
    kb: KnowledgeBase, letter: str, scheme: str, first_list: bool = False, question: str = ""
) -> Answer:
    """What Category ``letter`` means in ``scheme`` (``qualification_list`` or ``work_permit``);
    ``first_list``: in the first list (the news report) rather than the current 3.0. The
    services the ``question`` asks about come first ("what age limit ...")."""
    letter = letter.strip().upper()
    if scheme == QUALIFICATION_LIST and first_list:
        return _first_list_category(kb, letter)
    if scheme == QUALIFICATION_LIST:
        return _list_category(kb, letter, question)
    if scheme == WORK_PERMIT:
        return _work_permit_class(kb, letter)
    raise ValueError(f"unknown scheme: {scheme!r}")


def category_count(kb: KnowledgeBase, letter: str) -> Answer:
    """How many qualifications Category ``letter`` of the list has: the report on list 3.0
    gives no counts; the report on the first list does."""
    letter = letter.strip().upper()
    current = kb.qualification_list()
    short = kb.sources[current.doc].short
    first = kb.qualification_list("first").category(letter)
    lines = [f"The {short} does not say how many qualifications Category {letter} has."]
    lines.append(
        f"{_first_list_line(first)} The first list has since been replaced by the {short}."
        if first
        else _not_in_first_list(kb)
    )
    records = [c for c in (current.category(letter), first) if c is not None]
    return Answer("\n".join(lines), provenances(records))


def overview(kb: KnowledgeBase) -> Answer:
    """The current list (3.0) with one line per category, and the first list's 85."""
    current = kb.qualification_list()
    first = kb.qualification_list("first")
    issuer = kb.sources[current.doc].issuer
    lines = [
        f"The {kb.sources[current.doc].short} is the current version, issued by the {issuer}. "
        "Its categories:",
        bullet_list([c.summary for c in current.categories]),
        _first_list_counts(first),
    ]
    return with_language_note(kb, current.doc, lines, [*current.categories, *first.categories])


def first_list_overview(kb: KnowledgeBase) -> Answer:
    """The first list's total and its count per category, count first."""
    first = kb.qualification_list("first")
    current = kb.qualification_list()
    lines = [
        _first_list_counts(first),
        f"It has since been replaced by the {kb.sources[current.doc].short}.",
    ]
    return Answer("\n".join(lines), provenances(first.categories))


def fellowships(kb: KnowledgeBase) -> Answer:
    """The fellowships the first list gives as examples, and what the 3.0 notice says."""
    first = kb.qualification_list("first")
    with_examples = [c for c in first.categories if c.examples]
    lines = [
        f"The report on the first list names fellowships with {series(c.examples)} as examples "
        f"of its Category {c.letter} ({c.count} qualifications)."
        for c in with_examples
    ]
    current = kb.qualification_list()
    lines.append(
        f"The first list has been replaced by version {current.version}, and the "
        f"{current.version} notice I have names no individual qualifications: check the full "
        f"{current.version} list for a given fellowship."
    )
    return Answer("\n".join(lines), provenances(with_examples))


def verification(kb: KnowledgeBase) -> Answer:
    """How certificates are verified, from the 3.0 notice."""
    current = kb.qualification_list()
    platform = facts_by_key(current.facts)["verification_platform"]
    first_step = kb.titles.steps[0]
    lines = [
        platform.text,
        f"For a professional title, the first step is: {first_step.text}",
    ]
    return with_language_note(kb, current.doc, lines, [platform, first_step])


def language_version(kb: KnowledgeBase) -> Answer:
    """Which documents say their Chinese version prevails, and which say nothing."""
    notes = [note for key in kb.sources if (note := chinese_version_note(kb, key)) is not None]
    said = {note.provenance.doc for note in notes}
    silent = [source.short for key, source in kb.sources.items() if key not in said]
    lines = [
        f'The {kb.sources[n.provenance.doc].short} says: "{n.text.removeprefix("Note: ")}"'
        for n in notes
    ]
    if silent:
        lines.append(
            f"The other documents I have do not say which language prevails: {series(silent)}. "
            "What I tell you comes from their English texts."
        )
    return Answer("\n".join(lines), provenances(notes))


def ambiguity_choices(letter: str, kb: KnowledgeBase | None = None) -> Answer:
    """Ask whether Category A/B means the list's category or the work-permit class.

    ``kb`` defaults to the process-wide knowledge base.
    """
    kb = load_knowledge_base() if kb is None else kb
    letter = letter.strip().upper()
    if letter not in AMBIGUOUS_LETTERS:
        raise ValueError(f"Category {letter} is not ambiguous")
    talent = _work_permit_classes(kb)[letter]
    text = message("which_scheme", "en", letter=letter, group=talent.group)
    choices = (
        (message("button_list_category", "en", letter=letter), QUALIFICATION_LIST),
        (message("button_permit_class", "en", letter=letter), WORK_PERMIT),
    )
    return Answer(text, (talent.fact.provenance,), choices)


# --- The list's categories -------------------------------------------------------------


def _list_category(kb: KnowledgeBase, letter: str, question: str) -> Answer:
    current = kb.qualification_list()
    found = current.category(letter)
    if found is None:
        return _no_list_category(kb, current, letter)
    # The category named is in every service's section: only the other words rank them.
    english = _CATEGORY_NAMED.sub(" ", to_english(question))
    coverage = get_passage_index().coverage
    # Stable: the services the question asks about first, the others in the notice's order.
    services = sorted(found.services, key=lambda s: -coverage(english, s.text, specific=True))
    lines = [
        f"{kb.sources[current.doc].short} (current): {found.summary} What the notice offers:",
        bullet_list([service.text for service in services]),
    ]
    first = kb.qualification_list("first").category(letter)
    lines.append(_first_list_line(first) if first else _not_in_first_list(kb))
    records: list[QualificationCategory | Fact] = [found, *found.services]
    records += [first] if first else kb.qualification_list("first").categories
    if any(_names_work_permit_class(s) for s in found.services):
        lines.append(
            'Note: "Category A/B" after a work permit means a work-permit class, not a '
            "category of this list."
        )
    return with_language_note(kb, current.doc, lines, records)


def _first_list_category(kb: KnowledgeBase, letter: str) -> Answer:
    """A category as the report on the first list describes it, with its count."""
    first = kb.qualification_list("first")
    found = first.category(letter)
    if found is None:
        return _no_list_category(kb, first, letter)
    current = kb.qualification_list()
    said = [found.summary, *(s.text for s in found.services if s.text not in found.summary)]
    lines = [
        f"In the first list, Category {letter} had {found.count} qualifications. The report "
        f"says: “{' '.join(said)}”",
        f"The first list has since been replaced by the {kb.sources[current.doc].short}.",
    ]
    return Answer("\n".join(lines), provenances([found, *found.services]))


def _no_list_category(kb: KnowledgeBase, current: QualificationList, letter: str) -> Answer:
    letters = [c.letter for c in current.categories]
    text = (
        f"The {kb.sources[current.doc].short} has Categories {series(letters)}; "
        f"there is no Category {letter}."
    )
    return Answer(text, provenances(current.categories))


def _first_list_line(first: QualificationCategory) -> str:
    line = f"In the first list, Category {first.letter} had {first.count} qualifications"
    if first.examples:
        line += f", including fellowships with {series(first.examples)}"
    return line + "."


def _not_in_first_list(kb: KnowledgeBase) -> str:
    letters = [c.letter for c in kb.qualification_list("first").categories]
    return f"The report on the first list names only Categories {series(letters)}."


def _first_list_counts(first: QualificationList) -> str:
    counts = [f"{c.count} in Category {c.letter}" for c in first.categories]
    line = f"The first list had {first.stated_total} qualifications: {series(counts)}."
    computed = sum(c.count or 0 for c in first.categories)
    if computed != first.stated_total:
        line += f" (The categories add up to {computed}, not {first.stated_total}.)"
    return line


def _names_work_permit_class(service: Fact) -> bool:
    return any(f"(Category {letter})" in service.text for letter in AMBIGUOUS_LETTERS)


# --- Work-permit classes ---------------------------------------------------------------


@dataclass(frozen=True)
class _PermitClass:
    """A work-permit class as the 3.0 notice names it: its talent group and the fact."""

    group: str
    fact: Fact


def _work_permit_classes(kb: KnowledgeBase) -> dict[str, _PermitClass]:
    """Work-permit classes by letter, from "For <group> (Category X)" in the 3.0 notice."""
    fact = facts_by_key(kb.qualification_list().facts)["work_permit_classes"]
    return {
        match.group(2): _PermitClass(match.group(1), fact)
        for match in re.finditer(r"For ([^,.()]+?) \(Category ([A-Z])\)", fact.text)
    }


def _work_permit_class(kb: KnowledgeBase, letter: str) -> Answer:
    classes = _work_permit_classes(kb)
    if letter not in classes:
        named = [f"{key} ({value.group})" for key, value in sorted(classes.items())]
        fact = next(iter(classes.values())).fact
        text = (
            f"The documents I have mention only work-permit classes {series(named)}; "
            f"they say nothing about a class {letter}."
        )
        return Answer(text, (fact.provenance,))
    mentions = _mentions(kb, letter)
    lines = [
        f"Work-permit class {letter} is for {classes[letter].group}; it is different from "
        f"Category {letter} of the Shanghai qualification list. The documents mention it only "
        "in passing and do not set out who qualifies:",
        bullet_list([_in_context(kb, sentence, fact) for sentence, fact in mentions]),
    ]
    return Answer("\n".join(lines), provenances(fact for _, fact in mentions))


def _in_context(kb: KnowledgeBase, sentence: str, fact: Fact) -> str:
    """The sentence with the document and section heading it comes from."""
    heading = fact.provenance.section.split(":")[0]
    return f"{kb.sources[fact.provenance.doc].short}, {heading}: {sentence}"


def _mentions(kb: KnowledgeBase, letter: str) -> list[tuple[str, Fact]]:
    """Each sentence naming "(Category X)" as a work-permit class, once, with its fact."""
    current = kb.qualification_list()
    facts = [
        *current.facts,
        *(service for c in current.categories for service in c.services),
        *kb.pilot.facts,
    ]
    found: dict[str, Fact] = {}
    for fact in facts:
        for sentence in _SENTENCE_END.split(fact.text):
            if f"(Category {letter})" in sentence:
                found.setdefault(sentence, fact)
    return list(found.items())
