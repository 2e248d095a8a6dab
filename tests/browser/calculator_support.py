"""Shared by the calculator browser tests: golden cases, the CPython reference, page helpers."""
import functools
import json
import urllib.parse
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "rules" / "cases"
CALCULATORS = ["eligibility", "deadline", "retirement", "transition", "refund", "subsidy"]
RESULT = '[data-testid="result"]'


def golden_cases(name: str) -> list[dict]:
    path = CASES / f"{name}.yaml"
    if not path.exists():
        return []
    # YAML reads 2025-01-24 as a date; calculator input is JSON text (str(date) is the ISO form).
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")) or [], default=str))


def first_valid_case(name: str) -> dict:
    return next(c for c in golden_cases(name) if isinstance(c["input"], dict) and not cli_result(name, c).get("errors"))


@functools.cache
def policy() -> dict:
    from builder.compile import compile_policy

    return compile_policy(ROOT / "policy_data")


def cli_result(name: str, case: dict) -> dict:
    from calculators.api import run

    return run(name, case["input"], policy(), case["as_of"])


def cli_text(value) -> str:
    """A scalar as the page must show it in data-value (booleans true/false, null empty)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def cli_fields(result: dict) -> dict:
    return {k: cli_text(v) for k, v in result.items() if v is None or isinstance(v, (str, int, float, bool))}


def calculator_url(base: str, name: str, case: dict | None = None) -> str:
    if case is None:
        return f"{base}/calculators/{name}/"
    query = urllib.parse.urlencode({"input": json.dumps(case["input"], ensure_ascii=False), "as_of": str(case["as_of"])})
    return f"{base}/calculators/{name}/?{query}"


def fragment_url(base: str, name: str, case: dict) -> str:
    """The page's own kind of link: the input in the fragment (#input=…), the date in the query."""
    fragment = urllib.parse.urlencode({"input": json.dumps(case["input"], ensure_ascii=False)})
    return f"{base}/calculators/{name}/?as_of={case['as_of']}#{fragment}"


def runs(page) -> int:
    return int(page.get_attribute(RESULT, "data-runs") or 0)


def wait_runs(page, count: int) -> None:
    page.wait_for_function(
        "n => Number(document.querySelector('[data-testid=\"result\"]').dataset.runs || 0) >= n", arg=count, timeout=90_000)


def wait_runtime(page) -> None:
    page.wait_for_function("() => document.querySelector('.calc-status').dataset.kind !== 'loading'", timeout=90_000)


def open_case(page, base: str, name: str, case: dict) -> None:
    """Open the page with ?input= and wait for that input's answer (or its errors)."""
    page.goto(calculator_url(base, name, case))
    wait_runs(page, 1)


def replay(page, base: str, name: str, case: dict) -> None:
    """Put another case in the URL (as back/forward would) on an open page and wait for its answer."""
    before = runs(page)
    page.evaluate("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }",
                  calculator_url(base, name, case))
    wait_runs(page, before + 1)


def page_fields(page) -> dict:
    return page.eval_on_selector_all(
        f"{RESULT} [data-field]", "els => Object.fromEntries(els.map(e => [e.dataset.field, e.dataset.value]))")


def page_errors(page) -> list[dict]:
    return page.eval_on_selector_all(
        ".calc-error-summary li",
        "els => els.map(e => ({field: e.dataset.errorField || null, message: e.textContent}))")
