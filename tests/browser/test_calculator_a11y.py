"""axe-core: no WCAG 2.1 AA violation on each calculator page when idle, answering and showing errors."""
import pytest

from calculator_support import CALCULATORS, RESULT, calculator_url, first_valid_case, replay, runs, wait_runs, wait_runtime
from conftest import axe_violations as _axe

pytestmark = pytest.mark.browser


def axe_violations(page):
    # Theme transitions (the back-to-top button fading in after focus scrolls) give axe half-faded colours.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=10_000)
    return _axe(page)


@pytest.mark.parametrize("name", CALCULATORS)
def test_no_axe_violations_idle_answer_error(page, base_url, name):
    page.goto(calculator_url(base_url, name))
    wait_runtime(page)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert axe_violations(page) == [], "idle"

    replay(page, base_url, name, first_valid_case(name))
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert axe_violations(page) == [], "answer"

    if page.locator(".calc-step__all").count():   # step by step: error state checked with all questions shown
        page.locator(".calc-change").click()
        page.click(".calc-step__all")
    page.locator(".calc-form").evaluate("f => f.reset()")
    before = runs(page)
    page.click(".calc-submit")
    wait_runs(page, before + 1)
    assert page.get_attribute(RESULT, "data-state") == "invalid"
    assert axe_violations(page) == [], "error"
