"""End to end: "delete my data" erases the user's conversation and ticket after confirming."""

from __future__ import annotations

import sqlite3

from helpdesk.store import list_tickets
from scripts.servers import Servers
from tests.e2e.conftest import Say
from tests.e2e.test_rest_channel import texts


def stored_senders(servers: Servers) -> set[str]:
    """Senders with events in the tracker store."""
    with sqlite3.connect(servers.tracker_db) as db:
        return {row[0] for row in db.execute("select sender_id from events")}


def open_ticket(say: Say, sender: str) -> None:
    """Go through the hand-off to a stored ticket."""
    offer = say(sender, "I want to talk to a person")
    assert any(b["payload"] == "/affirm" for r in offer for b in r.get("buttons", []))
    say(sender, "/affirm")
    say(sender, "my work permit application was refused")
    assert "Ticket #" in texts(say(sender, "leaving@example.com"))


def test_confirmed_deletion_erases_the_conversation_and_tickets(say: Say, servers: Servers) -> None:
    open_ticket(say, "e2e-erase")
    assert "e2e-erase" in stored_senders(servers)
    confirm = say("e2e-erase", "please delete my data")
    assert any(b["payload"] == "/affirm" for r in confirm for b in r.get("buttons", []))
    assert "deleted" in texts(say("e2e-erase", "/affirm")).lower()
    assert "e2e-erase" not in stored_senders(servers)
    assert not [t for t in list_tickets(servers.tracker_db) if t.sender_id == "e2e-erase"]
    assert "master" in texts(say("e2e-erase", "requirements for an AI engineer in Qianhai?"))


def test_refused_deletion_keeps_everything(say: Say, servers: Servers) -> None:
    say("e2e-keep", "hello")
    say("e2e-keep", "delete my data")
    assert "Nothing was deleted" in texts(say("e2e-keep", "/deny"))
    assert "e2e-keep" in stored_senders(servers)
