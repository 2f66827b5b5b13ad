"""WeChat safe mode (AES, msg_signature) with the published algorithm, on synthetic messages;
and slow answers sent through the customer-service API, against a local fake of WeChat."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import struct
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from typing import Any

import pytest
from aiohttp import web
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from channels.wechat import RejectedRequest, WeChatInput
from channels.wechat_api import CustomerServiceClient, WeChatApiError
from channels.wechat_crypto import CryptoError, WeChatCrypto, msg_signature
from tests.channels.test_wechat_unit import FakeRasa, message_xml
from tests.local_http import serving

TOKEN = "secret-token"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters, as in the console
APP_ID = "wx1234567890abcdef"
RAW_KEY = base64.b64decode(AES_KEY + "=")


def reference_decrypt(encrypted: str) -> tuple[bytes, bytes]:
    """WXBizMsgCrypt's decryption written out: the message and the AppID."""
    decryptor = Cipher(algorithms.AES(RAW_KEY), modes.CBC(RAW_KEY[:16])).decryptor()
    plain = decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize()
    assert len(plain) % 32 == 0
    plain = plain[: -plain[-1]]
    (length,) = struct.unpack(">I", plain[16:20])
    return plain[20 : 20 + length], plain[20 + length :]


def reference_encrypt(message: bytes, app_id: bytes = APP_ID.encode()) -> str:
    """WXBizMsgCrypt's encryption written out, with fixed random bytes."""
    plain = b"0123456789abcdef" + struct.pack(">I", len(message)) + message + app_id
    pad = 32 - len(plain) % 32
    encryptor = Cipher(algorithms.AES(RAW_KEY), modes.CBC(RAW_KEY[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain + bytes([pad]) * pad) + encryptor.finalize())


def test_encryption_follows_the_published_layout() -> None:
    crypto = WeChatCrypto(AES_KEY, APP_ID)
    message = "<xml><Content>你好 hello</Content></xml>"
    assert reference_decrypt(crypto.encrypt(message)) == (message.encode(), APP_ID.encode())
    assert crypto.decrypt(reference_encrypt(message.encode()).decode()) == message


def test_msg_signature_covers_the_ciphertext() -> None:
    expected = hashlib.sha1("".join(sorted([TOKEN, "1", "n", "CIPHER"])).encode()).hexdigest()
    assert msg_signature(TOKEN, "1", "n", "CIPHER") == expected
    assert msg_signature(TOKEN, "1", "n", "CIPHEr") != expected


def test_messages_for_another_app_or_garbage_are_refused() -> None:
    crypto = WeChatCrypto(AES_KEY, APP_ID)
    with pytest.raises(CryptoError):
        crypto.decrypt(reference_encrypt(b"<xml/>", b"wx-someone-else").decode())
    with pytest.raises(CryptoError):
        crypto.decrypt(base64.b64encode(b"x" * 31).decode())
    with pytest.raises(ValueError):
        WeChatCrypto("too-short", APP_ID)


def encrypted_request(body: bytes, signature: str | None = None) -> SimpleNamespace:
    """A safe-mode POST as WeChat sends it."""
    encrypted = reference_encrypt(body).decode()
    args = {"timestamp": "1700000000", "nonce": "n1", "encrypt_type": "aes"}
    args["msg_signature"] = signature or msg_signature(TOKEN, "1700000000", "n1", encrypted)
    envelope = f"<xml><ToUserName>gh_1</ToUserName><Encrypt>{encrypted}</Encrypt></xml>"
    return SimpleNamespace(body=envelope.encode(), args=args)


def test_the_channel_decrypts_checks_and_encrypts_its_reply() -> None:
    crypto = WeChatCrypto(AES_KEY, APP_ID)
    channel = WeChatInput(TOKEN, crypto=crypto)
    message = channel._open(encrypted_request(message_xml("text", "<Content>hi</Content>")))
    assert (message["FromUserName"], message["Content"]) == ("u1", "hi")
    with pytest.raises(RejectedRequest) as forged:
        channel._open(encrypted_request(message_xml("text"), signature="0" * 40))
    assert forged.value.status == 403
    plaintext = SimpleNamespace(body=message_xml("text", "<Content>hi</Content>"), args={})
    with pytest.raises(RejectedRequest):
        channel._open(plaintext)
    sealed = ET.fromstring(crypto.seal(TOKEN, "<xml><Content>ok</Content></xml>"))
    encrypted = sealed.findtext("Encrypt") or ""
    signature = msg_signature(
        TOKEN, sealed.findtext("TimeStamp") or "", sealed.findtext("Nonce") or "", encrypted
    )
    assert sealed.findtext("MsgSignature") == signature
    assert reference_decrypt(encrypted)[0] == b"<xml><Content>ok</Content></xml>"


class FakeWeChat:
    """A local stand-in for api.weixin.qq.com: tokens and customer-service messages."""

    def __init__(self, expire_first_token: bool = False) -> None:
        self.sent: list[dict[str, Any]] = []
        self.tokens = 0
        self.expire_first_token = expire_first_token

    async def token(self, request: web.Request) -> web.Response:
        assert request.query["appid"] == APP_ID and request.query["secret"] == "app-secret"
        self.tokens += 1
        return web.json_response({"access_token": f"token-{self.tokens}", "expires_in": 7200})

    async def send(self, request: web.Request) -> web.Response:
        if self.expire_first_token and request.query["access_token"] == "token-1":
            return web.json_response({"errcode": 42001, "errmsg": "access_token expired"})
        self.sent.append(await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})


async def with_fake(fake: FakeWeChat, scenario: Any) -> Any:
    """Run ``scenario(base_url)`` with the fake listening on a free local port."""
    app = web.Application()
    app.router.add_get("/cgi-bin/token", fake.token)
    app.router.add_post("/cgi-bin/message/custom/send", fake.send)
    async with serving(app) as base_url:
        return await scenario(base_url)


def test_a_slow_answer_is_sent_as_a_customer_service_message() -> None:
    fake = FakeWeChat()

    async def scenario(base: str) -> str | None:
        api = CustomerServiceClient(APP_ID, "app-secret", base)
        channel = WeChatInput(TOKEN, reply_timeout=0.01, api=api)
        rasa = FakeRasa([{"text": "The late answer"}], delay=0.2)
        message = {"MsgType": "text", "FromUserName": "u1", "ToUserName": "gh", "Content": "q"}
        passive = await channel.reply(message, rasa)
        await asyncio.gather(*channel._running)
        return passive

    assert asyncio.run(with_fake(fake, scenario)) is None  # answered "success" at once
    assert fake.sent == [
        {"touser": "u1", "msgtype": "text", "text": {"content": "The late answer"}}
    ]


def test_an_expired_token_is_refreshed_once() -> None:
    fake = FakeWeChat(expire_first_token=True)

    async def scenario(base: str) -> None:
        await CustomerServiceClient(APP_ID, "app-secret", base).send_text("u1", "hello")

    asyncio.run(with_fake(fake, scenario))
    assert fake.tokens == 2 and fake.sent[0]["text"]["content"] == "hello"


def test_a_refused_message_raises() -> None:
    async def refuse(request: web.Request) -> web.Response:
        return web.json_response({"errcode": 45015, "errmsg": "response out of time limit"})

    fake = FakeWeChat()
    fake.send = refuse  # type: ignore[method-assign]

    async def scenario(base: str) -> None:
        await CustomerServiceClient(APP_ID, "app-secret", base).send_text("u1", "hello")

    with pytest.raises(WeChatApiError, match="45015"):
        asyncio.run(with_fake(fake, scenario))
