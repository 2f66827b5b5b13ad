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

from knowledge.chinese import CHINESE
from knowledge.i18n.chinese_replies import chinese_reply

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
    replies = [chinese_reply(reply, action) for reply in result.get("responses") or []]
    return {**result, "responses": replies}


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
