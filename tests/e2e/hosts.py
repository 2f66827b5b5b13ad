"""Another website for the embed test: pages with the snippet on a second loopback port.

One server on 127.0.0.1 answers for two origins: ``http://localhost:<port>``, which the
assistant is configured to allow, and ``http://127.0.0.1:<port>``, which it is not.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent / "host_site"
# URL path -> (file, content type, the page number shown and the other page's path).
PAGES = {
    "/page-1.html": ("page.html", "text/html", {"page": "1", "other": "page-2.html"}),
    "/page-2.html": ("page.html", "text/html", {"page": "2", "other": "page-1.html"}),
    "/direct.html": ("direct.html", "text/html", {}),
    "/site.css": ("site.css", "text/css", {}),
    "/host.js": ("host.js", "text/javascript", {}),
}


@dataclass
class HostSite:
    """The host site's port and the assistant it embeds (set once the assistant runs)."""

    port: int
    assistant_url: str = ""

    @property
    def allowed_origin(self) -> str:
        """The origin listed in ASSISTANT_ALLOWED_ORIGINS."""
        return f"http://localhost:{self.port}"

    @property
    def refused_origin(self) -> str:
        """The same server under an origin that is not listed."""
        return f"http://127.0.0.1:{self.port}"

    def content_security_policy(self, path: str) -> str:
        """The policy the README gives host sites; direct.html may also connect to socket.io."""
        policy = (
            f"default-src 'self'; script-src 'self' {self.assistant_url}; "
            f"frame-src {self.assistant_url}"
        )
        if path != "/direct.html":
            return policy
        websocket = self.assistant_url.replace("http://", "ws://")
        return f"{policy}; connect-src 'self' {self.assistant_url} {websocket}"

    def render(self, path: str) -> tuple[bytes, str] | None:
        """The body and content type served at ``path``; ``None`` if there is none."""
        if path not in PAGES:
            return None
        name, content_type, values = PAGES[path]
        text = (SITE / name).read_text()
        if content_type == "text/html":
            text = text.format(assistant=self.assistant_url, **values)
        return text.encode(), content_type


@contextmanager
def serving() -> Iterator[HostSite]:
    """Serve the host site on a free port of 127.0.0.1 in a thread, until the block ends."""
    site = HostSite(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            found = site.render(path)
            if found is None:
                self.send_error(404)
                return
            body, content_type = found
            self.send_response(200)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Security-Policy", site.content_security_policy(path))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test reports what matters."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
