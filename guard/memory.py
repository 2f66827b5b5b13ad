"""Memory freed while the model loads is handed back to the system.

Loading the model (unpacking it, building TensorFlow's functions, jieba's dictionary)
allocates and frees a few hundred megabytes. The C allocator keeps freed pages for reuse,
so the Rasa server held about 1.16 GB where about 1.02 GB was in use. ``install()`` makes
the server, once its model is loaded, collect Python's garbage and ask the C library to
return free pages (``malloc_trim``, glibc; a no-op where it is missing).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Awaitable, Callable
from typing import Any

import rasa.core.run


def give_back_freed_memory() -> bool:
    """Collect garbage and return the C allocator's free pages; whether any were returned."""
    gc.collect()
    library = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(library), "malloc_trim", None) if library else None
    return bool(trim(0)) if trim is not None else False


def _then_give_back(load: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(load)
    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await load(*args, **kwargs)
        give_back_freed_memory()
        return agent

    return load_agent_on_start


def install() -> None:
    """Wrap ``rasa.core.run.load_agent_on_start`` (once)."""
    if getattr(rasa.core.run.load_agent_on_start, "__wrapped__", None) is None:
        rasa.core.run.load_agent_on_start = _then_give_back(rasa.core.run.load_agent_on_start)
