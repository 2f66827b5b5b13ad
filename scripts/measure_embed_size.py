"""What the embedded chat adds to a host page, gzipped: ``python -m scripts.measure_embed_size``.

Counts ``embed.js`` and the panel's page with its own assets; socket.io-client is left out
(the issue's budget is < 30 KB besides it) and printed for reference.
"""

from __future__ import annotations

import gzip

from channels.web import ASSETS, EMBED_SCRIPT

# What the host page loads for the launcher and the panel, besides socket.io-client.
FILES = {
    "embed.js": EMBED_SCRIPT,
    **{name: ASSETS[name] for name in ("index.html", "chat.css", "chat.js", "panel.js")},
}
SOCKET_IO = ASSETS["socket.io.min.js"]


def gzipped_size(data: bytes) -> int:
    """Bytes after gzip at the highest level (what a server compressing responses sends)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def embed_sizes() -> dict[str, int]:
    """Each file's gzipped size in bytes."""
    return {name: gzipped_size(path.read_bytes()) for name, path in FILES.items()}


def main() -> None:
    """Print each file's size, uncompressed and gzipped, and the totals."""
    sizes = embed_sizes()
    raw = {name: path.stat().st_size for name, path in FILES.items()}
    print(f"{'file':16} {'bytes':>8} {'gzipped':>8}")
    for name, size in sizes.items():
        print(f"{name:16} {raw[name]:8} {size:8}")
    print(f"{'total':16} {sum(raw.values()):8} {sum(sizes.values()):8}")
    socket_io = SOCKET_IO.read_bytes()
    print(f"{'socket.io.min.js':16} {len(socket_io):8} {gzipped_size(socket_io):8} (not counted)")


if __name__ == "__main__":
    main()
