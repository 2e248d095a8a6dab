"""Share, print, phone width and the font-size switch."""
import json
import urllib.parse

import pytest

from calculator_support import RESULT, calculator_url, first_valid_case, open_case, page_fields, wait_runs, wait_runtime

pytestmark = pytest.mark.browser


def test_the_url_keeps_the_inputs_and_reopens_the_same_answer(page, base_url):
    page.goto(calculator_url(base_url, "retirement") + "?as_of=2025-06-01")
    wait_runtime(page)
    page.fill("#f-birth", "1970-03")
    page.check('input[name="category"][value="female_55"]')
    page.click(".calc-submit")
    wait_runs(page, 1)
    url = urllib.parse.urlparse(page.url)
    assert json.loads(urllib.parse.parse_qs(url.fragment)["input"][0]) == {"birth": "1970-03", "category": "female_55"}
    assert urllib.parse.parse_qs(url.query) == {"as_of": ["2025-06-01"]}   # typed values only in the fragment
    answer = page_fields(page)
    page.goto("about:blank")
    page.goto(url.geturl())
    wait_runs(page, 1)
    assert page_fields(page) == answer
    assert page.input_value("#f-birth") == "1970-03"


def test_copy_link_uses_the_clipboard_or_offers_a_selected_field(context, base_url):
    case = first_valid_case("retirement")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    open_case(page, base_url, "retirement", case)
    page.get_by_role("button", name="复制本页链接").click()
    assert page.evaluate("() => navigator.clipboard.readText()") == page.url
    assert "已复制" in page.locator(".calc-share-note").inner_text()

    page2 = context.new_page()
    page2.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}})")
    open_case(page2, base_url, "retirement", case)
    page2.get_by_role("button", name="复制本页链接").click()
    field = page2.locator("#calc-share-url")
    assert field.input_value() == page2.url
    assert page2.evaluate("() => document.activeElement.id") == "calc-share-url"


def test_print_layout_shows_answer_and_inputs_without_navigation(page, base_url):
    open_case(page, base_url, "retirement", first_valid_case("retirement"))
    page.emulate_media(media="print")
    assert page.locator(".calc-headline").is_visible()
    assert page.locator(".calc-inputs").is_visible()
    assert page.locator(".calc-trace").is_visible()
    for hidden in (".md-header", ".md-sidebar--primary", ".calc-form", ".calc-share"):
        assert not page.locator(hidden).first.is_visible(), hidden


@pytest.mark.parametrize("name", ["eligibility", "refund"])
def test_answer_fits_a_360px_screen(browser, base_url, name):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="zh-CN", is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_case(page, base_url, name, first_valid_case(name))
        assert page.get_attribute(RESULT, "data-state") == "ready"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_font_size_switch_persists_across_pages(page, base_url):
    page.goto(f"{base_url}/")
    normal = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="特大").click()
    assert page.get_by_role("button", name="特大").get_attribute("aria-pressed") == "true"
    larger = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert larger >= normal * 1.4
    page.goto(calculator_url(base_url, "deadline"))
    assert page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)") == larger
    assert page.get_by_role("button", name="特大").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="标准").click()
    assert page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)") == normal
