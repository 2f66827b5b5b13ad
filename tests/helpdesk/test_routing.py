"""Topic classification and routing of hand-offs."""

from __future__ import annotations

import pytest

from helpdesk.routing import TOPICS, classify, load_desks, route


@pytest.mark.parametrize(
    ("summary", "intents", "topic"),
    [
        ("my junior title application was refused", [], "professional_title"),
        ("question about the Qianhai list for my job", [], "qianhai_list"),
        ("my work permit renewal is stuck", [], "work_permit"),
        ("my Z visa expires soon", [], "work_permit"),
        ("is my certificate on the qualification list?", [], "shanghai_lists"),
        ("which documents does the catalog need", [], "shanghai_lists"),
        ("please call me back", ["ask_title_requirements"], "professional_title"),
        ("please call me back", ["ask_catalog_count", "ask_occupation_shortage"], "qianhai_list"),
        ("please call me back", ["greet"], "other"),
    ],
)
def test_classify(summary, intents, topic):
    assert classify(summary, intents) == topic


def test_every_topic_has_a_desk():
    desks = load_desks()
    assert set(desks) == set(TOPICS)
    assert all(d.name and d.contact and d.hours for d in desks.values())


def test_unknown_topic_goes_to_the_general_desk():
    assert route("nonsense").topic == "other"
