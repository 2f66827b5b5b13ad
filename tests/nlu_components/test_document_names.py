"""Document names as the training data tags them: modifiers dropped, missed names tagged."""

from __future__ import annotations

from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu_components.document_names import DocumentNameEntities, learn


def entity(text: str, part: str) -> dict:
    """A programme entity for ``part`` of ``text``."""
    start = text.index(part)
    return {"entity": "programme", "start": start, "end": start + len(part), "value": part}


TAGGED = [
    "which cities are in the pilot",
    "when does the pilot end",
    "is the pilot over",
    "does the pilot cover Nanjing",
    "the pilot for foreign talent",
]
UNTAGGED = ["name the pilot cities please", "are there pilot cities in the west"]


def examples() -> list[tuple[str, list[dict]]]:
    tagged = [(text, [entity(text, "pilot")]) for text in TAGGED]
    return tagged + [(text, []) for text in UNTAGGED]


def test_words_a_name_modifies_untagged_are_learned():
    learned = learn(examples())
    assert learned["modifiers"] == {"pilot": ["cities"]}
    assert learned["always"] == {"pilot": ["cities"]}


def test_a_name_left_untagged_on_its_own_is_not_always_tagged():
    learned = learn([*examples(), ("tell me about the pilot", [])])
    assert learned["always"] == {}


def filtered(text: str, entities: list[dict]) -> list[dict]:
    learned = {**learn(examples()), "known": ["pilot", "six-city pilot"]}
    component = DocumentNameEntities({"entity": "programme"}, None, None, learned)
    message = Message({TEXT: text, ENTITIES: entities})
    return component.process([message])[0].get(ENTITIES)


def test_a_tagged_modifier_is_dropped_and_a_missed_name_is_tagged():
    text = "which fields count in the pilot cities"
    assert filtered(text, [entity(text, "pilot")]) == []
    text = "which cities take part in the pilot"
    found = filtered(text, [])
    assert [(e["value"], e["start"]) for e in found] == [("pilot", text.index("pilot"))]


def test_a_name_already_tagged_by_diet_is_left_alone():
    text = "when does the six-city pilot end"
    tagged = [entity(text, "six-city pilot")]
    assert filtered(text, tagged) == tagged


def test_a_stray_span_no_synonym_maps_does_not_hide_a_missed_name():
    text = "when does the pilot end"
    stray = [entity(text, "pilot end")]
    assert [e["value"] for e in filtered(text, stray)] == ["pilot end", "pilot"]
