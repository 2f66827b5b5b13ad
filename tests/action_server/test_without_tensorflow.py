"""The action server runs its actions without loading TensorFlow (400 MB and seconds saved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from action_server.__main__ import block_tensorflow
block_tensorflow()
from action_server import build_app
build_app("probe-token")
loaded = [n for n, m in sys.modules.items() if m and n.split(".")[0] in ("tensorflow", "keras")]
print("actions" in sys.modules, loaded)
"""


def test_the_action_server_builds_without_tensorflow() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[-2] == "True []"
