"""Golden cases (OpenFisca style): tests/rules/cases/<calculator>.yaml, each case worked out by hand
from the rules in design.md and the examples in facts.md (the reasoning is in its `note`).

A case: {name, as_of, input, expected, note}. `expected` holds a subset of the result's top-level
fields, plus these checks:
  warning_codes / no_warning_codes: warning codes that must / must not appear;
  next_step_links: links that must appear among next_steps;
  trace_mentions: texts that must each appear in some trace step;
  error_fields: the input is invalid and the errors name exactly these fields."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from calculators.api import evaluate
from calculators.errors import InputError

CASES_DIR = Path(__file__).parent / "cases"
CHECKS = {"warning_codes", "no_warning_codes", "next_step_links", "trace_mentions", "error_fields"}


def plain(value):
    """YAML reads 2025-01-24 as a date; calculator input is JSON, so turn dates back into text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def load_cases():
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(path.stem, plain(case), id=f"{path.stem}: {case['name']}")


@pytest.mark.parametrize("calculator,case", load_cases())
def test_golden(calculator, case, policy):
    assert case.get("note"), "every golden case says how its expectation was worked out"
    expected = case["expected"]
    if "error_fields" in expected:
        with pytest.raises(InputError) as err:
            evaluate(calculator, case["input"], policy, case["as_of"])
        assert sorted(e["field"] for e in err.value.errors) == sorted(expected["error_fields"])
        assert all(e["message"] for e in err.value.errors)
        return
    result = evaluate(calculator, case["input"], policy, case["as_of"])
    for key, want in expected.items():
        if key not in CHECKS:
            assert key in result, f"result has no {key}"
            assert result[key] == want, f"{key}: got {result[key]!r}, expected {want!r}"
    codes = {w["code"] for w in result["warnings"]}
    assert set(expected.get("warning_codes", [])) <= codes, codes
    assert not set(expected.get("no_warning_codes", [])) & codes, codes
    links = {s["link"] for s in result["next_steps"]}
    assert set(expected.get("next_step_links", [])) <= links, links
    texts = " / ".join(t["text"] for t in result["trace"])
    for mention in expected.get("trace_mentions", []):
        assert mention in texts, f"trace does not mention {mention!r}: {texts}"
