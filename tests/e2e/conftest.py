"""Fixtures that start the real servers once for the end-to-end tests."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Iterator

import pytest

from scripts.servers import Servers, running_servers

Say = Callable[[str, str], list[dict]]


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The action server and the Rasa server (REST), with a fresh SQLite tracker store."""
    with running_servers(tmp_path_factory.mktemp("servers")) as running:
        yield running


def post_json(url: str, body: dict, timeout: float = 30) -> list[dict]:
    """POST a JSON body; the decoded JSON reply."""
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


@pytest.fixture(scope="session")
def say(servers: Servers) -> Say:
    """Send one message as ``sender``; returns the bot's messages."""

    def send(sender: str, text: str) -> list[dict]:
        return post_json(servers.rest_webhook, {"sender": sender, "message": text})

    return send
