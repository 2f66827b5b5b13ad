"""Allowed origins for the embedded widget and socket.io, and the embed's size budget."""

from __future__ import annotations

import pytest

from channels.embed import AllowedOrigins, origin_of, own_origins, parse_origin, refusal
from channels.socketio import SocketIOInput
from scripts.measure_embed_size import embed_sizes

ALLOWED = AllowedOrigins.parse("https://www.example.org, http://localhost:8000")
OWN = {"https://assistant.example.org"}


async def ignore(_: object) -> None:
    """A message handler that does nothing."""


def test_origins_are_normalized() -> None:
    assert parse_origin("HTTPS://WWW.Example.org:443/") == "https://www.example.org"
    assert parse_origin("http://[::1]:8080") == "http://[::1]:8080"
    assert origin_of("http://localhost:8000/page.html?x=1") == "http://localhost:8000"
    assert origin_of("ftp://example.org") is None
    assert origin_of("not a url") is None


@pytest.mark.parametrize(
    "text", ["*", "https://*.example.org", "example.org", "https://example.org/chat", "null"]
)
def test_anything_but_an_origin_is_refused_at_start_up(text: str) -> None:
    with pytest.raises(ValueError, match="ASSISTANT_ALLOWED_ORIGINS"):
        AllowedOrigins.parse(text)


def test_the_default_allows_only_the_assistants_own_origin() -> None:
    default = AllowedOrigins.from_env({})
    assert default.origins == ()
    assert default.allows("https://assistant.example.org/chat/", OWN)
    assert not default.allows("https://www.example.org", OWN)
    assert default.frame_ancestors() == "frame-ancestors 'self'"


def test_listed_origins_are_allowed_and_others_refused() -> None:
    assert ALLOWED.origins == ("https://www.example.org", "http://localhost:8000")
    assert ALLOWED.allows("https://www.example.org/some/page.html", OWN)
    assert ALLOWED.allows("http://localhost:8000", OWN)
    assert not ALLOWED.allows("http://127.0.0.1:8000", OWN), "another origin of the same host"
    assert not ALLOWED.allows("http://www.example.org", OWN), "another scheme"
    assert not ALLOWED.allows(None, OWN)
    assert ALLOWED.frame_ancestors() == (
        "frame-ancestors 'self' https://www.example.org http://localhost:8000"
    )


def test_own_origin_includes_the_reverse_proxys() -> None:
    assert own_origins("http", "127.0.0.1:5005") == {"http://127.0.0.1:5005"}
    assert own_origins("http", "127.0.0.1:5005", "https", "assistant.example.org") == {
        "http://127.0.0.1:5005",
        "https://assistant.example.org",
    }


def test_socketio_refuses_browsers_of_other_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_ALLOWED_ORIGINS", "https://www.example.org")
    channel = SocketIOInput(session_persistence=True)
    channel.blueprint(ignore)
    assert channel.sio is not None
    check = channel.sio.eio.cors_allowed_origins
    environ = {"wsgi.url_scheme": "http", "HTTP_HOST": "127.0.0.1:5005"}
    assert check("https://www.example.org", environ)
    assert check("http://127.0.0.1:5005", environ), "the assistant's own page"
    assert not check("https://evil.example.com", environ)
    assert not check("http://localhost:5005", environ)


def test_refusal_names_the_origin_and_the_setting() -> None:
    message = refusal("http://127.0.0.1:8000")
    assert message.startswith("http://127.0.0.1:8000 may not embed this assistant")
    assert "ASSISTANT_ALLOWED_ORIGINS" in message


def test_launcher_and_panel_add_less_than_30_kb_gzipped() -> None:
    sizes = embed_sizes()
    assert set(sizes) == {"embed.js", "index.html", "chat.css", "chat.js", "panel.js"}
    assert sum(sizes.values()) < 30 * 1024
