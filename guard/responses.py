"""Response templating without noise: JSON in button payloads is not a slot placeholder.

Rasa reads every ``{...}`` of a response as a slot placeholder, so each button payload such
as ``/inform{"degree": "PhD"}`` logs a KeyError with its traceback. Here a text is
interpolated only if it contains a real placeholder, ``{slot_name}``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from rasa.core.nlg import interpolator

PLACEHOLDER = re.compile(r"{[A-Za-z_][\w-]*}")


def _only_placeholders(interpolate_text: Callable[[str, dict], str]) -> Callable[[str, dict], str]:
    @functools.wraps(interpolate_text)
    def guarded(response: str, values: dict) -> str:
        if not PLACEHOLDER.search(response):
            return response
        return interpolate_text(response, values)

    return guarded


def install() -> None:
    """Wrap Rasa's ``interpolate_text`` (once)."""
    if getattr(interpolator.interpolate_text, "__wrapped__", None) is None:
        interpolator.interpolate_text = _only_placeholders(interpolator.interpolate_text)
