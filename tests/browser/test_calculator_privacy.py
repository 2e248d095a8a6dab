"""Typed values never reach a server (issue 12.4): the page keeps answers in the fragment (#input=),
which is in no request URL and no Referer, whatever the person does next. Checked with the network log."""
import json
import urllib.parse

import pytest

from calculator_support import RESULT, calculator_url, wait_runs, wait_runtime

pytestmark = pytest.mark.browser
SECRET_BIRTH = "1966-06"   # what the person types: it must appear in no request


def test_no_request_carries_typed_values_in_its_url_or_referer(context, base_url):
    requests = []
    context.on("request", lambda r: requests.append((r.url, r.headers.get("referer", ""))))
    page = context.new_page()
    page.goto(calculator_url(base_url, "retirement") + "?as_of=2025-06-01")
    wait_runtime(page)
    page.fill("#f-birth", SECRET_BIRTH)
    page.check('input[name="category"][value="male"]')
    page.click(".calc-submit")
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert "#input=" in page.url and "?input=" not in page.url
    # copy link gives the fragment form too
    page.evaluate("() => Object.defineProperty(navigator, 'clipboard', {value: {writeText: (t) => { window.copied = t; return Promise.resolve(); }}})")
    page.get_by_role("button", name="复制本页链接").click()
    page.wait_for_function("() => window.copied")
    copied = urllib.parse.urlparse(page.evaluate("() => window.copied"))
    assert "input" not in urllib.parse.parse_qs(copied.query) and "input=" in copied.fragment
    # follow a link in the answer, then reload the calculator from history: still nothing in any request
    page.locator('[data-section="next"] a[href^="http"]').first.click()
    page.wait_for_load_state()
    page.go_back()
    wait_runs(page, 1)
    page.reload()
    wait_runs(page, 1)
    leaks = [(url, referer) for url, referer in requests
             if SECRET_BIRTH in urllib.parse.unquote(url) or SECRET_BIRTH in urllib.parse.unquote(referer)
             or "input=" in url or "input=" in referer]
    assert leaks == []
    assert len(requests) > 10   # the log did record the page, its assets and the worker's files


def test_an_old_query_link_still_works_and_is_moved_into_the_fragment(page, base_url):
    query = urllib.parse.urlencode({"input": json.dumps({"birth": "1966-06", "category": "male"}), "as_of": "2025-06-01"})
    page.goto(f"{base_url}/calculators/retirement/?{query}")
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    url = urllib.parse.urlparse(page.url)
    assert urllib.parse.parse_qs(url.query) == {"as_of": ["2025-06-01"]}
    assert json.loads(urllib.parse.parse_qs(url.fragment)["input"][0]) == {"birth": "1966-06", "category": "male"}
