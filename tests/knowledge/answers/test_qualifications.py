"""Categories of the Shanghai qualification list, work-permit classes, and the list itself."""

from __future__ import annotations

import pytest

from knowledge.answers import qualifications
from tests.knowledge.answers import assert_answer

LIST, PERMIT = qualifications.QUALIFICATION_LIST, qualifications.WORK_PERMIT


def test_category_b_of_list_3_gives_its_services_and_the_first_list_count(kb):
    text = assert_answer(qualifications.category(kb, "B", LIST))
    assert "Category B includes urgently needed skills and qualifications." in text
    assert "high-end foreign talent work permit (Category A)" in text
    assert "In the first list, Category B had 15 qualifications" in text
    assert "Association for Computing Machinery" in text
    assert "work-permit class, not a category of this list" in text
    assert "the Chinese version prevails" in text


def test_category_letter_is_case_insensitive(kb):
    lower = qualifications.category(kb, "a", LIST)
    assert lower == qualifications.category(kb, "A", LIST)
    assert "In the first list, Category A had 48 qualifications." in lower.text


def test_category_d_is_not_in_the_first_list(kb):
    text = assert_answer(qualifications.category(kb, "D", LIST))
    assert "mutual recognition" in text
    assert "names only Categories A, B and C" in text


def test_a_letter_the_list_does_not_have(kb):
    text = assert_answer(qualifications.category(kb, "E", LIST))
    assert "Categories A, B, C and D; there is no Category E" in text


@pytest.mark.parametrize(
    ("letter", "group", "fact"),
    [
        ("A", "high-end foreign talent", "valid for up to five years"),
        ("B", "foreign professional talent", "70 years"),
    ],
)
def test_work_permit_classes_are_only_mentioned_in_passing(kb, letter, group, fact):
    text = assert_answer(qualifications.category(kb, letter, PERMIT))
    assert f"Work-permit class {letter} is for {group};" in text
    assert "only in passing" in text
    assert fact in text
    assert f"different from Category {letter} of the Shanghai qualification list" in text


def test_a_work_permit_class_the_documents_do_not_name(kb):
    text = assert_answer(qualifications.category(kb, "C", PERMIT))
    assert "only work-permit classes A (high-end foreign talent) and B" in text
    assert "nothing about a class C" in text


def test_unknown_scheme_is_an_error(kb):
    with pytest.raises(ValueError):
        qualifications.category(kb, "A", "visa")


def test_overview_has_3_0_categories_and_the_first_list_counts(kb):
    text = assert_answer(qualifications.overview(kb))
    assert "The Shanghai qualification list 3.0 is the current version" in text
    assert "Shanghai Municipal Human Resources and Social Security Bureau" in text
    for letter in "ABCD":
        assert f"• Category {letter} " in text
    assert "85 qualifications: 48 in Category A, 15 in Category B and 22 in Category C" in text
    assert "the Chinese version prevails" in text


def test_fellowships(kb):
    text = assert_answer(qualifications.fellowships(kb))
    assert "Institution of Engineering and Technology in the UK" in text
    assert "Royal Aeronautical Society in the UK" in text
    assert "Category B (15 qualifications)" in text
    assert "replaced by version 3.0" in text


def test_verification_includes_overseas_applicants(kb):
    text = assert_answer(qualifications.verification(kb))
    assert "unified certificate query and verification service platform" in text
    assert "can apply for verification from overseas" in text


def test_language_version_names_the_document_that_says_chinese_prevails(kb):
    text = assert_answer(qualifications.language_version(kb))
    assert 'The Shanghai qualification list 3.0 says: "The above content' in text
    assert "Chinese version shall prevail" in text
    assert "Qianhai high-demand occupations list 2020" in text


@pytest.mark.parametrize("letter", ["A", "b"])
def test_ambiguity_choices(kb, letter):
    answer = qualifications.ambiguity_choices(letter, kb)
    upper = letter.upper()
    assert answer.choices == (
        (f"Shanghai qualification list, Category {upper}", LIST),
        (f"Work-permit class {upper}", PERMIT),
    )
    assert "Which one do you mean?" in assert_answer(answer)


def test_categories_c_and_d_are_not_ambiguous(kb):
    with pytest.raises(ValueError):
        qualifications.ambiguity_choices("C", kb)


def test_a_category_of_the_first_list_is_answered_from_the_first_list(kb):
    answer = qualifications.category(kb, "B", LIST, first_list=True)
    text = assert_answer(answer)
    assert text.startswith("In the first list, Category B had 15 qualifications")
    assert "Holders of Category B qualifications will enjoy enhanced working conditions.”" in text
    assert {p.doc for p in answer.sources} == {"shanghai_qualifications_first"}


def test_the_first_list_has_no_category_d(kb):
    text = qualifications.category(kb, "D", LIST, first_list=True).text
    assert "there is no Category D" in text


def test_the_first_lists_counts_come_first(kb):
    text = assert_answer(qualifications.first_list_overview(kb))
    assert text.startswith(
        "The first list had 85 qualifications: 48 in Category A, 15 in Category B and 22 in "
        "Category C."
    )


def test_category_count_gives_the_first_lists_or_says_there_is_none(kb):
    text = assert_answer(qualifications.category_count(kb, "b"))
    assert "list 3.0 does not say how many qualifications Category B has." in text
    assert "In the first list, Category B had 15 qualifications" in text
    text = assert_answer(qualifications.category_count(kb, "D"))
    assert "The report on the first list names only Categories A, B and C." in text


def test_the_service_a_question_asks_about_comes_first(kb):
    question = "I hold a Category A qualification: what age limit applies to my work permit?"
    text = qualifications.category(kb, "A", "qualification_list", question=question).text
    services = [line for line in text.splitlines() if line.startswith("• ")]
    assert "the age limit can be extended to 70 years" in services[0]
    unasked = qualifications.category(kb, "A", "qualification_list").text
    assert sorted(services) == sorted(x for x in unasked.splitlines() if x.startswith("• "))
    assert unasked.index("multiple-entry visas") < unasked.index("age limit")
    # The category named ranks no service: they keep the notice's order.
    asked_b = qualifications.category(kb, "B", "qualification_list", question="What does B give?")
    plain_b = qualifications.category(kb, "B", "qualification_list")
    named_b = qualifications.category(
        kb, "B", "qualification_list", question="What does Category B give?"
    )
    assert named_b.text == plain_b.text == asked_b.text
