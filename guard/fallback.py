"""Never silent: when the action server fails or is unreachable, Rasa itself apologises.

Rasa logs a failed custom action and drops its events, so the user gets no reply at all.
``install()`` wraps ``RemoteAction.run``: on a failure other than a form's validation
rejection, the action's result is one bot message, an apology with the official contacts
(taken from the knowledge base, which needs no action server).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import BotUttered, Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from knowledge.answers.contacts import human_contacts
from knowledge.base import load_knowledge_base
from knowledge.chinese import CHINESE, ENGLISH
from knowledge.i18n import message
from knowledge.i18n.chinese_replies import chinese_text

logger = logging.getLogger(__name__)

APOLOGY = message("apology", ENGLISH)


@functools.lru_cache(maxsize=2)
def apology(language: str = ENGLISH) -> str:
    """The apology followed by the contacts the documents give, in the conversation's
    language."""
    contacts = human_contacts(load_knowledge_base()).text.splitlines()
    lines = [APOLOGY, message("apology_contacts", ENGLISH), *contacts[1:]]
    text = "\n".join(lines)
    return chinese_text(text, "action_human_contacts") if language == CHINESE else text


def _never_silent(
    run: Callable[..., Awaitable[list[Event]]],
) -> Callable[..., Awaitable[list[Event]]]:
    @functools.wraps(run)
    async def guarded_run(
        self: RemoteAction,
        output_channel: Any,
        nlg: Any,
        tracker: DialogueStateTracker,
        *args: Any,
        **kwargs: Any,
    ) -> list[Event]:
        try:
            return await run(self, output_channel, nlg, tracker, *args, **kwargs)
        except ActionExecutionRejection:
            raise  # a form's validation: Rasa predicts something else
        except RasaException as error:
            cause = error.__cause__ or error
            logger.error(
                "Custom action %s failed (%s); the user got the apology",
                self.name(),
                type(cause).__name__,
            )
            text = apology(tracker.get_slot("language") or ENGLISH)
            return [BotUttered(text, metadata={"action_server_failure": True})]

    return guarded_run


def install() -> None:
    """Wrap ``RemoteAction.run`` (once); builds the apology now, so a failure needs nothing."""
    for language in (ENGLISH, CHINESE):
        apology(language)
    if getattr(RemoteAction.run, "__wrapped__", None) is None:
        RemoteAction.run = _never_silent(RemoteAction.run)
