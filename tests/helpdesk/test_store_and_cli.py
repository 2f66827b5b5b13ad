"""Tickets and ratings in SQLite, and the staff command line."""

from __future__ import annotations

import csv

from helpdesk.__main__ import main
from helpdesk.emails import find_email
from helpdesk.store import add_rating, create_ticket, get_ticket, list_tickets, unhelpful_report

TRANSCRIPT = [{"speaker": "user", "text": "hi"}, {"speaker": "bot", "text": "Hello!"}]


def test_ticket_round_trip(tmp_path):
    db = tmp_path / "t.db"
    ticket = create_ticket(
        "u1", "work_permit", "Permits desk", "stuck", "a@b.org", TRANSCRIPT, path=db
    )
    assert ticket.id == 1
    assert get_ticket(1, db) == ticket
    assert [t.id for t in list_tickets(db)] == [1]
    assert get_ticket(2, db) is None


def test_cli_lists_shows_and_exports(tmp_path, capsys):
    db = tmp_path / "t.db"
    create_ticket("u1", "other", "General helpdesk", "please help", "x@y.com", TRANSCRIPT, path=db)
    assert main(["--db", str(db), "list"]) == 0
    assert "General helpdesk" in capsys.readouterr().out
    assert main(["--db", str(db), "show", "1"]) == 0
    assert '"summary": "please help"' in capsys.readouterr().out
    assert main(["--db", str(db), "show", "9"]) == 1
    out = tmp_path / "tickets.csv"
    assert main(["--db", str(db), "export", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["email"] == "x@y.com"
    assert rows[0]["transcript"] == "user: hi\nbot: Hello!"


def test_feedback_report_lists_the_most_unhelpful_answers(tmp_path, capsys):
    db = tmp_path / "t.db"
    add_rating("u1", False, "q1", "Answer A", path=db)
    add_rating("u2", False, "q2", "Answer A", path=db)
    add_rating("u3", True, "q3", "Answer A", path=db)
    add_rating("u4", False, "q4", "Answer B", path=db)
    add_rating("u5", True, "q5", "Answer C", path=db)
    report = unhelpful_report(path=db)
    assert [(r["answer"], r["unhelpful"], r["helpful"]) for r in report] == [
        ("Answer A", 2, 1),
        ("Answer B", 1, 0),
    ]
    assert main(["--db", str(db), "feedback"]) == 0
    assert "2 unhelpful" in capsys.readouterr().out


def test_email_validation():
    assert find_email("it's jo.smith+cn@example.co.uk thanks") == "jo.smith+cn@example.co.uk"
    for bad in ["", "no", "jo@", "@example.com", "jo at example dot com", "x" * 2000]:
        assert find_email(bad) is None
