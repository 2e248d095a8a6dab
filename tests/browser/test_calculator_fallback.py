"""Without WebAssembly, or with a runtime file missing, the page says so and points elsewhere."""
import pytest

from calculator_support import RESULT, calculator_url

pytestmark = pytest.mark.browser


def assert_fallback(page):
    page.wait_for_selector(f'{RESULT}[data-state="error"]', timeout=90_000)
    fallback = page.locator(".calc-fallback")
    assert fallback.is_visible()
    text = fallback.inner_text()
    assert "无法在您的浏览器中运行" in text and "12333" in text
    hrefs = [a.get_attribute("href") for a in fallback.locator("a").all()]
    assert any("parameters" in h for h in hrefs) and any("checklists" in h for h in hrefs) and any("channels" in h for h in hrefs)
    assert "无法" in page.locator(".calc-status").inner_text()
    # the form stays, with what was typed
    assert page.locator(".calc-form").is_visible()
    assert page.input_value("#f-birth") == "1966-06"


@pytest.mark.parametrize("blocked", ["**/assets/pyodide/**", "**/assets/runtime/*/calculators-*.zip", "**/assets/runtime/*/calculator-worker.js*"])
def test_missing_runtime_file_shows_the_fallback(context, base_url, blocked):
    context.route(blocked, lambda route: route.abort())
    page = context.new_page()
    page.goto(calculator_url(base_url, "retirement") + '?input={"birth":"1966-06"}')
    assert_fallback(page)


def test_no_webassembly_shows_the_fallback(watched, base_url):
    page, _watch = watched
    page.add_init_script("delete window.WebAssembly")
    page.goto(calculator_url(base_url, "retirement") + '?input={"birth":"1966-06"}')
    assert_fallback(page)
    assert page.get_attribute(RESULT, "data-runs") is None
