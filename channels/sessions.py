"""Session ids the server issues and signs, so a page cannot pick someone else's.

An id is ``<32 random hex digits>.<HMAC-SHA256 of them, 32 hex digits>``, keyed by
$SESSION_SECRET (scripts/run.sh keeps one in .secrets.env, so ids survive a restart;
without it a random key per process is used and ids last until the server restarts).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets

logger = logging.getLogger(__name__)

SECRET_VARIABLE = "SESSION_SECRET"


class SessionIds:
    """Issues signed session ids and recognises them."""

    def __init__(self, secret: str | None = None) -> None:
        """Sign with ``secret`` (default: $SESSION_SECRET, else a random per-process key)."""
        secret = secret or os.environ.get(SECRET_VARIABLE)
        if not secret:
            logger.warning("%s is not set: web sessions end when the server stops", SECRET_VARIABLE)
            secret = secrets.token_hex(32)
        self._key = secret.encode()

    def _signature(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode(), hashlib.sha256).hexdigest()[:32]

    def issue(self) -> str:
        """A new, unguessable, signed session id."""
        nonce = secrets.token_hex(16)
        return f"{nonce}.{self._signature(nonce)}"

    def is_valid(self, session_id: object) -> bool:
        """Whether ``session_id`` is one this server issued."""
        if not isinstance(session_id, str) or session_id.count(".") != 1:
            return False
        nonce, signature = session_id.split(".")
        return len(nonce) == 32 and hmac.compare_digest(signature, self._signature(nonce))

    def resume_or_issue(self, requested: object) -> str:
        """``requested`` if this server issued it, else a new id."""
        return requested if self.is_valid(requested) else self.issue()  # type: ignore[return-value]
