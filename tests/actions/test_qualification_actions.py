"""The qualification list's overview, and the category a clarification was about."""

from __future__ import annotations

from actions.qualifications import ActionQualCategory, ActionQualOverview
from tests.actions.conftest import run, slot_events, text_of, tracker


def test_naming_the_list_after_which_category_b_answers_category_b():
    messages, events = run(
        ActionQualOverview(),
        tracker(
            "The one on Shanghai's overseas qualification list 3.0, please.",
            slots={"topic": "qual_category", "category": "B"},
        ),
    )
    text = text_of(messages)
    assert "Category B includes urgently needed skills and qualifications." in text
    assert slot_events(events)["category_scheme"] == "qualification_list"


def test_the_overview_otherwise():
    messages, _ = run(ActionQualOverview(), tracker("tell me about the shanghai list"))
    assert "Category A covers recognized overseas occupational qualifications" in text_of(messages)


def _bot_citing(doc: str) -> dict:
    return {"event": "bot", "text": "…", "data": {"custom": {"sources": [{"doc": doc}]}}}


def test_several_categories_named_get_the_overview():
    question = "What does each of the four categories A, B, C and D stand for?"
    current = tracker(question, entities={"category": "A"})
    current.latest_message["entities"] = [
        {"entity": "category", "value": letter} for letter in "ABCD"
    ]
    text = text_of(run(ActionQualCategory(), current)[0])
    for meaning in ("recognized overseas", "urgently needed skills", "title system", "mutual"):
        assert meaning in text


def test_a_follow_up_on_the_first_list_answers_its_category():
    current = tracker(
        "how many of those are category B and what do holders get?",
        entities={"category": "B"},
        events=[_bot_citing("shanghai_qualifications_first")],
    )
    text = text_of(run(ActionQualCategory(), current)[0])
    assert "Category B had 15 qualifications" in text
    assert "enhanced working conditions" in text


def test_category_d_shows_what_it_offers_within_the_shown_part():
    messages, _ = run(ActionQualCategory(), tracker("Category D?", entities={"category": "D"}))
    assert "exemptions from certain courses" in messages[0]["text"]


def test_the_held_category_is_answered_not_the_permit_class():
    question = "Do Category B certificate holders face age limits for a (Category A) work permit?"
    current = tracker(question)
    current.latest_message["entities"] = [
        {"entity": "category", "value": "B", "start": 12, "end": 13},
        {"entity": "category", "value": "A", "start": 66, "end": 67},
    ]
    text = text_of(run(ActionQualCategory(), current)[0])
    assert "with no restrictions on education, age, or work experience" in text


def test_how_many_the_first_list_has_gets_its_counts():
    text = text_of(
        run(ActionQualOverview(), tracker("How many qualifications were on the first list?"))[0]
    )
    assert "The first list had 85 qualifications" in text


def test_how_many_of_something_else_gets_the_report_sentence():
    question = (
        "How many investors came to the venture capital sub-forum at the Third Shanghai "
        "Talent+ Summit?"
    )
    text = text_of(run(ActionQualOverview(), tracker(question))[0])
    assert "over 500 investors" in text
    assert "85 qualifications" not in text


def test_who_issued_it_and_why_gets_the_sentence_saying_both():
    question = "上海境外职业资格证书认可清单（3.0）是哪个部门发布的？目的是什么？"
    text = text_of(run(ActionQualOverview(), tracker(question, intent="ask_qual_overview"))[0])
    assert "In a bid to advance institutional openness" in text
    assert "Human Resources and Social Security Bureau has issued" in text


def test_the_first_list_named_in_chinese_gets_its_counts():
    question = "上海首批境外职业资格认可清单一共包括多少项职业资格？"
    text = text_of(run(ActionQualOverview(), tracker(question, intent="ask_qual_overview"))[0])
    assert "The first list had 85 qualifications" in text


def test_the_categories_asked_together_keep_the_overview():
    question = (
        "What does each of the four categories A, B, C and D of the Shanghai 3.0 list stand for?"
    )
    current = tracker(question, intent="ask_qual_overview")
    current.latest_message["entities"] = [
        {"entity": "category", "value": letter} for letter in "ABCD"
    ]
    text = text_of(run(ActionQualOverview(), current)[0])
    for meaning in ("recognized overseas", "urgently needed skills", "title system", "mutual"):
        assert meaning in text


def test_how_many_a_category_has_gets_the_count_the_documents_give():
    current = tracker("how many qualifications are in category A?", entities={"category": "A"})
    text = text_of(run(ActionQualCategory(), current)[0])
    assert text.startswith(
        "The Shanghai qualification list 3.0 does not say how many qualifications Category A has."
    )
    assert "In the first list, Category A had 48 qualifications." in text


def test_the_total_and_one_category_get_every_categorys_count():
    for action in (ActionQualOverview(), ActionQualCategory()):
        for question in (
            "how many qualifications in total on the first list, and how many in category B?",
            "上海首批境外职业资格认可清单一共几项？A类有多少",
        ):
            current = tracker(question, entities={"category": "B" if "B" in question else "A"})
            text = text_of(run(action, current)[0])
            assert "The first list had 85 qualifications: 48 in Category A, 15 in" in text


def test_a_categorys_own_total_is_that_categorys_count():
    current = tracker("C类证书有啥用？一共有几个", entities={"category": "C"})
    text = text_of(run(ActionQualCategory(), current)[0])
    assert "Category C had 22 qualifications" in text
