"""Reads `rasa test nlu` results and enforces the held-out targets.

    python scripts/check_nlu_results.py results/nlu [--intent-macro-f1 0.95] [--occupation-f1 0.90]

By default intent macro-F1 must be at least 0.95 and occupation entity F1 at least 0.90
(the English set); the Chinese held-out set is checked against 0.93 and 0.90.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    """Print the scores; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--intent-macro-f1", type=float, default=INTENT_MACRO_F1)
    parser.add_argument("--occupation-f1", type=float, default=OCCUPATION_F1)
    args = parser.parse_args(argv)
    result = scores(args.folder)
    print(json.dumps({k: round(v, 4) for k, v in result.items()}, indent=2))
    failed = (
        result["intent_macro_f1"] < args.intent_macro_f1
        or result["occupation_f1"] < args.occupation_f1
    )
    if failed:
        print(
            f"FAILED: targets are intent macro-F1 >= {args.intent_macro_f1}, "
            f"occupation F1 >= {args.occupation_f1}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
