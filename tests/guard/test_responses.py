"""Response templating: slot placeholders filled, JSON payloads left alone (no KeyError)."""

from __future__ import annotations

import pytest
from rasa.core.nlg import interpolator

from guard import responses


def test_payloads_are_kept_and_placeholders_filled(caplog: pytest.LogCaptureFixture) -> None:
    responses.install()
    button = {"title": "PhD", "payload": '/inform{"degree": "PhD"}'}
    filled = interpolator.interpolate({"text": "Hi {name}", "buttons": [button]}, {"name": "Jo"})
    assert filled == {"text": "Hi Jo", "buttons": [button]}
    assert "KeyError" not in caplog.text
