"""The entity post-processors: merging split spans and dropping values outside closed sets."""

from __future__ import annotations

from nlu_components.entity_cleanup import keep_allowed, merge_adjacent


def entity(text: str, part: str, kind: str = "programme") -> dict:
    """An entity dict for ``part`` of ``text``."""
    start = text.index(part)
    return {"entity": kind, "start": start, "end": start + len(part), "value": part}


def test_split_programme_is_joined():
    text = "what do I need for the shanghai catalog of urgently needed jobs"
    parts = [entity(text, "shanghai"), entity(text, "catalog of urgently needed jobs")]
    merged = merge_adjacent(text, parts, {"programme"})
    assert [e["value"] for e in merged] == ["shanghai catalog of urgently needed jobs"]


def test_entities_with_words_between_or_of_other_types_stay_apart():
    text = "is a chip designer on the shanghai catalog"
    parts = [entity(text, "chip designer", "occupation"), entity(text, "shanghai catalog")]
    assert merge_adjacent(text, parts, {"programme", "occupation"}) == parts
    text = "qualification on the 3.0 list"
    parts = [entity(text, "qualification"), entity(text, "3.0 list")]
    assert merge_adjacent(text, parts, {"programme"}) == parts


def test_only_allowed_values_of_closed_types_are_kept():
    entities = [
        {"entity": "programme", "value": "six"},
        {"entity": "programme", "value": "qianhai_list"},
        {"entity": "occupation", "value": "anything goes"},
    ]
    kept = keep_allowed(entities, {"programme": {"qianhai_list"}})
    assert [e["value"] for e in kept] == ["qianhai_list", "anything goes"]
