"""Email address validation for hand-off tickets."""

from __future__ import annotations

import re

# Deliberately simple: one @, a dot in the domain, no spaces; at most 254 characters.
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def find_email(text: str) -> str | None:
    """The email address in ``text`` (e.g. "it's jo@example.com"), or None."""
    if not text or len(text) > 1000:
        return None
    match = _EMAIL.search(text)
    return match.group(0) if match and len(match.group(0)) <= 254 else None
