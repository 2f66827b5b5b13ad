"""The action server's replies in the conversation's language.

The actions word their replies in English; for a conversation whose ``language`` slot is
``zh`` a response middleware rewrites each reply of ``/webhook`` with
:func:`knowledge.i18n.chinese_replies.chinese_reply`, so no action needs to know the
language.
"""

from __future__ import annotations

import json
from typing import Any

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.base import MAX_SHOWN_CHARS, MORE_BUTTON, MORE_DETAIL_KEY
from knowledge.chinese import CHINESE
from knowledge.i18n import catalog
from knowledge.i18n.chinese_replies import chinese_button, chinese_reply

WEBHOOK = "/webhook"


def language_of_call(call: dict[str, Any]) -> str | None:
    """The ``language`` slot of the tracker an action call carries."""
    slots = (call.get("tracker") or {}).get("slots") or {}
    return slots.get("language")


def localized(call: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """The action's result with its replies in the conversation's language."""
    if language_of_call(call) != CHINESE:
        return result
    action = call.get("next_action")
    replies = [fitted(chinese_reply(reply, action)) for reply in result.get("responses") or []]
    return {**result, "responses": replies}


def _shown_size(lines: list[str], buttons: list[dict[str, Any]]) -> int:
    return len("\n".join(lines)) + sum(len(str(b.get("title", ""))) + 3 for b in buttons)


def fitted(reply: dict[str, Any], limit: int = MAX_SHOWN_CHARS) -> dict[str, Any]:
    """The Chinese reply within ``limit`` shown characters: the Chinese lead-in, note and
    source line make a fitted English answer longer, so its last lines move to "more
    detail" (ahead of what was held back already), behind a More button."""
    lines = (reply.get("text") or "").split("\n")
    buttons = list(reply.get("buttons") or [])
    if not reply.get("text") or _shown_size(lines, buttons) <= limit:
        return reply
    more = chinese_button(MORE_BUTTON)
    if not any(b.get("payload") == MORE_BUTTON["payload"] for b in buttons):
        buttons = [more, *buttons]
    frame = catalog("zh")["frame"]
    tail = 0
    while tail < len(lines) and (
        lines[-1 - tail] == frame["quote_note"]
        or lines[-1 - tail].startswith(frame["source_label"])
    ):
        tail += 1
    body, ending = lines[: len(lines) - tail], lines[len(lines) - tail :]
    moved: list[str] = []
    # The answer's first line stays, after its lead-in if it has one ("…如下（英文）：").
    keep = 2 if len(body) > 1 and body[0].endswith("：") else 1
    while len(body) > keep and _shown_size([*body, *ending], buttons) > limit:
        moved.insert(0, body.pop())
    rest = "\n".join(filter(None, [*moved, reply.get(MORE_DETAIL_KEY) or ""]))
    return {**reply, "text": "\n".join([*body, *ending]), "buttons": buttons, MORE_DETAIL_KEY: rest}


def install(app: Sanic) -> None:
    """Add the middleware that rewrites ``/webhook`` replies."""

    @app.middleware("response")
    async def reply_in_language(request: Request, reply: HTTPResponse) -> HTTPResponse | None:
        if request.path != WEBHOOK or reply.status != 200 or not reply.body:
            return None
        call = request.json if isinstance(request.json, dict) else {}
        if language_of_call(call) != CHINESE:
            return None
        return response.json(localized(call, json.loads(reply.body)))
