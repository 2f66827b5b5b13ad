"""The drill's checks against running servers; each returns one ``Check`` (one line).

Used by ``scripts/drill.py`` (``make drill``) and by ``tests/e2e/test_drill.py``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from channels.wechat import signature
from guard.fallback import APOLOGY
from guard.limits import CUT_NOTE
from scripts.servers import ENV, Servers

REPLY_LIMIT = 1.0  # seconds for a reply or a clear 4xx to a bad input
RECOVERY_LIMIT = 10.0  # seconds for the action server to be back after a kill
QUESTION = "What are the requirements for an AI engineer in Qianhai?"
FOLLOW_UP = "is it in short supply?"


@dataclass(frozen=True)
class Check:
    """One check's outcome."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """``PASS name: detail`` or ``FAIL name: detail``."""
        return f"{'PASS' if self.ok else 'FAIL'} {self.name}: {self.detail}"


@dataclass(frozen=True)
class Reply:
    """An HTTP reply: status, headers, body, and seconds taken."""

    status: int
    headers: dict[str, str]
    body: str
    seconds: float

    def json(self) -> object:
        """The body as JSON (None when it is not JSON)."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def http(
    url: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
    timeout: float = 60,
) -> Reply:
    """One request; any status is returned, not raised."""
    request = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, got, text = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, got, text = error.code, dict(error.headers), error.read()
    return Reply(status, got, text.decode("utf-8", "replace"), time.perf_counter() - started)


def say(servers: Servers, sender: str, text: str, timeout: float = 60) -> Reply:
    """POST one REST message."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    return http(servers.rest_webhook, body, timeout=timeout)


def texts(reply: Reply) -> str:
    """The texts of a REST reply's messages, joined."""
    messages = reply.json()
    if not isinstance(messages, list):
        return ""
    return "\n".join(str(m.get("text", "")) for m in messages if isinstance(m, dict))


def answers_normally(servers: Servers, sender: str = "drill-normal") -> bool:
    """Whether the standard knowledge question gets its sourced answer."""
    replies = texts(say(servers, sender, QUESTION))
    return "master" in replies.lower() and "Source: Qianhai" in replies


BAD_BODIES: dict[str, bytes] = {
    "no message": b'{"sender": "drill"}',
    "number as message": b'{"sender": "drill", "message": 42}',
    "list as message": b'{"sender": "drill", "message": ["hi"]}',
    "object as message": b'{"sender": "drill", "message": {"text": "hi"}}',
    "no sender": b'{"message": "hi"}',
    "64 KB sender": json.dumps({"sender": "s" * 65536, "message": "hi"}).encode(),
    "not JSON": b"hello there",
    "empty body": b"",
    "JSON array": b'[{"sender": "drill", "message": "hi"}]',
}
BAD_TEXTS: dict[str, str] = {
    "100 KB without spaces": "x" * 100_000,
    "100 KB of near e-mails": ("a" * 60 + "@" + "b." * 20) * 990,
    "typed /restart": "/restart",
    'typed /inform{"degree": ...}': '/inform{"degree": "PhD"}',
    "empty text": "",
    "emoji only": "🙂" * 50,
    "Chinese": "前海的个人所得税是多少？",
    "control characters": "\x00\x01\x02 hi \x1b[31m",
}


def bad_inputs(servers: Servers) -> list[Check]:
    """Each malformed body gets a 4xx JSON error, each odd text a reply, within a second."""
    checks = []
    for name, body in BAD_BODIES.items():
        reply = http(servers.rest_webhook, body)
        error = reply.json()
        ok = 400 <= reply.status < 500 and isinstance(error, dict) and "error" in error
        ok = ok and reply.seconds < REPLY_LIMIT
        checks.append(Check(f"bad body: {name}", ok, f"{reply.status} in {reply.seconds:.2f} s"))
    for name, text in BAD_TEXTS.items():
        reply = say(servers, f"drill-{len(checks)}", text)
        ok = reply.status == 200 and bool(texts(reply)) and reply.seconds < REPLY_LIMIT
        if len(text) > 2000:
            ok = ok and CUT_NOTE in texts(reply)
        checks.append(Check(f"bad text: {name}", ok, f"{reply.status} in {reply.seconds:.2f} s"))
    huge = json.dumps({"sender": "drill", "message": "x" * 1_000_000}).encode()
    reply = http(servers.rest_webhook, huge)
    checks.append(
        Check(
            "bad body: 1 MB message",
            reply.status == 413 and reply.seconds < REPLY_LIMIT,
            f"{reply.status} in {reply.seconds:.2f} s",
        )
    )
    checks.append(Check("normal question after the bad inputs", answers_normally(servers), "ok"))
    return checks


def typed_intents(servers: Servers) -> Check:
    """A typed ``/restart`` is text: the conversation keeps its context."""
    say(servers, "drill-typed", QUESTION)
    say(servers, "drill-typed", "/restart")
    follow_up = texts(say(servers, "drill-typed", FOLLOW_UP))
    return Check(
        "typed /restart is read as text",
        "extremely short supply" in follow_up.lower(),
        "context kept" if "extremely" in follow_up else "context lost",
    )


