"""Reads `rasa test nlu` results and enforces the held-out targets.

    python scripts/check_nlu_results.py results/nlu

Intent macro-F1 must be at least 0.95 and occupation entity F1 at least 0.90.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

INTENT_MACRO_F1 = 0.95
OCCUPATION_F1 = 0.90


def scores(folder: Path) -> dict[str, float]:
    """Intent macro-F1, occupation F1 and all-entity macro-F1 from the report files."""
    intents = json.loads((folder / "intent_report.json").read_text())
    entities = json.loads((folder / "DIETClassifier_report.json").read_text())
    return {
        "intent_macro_f1": intents["macro avg"]["f1-score"],
        "intent_accuracy": intents["accuracy"],
        "occupation_f1": entities["occupation"]["f1-score"],
        "entity_macro_f1": entities["macro avg"]["f1-score"],
        "test_examples": intents["macro avg"]["support"],
    }


def main(folder: str) -> int:
    """Print the scores; exit 1 when a target is missed."""
    result = scores(Path(folder))
    print(json.dumps({k: round(v, 4) for k, v in result.items()}, indent=2))
    failed = result["intent_macro_f1"] < INTENT_MACRO_F1 or result["occupation_f1"] < OCCUPATION_F1
    if failed:
        print(
            f"FAILED: targets are intent macro-F1 >= {INTENT_MACRO_F1}, "
            f"occupation F1 >= {OCCUPATION_F1}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
