"""End to end: the real Rasa and action servers answer over the REST channel."""

from __future__ import annotations

import sqlite3

from helpdesk.__main__ import main as helpdesk_cli
from helpdesk.store import list_tickets, unhelpful_report
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


def test_hand_off_creates_a_routed_ticket_in_the_tracker_database(
    say: Say, servers, tmp_path, capsys
) -> None:
    say("e2e-handoff", "what do I need for an intermediate professional title?")
    offer = say("e2e-handoff", "I want to talk to a person")
    assert "0755-36667588" in texts(offer)
    assert any(b["payload"] == "/affirm" for r in offer for b in r.get("buttons", []))
    assert "one line" in texts(say("e2e-handoff", "/affirm")).lower()
    assert "email" in texts(say("e2e-handoff", "my junior title application was refused")).lower()
    assert "does not look like" in texts(say("e2e-handoff", "not telling"))
    done = texts(say("e2e-handoff", "jo@example.com"))
    [ticket] = [t for t in list_tickets(servers.tracker_db) if t.sender_id == "e2e-handoff"]
    assert f"Ticket #{ticket.id}" in done and "Professional titles desk" in done
    assert ticket.email == "jo@example.com"
    assert ticket.summary == "my junior title application was refused"
    assert any("intermediate professional title" in t["text"] for t in ticket.transcript)
    exported = tmp_path / "tickets.csv"
    assert helpdesk_cli(["--db", str(servers.tracker_db), "export", str(exported)]) == 0
    assert "jo@example.com" in exported.read_text(encoding="utf-8")
    assert helpdesk_cli(["--db", str(servers.tracker_db), "list"]) == 0
    assert f"#{ticket.id}" in capsys.readouterr().out
    # The address is in the ticket only: not in the stored conversation, not in the logs.
    with sqlite3.connect(servers.tracker_db) as db:
        stored = [row[0] for row in db.execute("select data from events")]
    assert any("[email]" in data for data in stored)
    assert not any("jo@example.com" in data for data in stored)
    for log in servers.folder.glob("*.log"):
        assert "jo@example.com" not in log.read_text(errors="replace"), log.name


def test_refused_consent_stores_no_ticket(say: Say, servers) -> None:
    say("e2e-no-consent", "talk to a human please")
    assert "not stored" in texts(say("e2e-no-consent", "/deny"))
    assert not [t for t in list_tickets(servers.tracker_db) if t.sender_id == "e2e-no-consent"]


def test_rating_an_answer_is_stored(say: Say, servers, capsys) -> None:
    replies = say("e2e-rating", "how many jobs are in the shanghai catalog?")
    payloads = [b["payload"] for r in replies for b in r.get("buttons", [])]
    unhelpful = next(p for p in payloads if "unhelpful" in p)
    assert "Thanks" in texts(say("e2e-rating", unhelpful))
    assert any("62" in str(r["answer"]) for r in unhelpful_report(path=servers.tracker_db))
    assert helpdesk_cli(["--db", str(servers.tracker_db), "feedback"]) == 0
    assert "1 unhelpful" in capsys.readouterr().out
