"""The Rasa server hands memory freed by loading the model back to the system."""

from __future__ import annotations

import asyncio

import pytest

from guard import memory


def test_free_pages_are_returned_to_the_system() -> None:
    garbage = [bytearray(4096) for _ in range(20000)]  # 80 MB allocated, then freed
    del garbage
    assert memory.give_back_freed_memory() is True  # glibc on this machine


def test_loading_the_agent_is_followed_by_giving_memory_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    async def load(model: str) -> str:
        calls.append(f"load {model}")
        return "agent"

    monkeypatch.setattr(memory, "give_back_freed_memory", lambda: calls.append("give back"))
    assert asyncio.run(memory._then_give_back(load)("model.tar.gz")) == "agent"
    assert calls == ["load model.tar.gz", "give back"]
