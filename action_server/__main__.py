"""Runs the action server: ``python -m action_server --port 5055 [--interface 127.0.0.1]``.

The shared secret comes from $ACTION_SERVER_TOKEN (the run script sets it); the Rasa server
sends it as ``Authorization: Bearer ...`` (endpoints.yml).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from action_server import TOKEN_VARIABLE, build_app
from guard import masking
from knowledge.light import block_unused_libraries


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and serve until stopped; 2 without a secret."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--interface", default="127.0.0.1")
    parser.add_argument("--actions", default="actions")
    args = parser.parse_args(argv)
    token = os.environ.get(TOKEN_VARIABLE, "")
    if not token:
        print(f"${TOKEN_VARIABLE} is not set; refusing to start.", file=sys.stderr)
        return 2
    # Without TensorFlow and JAX (thinc and bm25s import them when installed) the start-up
    # takes half as long, so a restarted action server is back sooner, with 500 MB less. Nothing
    # imported so far imports spaCy (action_server imports the actions in build_app).
    block_unused_libraries()
    masking.install()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = build_app(token, args.actions)
    app.run(host=args.interface, port=args.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
