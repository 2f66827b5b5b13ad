"""Which documents a question names."""

from __future__ import annotations

import pytest

from knowledge.qa.documents import documents_named

BOTH_LISTS = ["shanghai_qualifications_first", "shanghai_qualifications_3"]


@pytest.mark.parametrize(
    "question",
    [
        "will a qualification be removed from the Shanghai list?",
        "Once a qualification is on the Shanghai list, does it stay there permanently?",
        "is ACCA on the qualification list?",
        "which qualifications list has PMP?",
    ],
)
def test_a_qualification_on_the_shanghai_list_names_both_qualification_lists(question):
    assert documents_named(question) == BOTH_LISTS


@pytest.mark.parametrize(
    "question",
    [
        "is my job on the Shanghai list?",
        # The full title, which both lists use, is left to the passage search.
        "Where was the Shanghai List of Recognized Overseas Occupational Qualifications released?",
        "Shanghai List of Recognized Overseas Occupational Qualifications which event released ？"
        " Shanghai List of Recognized Overseas Occupational Qualifications",
    ],
)
def test_the_shanghai_list_alone_or_its_full_title_names_no_list(question):
    assert documents_named(question) == []
