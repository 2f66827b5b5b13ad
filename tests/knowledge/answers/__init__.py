"""Tests of the answer wording; ``assert_answer`` checks what every answer must do."""

from __future__ import annotations

from knowledge.answers.common import Answer

MAX_LINES = 12


def assert_answer(answer: Answer) -> str:
    """The answer cites its sources and is short; returns its rendered text."""
    rendered = answer.render()
    assert answer.sources, answer.text
    assert "\nSource: " in rendered, rendered
    assert len(rendered.splitlines()) <= MAX_LINES, rendered
    return rendered
