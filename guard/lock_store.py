"""A Redis lock store whose ticket operations are atomic, for several Rasa servers.

Rasa 3.6's ``RedisLockStore`` reads a conversation's ticket lock, changes it in Python and
writes it back in separate steps, so two servers taking a message of the same conversation
at the same moment can both read "no tickets" and both get ticket 0: both then process
the conversation at once, and one's events overwrite or interleave with the other's.
Here every read-modify-write of a lock (issue a ticket, finish serving one, drop expired
tickets) is one Lua script, which Redis runs atomically. The stored value keeps Rasa's
format, so ``get_lock`` and the waiting loop are Rasa's own. Issuing a ticket also returns
the lock, so a message that finds nobody ahead takes two round trips to Redis, not three.

Configured in the cluster's endpoints file (``cluster/endpoints.yml``)::

    lock_store:
      type: guard.lock_store.AtomicRedisLockStore
      url: 127.0.0.1
      port: 6379

``url`` may instead be the path of Redis's Unix socket on the same machine (``/run/redis.sock``):
on one machine a round trip over it costs both sides less CPU than over TCP.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import redis
from rasa.core.lock_store import (
    DEFAULT_SOCKET_TIMEOUT_IN_SECONDS as DEFAULT_SOCKET_TIMEOUT,
)
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore, TicketLock
from rasa.utils.endpoints import EndpointConfig

# Tickets kept: those not expired at ARGV[now], except the one numbered ARGV[drop].
_KEEP_TICKETS = """
local kept, last = {}, -1
local raw = redis.call('GET', KEYS[1])
if raw then
  for _, item in ipairs(cjson.decode(raw).tickets or {}) do
    local ticket = cjson.decode(item)
    if ticket.expires >= tonumber(ARGV[2]) and ticket.number ~= tonumber(ARGV[3]) then
      table.insert(kept, item)
      last = ticket.number
    end
  end
end
"""

# KEYS[1] lock key; ARGV: conversation id, now, -1, lifetime. Returns the new ticket and
# the lock as stored.
ISSUE_TICKET = (
    _KEEP_TICKETS
    + """
local number = last + 1
local lifetime = tonumber(ARGV[4])
table.insert(kept, cjson.encode({number = number, expires = tonumber(ARGV[2]) + lifetime}))
local lock = cjson.encode({conversation_id = ARGV[1], tickets = kept})
redis.call('SET', KEYS[1], lock, 'EX', math.ceil(lifetime) + 1)
return {number, lock}
"""
)

# KEYS[1] lock key; ARGV: conversation id, now, ticket to drop (-1: none). Deletes the
# lock once no ticket is left (nobody waiting). Returns the number of tickets left.
DROP_TICKETS = (
    _KEEP_TICKETS
    + """
if #kept == 0 then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], cjson.encode({conversation_id = ARGV[1], tickets = kept}),
             'KEEPTTL')
end
return #kept
"""
)


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store with tickets issued and returned atomically (Lua scripts)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        """Connect like Rasa's ``RedisLockStore``; ``url`` in the endpoint is the host, or
        the path of a Unix socket."""
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)
        host = str(kwargs.get("host", ""))
        if host.startswith("/"):  # Rasa's client connects lazily: never used, replaced
            self.red = redis.StrictRedis(
                unix_socket_path=host,
                db=int(kwargs.get("db", 1)),
                username=kwargs.get("username"),
                password=kwargs.get("password"),
                socket_timeout=float(kwargs.get("socket_timeout", DEFAULT_SOCKET_TIMEOUT)),
            )
        self._issue = self.red.register_script(ISSUE_TICKET)
        self._drop = self.red.register_script(DROP_TICKETS)

    def _run(self, script: Any, conversation_id: str, *args: float) -> Any:
        key = self.key_prefix + conversation_id
        return script(keys=[key], args=[conversation_id, time.time(), *args])

    def _issued(self, conversation_id: str, lock_lifetime: float) -> tuple[int, TicketLock]:
        """A new ticket for the conversation, numbered after the last one still valid, and
        the lock with it."""
        try:
            number, lock = self._run(self._issue, conversation_id, -1, lock_lifetime)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        return int(number), TicketLock.from_dict(json.loads(lock))

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket for the conversation, numbered after the last one still valid."""
        return self._issued(conversation_id, lock_lifetime)[0]

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncIterator[TicketLock]:
        """Rasa's ``LockStore.lock``: hold the conversation's lock while the block runs. A
        ticket served at once needs no further read; otherwise Rasa's loop polls the lock
        every ``wait_time_in_seconds`` until the tickets before it are done or expired."""
        ticket, lock = self._issued(conversation_id, lock_lifetime)
        try:
            if lock.is_locked(ticket):
                lock = await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
            yield lock
        finally:
            self.cleanup(conversation_id, ticket)

    def update_lock(self, conversation_id: str) -> None:
        """Drop the conversation's expired tickets."""
        self._run(self._drop, conversation_id, -1)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket; the lock goes once nobody is waiting."""
        self._run(self._drop, conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket and delete the lock if nobody waits, in one step."""
        self.finish_serving(conversation_id, ticket_number)
