"""End to end: the real Rasa and action servers answer over the REST channel."""

from __future__ import annotations

import sqlite3

from tests.e2e.conftest import Say


def texts(replies: list[dict]) -> str:
    """All reply texts joined."""
    return "\n".join(r.get("text", "") for r in replies)


def test_factual_answer_names_its_source(say: Say) -> None:
    replies = texts(say("e2e-facts", "What are the requirements for an AI engineer in Qianhai?"))
    assert "master" in replies.lower()
    assert "more than 5 years" in replies.lower()
    assert "Source: Qianhai" in replies


def test_eligibility_in_one_sentence(say: Say) -> None:
    replies = texts(say("e2e-form", "I'm an AI engineer with an MSc and 6 years, am I eligible?"))
    assert "eligible" in replies.lower()
    assert "Table 1" in replies


def test_form_asks_for_what_is_missing_and_accepts_a_correction(say: Say) -> None:
    first = say("e2e-steps", "am I eligible for the Qianhai list?")
    assert "occupation" in texts(first).lower()
    assert "degree" in texts(say("e2e-steps", "blockchian engineer")).lower()
    assert "years" in texts(say("e2e-steps", "bachelor's")).lower()
    verdict = texts(say("e2e-steps", "8 years"))
    assert "not eligible" in verdict.lower()
    corrected = texts(say("e2e-steps", "actually I have a master's degree"))
    assert "not eligible" not in corrected.lower()
    assert "eligible" in corrected.lower()


def test_category_b_without_context_asks_which_is_meant(say: Say) -> None:
    replies = say("e2e-category", "What does Category B give me?")
    buttons = [b["title"] for r in replies for b in r.get("buttons", [])]
    assert any("qualification list" in b.lower() for b in buttons)
    assert any("work-permit" in b.lower() or "work permit" in b.lower() for b in buttons)


def test_follow_up_reuses_the_topic(say: Say) -> None:
    say("e2e-follow", "what are the requirements for an AI engineer in qianhai")
    replies = texts(say("e2e-follow", "and for a cloud computing specialist?"))
    assert "Cloud computing specialist" in replies
    assert "more than 3 years" in replies.lower()


def test_bad_input_gets_a_reply(say: Say) -> None:
    for text in ["", "🙂🙂🙂", "x" * 20000, "前海的个人所得税是多少？"]:
        assert say("e2e-bad-input", text), f"no reply to {text[:20]!r}"


def test_conversations_are_stored_in_sqlite(say: Say, servers) -> None:
    say("e2e-store", "hello")
    with sqlite3.connect(servers.tracker_db) as db:
        senders = {row[0] for row in db.execute("select sender_id from events")}
    assert "e2e-store" in senders


def test_jobs_on_no_list_and_typos(say: Say) -> None:
    assert "not on any of the lists" in texts(say("e2e-lists", "is pastry chef on the list?"))
    replies = texts(say("e2e-lists", "is FPGA technican in the shanghai catalog?"))
    assert "FPGA Technician" in replies and "Integrated circuit" in replies
