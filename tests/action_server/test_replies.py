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


def test_a_chinese_reply_too_long_with_its_frame_moves_its_last_lines_to_more_detail() -> None:
    steps = [f"{n}. " + "Employers must review all application documents. " * 2 for n in range(7)]
    reply = {
        "text": "\n".join([*steps, "Source: Shanghai qualification list 3.0"]),
        "buttons": [{"title": "Helpful", "payload": "/rate"}],
        "more_detail": "held back before",
    }
    fitted = localized(call("zh"), {"events": [], "responses": [reply]})["responses"][0]
    shown = len(fitted["text"]) + sum(len(b["title"]) + 3 for b in fitted["buttons"])
    assert shown <= 700
    assert fitted["text"].splitlines()[-1].startswith("来源：")
    assert fitted["buttons"][0]["payload"] == "/ask_more"
    assert fitted["more_detail"].startswith("5. Employers")
    assert fitted["more_detail"].endswith("held back before")


def test_a_chinese_reply_keeps_its_first_line_after_its_lead_in_however_long() -> None:
    first = "In the first list, Category A had 48 qualifications. The report says: “" + "x" * 600
    reply = {"text": f"{first}”\nSource: Shanghai qualification list 3.0", "buttons": []}
    fitted = localized(call("zh"), {"events": [], "responses": [reply]})["responses"][0]
    lines = fitted["text"].splitlines()
    assert lines[0].endswith("：") and lines[1].startswith("In the first list, Category A had 48")
