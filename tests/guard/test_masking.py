"""Masking in log records and in the stored events of the tracker store."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from guard import masking
from guard.masking import mask
from guard.store import MaskingSQLTrackerStore


def test_emails_and_id_numbers_are_masked_and_contacts_kept() -> None:
    text = "jo.x@example.com 110101199003071234 E12345678 13812345678, call 0755-36667588"
    assert mask(text) == "[email] [number] [number] [number], call 0755-36667588"


def test_masking_is_linear_on_adversarial_text() -> None:
    for text in ("a" * 100_000, "1" * 100_000, "a@" * 50_000, "a." * 50_000):
        started = time.perf_counter()
        mask(text)
        assert time.perf_counter() - started < 0.05


@pytest.fixture
def masked_logging() -> Iterator[None]:
    factory, formatter = logging.getLogRecordFactory(), logging.Formatter.formatException
    masking.install()
    yield
    logging.setLogRecordFactory(factory)
    logging.Formatter.formatException = formatter  # type: ignore[method-assign]


def test_log_messages_and_tracebacks_are_masked(
    masked_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("test-masking")
    try:
        raise ValueError("bad address jo@example.com")
    except ValueError:
        logger.exception("failed for %s", "jo@example.com")
    formatted = logging.Formatter().format(caplog.records[-1])
    assert "jo@example.com" not in formatted
    assert formatted.count("[email]") == 3  # the message, the source line, the error


def test_the_tracker_store_writes_masked_events(tmp_path: Path) -> None:
    db = tmp_path / "tracker.db"
    store = MaskingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    tracker = DialogueStateTracker.from_events(
        "user-1",
        [
            UserUttered("it's jo@example.com", parse_data={"text": "it's jo@example.com"}),
            SlotSet("handoff_email", "jo@example.com"),
            BotUttered("They will reply to jo@example.com."),
        ],
    )
    asyncio.run(store.save(tracker))
    with sqlite3.connect(db) as connection:
        rows = [row[0] for row in connection.execute("select data from events")]
    assert len(rows) == 3
    assert not any("jo@example.com" in row for row in rows)
    assert json.loads(rows[0])["text"] == "it's [email]"
    restored = asyncio.run(store.retrieve("user-1"))
    assert restored is not None and len(restored.events) == 3
