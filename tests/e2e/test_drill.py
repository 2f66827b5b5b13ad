"""End to end: the drill's checks hold on the running servers.

The kill test waits until the action server is back and answering, so the tests after it
see a working server."""

from __future__ import annotations

from scripts import drill_checks
from scripts.drill_load import run_load
from scripts.servers import Servers


def assert_all(checks: list[drill_checks.Check]) -> None:
    """Fail with every failing check's line."""
    failing = [check.line() for check in checks if not check.ok]
    assert not failing, "\n".join(failing)


def test_bad_inputs_get_a_reply_or_a_clear_4xx_within_a_second(servers: Servers) -> None:
    assert_all(drill_checks.bad_inputs(servers))


def test_typed_intents_are_text(servers: Servers) -> None:
    assert_all([drill_checks.typed_intents(servers)])


def test_nothing_is_exposed(servers: Servers) -> None:
    checks = drill_checks.exposure(servers)
    assert {"CORS refuses other origins", "no version banner on GET /"} <= {c.name for c in checks}
    assert_all(checks)


def test_a_web_session_cannot_be_taken_over(servers: Servers) -> None:
    assert_all([drill_checks.session_takeover(servers)])


def test_a_replayed_wechat_request_is_refused(servers: Servers) -> None:
    assert_all([drill_checks.wechat_replay(servers)])


def test_a_short_load_loses_no_reply(servers: Servers) -> None:
    result = run_load(servers, users=10, seconds=5)
    assert result.latencies and result.lost == 0


def test_killed_action_server_apologises_and_comes_back(servers: Servers) -> None:
    assert_all(drill_checks.action_server_kill(servers))
