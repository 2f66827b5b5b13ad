"""Fixtures that start the real servers once for the end-to-end tests."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Iterator

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from channels.embed import ENV_VAR
from scripts.servers import Servers, running_servers
from tests.e2e.chromium import chromium
from tests.e2e.hosts import HostSite, serving

Say = Callable[[str, str], list[dict]]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """Headless Chromium with a fresh profile (no stored conversation), per test module."""
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as driver:
        yield driver


@pytest.fixture(scope="session")
def host_site() -> Iterator[HostSite]:
    """Another website on a second loopback port, for the embed snippet."""
    with serving() as site:
        yield site


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory, host_site: HostSite) -> Iterator[Servers]:
    """The action server and the Rasa server (REST), with a fresh SQLite tracker store.

    The host site's ``localhost`` origin may embed the assistant (not its ``127.0.0.1`` one).
    """
    extra_env = {ENV_VAR: host_site.allowed_origin}
    with running_servers(tmp_path_factory.mktemp("servers"), extra_env=extra_env) as running:
        host_site.assistant_url = running.rasa_url
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
