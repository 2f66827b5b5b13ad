"""Rasa servers are pinned one per core when there are cores enough, else left free; they
call a lone action server directly, several through nginx."""

from __future__ import annotations

import pytest

from scripts import cluster


@pytest.fixture
def four_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster.os, "sched_getaffinity", lambda _: {0, 2, 5, 7})


@pytest.mark.usefixtures("four_cores")
def test_each_server_gets_the_next_allowed_core() -> None:
    assert [cluster.pinned(n, 3)[-1] for n in range(3)] == ["0", "2", "5"]
    assert cluster.pinned(0, 4)[:2] == ["taskset", "--cpu-list"]


@pytest.mark.usefixtures("four_cores")
def test_more_servers_than_cores_are_not_pinned() -> None:
    assert [cluster.pinned(n, 5) for n in range(5)] == [[]] * 5


def test_a_lone_action_server_is_called_directly_several_through_nginx() -> None:
    assert cluster.action_url([5055], 6000) == "http://127.0.0.1:5055/webhook"
    assert cluster.action_url([5055, 5056], 6000) == "http://127.0.0.1:6000/webhook"
