"""Follow-ups, clarification, capabilities and the Category ambiguity."""

from __future__ import annotations

from actions.conversation import ActionClarify, ActionFollowUp, ActionHumanContacts
from actions.pilot import ActionPilotCities
from actions.qianhai import ActionQianhaiStats
from actions.qualifications import ActionQualCategory, ActionQualOverview, named_category
from tests.actions.conftest import run, slot_events, text_of, tracker


def test_category_b_without_context_offers_both_meanings():
    messages, _ = run(
        ActionQualCategory(), tracker("what does category B give me", entities={"category": "B"})
    )
    payloads = [b["payload"] for m in messages for b in m.get("buttons", [])]
    assert any("qualification_list" in p for p in payloads)
    assert any("work_permit" in p for p in payloads)


def test_category_b_on_the_list_is_answered():
    messages, events = run(
        ActionQualCategory(),
        tracker(
            "category B of the list", entities={"category": "B", "programme": "qualification_list"}
        ),
    )
    assert "Source:" in text_of(messages)
    assert slot_events(events)["category_scheme"] == "qualification_list"


def test_follow_up_category_reuses_the_scheme():
    messages, events = run(
        ActionFollowUp(),
        tracker(
            "what about category A?",
            entities={"category": "A"},
            slots={"topic": "qual_category", "category_scheme": "work_permit"},
        ),
    )
    payloads = [b["payload"] for m in messages for b in m.get("buttons", [])]
    assert not any("ask_qual_category" in p for p in payloads)
    assert slot_events(events)["category_scheme"] == "work_permit"


def test_follow_up_occupation_reuses_the_topic():
    messages, _ = run(
        ActionFollowUp(),
        tracker(
            "and for a cloud computing specialist?",
            entities={"occupation": "cloud computing specialist"},
            slots={"topic": "occupation_requirements", "occupation": "AI engineer"},
        ),
    )
    assert "Cloud computing specialist" in text_of(messages)


def test_follow_up_without_context_picks_the_topic_from_the_entity():
    messages, _ = run(ActionFollowUp(), tracker("Hangzhou?", entities={"city": "Hangzhou"}))
    assert "Hangzhou" in text_of(messages)


def test_clarify_says_what_the_bot_covers_for_an_unrelated_message():
    messages, _ = run(ActionClarify(), tracker("Give me a recipe for dumplings", "nlu_fallback"))
    assert text_of(messages).startswith("Sorry, I can't help with that: I only answer")
    assert not any(m.get("buttons") for m in messages)


def test_clarify_answers_from_the_documents_when_a_passage_fits():
    question = "How many enterprises were registered in Qianhai by 2020?"
    messages, _ = run(ActionClarify(), tracker(question, "nlu_fallback"))
    assert "154,000 enterprises" in text_of(messages)
    assert "Source: Qianhai high-demand occupations list 2020" in text_of(messages)


def test_clarify_offers_the_best_guesses_then_capabilities():
    fallback = {"intent": {"name": "nlu_fallback"}}
    first, _ = run(
        ActionClarify(),
        tracker(
            "what about the work thing please",
            intent="nlu_fallback",
            ranking=[("nlu_fallback", 0.5), ("ask_qianhai_stats", 0.3), ("ask_pilot_dates", 0.2)],
        ),
    )
    assert [b["payload"] for b in first[0]["buttons"]] == ["/ask_qianhai_stats", "/ask_pilot_dates"]
    again, events = run(
        ActionClarify(),
        tracker(
            "what about the work thing please",
            intent="nlu_fallback",
            events=[{"event": "user", "text": "blah", "parse_data": fallback}],
        ),
    )
    assert "did not understand" in text_of(again)
    assert not any(m.get("buttons") for m in again)
    assert events == [{"event": "followup", "timestamp": None, "name": "handoff_form"}]


def test_human_contacts_are_the_official_ones():
    messages, _ = run(ActionHumanContacts(), tracker("human please", intent="request_human"))
    text = text_of(messages)
    assert "0755-36667588" in text


