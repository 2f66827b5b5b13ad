"""Masks e-mail addresses and ID-like numbers in log records and stored texts.

Both patterns start only at the beginning of a run of their characters and have bounded
repetitions, so they run in linear time on any input.
"""

from __future__ import annotations

import logging
import re

EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}"
    r"(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}"
)
# Resident ID cards (15 or 18 characters), phone and account numbers (9+ digits), passports.
ID_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?:\d{9,17}[\dXx]?|[A-Za-z]{1,2}\d{7,9})(?![A-Za-z0-9])")
EMAIL_MASK = "[email]"
NUMBER_MASK = "[number]"


def mask(text: str) -> str:
    """``text`` with e-mail addresses and ID-like numbers replaced by placeholders."""
    return ID_NUMBER.sub(NUMBER_MASK, EMAIL.sub(EMAIL_MASK, text))


class _MaskingRecord(logging.LogRecord):
    """A log record whose message and traceback are masked once formatted."""

    def getMessage(self) -> str:
        return mask(super().getMessage())


_format_unmasked = logging.Formatter.formatException


def _format_exception(formatter: logging.Formatter, exc_info: tuple) -> str:
    return mask(_format_unmasked(formatter, exc_info))


def install() -> None:
    """Mask every log record of the process: messages and tracebacks."""
    logging.setLogRecordFactory(_MaskingRecord)
    logging.Formatter.formatException = _format_exception  # type: ignore[method-assign]
