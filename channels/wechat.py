"""WeChat Official Account input channel: passive text replies on the account's webhook.

WeChat POSTs every user message as signed XML to ``/webhooks/wechat/webhook`` and shows the
XML reply if it comes within five seconds. Signed requests older than five minutes, and
replays of a nonce, are refused (403). With $WECHAT_AES_KEY (and $WECHAT_APP_ID) set, the
channel works in safe mode: messages and replies are AES-encrypted and ``msg_signature``
covers the body (``channels/wechat_crypto.py``); plaintext messages are then refused. With
$WECHAT_APP_ID and $WECHAT_APP_SECRET set, an answer slower than the passive-reply window is
sent through the customer-service message API (``channels/wechat_api.py``) instead of a
"still working" reply.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.wechat_api import DEFAULT_BASE, CustomerServiceClient
from channels.wechat_crypto import CryptoError, WeChatCrypto, msg_signature
from channels.wechat_format import OptionMemory, render, text_reply, truncate
from channels.wechat_replay import ReplayGuard
from knowledge.chinese import CHINESE
from knowledge.i18n import bilingual

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

TOKEN_VARIABLE = "WECHAT_TOKEN"
AES_KEY_VARIABLE = "WECHAT_AES_KEY"
APP_ID_VARIABLE = "WECHAT_APP_ID"
APP_SECRET_VARIABLE = "WECHAT_APP_SECRET"
API_BASE_VARIABLE = "WECHAT_API_BASE"
DEFAULT_REPLY_TIMEOUT = 4.5  # seconds; WeChat gives up on a passive reply after 5
MAX_BODY_BYTES = 64 * 1024
REQUIRED_FIELDS = ("ToUserName", "FromUserName", "MsgType")
NO_REPLY = "success"  # WeChat's "nothing to say" answer

# The channel's own messages, in Chinese and in English (they answer no particular text).
WELCOME = bilingual("wechat_welcome")
TEXT_ONLY = bilingual("wechat_text_only")
STILL_WORKING = bilingual("wechat_still_working")
FAILED = bilingual("wechat_failed")
NO_ANSWER = bilingual("wechat_no_answer")
# WeChat users are answered in Chinese unless they write English (guard/language.py).
WECHAT_METADATA = {"default_language": CHINESE}


class RejectedRequest(ValueError):
    """A request the channel refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def signature(token: str, timestamp: str, nonce: str) -> str:
    """WeChat's signature: SHA-1 (hex) of the sorted, concatenated token, timestamp, nonce."""
    return hashlib.sha1("".join(sorted((token, timestamp, nonce))).encode()).hexdigest()


def is_signed(token: str | None, args: Mapping[str, str]) -> bool:
    """Whether the query's ``signature`` is right for ``token``; never without a token."""
    if not token:
        return False
    expected = signature(token, args.get("timestamp") or "", args.get("nonce") or "")
    return hmac.compare_digest(expected.encode(), (args.get("signature") or "").encode())


def parse_message(body: bytes, required: tuple[str, ...] = REQUIRED_FIELDS) -> dict[str, str]:
    """The fields of a WeChat XML message; RejectedRequest if too large, unsafe or malformed."""
    if len(body) > MAX_BODY_BYTES:
        raise RejectedRequest(413, "message too large")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RejectedRequest(400, "message is not UTF-8") from error
    if "<!DOCTYPE" in text.upper() or "<!ENTITY" in text.upper():
        raise RejectedRequest(400, "DTDs and entities are not allowed")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        raise RejectedRequest(400, f"malformed XML ({error})") from error
    fields = {child.tag: (child.text or "").strip() for child in root}
    missing = [name for name in required if not fields.get(name)]
    if missing:
        raise RejectedRequest(400, f"missing {', '.join(missing)}")
    return fields