def test_the_letter_after_category_wins_over_a_stray_article():
    current = tracker("what comes with a category B qualification", entities={"category": "A"})
    current.latest_message["entities"] = [
        {"entity": "category", "value": "A", "start": 15, "end": 16},
        {"entity": "category", "value": "B", "start": 26, "end": 27},
        {"entity": "programme", "value": "qualification_list"},
    ]
    assert named_category(current) == "B"
    assert named_category(tracker("hello")) is None


def _asked(question: str) -> list[dict]:
    return [{"event": "bot", "text": question}]


def test_an_unsure_reply_to_which_occupation_answers_the_topic():
    current = tracker(
        "enterprise digitalization manager",
        intent="nlu_fallback",
        entities={"occupation": "enterprise digitalization manager"},
        slots={"topic": "on_list"},
        events=[
            {"event": "user", "text": "Could my job be on Qianhai's high-demand list?"},
            *_asked("Which occupation or job title do you mean?"),
        ],
    )
    text = text_of(run(ActionClarify(), current)[0])
    assert text.startswith("Yes, Enterprise digitalization manager is on the Qianhai")
    assert "Tell me your degree and years of related experience" in text


def test_a_degree_after_a_jobs_entry_gets_its_verdict():
    current = tracker(
        "master's degree",
        entities={"degree": "master"},
        slots={"topic": "on_list", "occupation": "Enterprise digitalization manager"},
        events=[
            {"event": "user", "text": "Is enterprise digitalization manager on the Qianhai list?"},
            *_asked("Yes, Enterprise digitalization manager is on the Qianhai list."),
        ],
    )
    text = text_of(run(ActionFollowUp(), current)[0])
    assert "Degree (met): Your master's degree meets the minimum" in text
    assert "I need your years of related experience" in text


def _said(action, text: str, **context) -> str:
    """What ``action`` answers to ``text`` in this context (intent, entities, slots, events)."""
    return text_of(run(action, tracker(text, **context))[0])


def test_a_follow_up_on_another_documents_answer_goes_back_to_its_topic():
    catalog_answer = {
        "event": "bot",
        "text": "The Shanghai catalog ... has 4 sectors",
        "data": {"custom": {"sources": [{"doc": "shanghai_catalog"}]}},
    }
    text = _said(
        ActionQianhaiStats(),
        "how many of those jobs are in finance?",
        entities={"sector": "finance"},
        slots={"topic": "catalog_sectors"},
        events=[catalog_answer],
    )
    assert "Source: Shanghai catalog of urgently needed jobs" in text
    assert "15" in text


def test_which_cities_keeps_the_cities():
    question = (
        "which six cities are in the pilot for identifying high-end and scarce foreign talents?"
    )
    text = _said(ActionPilotCities(), question, intent="ask_pilot_cities")
    assert "Beijing, Shanghai, Guangzhou and Shenzhen" in text
    text = _said(
        ActionPilotCities(), "外籍人才认定试点的六个城市分别是哪几个？", intent="ask_pilot_cities"
    )
    assert "Beijing, Shanghai, Guangzhou and Shenzhen" in text


def test_a_word_tagged_as_a_category_is_no_category():
    current = tracker(
        "How many Category C qualifications were on Shanghai's first list?",
        intent="ask_qual_overview",
        entities={"category": "C"},
    )
    current.latest_message["entities"].append({"entity": "category", "value": "Shanghai's"})
    text = text_of(run(ActionQualOverview(), current)[0])
    assert "Category C had 22 qualifications" in text


def test_the_category_of_a_qualification_held_wins_over_a_permit_class():
    text = "I hold a qualification in Category A. What age limit for a Category B work permit?"
    current = tracker(text)
    held, permit = text.index("A."), text.index("B work")
    current.latest_message["entities"] = [
        {"entity": "category", "value": "A", "start": held, "end": held + 1},
        {"entity": "category", "value": "B", "start": permit, "end": permit + 1},
    ]
    assert named_category(current) == "A"
