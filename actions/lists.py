"""Is a job or occupation on a list?"""

from __future__ import annotations

from typing import ClassVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction, index, kb, latest_entity, send
from actions.occupations import choice_buttons, occupation_query
from actions.stated_eligibility import wants_own_check
from knowledge.answers import lists
from knowledge.answers.common import Answer
from knowledge.i18n.patterns import with_zh
from knowledge.qa import router
from knowledge.qa.documents import documents_named
from knowledge.qa.eligibility import asks_if_listed
from knowledge.translation import with_english


class ActionOnList(KnowledgeAction):
    """Which lists name the job; "did you mean" buttons for a doubtful match."""

    summary = False

    topic = "on_list"
    follow_up_entities: ClassVar[frozenset[str]] = frozenset({"occupation", "programme"})

    def yields_to_quotes(self, tracker: Tracker) -> bool:
        """Not when the message asks whether a job is listed: the lists answer that."""
        return not _asks_if_listed(tracker)

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """Answer for the job named now or in context."""
        query = occupation_query(tracker, dispatcher)
        if query is None:
            return []
        programme = latest_entity(tracker, "programme") or _list_named(tracker)
        text = tracker.latest_message.get("text") or ""
        if _ASKS_REQUIREMENTS.search(text):
            # "Is X on both lists? What degree do they want?": the requirements say both.
            answer = lists.occupation_requirements(kb(), index(), query)
        else:
            answer = lists.on_list(kb(), index(), query, programme)
        if answer.choices and not _asks_if_listed(tracker):
            # No job by that name, and the message does not ask for one ("when was the
            # research done?"): the documents' answer, if they have one.
            found = router.answer_freely(kb(), text)
            answer = found if found.sources else answer
        if answer.sources and not answer.choices and wants_own_check(tracker):
            answer = Answer(f"{answer.text}\n{OFFER_CHECK}", answer.sources)
        send(dispatcher, answer, choice_buttons(answer, "ask_on_list"))
        return []


# The message also asks what the job requires ("what degree and how many years").
_ASKS_REQUIREMENTS = with_zh(
    r"\b(requirements?|required|requires?|what (degree|education)|how many years|how much "
    r"experience|(what|waht|wat|wht) (do|does) (they|it|one|i|you) (want|need|ask|require))\b",
    "lists.asks_requirements",
)
# The programme of each list a question can name (the lists' own mapping, inverted).
_LIST_PROGRAMMES = {key: programme for programme, key in lists.PROGRAMME_LISTS.items()}


def _asks_if_listed(tracker: Tracker) -> bool:
    """Whether the message asks if a job is on a list: the user's own, or the one the NLU
    found in it ("is a 3D printing specialist on the Qianhai list?")."""
    text = tracker.latest_message.get("text") or ""
    return asks_if_listed(text, latest_entity(tracker, "occupation"))


def _list_named(tracker: Tracker) -> str | None:
    """The one list the latest message names in its words when the NLU tagged none
    ("芯片架构师在前海清单上吗")."""
    named = documents_named(with_english(tracker.latest_message.get("text") or ""))
    programmes = {_LIST_PROGRAMMES[d] for d in named if d in _LIST_PROGRAMMES}
    return programmes.pop() if len(programmes) == 1 else None


OFFER_CHECK = (
    "Tell me your degree and years of related experience, and I'll check whether you meet "
    "its requirements."
)
