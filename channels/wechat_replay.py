"""Replay protection for the WeChat webhook: fresh timestamps, each nonce accepted once.

WeChat's signature covers only the token, the timestamp and the nonce, so a captured
signed URL stays valid forever unless the timestamp is checked and the nonce remembered.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Mapping

MAX_AGE = 300  # seconds a signed request stays acceptable (either way, for clock skew)
MAX_NONCES = 50_000


class ReplayGuard:
    """Accepts a (timestamp, nonce) pair once, and only while the timestamp is fresh."""

    def __init__(self, max_age: float = MAX_AGE, size: int = MAX_NONCES) -> None:
        """Remember up to ``size`` nonces; requests older than ``max_age`` are stale."""
        self.max_age = max_age
        self.size = size
        self._seen: OrderedDict[str, float] = OrderedDict()  # nonce -> when it expires

    def accept(self, args: Mapping[str, str], now: float | None = None) -> bool:
        """Whether the query's timestamp is fresh and its nonce new (it is then remembered)."""
        now = time.time() if now is None else now
        try:
            timestamp = int(args.get("timestamp") or "")
        except ValueError:
            return False
        nonce = args.get("nonce") or ""
        if not nonce or abs(now - timestamp) > self.max_age:
            return False
        while self._seen and next(iter(self._seen.values())) < now:
            self._seen.popitem(last=False)
        if nonce in self._seen:
            return False
        self._seen[nonce] = now + 2 * self.max_age
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return True
