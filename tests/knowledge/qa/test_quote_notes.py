"""A line after a quotation from another category's section (names the document never uses:
tests/knowledge/qa/test_router.py)."""

from __future__ import annotations

from knowledge.answers.common import Answer
from knowledge.qa import quote_notes
from knowledge.records import KnowledgeBase, Provenance

SECTION_B = "2. Servies for holders of Category B qualifications"
FAMILY = Answer("The list says: “Their foreign spouses and minors may apply with them.”")


def quoted_from(section: str) -> Answer:
    source = Provenance(doc="shanghai_qualifications_3", section=section, line=21)
    return Answer(FAMILY.text, (source,))


def test_a_quotation_from_another_categorys_section_says_so(kb: KnowledgeBase) -> None:
    found = quoted_from(SECTION_B)
    assert quote_notes.notes(kb, "can I bring my kids with category A?", found) == (
        "\nNote: this is said of holders of Category B qualifications, not Category A."
    )


def test_the_category_asked_or_no_category_adds_nothing(kb: KnowledgeBase) -> None:
    found = quoted_from(SECTION_B)
    assert quote_notes.notes(kb, "can Category B holders bring their kids?", found) == ""
    assert quote_notes.notes(kb, "can I bring my kids?", found) == ""
    untitled = quoted_from("Providing tiered convenience measures")
    assert quote_notes.notes(kb, "can I bring my kids with category A?", untitled) == ""
