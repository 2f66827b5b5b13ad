"""The Rasa server hands memory freed by loading the model back to the system, and keeps what
it loaded out of the garbage collector's walks."""

from __future__ import annotations

import asyncio
import gc

import pytest

from guard import memory


def test_free_pages_are_returned_to_the_system() -> None:
    garbage = [bytearray(4096) for _ in range(20000)]  # 80 MB allocated, then freed
    del garbage
    assert memory.give_back_freed_memory() is True  # glibc on this machine


def test_settling_frees_memory_then_freezes_what_survives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = [[n] for n in range(1000)]  # tracked by the collector until frozen
    monkeypatch.setattr(memory, "give_back_freed_memory", lambda: True)
    try:
        assert memory.settle_after_loading() is True
        assert gc.get_freeze_count() >= len(kept)
        walked = {id(item) for item in gc.get_objects()}
        assert not walked & {id(item) for item in kept}
    finally:
        gc.unfreeze()


def test_loading_the_agent_is_followed_by_settling(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    async def load(model: str) -> str:
        calls.append(f"load {model}")
        return "agent"

    monkeypatch.setattr(memory, "settle_after_loading", lambda: calls.append("settle"))
    assert asyncio.run(memory._then_settle(load)("model.tar.gz")) == "agent"
    assert calls == ["load model.tar.gz", "settle"]
