"""Calls to the action server (and Rasa's other endpoints) over kept-alive connections.

Rasa 3.6's ``EndpointConfig.request`` opens a new aiohttp ``ClientSession`` for every
call and closes it after, so each action call made a new TCP connection: a connect in
Rasa, an accept and a new HTTP connection in the action server (in the cluster, in nginx
too), once or twice per message. ``install()`` makes each endpoint keep the session
Rasa makes, one per event loop, so its connections are reused between calls; they are
closed when the server stops. aiohttp closes a connection idle for 15 s; the action
server (``action_server.KEEP_ALIVE_SECONDS``) and nginx (75 s) wait longer, so neither
closes a connection as Rasa reuses it.
"""

from __future__ import annotations

import asyncio
from asyncio import AbstractEventLoop
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any

import aiohttp
import rasa.core.run
from rasa.utils.endpoints import EndpointConfig
from sanic import Sanic

_SESSIONS = "_kept_sessions"
_open: list[aiohttp.ClientSession] = []


class _Borrowed:
    """``async with`` on a kept session: gives it, and leaves it open after."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


def kept_session(
    endpoint: EndpointConfig, new_session: Callable[[EndpointConfig], aiohttp.ClientSession]
) -> _Borrowed:
    """The endpoint's session for the running event loop: made by ``new_session`` the
    first time, and again if it was closed."""
    sessions: dict[AbstractEventLoop, aiohttp.ClientSession]
    sessions = endpoint.__dict__.setdefault(_SESSIONS, {})
    loop = asyncio.get_running_loop()
    session = sessions.get(loop)
    if session is None or session.closed:
        session = sessions[loop] = new_session(endpoint)
        _open.append(session)
    return _Borrowed(session)


async def close_sessions() -> None:
    """Close every kept session (at server stop)."""
    while _open:
        await _open.pop().close()


def _closing_sessions_too(
    close_resources: Callable[[Sanic, AbstractEventLoop], Coroutine[Any, Any, None]],
) -> Callable[[Sanic, AbstractEventLoop], Coroutine[Any, Any, None]]:
    async def close_with_sessions(app: Sanic, loop: AbstractEventLoop) -> None:
        await close_resources(app, loop)
        await close_sessions()

    return close_with_sessions


def install() -> None:
    """Keep sessions in ``EndpointConfig.session`` (once); close them with Rasa's resources."""
    if getattr(EndpointConfig.session, "__wrapped__", None) is None:
        new_session = EndpointConfig.session

        def session(self: EndpointConfig) -> _Borrowed:
            return kept_session(self, new_session)

        session.__wrapped__ = new_session  # type: ignore[attr-defined]
        EndpointConfig.session = session  # type: ignore[method-assign,assignment]
        rasa.core.run.close_resources = _closing_sessions_too(rasa.core.run.close_resources)
