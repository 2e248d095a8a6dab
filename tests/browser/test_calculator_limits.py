"""No hang, no crash, no stale answer (issue 12.3, 12.5): hostile links end `invalid` with a Chinese
message before anything reaches the worker; thousands of list rows fill at once; an answer that no
longer holds is taken down; a runtime that never answers ends in the fallback."""
import json
import urllib.parse

import pytest

from calculator_support import RESULT, calculator_url, page_errors, replay, runs, wait_runs, wait_runtime

pytestmark = pytest.mark.browser


def nested(depth: int) -> str:
    """JSON text nested `depth` levels (written out: json.dumps itself stops at about 1,000)."""
    return '{"birth": "1966-06", "category": "male", "x": ' + '{"a": ' * depth + "{}" + "}" * depth + "}"


def push(page, url: str) -> None:
    before = runs(page)
    page.evaluate("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }", url)
    wait_runs(page, before + 1)


def test_deep_and_huge_links_end_invalid_with_a_message(page, base_url):
    page.goto(calculator_url(base_url, "retirement") + "?as_of=2025-06-01")
    wait_runtime(page)
    base = f"{base_url}/calculators/retirement/?as_of=2025-06-01"
    cases = [
        (f"{base}#input=" + urllib.parse.quote(nested(2500)), "层数"),
        (f"{base}&input=" + urllib.parse.quote(nested(4000)), "层数"),
        (f"{base}#input=" + urllib.parse.quote(json.dumps({"birth": "1966-06", "category": "male", "x": "9" * 1_000_100})), "太长"),
        (f"{base}#input=" + "[" * 1_000_100, "太长"),
    ]
    for url, words in cases:
        push(page, url)
        assert page.get_attribute(RESULT, "data-state") == "invalid", url[:80]
        assert words in " ".join(e["message"] for e in page_errors(page))
    # an empty input= is no input: the questions start afresh and no answer stays shown
    push(page, f"{base}#input=" + urllib.parse.quote(json.dumps({"birth": "1966-06", "category": "male"})))
    assert page.get_attribute(RESULT, "data-state") == "ready"
    page.evaluate("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }", f"{base}&input=")
    assert page.locator(".calc-headline").count() == 0 and page.input_value("#f-birth") == ""
    # and the page still answers a good link afterwards
    push(page, f"{base}#input=" + urllib.parse.quote(json.dumps({"birth": "1966-06", "category": "male"})))
    assert page.get_attribute(RESULT, "data-state") == "ready"


def test_a_refund_link_with_2000_empty_months_fills_and_answers(page, base_url):
    months = [{} for _ in range(2000)]
    case = {"input": {"benefit_start": "2025-01", "benefit_end": "2025-06", "standard": "300", "months": months},
            "as_of": "2025-06-01"}
    page.goto(calculator_url(base_url, "refund", case), wait_until="domcontentloaded")
    wait_runs(page, 1)
    assert page.locator(".calc-row").count() == 2000
    assert page.get_attribute(RESULT, "data-state") == "invalid"   # more rows than the calculator takes
    assert page.locator("#f-months-1999-month").count() == 1


def test_a_change_to_an_invalid_value_takes_the_old_answer_down(page, base_url):
    case = {"input": {"birth": "1966-06", "category": "male"}, "as_of": "2025-06-01"}
    page.goto(calculator_url(base_url, "retirement", case))
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    page.fill("#f-birth", "1966-13")
    page.dispatch_event("#f-birth", "change")
    wait_runs(page, 2)
    assert page.get_attribute(RESULT, "data-state") == "invalid"
    assert page.locator(".calc-headline").count() == 0
    assert "input=" not in page.url
    assert page.input_value("#f-birth") == "1966-13"   # nothing typed is lost


def test_a_runtime_that_never_answers_ends_in_the_fallback(context, base_url):
    # the worker script is replaced by one that never reports: only the main-thread backstop can end the wait
    context.route("**/calculator-worker.js*", lambda route: route.fulfill(
        status=200, content_type="text/javascript", body="// silent"))
    page = context.new_page()
    page.goto(calculator_url(base_url, "retirement") + "?backstop=1500#input=" + urllib.parse.quote('{"birth":"1966-06"}'))
    page.wait_for_selector(f'{RESULT}[data-state="error"]', timeout=60_000)
    assert page.locator(".calc-fallback").is_visible()
    assert page.input_value("#f-birth") == "1966-06"
