"""The optional webhook posts new tickets as JSON, and failures do not raise."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from helpdesk.store import Ticket
from helpdesk.webhook import post_ticket

TICKET = Ticket(
    7,
    "2026-11-22T00:00:00+00:00",
    "u1",
    "other",
    "General helpdesk",
    "help",
    "jo@example.com",
    [{"speaker": "user", "text": "hi"}],
)


def test_ticket_is_posted_as_json():
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    try:
        assert post_ticket(TICKET, f"http://127.0.0.1:{server.server_port}/tickets")
    finally:
        thread.join(timeout=5)
        server.server_close()
    assert received[0]["id"] == 7 and received[0]["email"] == "jo@example.com"


def test_no_url_or_unreachable_url_is_not_an_error():
    assert post_ticket(TICKET, None) is False
    assert post_ticket(TICKET, "http://127.0.0.1:9/unreachable", timeout=1) is False
