"""The cluster: two Rasa servers sharing PostgreSQL and the atomic Redis lock, behind nginx.

Messages of one conversation sent to both servers at the same moment are handled one at a
time (every one answered, each turn stored whole before the next starts, none lost), and a
conversation goes on, with its context, when the server that held it is killed under load.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from helpdesk.database import connect
from scripts.cluster import Cluster, running_cluster
from scripts.load import QUESTIONS, LoadResult, closed_loop, has_text, send
from tests.e2e.test_socketio import exchange, texts

WEBHOOK = "/webhooks/rest/webhook"
INTERLEAVED = [
    "hello",
    "is actuary on the list?",
    "which cities are in the pilot?",
    "What does Category B give me?",
    "how many jobs are in the Shanghai catalog?",
    "is chef on the list?",
] * 2


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    # Two action servers: the Rasa servers then call them through nginx (one is called
    # directly, as in the single server's configuration).
    with running_cluster(rasa_servers=2, action_servers=2) as running:
        yield running
    shutil.rmtree(running.folder, ignore_errors=True)


def stored_events(cluster: Cluster, sender: str) -> list[dict]:
    """The conversation's events as stored in PostgreSQL, in order."""
    with connect(cluster.database_url) as db:
        query = "select type_name, action_name, data from events where sender_id = ? order by id"
        return [dict(row) for row in db.execute(query, (sender,)).fetchall()]


def test_messages_sent_to_both_servers_at_once_are_handled_in_turn(cluster: Cluster) -> None:
    sender = "interleaved"
    replies: list[list[dict]] = [[] for _ in INTERLEAVED]
    start = threading.Barrier(len(INTERLEAVED))

    def post(number: int) -> None:
        start.wait()
        server = cluster.rasa_urls[number % 2]
        replies[number] = send(server + WEBHOOK, sender, INTERLEAVED[number], timeout=120)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(len(INTERLEAVED))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    assert all(has_text(reply) for reply in replies)
    events = stored_events(cluster, sender)
    user_texts = [e["data"] for e in events if e["type_name"] == "user"]
    assert len(user_texts) == len(INTERLEAVED)
    assert sorted(json.loads(data)["text"] for data in user_texts) == sorted(INTERLEAVED)
    # Each turn ends (action_listen) before the next message's turn begins.
    for before, after in itertools.pairwise(events):
        if after["type_name"] == "user" and before["type_name"] != "session_started":
            assert (before["type_name"], before["action_name"]) == ("action", "action_listen")


def test_a_widget_session_goes_on_on_either_server(cluster: Cluster) -> None:
    through_nginx, first, second = (SimpleNamespace(rasa_url=url) for url in cluster.urls)
    session_id, replies = exchange(through_nginx, None, QUESTIONS[1])
    assert "master" in texts(replies).lower()
    for server in (first, second):
        resumed, follow_up = exchange(server, session_id, "is it in short supply?")
        assert resumed == session_id
        assert "extremely short supply" in texts(follow_up).lower()


def test_each_rasa_server_has_a_core_of_its_own(cluster: Cluster) -> None:
    cores = os.sched_getaffinity(0)
    placed = [os.sched_getaffinity(int(p.read_text())) for p in cluster.rasa_pidfiles]
    if len(cores) >= len(placed):
        assert all(len(allowed) == 1 for allowed in placed)
        assert len(set().union(*placed)) == len(placed)
    else:
        assert all(allowed == cores for allowed in placed)


def test_a_conversation_survives_killing_a_server_under_load(cluster: Cluster) -> None:
    first = send(cluster.rest_webhook, "survivor", QUESTIONS[1])
    assert "AI engineer" in first[0]["text"]
    results: list[LoadResult] = []

    def run_load() -> None:
        results.append(closed_loop(cluster.rest_webhook, QUESTIONS, 6, 12, "kill"))

    load = threading.Thread(target=run_load)
    load.start()
    time.sleep(4)
    os.kill(int(cluster.rasa_pidfiles[0].read_text()), signal.SIGKILL)
    follow_up = send(cluster.rest_webhook, "survivor", "is it in short supply?")
    load.join(120)
    assert "extremely short supply" in follow_up[0]["text"].lower()
    assert results[0].latencies and results[0].lost == 0


def test_a_long_sessions_action_call_goes_through_the_proxy(cluster: Cluster) -> None:
    # Rasa sends the whole session with each action call: 1,000 events of about 1 kB here.
    events = [{"event": "bot", "text": "x" * 1000}] * 1000
    body = json.dumps({"next_action": "action_answer", "tracker": {"events": events}})
    request = urllib.request.Request(
        cluster.action_url, data=body.encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 401  # the action server's answer without a token, not 413
