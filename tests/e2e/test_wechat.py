"""End to end: the WeChat channel on the running Rasa server, signed like WeChat signs."""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET

import pytest

from channels.wechat import TEXT_ONLY, WELCOME, signature
from scripts.servers import ENV, Servers

TOKEN = ENV["WECHAT_TOKEN"]


def signed_query(token: str = TOKEN, **extra: str) -> str:
    """A fresh query string (now, a new nonce) signed with ``token``."""
    args = {"timestamp": str(int(time.time())), "nonce": uuid.uuid4().hex, **extra}
    args["signature"] = signature(token, args["timestamp"], args["nonce"])
    return urllib.parse.urlencode(args)


def call(servers: Servers, query: str, body: bytes | None = None) -> tuple[int, str]:
    """GET (no body) or POST the WeChat webhook; the status and the text of the reply."""
    url = f"{servers.rasa_url}/webhooks/wechat/webhook?{query}"
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "text/xml"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def message(user: str, msg_type: str, extra: str) -> bytes:
    """A WeChat message from ``user`` to the account."""
    return (
        "<xml><ToUserName><![CDATA[gh_account]]></ToUserName>"
        f"<FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>1700000000</CreateTime>"
        f"<MsgType><![CDATA[{msg_type}]]></MsgType>{extra}</xml>"
    ).encode()


def reply_to(servers: Servers, user: str, msg_type: str, extra: str) -> ET.Element:
    """The XML reply to a signed message; fails unless it is a text reply to ``user``."""
    status, body = call(servers, signed_query(), message(user, msg_type, extra))
    assert status == 200, body
    reply = ET.fromstring(body)
    assert reply.findtext("ToUserName") == user
    assert reply.findtext("FromUserName") == "gh_account"
    assert reply.findtext("MsgType") == "text"
    return reply


def say(servers: Servers, user: str, text: str) -> str:
    """The Content of the reply to a text message."""
    reply = reply_to(servers, user, "text", f"<Content><![CDATA[{text}]]></Content>")
    return reply.findtext("Content") or ""


@pytest.mark.parametrize("body", [None, message("wx-bad", "text", "<Content>hi</Content>")])
def test_a_bad_signature_is_forbidden(servers: Servers, body: bytes | None) -> None:
    status, _ = call(servers, signed_query("wrong-token", echostr="hello"), body)
    assert status == 403


def test_the_handshake_echoes_echostr(servers: Servers) -> None:
    assert call(servers, signed_query(echostr="echo-123")) == (200, "echo-123")


def test_malformed_xml_is_a_bad_request(servers: Servers) -> None:
    status, _ = call(servers, signed_query(), b"<xml><MsgType>text")
    assert status == 400


def test_a_question_gets_a_sourced_answer(servers: Servers) -> None:
    answer = say(servers, "wx-facts", "What are the requirements for an AI engineer in Qianhai?")
    assert "master" in answer.lower()
    assert "Source" in answer


def test_a_chinese_question_gets_a_chinese_answer_with_its_source(servers: Servers) -> None:
    answer = say(servers, "wx-zh", "前海的AI工程师需要什么学历？")
    assert "关于该职业的要求" in answer
    assert "master" in answer.lower(), "the record's facts, quoted"
    assert "来源：前海外籍人才紧缺职业清单" in answer


def test_a_greeting_on_wechat_is_answered_in_chinese(servers: Servers) -> None:
    assert say(servers, "wx-hello", "你好").startswith("您好！")


def test_an_image_gets_a_polite_text_reply(servers: Servers) -> None:
    extra = "<PicUrl><![CDATA[http://example.com/a.jpg]]></PicUrl><MediaId>m1</MediaId>"
    assert reply_to(servers, "wx-image", "image", extra).findtext("Content") == TEXT_ONLY


def test_subscribing_gets_the_welcome(servers: Servers) -> None:
    welcome = reply_to(servers, "wx-new", "event", "<Event><![CDATA[subscribe]]></Event>")
    assert welcome.findtext("Content") == WELCOME


def test_other_events_need_no_reply(servers: Servers) -> None:
    body = message("wx-gone", "event", "<Event><![CDATA[unsubscribe]]></Event>")
    assert call(servers, signed_query(), body) == (200, "success")


def test_a_number_picks_a_button(servers: Servers) -> None:
    question = say(servers, "wx-category", "What does Category B give me?")
    assert "1. Shanghai qualification list, Category B" in question
    assert "2. Work-permit class B" in question
    answer = say(servers, "wx-category", "1")
    assert answer.startswith("Shanghai qualification list 3.0 (current): Category B includes")
    assert "Source: Shanghai qualification list" in answer


def test_a_replayed_request_is_forbidden(servers: Servers) -> None:
    query = signed_query()
    body = message("wx-replay", "text", "<Content><![CDATA[hello]]></Content>")
    assert call(servers, query, body)[0] == 200
    assert call(servers, query, body)[0] == 403
    other_body = message("wx-victim", "text", "<Content><![CDATA[hello]]></Content>")
    assert call(servers, query, other_body)[0] == 403


def test_a_stale_request_is_forbidden(servers: Servers) -> None:
    old = str(int(time.time()) - 6 * 60)
    status, _ = call(servers, signed_query(timestamp=old), message("wx-old", "text", ""))
    assert status == 403