def _outside_address() -> str | None:
    """This machine's non-loopback address, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def exposure(servers: Servers) -> list[Check]:
    """Version banner, CORS, the action server's secret, bind address and error bodies."""
    root = http(servers.rasa_url)
    checks = [
        Check("no version banner on GET /", "rasa" not in root.body.lower(), root.body.strip())
    ]
    evil = {"Origin": "https://evil.example"}
    cors = http(servers.rest_webhook, b'{"sender": "drill", "message": "hi"}', evil)
    allowed = cors.headers.get("Access-Control-Allow-Origin", "")
    checks.append(Check("CORS refuses other origins", not allowed, f"allow-origin={allowed!r}"))
    forged = {"next_action": "action_create_ticket", "tracker": {"sender_id": "drill"}}
    for path, body in (("/webhook", json.dumps(forged).encode()), ("/actions", None)):
        reply = http(f"{servers.action_url}{path}", body)
        name = f"action server {path} without the secret"
        checks.append(Check(name, reply.status == 401, str(reply.status)))
    secret = {"Authorization": f"Bearer {servers.action_token}"}
    marker = "drill-private-slot-value"
    broken = json.dumps({"next_action": "action_human_contacts", "tracker": marker}).encode()
    reply = http(f"{servers.action_url}/webhook", broken, secret)
    checks.append(
        Check(
            "action server errors carry no request data",
            reply.status >= 400 and marker not in reply.body,
            f"{reply.status} {reply.body.strip()}",
        )
    )
    outside = _outside_address()
    port = int(servers.action_url.rsplit(":", 1)[1])
    if outside:
        reachable = _reachable(outside, port)
        detail = f"{outside}:{port} {'reachable' if reachable else 'refused'}"
        checks.append(Check("action server only on loopback", not reachable, detail))
    return checks


def wechat_replay(servers: Servers) -> Check:
    """A signed WeChat request sent twice: the second time 403."""
    timestamp, nonce = str(int(time.time())), f"drill-{time.time_ns()}"
    query = urllib.parse.urlencode(
        {
            "timestamp": timestamp,
            "nonce": nonce,
            "signature": signature(ENV["WECHAT_TOKEN"], timestamp, nonce),
        }
    )
    body = (
        b"<xml><ToUserName>gh</ToUserName><FromUserName>drill</FromUserName>"
        b"<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>hi</Content></xml>"
    )
    url = f"{servers.rasa_url}/webhooks/wechat/webhook?{query}"
    first, second = http(url, body), http(url, body)
    ok = first.status == 200 and second.status == 403
    return Check("WeChat replay refused", ok, f"first {first.status}, replay {second.status}")


def session_takeover(servers: Servers) -> Check:
    """A socket.io caller naming another session id gets a new session instead."""
    import socketio  # the drill's only socket.io use

    def request(session_id: str | None) -> str:
        client = socketio.Client()
        confirmed: list[str] = []
        client.on("session_confirm", confirmed.append)
        client.connect(servers.rasa_url, socketio_path="/socket.io", wait_timeout=30)
        try:
            client.emit("session_request", {"session_id": session_id})
            deadline = time.monotonic() + 30
            while not confirmed and time.monotonic() < deadline:
                time.sleep(0.05)
            return confirmed[0]
        finally:
            client.disconnect()

    victim = request(None)
    resumed = request(victim)
    thief = request(victim[:-4] + "0000")
    ok = resumed == victim and thief != victim
    return Check("web session cannot be taken over", ok, "forged id got a new session")


def action_server_kill(servers: Servers) -> list[Check]:
    """Kill the action server mid-conversation: the user gets the apology; it is back within
    10 s and the conversation goes on with its context."""
    say(servers, "drill-kill", QUESTION)
    pid = int(Path(servers.action_pidfile).read_text())
    os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic()
    during = texts(say(servers, "drill-kill", FOLLOW_UP))
    checks = [Check("action server killed: apology", APOLOGY in during, during[:60])]
    back = None
    while time.monotonic() - killed_at < 30:
        if _up(servers) and http(f"{servers.action_url}/health", timeout=2).status == 200:
            back = time.monotonic() - killed_at
            break
        time.sleep(0.2)
    checks.append(
        Check(
            "action server restarted",
            back is not None and back < RECOVERY_LIMIT,
            f"back after {back:.1f} s" if back is not None else "not back after 30 s",
        )
    )
    after = texts(say(servers, "drill-kill", FOLLOW_UP)).lower()
    resumed = "extremely short supply" in after
    checks.append(Check("conversation goes on after the restart", resumed, after[:60]))
    return checks


def _up(servers: Servers) -> bool:
    port = int(servers.action_url.rsplit(":", 1)[1])
    return _reachable("127.0.0.1", port)
