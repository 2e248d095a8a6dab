"""The benchmark scripts are not run by the tests (they measure speed), so at least check that each one
is valid Python: a broken quote in one went unnoticed until someone tried to measure with it."""
import ast
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[2] / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", BENCHMARKS, ids=[p.name for p in BENCHMARKS])
def test_benchmark_is_valid_python(script):
    ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
