"""Formatting of WeChat replies: passive XML replies, buttons as numbered options."""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from knowledge.chinese import CHINESE, ENGLISH, has_chinese
from knowledge.i18n import message as catalog_message

MAX_CONTENT_BYTES = 2048  # WeChat's limit on a text reply's Content
ELLIPSIS = "…"
MAX_REMEMBERED_USERS = 10_000
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CHOOSE = catalog_message("wechat_choose", ENGLISH)


def truncate(text: str, limit: int = MAX_CONTENT_BYTES) -> str:
    """``text`` within ``limit`` UTF-8 bytes, cut on a character boundary and ending in "…"."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode("utf-8"))
    return encoded[:room].decode("utf-8", errors="ignore").rstrip() + ELLIPSIS


def cdata(text: str) -> str:
    """``text`` as CDATA, without characters XML forbids."""
    clean = _NOT_XML_CHARS.sub("", text).replace("]]>", "]]]]><![CDATA[>")
    return f"<![CDATA[{clean}]]>"


def text_reply(message: Mapping[str, str], content: str, now: float | None = None) -> str:
    """The passive XML text reply to ``message`` (sender and recipient swapped)."""
    created = int(time.time() if now is None else now)
    return (
        "<xml>"
        f"<ToUserName>{cdata(message['FromUserName'])}</ToUserName>"
        f"<FromUserName>{cdata(message['ToUserName'])}</FromUserName>"
        f"<CreateTime>{created}</CreateTime>"
        "<MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{cdata(truncate(content))}</Content>"
        "</xml>"
    )


def render(messages: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The bot's messages as one text, buttons as numbered options; and the options' payloads."""
    parts: list[str] = []
    payloads: list[str] = []
    for message in messages:
        lines = [message["text"]] if message.get("text") else []
        for button in message.get("buttons") or []:
            payloads.append(button["payload"])
            lines.append(f"{len(payloads)}. {button['title']}")
        if lines:
            parts.append("\n".join(lines))
    if payloads:
        chinese = any(has_chinese(part) for part in parts)
        parts.append(catalog_message("wechat_choose", CHINESE) if chinese else CHOOSE)
    return "\n\n".join(parts), payloads


class OptionMemory:
    """The options last shown to each user; the least recently used users are forgotten."""

    def __init__(self, size: int = MAX_REMEMBERED_USERS) -> None:
        self._size = size
        self._options: OrderedDict[str, list[str]] = OrderedDict()

    def remember(self, user: str, payloads: list[str]) -> None:
        """Keep the options just shown to ``user``; showing none forgets earlier ones."""
        self._options.pop(user, None)
        if payloads:
            self._options[user] = payloads
            if len(self._options) > self._size:
                self._options.popitem(last=False)

    def resolve(self, user: str, text: str) -> str:
        """The payload of the option that ``text`` picks by number, else ``text`` itself."""
        options = self._options.get(user, [])
        choice = text.strip()
        if choice.isdecimal() and 1 <= int(choice) <= len(options):
            self._options.move_to_end(user)
            return options[int(choice) - 1]
        return text
