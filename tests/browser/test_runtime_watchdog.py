"""No hang, ever (issue 12): this Pyodide's loadPyodide() never settles when its wasm fails, so the worker
watches the wasm request itself. Aborted, never answered, or served with the wrong type: each reaches the
error state and the fallback. ?watchdog=3000 shortens the no-answer limit (30 s by default) for the test."""
import pytest

from calculator_support import RESULT, calculator_url

pytestmark = pytest.mark.browser

WASM = "**/assets/pyodide/*/pyodide.asm.wasm"


def wrong_type(route):
    response = route.fetch()
    route.fulfill(response=response, headers={**response.headers, "content-type": "application/octet-stream"})


never = []   # routes left unanswered until the context closes


@pytest.mark.parametrize("how", {
    "aborted": lambda route: route.abort("connectionreset"),
    "never answered": lambda route: never.append(route),
    "wrong type": wrong_type,
}.items(), ids=lambda item: item[0])
def test_a_failing_wasm_reaches_the_error_state_and_the_fallback(context, base_url, how):
    context.route(WASM, how[1])
    page = context.new_page()
    page.goto(calculator_url(base_url, "retirement") + '?watchdog=3000&input={"birth":"1966-06"}')
    page.wait_for_selector(f'{RESULT}[data-state="error"]', timeout=90_000)
    assert page.locator(".calc-fallback").is_visible()
    assert "12333" in page.locator(".calc-fallback").inner_text()
    assert page.input_value("#f-birth") == "1966-06"   # what was typed stays
