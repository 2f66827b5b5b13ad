"""The entity post-processors: merging split spans, dropping values outside closed sets,
Chinese names as English values, durations."""

from __future__ import annotations

from nlu_components.entity_cleanup import (
    english_values,
    english_years,
    keep_allowed,
    merge_adjacent,
    trim_edges,
)


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


def test_chinese_names_get_the_english_values_and_english_ones_stay() -> None:
    text = "actuary 精算师 精算狮 硕士 副高级 前海紧缺职业清单 资本运营专员"
    entities = [
        entity(text, "actuary", "occupation"),
        entity(text, "精算师", "occupation"),
        entity(text, "精算狮", "occupation"),
        entity(text, "硕士", "degree"),
        entity(text, "副高级", "title_level"),
        entity(text, "前海紧缺职业清单"),
        entity(text, "资本运营专员", "occupation"),
    ]
    assert [e["value"] for e in english_values(entities)] == [
        "actuary",
        "Actuary",
        "Actuary",
        "master's degree",
        "associate senior",
        "qianhai_list",
        "Capital operation specialist",
    ]


def test_years_without_a_duration_are_dropped() -> None:
    text = "6 years of experience, a decade, 五年"
    entities = [entity(text, part, "years") for part in ("6 years", "of", "a decade", "五年")]
    assert [e["value"] for e in english_years(entities)] == ["6 years", "a decade", "5 years"]


def test_function_words_and_punctuation_are_trimmed_off_span_edges():
    text = "I'm a truck driver with a bachelor and 10 years, do I qualify"
    spans = [entity(text, "a bachelor and", "degree"), entity(text, "10 years,", "years")]
    assert [e["value"] for e in trim_edges(text, spans)] == ["bachelor", "10 years"]


def test_an_entity_that_is_only_an_edge_word_stays_whole():
    text = "what does Category A give"
    assert trim_edges(text, [entity(text, "A", "category")]) == [entity(text, "A", "category")]


def test_a_category_letter_keeps_its_letter_when_a_word_after_it_is_trimmed():
    text = "I mean Category A of the 3.0 list"
    assert [e["value"] for e in trim_edges(text, [entity(text, "A of", "category")])] == ["A"]
