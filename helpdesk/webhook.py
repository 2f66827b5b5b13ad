"""Optional: post each new ticket as JSON to a configured URL."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from dataclasses import asdict

from helpdesk.store import Ticket

logger = logging.getLogger(__name__)


def post_ticket(ticket: Ticket, url: str | None, timeout: float = 3.0) -> bool:
    """POST the ticket; False (and a log line without the payload) when it fails."""
    if not url:
        return False
    request = urllib.request.Request(
        url, data=json.dumps(asdict(ticket)).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return 200 <= response.status < 300
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        logger.warning("ticket %s: webhook failed: %s", ticket.id, error)
        return False