class WeChatInput(InputChannel):
    """WeChat Official Account webhook (plaintext mode) answering with passive text replies."""

    @classmethod
    def name(cls) -> str:
        """The channel's name, also its URL prefix: ``/webhooks/wechat/webhook``."""
        return "wechat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WeChatInput:
        """The channel configured by ``reply_timeout`` and the $WECHAT_* variables."""
        credentials, env = credentials or {}, os.environ
        app_id, secret = env.get(APP_ID_VARIABLE, ""), env.get(APP_SECRET_VARIABLE)
        aes_key = env.get(AES_KEY_VARIABLE)
        return cls(
            credentials.get("token") or env.get(TOKEN_VARIABLE),
            float(credentials.get("reply_timeout", DEFAULT_REPLY_TIMEOUT)),
            crypto=WeChatCrypto(aes_key, app_id) if aes_key else None,
            api=CustomerServiceClient(app_id, secret, env.get(API_BASE_VARIABLE, DEFAULT_BASE))
            if app_id and secret
            else None,
        )

    def __init__(
        self,
        token: str | None,
        reply_timeout: float = DEFAULT_REPLY_TIMEOUT,
        crypto: WeChatCrypto | None = None,
        api: CustomerServiceClient | None = None,
    ) -> None:
        """A channel checking signatures with ``token``; without one it rejects everything.

        With ``crypto`` it works in safe mode; with ``api`` slow answers are sent later.
        """
        self.token = token
        self.reply_timeout = reply_timeout
        self.crypto = crypto
        self.api = api
        self.options = OptionMemory()
        self.replays = ReplayGuard()
        self._running: set[asyncio.Future] = set()
        if not token:
            logger.warning("WeChat: %s is not set, every request gets 403", TOKEN_VARIABLE)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """GET ``/webhook`` answers WeChat's handshake, POST ``/webhook`` receives messages."""
        webhook = Blueprint("wechat_webhook", __name__)

        @webhook.route("/webhook", methods=["GET"])
        async def handshake(request: Request) -> HTTPResponse:
            if not self._fresh_and_signed(request):
                return _forbidden()
            return response.text(request.args.get("echostr") or "")

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._fresh_and_signed(request):
                return _forbidden()
            try:
                message = self._open(request)
            except RejectedRequest as error:
                logger.warning("WeChat: rejected a message: %s", error)
                return response.text(str(error), status=error.status)
            content = await self.reply(message, on_new_message)
            if content is None:
                return response.text(NO_REPLY)
            xml = text_reply(message, content)
            if self.crypto is not None:
                xml = self.crypto.seal(self.token or "", xml)
            return response.text(xml, content_type="application/xml; charset=utf-8")

        return webhook

    def _fresh_and_signed(self, request: Request) -> bool:
        """A valid signature, a timestamp within five minutes and a nonce not seen before."""
        args = {name: request.args.get(name) or "" for name in ("timestamp", "nonce", "signature")}
        return is_signed(self.token, args) and self.replays.accept(args)

    def _open(self, request: Request) -> dict[str, str]:
        """The message's fields; in safe mode checked against ``msg_signature``, decrypted."""
        if self.crypto is None:
            return parse_message(request.body)
        encrypted = parse_message(request.body, required=("Encrypt",))["Encrypt"]
        args = request.args
        expected = msg_signature(
            self.token or "", args.get("timestamp") or "", args.get("nonce") or "", encrypted
        )
        given = args.get("msg_signature") or ""
        if args.get("encrypt_type") != "aes" or not hmac.compare_digest(expected, given):
            raise RejectedRequest(403, "missing or wrong msg_signature (safe mode)")
        try:
            return parse_message(self.crypto.decrypt(encrypted).encode())
        except CryptoError as error:
            raise RejectedRequest(400, str(error)) from error

    async def reply(self, message: Mapping[str, str], on_new_message: OnNewMessage) -> str | None:
        """The text answering ``message``; None for events that need no answer."""
        if message["MsgType"] == "event":
            return WELCOME if message.get("Event", "").lower() == "subscribe" else None
        if message["MsgType"] != "text":
            return TEXT_ONLY
        user = message["FromUserName"]
        text = self.options.resolve(user, message.get("Content", ""))
        collector = CollectingOutputChannel()
        task = self._keep(
            on_new_message(
                UserMessage(
                    text, collector, user, input_channel=self.name(), metadata=WECHAT_METADATA
                )
            )
        )
        try:
            await asyncio.wait_for(asyncio.shield(task), self.reply_timeout)
        except asyncio.TimeoutError:
            if self.api is None:
                logger.warning(
                    "WeChat: no answer within %.1f s: 'still working'", self.reply_timeout
                )
                return STILL_WORKING
            self._keep(self._send_later(user, task, collector))
            return None  # the answer follows as a customer-service message
        except Exception:
            logger.exception("WeChat: Rasa failed to handle a message")
            return FAILED
        return self._content(user, collector.messages)

    def _content(self, user: str, bot_messages: list[dict[str, Any]]) -> str:
        """The bot's messages as one text; their options are remembered for ``user``."""
        content, payloads = render(bot_messages)
        self.options.remember(user, payloads)
        return content or NO_ANSWER

    def _keep(self, coroutine: Awaitable[Any]) -> asyncio.Future:
        """Run ``coroutine`` as a task kept alive until it finishes (Rasa carries on)."""
        task = asyncio.ensure_future(coroutine)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def _send_later(
        self, user: str, task: asyncio.Future, collector: CollectingOutputChannel
    ) -> None:
        """Wait for the slow answer and send it through the customer-service API."""
        try:
            await task
            content = self._content(user, collector.messages)
        except Exception:
            logger.exception("WeChat: Rasa failed to handle a message")
            content = FAILED
        try:
            await self.api.send_text(user, truncate(content))  # type: ignore[union-attr]
        except Exception:
            logger.exception("WeChat: the customer-service message could not be sent")


def _forbidden() -> HTTPResponse:
    """403 for a request without a valid signature, stale or replayed."""
    logger.warning("WeChat: rejected a request: bad signature, stale timestamp or replay")
    return response.text("invalid signature", status=403)
