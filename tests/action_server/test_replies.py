"""The action server's replies follow the conversation's language."""

from __future__ import annotations

from action_server.replies import localized

RESULT = {
    "events": [{"event": "slot", "name": "topic", "value": "qual_category"}],
    "responses": [
        {"text": "Which category do you mean?", "buttons": []},
        {"response": "utter_greet"},
    ],
}


def call(language: str | None) -> dict:
    """An action call whose tracker has this language."""
    return {"next_action": "action_qual_category", "tracker": {"slots": {"language": language}}}


def test_a_chinese_conversation_gets_chinese_replies() -> None:
    result = localized(call("zh"), RESULT)
    assert result["responses"][0]["text"] == "您指的是哪一类？"
    assert result["responses"][1] == {"response": "utter_greet"}, "Rasa picks the variation"
    assert result["events"] == RESULT["events"]


def test_other_conversations_are_left_as_they_are() -> None:
    assert localized(call("en"), RESULT) is RESULT
    assert localized(call(None), RESULT) is RESULT
