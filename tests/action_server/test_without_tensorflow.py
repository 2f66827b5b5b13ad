"""The action server runs its actions without TensorFlow or JAX (500 MB and seconds saved),
and keeps what it loaded out of the garbage collector's walks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc
import sys
from action_server.__main__ import block_unused_libraries
block_unused_libraries()
from action_server import build_app
build_app("probe-token")
heavy = ("tensorflow", "keras", "jax")
loaded = [n for n, m in sys.modules.items() if m and n.split(".")[0] in heavy]
print("actions" in sys.modules, loaded)
print(gc.get_freeze_count(), len(gc.get_objects()))
"""


@pytest.fixture(scope="module")
def probed() -> list[str]:
    """The probe's last two lines: actions loaded and heavy modules; frozen, tracked objects."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split("\n")[-3:-1]


def test_the_action_server_builds_without_tensorflow(probed: list[str]) -> None:
    assert probed[0] == "True []"


def test_what_the_action_server_loaded_is_frozen(probed: list[str]) -> None:
    frozen, walked = map(int, probed[1].split())
    assert frozen > 100_000  # the knowledge base, the actions, the libraries
    assert walked < frozen / 10
