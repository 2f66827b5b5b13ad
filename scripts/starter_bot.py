"""Rasa's own starter bot (``rasa init``), the yardstick of ``make bench-load``.

The bot is made and trained once in ``build/starter-bot`` (offline: its pipeline needs no
download; about a minute here) and served like ours, over REST, without an action server
and with Rasa's default in-memory tracker store.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.servers import ENV, ROOT, free_port, start_process, stop_process
from scripts.wait_for_http import wait_for

FOLDER = ROOT / "build" / "starter-bot"
QUESTIONS = ["hello", "I am feeling sad", "yes", "are you a bot?", "great", "no", "goodbye"]


def starter_model() -> Path:
    """The starter bot's trained model, made with ``rasa init`` if missing."""
    models = sorted(FOLDER.glob("models/*.tar.gz"))
    if not models:
        shutil.rmtree(FOLDER, ignore_errors=True)
        FOLDER.mkdir(parents=True)  # rasa init wants the folder to exist
        rasa = Path(sys.executable).with_name("rasa")
        command = [str(rasa), "init", "--no-prompt", "--init-dir", str(FOLDER)]
        subprocess.run(command, cwd=ROOT, env=ENV, check=True, capture_output=True)
        models = sorted(FOLDER.glob("models/*.tar.gz"))
    return models[-1]


@contextmanager
def running_starter_bot(timeout: float = 300) -> Iterator[str]:
    """The starter bot's Rasa server on a free port; yields its base URL."""
    model, port = starter_model(), free_port()
    command = [
        *(str(Path(sys.executable).with_name("rasa")), "run", "--model", str(model)),
        *("--port", str(port), "--interface", "127.0.0.1"),
        *("--credentials", str(FOLDER / "credentials.yml")),
        *("--endpoints", str(FOLDER / "endpoints.yml")),
    ]
    process = start_process(command, FOLDER / "rasa.log", ENV)
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_for(url, timeout):
            raise RuntimeError(f"the starter bot did not start: see {FOLDER / 'rasa.log'}")
        yield url
    finally:
        stop_process(process)
