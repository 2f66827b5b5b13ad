"""WeChat replay protection: fresh timestamps only, each nonce once."""

from __future__ import annotations

from channels.wechat_replay import ReplayGuard

NOW = 1_800_000_000


def args(timestamp: int, nonce: str) -> dict[str, str]:
    """A query's timestamp and nonce."""
    return {"timestamp": str(timestamp), "nonce": nonce}


def test_a_fresh_request_is_accepted_once() -> None:
    guard = ReplayGuard()
    assert guard.accept(args(NOW, "n1"), now=NOW)
    assert not guard.accept(args(NOW, "n1"), now=NOW + 1)
    assert guard.accept(args(NOW, "n2"), now=NOW + 1)


def test_timestamps_older_or_newer_than_five_minutes_are_refused() -> None:
    guard = ReplayGuard()
    assert not guard.accept(args(NOW - 301, "old"), now=NOW)
    assert not guard.accept(args(NOW + 301, "future"), now=NOW)
    assert guard.accept(args(NOW - 299, "recent"), now=NOW)


def test_missing_or_malformed_values_are_refused() -> None:
    guard = ReplayGuard()
    assert not guard.accept({"timestamp": "soon", "nonce": "x"}, now=NOW)
    assert not guard.accept({"timestamp": str(NOW)}, now=NOW)


def test_the_cache_is_bounded_and_forgets_expired_nonces() -> None:
    guard = ReplayGuard(size=3)
    for number in range(5):
        assert guard.accept(args(NOW, f"n{number}"), now=NOW)
    assert len(guard._seen) == 3
    later = NOW + 2 * guard.max_age + 1
    assert guard.accept(args(later, "n9"), now=later)
    assert list(guard._seen) == ["n9"]
