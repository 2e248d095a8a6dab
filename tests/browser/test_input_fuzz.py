"""200 random ?input= payloads (hypothesis) on calculator pages, each page reused for its share:
every payload ends in `ready`, `invalid` or `error`, with no page error, no console error (an
injected handler the CSP refused would be one) and no request to another origin (the `page` fixture)."""
import json
import urllib.parse

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from calculator_support import RESULT, first_valid_case, runs
from fuzz_inputs import calculator_inputs, json_values, typed

pytestmark = pytest.mark.browser
PER_PAGE = {"eligibility": 70, "refund": 70, "subsidy": 60}          # 200 in all
HOSTILE = [
    '{"__proto__": {"birth": "1966-06"}, "constructor": {"prototype": {"x": 1}}}',
    '{"contribution_months": 1' + "0" * 400 + "}",
    '{"contribution_months": 1e400}',
    '{"separation_reason": "<img src=x onerror=alert(1)>", "months": [{"month": "<script>alert(2)</script>"}]}',
    '{"a": ' * 60 + "1" + "}" * 60,
    '{"birth": "\\ud800"}',
    "not json at all", "[]", "null", '"text"', "{",
]


def payloads(name: str):
    valid = first_valid_case(name)["input"]
    return st.one_of(
        calculator_inputs(name, typed).map(lambda changes: json.dumps({**valid, **changes}, ensure_ascii=False)),
        calculator_inputs(name).map(lambda changes: json.dumps({**valid, **changes}, ensure_ascii=False)),
        calculator_inputs(name).map(lambda v: json.dumps(v, ensure_ascii=False)),
        json_values.map(json.dumps),
        st.text(min_size=1, max_size=30),     # an empty input= is no input: the page just shows the form
        st.sampled_from(HOSTILE),
    )


def show(page, base: str, name: str, text: str) -> str:
    """Put the payload in the page's link (as back/forward would) and wait for the page to settle."""
    before = runs(page)
    url = f"{base}/calculators/{name}/?as_of=2026-11-26#" + urllib.parse.urlencode({"input": text}, errors="surrogatepass")   # the page's own kind of link; a lone surrogate
    # becomes bytes that are not UTF-8, as in a damaged link
    page.evaluate("url => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }", url)
    page.wait_for_function(
        "n => { const r = document.querySelector('[data-testid=\"result\"]');"
        " return Number(r.dataset.runs || 0) >= n || r.dataset.state === 'error'; }", arg=before + 1, timeout=90_000)
    return page.get_attribute(RESULT, "data-state")


@pytest.mark.parametrize("name", PER_PAGE)
def test_random_links_end_ready_invalid_or_error(page, base_url, name):
    page.goto(f"{base_url}/calculators/{name}/")
    seen = {}

    # one payload per example, so hypothesis varies them (no shrinking: each costs a page update)
    @settings(max_examples=PER_PAGE[name], phases=[Phase.generate], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(payloads(name))
    def run(text):
        state = show(page, base_url, name, text)
        seen[state] = seen.get(state, 0) + 1
        assert state in ("ready", "invalid", "error"), (text[:200], state)

    run()
    assert sum(seen.values()) == PER_PAGE[name]
    print(name, seen)
