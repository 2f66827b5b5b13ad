"""The action server runs its actions without TensorFlow or JAX (500 MB and seconds saved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from action_server.__main__ import block_unused_libraries
block_unused_libraries()
from action_server import build_app
build_app("probe-token")
heavy = ("tensorflow", "keras", "jax")
loaded = [n for n, m in sys.modules.items() if m and n.split(".")[0] in heavy]
print("actions" in sys.modules, loaded)
"""


def test_the_action_server_builds_without_tensorflow() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[-2] == "True []"
