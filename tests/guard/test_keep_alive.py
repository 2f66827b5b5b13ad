"""Rasa's calls to an endpoint reuse one connection; the action server keeps it open
longer than Rasa's side does."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import aiohttp
import pytest
import rasa.core.run
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

import action_server
from guard import keep_alive, memory
from tests.local_http import serving


@pytest.fixture(autouse=True)
def installed() -> Iterator[None]:
    session, close_resources = EndpointConfig.session, rasa.core.run.close_resources
    keep_alive.install()
    yield
    EndpointConfig.session, rasa.core.run.close_resources = session, close_resources


def echo_app(ports: list[int]) -> web.Application:
    """A JSON echo at /webhook, noting each request's client port in ``ports``."""

    async def echo(request: web.Request) -> web.Response:
        ports.append(request.transport.get_extra_info("peername")[1])
        return web.json_response(await request.json())

    app = web.Application()
    app.router.add_post("/webhook", echo)
    return app


def test_calls_to_an_endpoint_share_one_connection() -> None:
    ports: list[int] = []

    async def calls() -> tuple[list[object], bool]:
        async with serving(echo_app(ports)) as base_url:
            endpoint = EndpointConfig(f"{base_url}/webhook", headers={"Authorization": "Bearer x"})
            replies = [await endpoint.request(json={"number": n}) for n in range(3)]
            await keep_alive.close_sessions()
            closed = all(s.closed for s in endpoint.__dict__["_kept_sessions"].values())
            return replies, closed

    replies, closed = asyncio.run(calls())
    assert replies == [{"number": 0}, {"number": 1}, {"number": 2}]
    assert len(ports) == 3 and len(set(ports)) == 1
    assert closed


def test_a_closed_session_is_made_again() -> None:
    async def sessions() -> tuple[aiohttp.ClientSession, aiohttp.ClientSession, bool]:
        endpoint = EndpointConfig("http://127.0.0.1:9/webhook")
        async with endpoint.session() as first:
            pass
        still_open = not first.closed
        await keep_alive.close_sessions()
        async with endpoint.session() as second:
            pass
        await keep_alive.close_sessions()
        return first, second, still_open

    first, second, still_open = asyncio.run(sessions())
    assert still_open and first.closed and second is not first


def test_rasas_shutdown_closes_the_sessions() -> None:
    class App:
        class ctx:
            agent = None

    async def shut_down() -> bool:
        endpoint = EndpointConfig("http://127.0.0.1:9/webhook")
        async with endpoint.session() as session:
            pass
        await rasa.core.run.close_resources(App(), asyncio.get_running_loop())  # type: ignore[arg-type]
        return session.closed

    assert asyncio.run(shut_down())


def test_the_action_server_keeps_idle_connections_longer_than_rasas_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def client_keeps() -> float:
        async with aiohttp.ClientSession() as session:
            return session.connector._keepalive_timeout  # type: ignore[union-attr]

    monkeypatch.setattr(memory, "settle_after_loading", lambda: True)  # keep pytest's GC
    app = action_server.build_app("a-token")
    assert app.config.KEEP_ALIVE_TIMEOUT == action_server.KEEP_ALIVE_SECONDS
    assert asyncio.run(client_keeps()) < action_server.KEEP_ALIVE_SECONDS
