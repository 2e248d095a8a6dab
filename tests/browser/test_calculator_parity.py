"""Every golden case, replayed in the browser through ?input= and the worker, equals CPython."""
import pytest

from calculator_support import (CALCULATORS, RESULT, cli_fields, cli_result, golden_cases, open_case,
                                page_errors, page_fields, replay)

pytestmark = pytest.mark.browser


def test_every_calculator_has_golden_cases():
    assert {n for n in CALCULATORS if golden_cases(n)} == set(CALCULATORS)


@pytest.mark.parametrize("name", CALCULATORS)
def test_golden_cases_in_the_browser_equal_cpython(page, base_url, name):
    cases = golden_cases(name)
    if not cases:
        pytest.fail(f"no golden cases for {name}")
    mismatches = []
    for i, case in enumerate(cases):
        (open_case if i == 0 else replay)(page, base_url, name, case)
        expected = cli_result(name, case) if isinstance(case["input"], dict) else {"errors": [{"field": None}]}
        state = page.get_attribute(RESULT, "data-state")
        if expected.get("errors"):
            got = page_errors(page) if isinstance(case["input"], dict) else None
            want = [{"field": e["field"], "message": e["message"]} for e in expected["errors"]] if got is not None else None
            if state != "invalid" or got != want:
                mismatches.append((case["name"], state, got, want))
        else:
            got = page_fields(page)
            want = cli_fields(expected)
            if state != "ready" or got != want:
                diff = {k: (got.get(k), want.get(k)) for k in set(got) | set(want) if got.get(k) != want.get(k)}
                mismatches.append((case["name"], state, diff))
    assert mismatches == [], f"{len(mismatches)} of {len(cases)} cases differ"
