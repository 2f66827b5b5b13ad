"""The load generator's client keeps one connection per user, opens a new one when the
server closed it, and counts failed requests and empty replies."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import web

from scripts.load import Client, LoadResult, closed_loop
from tests.local_http import serving


def bot(
    ports: list[int], texts: list[str], transports: list[asyncio.BaseTransport] | None = None
) -> web.Application:
    """A REST webhook echoing each message, except "silence" (no reply) and "fail" (500);
    notes each request's client port in ``ports``, its text in ``texts`` and its
    connection in ``transports``."""

    async def webhook(request: web.Request) -> web.Response:
        ports.append(request.transport.get_extra_info("peername")[1])
        if transports is not None:
            transports.append(request.transport)
        message = await request.json()
        texts.append(message["message"])
        if message["message"] == "fail":
            return web.Response(status=500, text="boom")
        if message["message"] == "silence":
            return web.json_response([])
        return web.json_response([{"recipient_id": message["sender"], "text": message["message"]}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    return app


def test_a_user_sends_every_message_on_one_connection() -> None:
    ports: list[int] = []

    async def talk() -> list[list[dict]]:
        async with serving(bot(ports, [])) as base_url:
            client = Client(f"{base_url}/webhooks/rest/webhook")
            replies = [await asyncio.to_thread(client.send, "u1", f"m{n}") for n in range(3)]
            client.close()
            return replies

    replies = asyncio.run(talk())
    assert [reply[0]["text"] for reply in replies] == ["m0", "m1", "m2"]
    assert len(ports) == 3 and len(set(ports)) == 1


def test_a_connection_closed_by_the_server_is_opened_again_without_losing_a_message() -> None:
    ports: list[int] = []
    texts: list[str] = []
    transports: list[asyncio.BaseTransport] = []

    async def talk() -> list[dict]:
        async with serving(bot(ports, texts, transports)) as base_url:
            client = Client(f"{base_url}/webhooks/rest/webhook")
            await asyncio.to_thread(client.send, "u1", "first")
            transports[0].close()  # as a server does with an idle connection
            await asyncio.sleep(0.2)
            reply = await asyncio.to_thread(client.send, "u1", "second")
            client.close()
            return reply

    assert asyncio.run(talk())[0]["text"] == "second"
    assert texts == ["first", "second"]
    assert len(set(ports)) == 2


def test_an_error_status_raises_and_the_next_message_goes_through() -> None:
    async def talk() -> list[dict]:
        async with serving(bot([], [])) as base_url:
            client = Client(f"{base_url}/webhooks/rest/webhook")
            with pytest.raises(OSError, match="HTTP 500"):
                await asyncio.to_thread(client.send, "u1", "fail")
            reply = await asyncio.to_thread(client.send, "u1", "after")
            client.close()
            return reply

    assert asyncio.run(talk())[0]["text"] == "after"


def test_an_unreachable_server_raises_oserror() -> None:
    with pytest.raises(OSError):
        Client("http://127.0.0.1:9/webhooks/rest/webhook", timeout=2).send("u1", "hello")


def test_closed_loop_counts_answers_empty_replies_and_errors_one_connection_a_user() -> None:
    ports: list[int] = []

    async def load() -> LoadResult:
        async with serving(bot(ports, [])) as base_url:
            webhook = f"{base_url}/webhooks/rest/webhook"
            return await asyncio.to_thread(
                closed_loop, webhook, ["hello", "silence", "fail"], 3, 0.5
            )

    started = time.monotonic()
    result = asyncio.run(load())
    assert time.monotonic() - started < 10
    assert len(result.latencies) > 0 and result.empty > 0 and result.errors > 0
    assert result.lost == result.empty + result.errors
    assert len(set(ports)) == 3
