"""The atomic Redis lock store against a real Redis: tickets unique across processes."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from guard.lock_store import AtomicRedisLockStore
from scripts.services import redis_socket, running_redis

TICKETS_PER_PROCESS = 150


@pytest.fixture(scope="module")
def redis_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("redis")


@pytest.fixture(scope="module")
def redis_port(redis_folder: Path) -> Iterator[int]:
    with running_redis(redis_folder) as port:
        yield port


def store(port: int) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(host="127.0.0.1", port=port)


def issue_many(port: int, conversation: str, out: multiprocessing.Queue) -> None:
    lock_store = store(port)
    out.put([lock_store.issue_ticket(conversation, 60) for _ in range(TICKETS_PER_PROCESS)])


def test_two_processes_never_get_the_same_ticket(redis_port: int) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=issue_many, args=(redis_port, "race", queue))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    tickets = queue.get(timeout=60) + queue.get(timeout=60)
    for worker in workers:
        worker.join(10)
    assert sorted(tickets) == list(range(2 * TICKETS_PER_PROCESS))


def test_tickets_are_served_in_order_and_the_lock_goes_when_nobody_waits(
    redis_port: int,
) -> None:
    lock_store = store(redis_port)
    first, second = lock_store.issue_ticket("order"), lock_store.issue_ticket("order")
    assert (first, second) == (0, 1)
    assert lock_store.get_lock("order").now_serving == 0
    lock_store.cleanup("order", first)
    assert lock_store.get_lock("order").now_serving == 1
    lock_store.cleanup("order", second)
    assert lock_store.get_lock("order") is None


def test_expired_tickets_are_dropped(redis_port: int) -> None:
    lock_store = store(redis_port)
    lock_store.issue_ticket("stale", 0.05)
    time.sleep(0.1)
    assert lock_store.issue_ticket("stale", 60) == 0
    lock_store.update_lock("stale")
    assert [t.number for t in lock_store.get_lock("stale").tickets] == [0]


def test_rasas_lock_context_serialises_one_conversation(redis_port: int) -> None:
    lock_store = store(redis_port)
    order: list[str] = []

    async def turn(name: str) -> None:
        async with lock_store.lock("turns", wait_time_in_seconds=0.01):
            order.append(f"{name} in")
            await asyncio.sleep(0.02)
            order.append(f"{name} out")

    async def both() -> None:
        await asyncio.gather(turn("a"), turn("b"))

    asyncio.run(both())
    assert order == ["a in", "a out", "b in", "b out"]
    assert lock_store.get_lock("turns") is None


def test_a_lock_nobody_holds_takes_two_round_trips_and_yields_the_lock(redis_port: int) -> None:
    lock_store = store(redis_port)

    async def turn() -> tuple[int | None, int]:
        async with lock_store.lock("alone") as lock:
            return lock.now_serving, len(lock.tickets)

    asyncio.run(turn())  # loads the scripts into Redis
    sent: list[str] = []
    execute = lock_store.red.execute_command

    def counted(*args: Any, **options: Any) -> Any:
        sent.append(str(args[0]))
        return execute(*args, **options)

    lock_store.red.execute_command = counted  # type: ignore[method-assign]
    assert asyncio.run(turn()) == (0, 1)
    assert sent == ["EVALSHA", "EVALSHA"]
    lock_store.red.execute_command = execute  # type: ignore[method-assign]
    assert lock_store.get_lock("alone") is None


def test_it_is_configured_from_the_endpoints_file(redis_port: int, tmp_path: Path) -> None:
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import read_endpoint_config

    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "lock_store:\n  type: guard.lock_store.AtomicRedisLockStore\n"
        f"  url: 127.0.0.1\n  port: {redis_port}\n"
    )
    lock_store = LockStore.create(read_endpoint_config(str(endpoints), "lock_store"))
    assert isinstance(lock_store, AtomicRedisLockStore)
    assert lock_store.issue_ticket("configured") == 0


def test_url_may_be_the_servers_unix_socket(redis_port: int, redis_folder: Path) -> None:
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import EndpointConfig

    socket_path = redis_socket(redis_folder)
    assert socket_path is not None and socket_path.is_socket()
    config = EndpointConfig(
        url=str(socket_path), type="guard.lock_store.AtomicRedisLockStore", port=redis_port
    )
    lock_store = LockStore.create(config)
    assert isinstance(lock_store, AtomicRedisLockStore)
    assert lock_store.red.connection_pool.connection_kwargs["path"] == str(socket_path)
    assert lock_store.issue_ticket("over the socket") == 0
    assert store(redis_port).issue_ticket("over the socket") == 1  # the same server
