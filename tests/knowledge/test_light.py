"""The staff tools read plain option values as the spaCy parser does, without TensorFlow."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.light import read_degree, read_years
from knowledge.text_parsing import parse_degree, parse_years

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text", ["MSc", "PhD", "Ph.D.", "master", "bachelors", "MA", "MBA", "master's degree"]
)
def test_degrees_read_as_the_parser_reads_them(text: str) -> None:
    assert read_degree(text) == parse_degree(text)


@pytest.mark.parametrize("text", ["3", "6 years", "2.5 yrs", "1 year", "99", "six years"])
def test_years_read_as_the_parser_reads_them(text: str) -> None:
    assert read_years(text) == parse_years(text, bare_number_ok=True)


def test_the_command_line_runs_without_tensorflow() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "knowledge", "title", "--degree", "MSc", "--years", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)
    assert "tensorflow" not in done.stderr.lower()
