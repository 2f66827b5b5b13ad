"""The WeChat channel's signature, XML handling, options and replies, without servers."""

from __future__ import annotations

import asyncio
import hashlib
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage

from channels import wechat, wechat_format
from channels.wechat import RejectedRequest, WeChatInput
from channels.wechat_format import OptionMemory

TOKEN = "secret-token"
BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


def message_xml(msg_type: str, extra: str = "") -> bytes:
    """A WeChat message from user ``u1`` to account ``gh_1``."""
    return (
        "<xml><ToUserName><![CDATA[gh_1]]></ToUserName>"
        "<FromUserName><![CDATA[u1]]></FromUserName><CreateTime>1700000000</CreateTime>"
        f"<MsgType><![CDATA[{msg_type}]]></MsgType>{extra}</xml>"
    ).encode()


def text_message(content: str) -> dict[str, str]:
    """The parsed fields of a text message."""
    return wechat.parse_message(message_xml("text", f"<Content><![CDATA[{content}]]></Content>"))


class FakeRasa:
    """Stands in for Rasa's ``on_new_message``: records texts and answers with ``replies``."""

    def __init__(self, replies: list[dict[str, Any]], delay: float = 0) -> None:
        self.replies = replies
        self.delay = delay
        self.received: list[str] = []

    async def __call__(self, message: UserMessage) -> None:
        self.received.append(message.text)
        await asyncio.sleep(self.delay)
        for reply in self.replies:
            await message.output_channel._persist_message(reply)


def test_signature_is_sha1_of_the_sorted_parts() -> None:
    expected = hashlib.sha1(b"".join(sorted([b"tok", b"123", b"abc"]))).hexdigest()
    assert wechat.signature("tok", "123", "abc") == expected


def test_only_the_right_signature_is_accepted() -> None:
    args = {"timestamp": "1", "nonce": "n", "signature": wechat.signature(TOKEN, "1", "n")}
    assert wechat.is_signed(TOKEN, args)
    assert not wechat.is_signed("other", args)
    assert not wechat.is_signed(TOKEN, {**args, "nonce": "m"})
    assert not wechat.is_signed(TOKEN, {**args, "signature": "é"})
    assert not wechat.is_signed(TOKEN, {})
    assert not wechat.is_signed(None, args)


def test_token_defaults_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WECHAT_TOKEN", "from-env")
    assert WeChatInput.from_credentials(None).token == "from-env"
    channel = WeChatInput.from_credentials({"token": "configured", "reply_timeout": 2})
    assert (channel.token, channel.reply_timeout) == ("configured", 2.0)
    monkeypatch.delenv("WECHAT_TOKEN")
    assert WeChatInput.from_credentials({}).token is None


def test_parse_message_reads_the_fields() -> None:
    fields = text_message("What is Category B?")
    assert fields["FromUserName"] == "u1"
    assert fields["MsgType"] == "text"
    assert fields["Content"] == "What is Category B?"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xml>&a;</xml>', 400),
        (b'<!doctype xml SYSTEM "file:///etc/passwd"><xml/>', 400),
        (b"<xml><ToUserName>gh_1</ToUserName>", 400),
        (b"not xml at all", 400),
        (b"\xff\xfe<\x00x\x00", 400),
        (message_xml("text").replace(b"<FromUserName><![CDATA[u1]]></FromUserName>", b""), 400),
        (b"<xml>" + b"<a>x</a>" * 10_000 + b"</xml>", 413),
    ],
)
def test_unsafe_or_malformed_bodies_are_rejected(body: bytes, status: int) -> None:
    with pytest.raises(RejectedRequest) as rejected:
        wechat.parse_message(body)
    assert rejected.value.status == status


def test_reply_is_well_formed_and_swaps_the_parties() -> None:
    content = "Tricky ]]> <b>&amp; 中文\x01"
    reply = ET.fromstring(wechat_format.text_reply(text_message("hi"), content, now=1700000001))
    assert reply.findtext("ToUserName") == "u1"
    assert reply.findtext("FromUserName") == "gh_1"
    assert reply.findtext("CreateTime") == "1700000001"
    assert reply.findtext("MsgType") == "text"
    assert reply.findtext("Content") == "Tricky ]]> <b>&amp; 中文"


def test_long_replies_are_cut_on_a_character_boundary() -> None:
    assert wechat_format.truncate("short") == "short"
    cut = wechat_format.truncate("中" * 1000)
    assert len(cut.encode("utf-8")) <= wechat_format.MAX_CONTENT_BYTES
    assert cut.endswith("…") and set(cut[:-1]) == {"中"}
    reply = ET.fromstring(wechat_format.text_reply(text_message("hi"), "x" * 5000))
    assert len(reply.findtext("Content").encode("utf-8")) == wechat_format.MAX_CONTENT_BYTES


