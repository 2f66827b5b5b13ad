"""Rasa's command line with the guards installed: ``python -m guard run --model ...``."""

from __future__ import annotations

import sys

from knowledge.light import block_unused_libraries


def main() -> None:
    """Install the guards, then hand over to Rasa's CLI with the same arguments."""
    # 110 MB that bm25s and TensorFlow Lite only try to import: blocked before Rasa loads.
    block_unused_libraries(("jax",))
    from guard import (
        event_types,
        fallback,
        http,
        keep_alive,
        language,
        masking,
        memory,
        processor,
        responses,
        schema,
        session_limit,
        sparse_features,
    )

    masking.install()
    http.install()
    keep_alive.install()
    processor.install()
    language.install()
    fallback.install()
    responses.install()
    schema.install()
    session_limit.install()
    event_types.install()
    sparse_features.install()
    memory.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    sys.exit(main())
