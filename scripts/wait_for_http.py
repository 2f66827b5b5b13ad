"""Waits until a URL answers 200, or fails after a timeout: ``wait_for_http.py URL SECONDS``."""

from __future__ import annotations

import sys
import time
import urllib.error
import urllib.request


def wait_for(url: str, timeout: float) -> bool:
    """True once ``url`` answers 200 within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    return False


if __name__ == "__main__":
    if not wait_for(sys.argv[1], float(sys.argv[2])):
        sys.exit(f"{sys.argv[1]} did not answer within {sys.argv[2]} s")