def test_messages_are_joined_and_buttons_numbered() -> None:
    messages = [
        {"text": "First."},
        {"custom": {"sources": []}},
        {"text": "Continue?", "buttons": BUTTONS},
    ]
    text, payloads = wechat_format.render(messages)
    assert text == f"First.\n\nContinue?\n1. Yes\n2. No\n\n{wechat_format.CHOOSE}"
    assert payloads == ["/affirm", "/deny"]
    assert wechat_format.render([{"text": "Plain."}]) == ("Plain.", [])


def test_a_number_picks_the_last_options_shown() -> None:
    memory = OptionMemory()
    memory.remember("u1", ["/affirm", "/deny"])
    assert memory.resolve("u1", " 2 ") == "/deny"
    assert memory.resolve("u1", "１") == "/affirm"  # full-width digit from a Chinese keyboard
    assert memory.resolve("u1", "3") == "3"
    assert memory.resolve("u1", "yes") == "yes"
    assert memory.resolve("u2", "1") == "1"
    memory.remember("u1", [])
    assert memory.resolve("u1", "1") == "1"


def test_option_memory_forgets_the_least_recently_used_user() -> None:
    memory = OptionMemory(size=2)
    memory.remember("a", ["/a"])
    memory.remember("b", ["/b"])
    memory.resolve("a", "1")
    memory.remember("c", ["/c"])
    assert [memory.resolve(user, "1") for user in "abc"] == ["/a", "1", "/c"]


def ask(channel: WeChatInput, rasa: FakeRasa, message: dict[str, str]) -> str | None:
    """The channel's reply to one message."""
    return asyncio.run(channel.reply(message, rasa))


def test_a_text_message_goes_to_rasa_and_a_number_becomes_a_payload() -> None:
    channel = WeChatInput(TOKEN)
    rasa = FakeRasa([{"text": "Continue?", "buttons": BUTTONS}])
    assert "1. Yes\n2. No" in ask(channel, rasa, text_message("hello"))
    ask(channel, rasa, text_message("2"))
    assert rasa.received == ["hello", "/deny"]


def test_a_slow_answer_gets_a_still_working_reply() -> None:
    channel = WeChatInput(TOKEN, reply_timeout=0.01)
    assert ask(channel, FakeRasa([{"text": "late"}], delay=0.1), text_message("hi")) == (
        wechat.STILL_WORKING
    )


def test_a_failure_or_silence_still_gets_a_reply() -> None:
    async def broken(message: UserMessage) -> None:
        raise RuntimeError("boom")

    channel = WeChatInput(TOKEN)
    assert asyncio.run(channel.reply(text_message("hi"), broken)) == wechat.FAILED
    assert ask(channel, FakeRasa([]), text_message("hi")) == wechat.NO_ANSWER


@pytest.mark.parametrize("kind", ["image", "voice", "video", "location", "link"])
def test_non_text_messages_are_declined_politely(kind: str) -> None:
    rasa = FakeRasa([])
    assert ask(WeChatInput(TOKEN), rasa, wechat.parse_message(message_xml(kind))) == (
        wechat.TEXT_ONLY
    )
    assert rasa.received == []


def test_subscribe_is_welcomed_and_other_events_need_no_reply() -> None:
    def event(name: str) -> dict[str, str]:
        return wechat.parse_message(message_xml("event", f"<Event><![CDATA[{name}]]></Event>"))

    assert ask(WeChatInput(TOKEN), FakeRasa([]), event("subscribe")) == wechat.WELCOME
    assert ask(WeChatInput(TOKEN), FakeRasa([]), event("unsubscribe")) is None


def test_wechat_messages_ask_for_chinese_unless_the_user_writes_english() -> None:
    seen: list[UserMessage] = []

    async def rasa(message: UserMessage) -> None:
        seen.append(message)
        await message.output_channel._persist_message({"text": "您好！"})

    assert ask(WeChatInput(TOKEN), rasa, text_message("你好")) == "您好！"
    assert seen[0].metadata == {"default_language": "zh"}


def test_options_are_explained_in_the_replys_language() -> None:
    chinese, _ = wechat_format.render([{"text": "要帮您核对哪一项？", "buttons": BUTTONS}])
    assert chinese.endswith("请回复选项的编号。")
    english, _ = wechat_format.render([{"text": "Which one?", "buttons": BUTTONS}])
    assert english.endswith(wechat_format.CHOOSE)


def test_the_channels_own_messages_are_in_chinese_first() -> None:
    assert wechat.WELCOME.startswith("欢迎！") and "Welcome!" in wechat.WELCOME
