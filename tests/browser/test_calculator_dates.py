"""Months and dates typed the way people type them (issue 9.3), in the browser: every spelling gives the
ISO form's answer and the answer echoes the ISO form; an impossible date names what was understood."""
import json
import urllib.parse

import pytest

from calculator_support import RESULT, calculator_url, page_errors, page_fields, wait_runs, wait_runtime

pytestmark = pytest.mark.browser
MONTHS = ["1968-03", "1968-3", "1968年3月", "1968.3", "1968/03", "196803", "1968 3", "１９６８－０３"]
DATES = ["2026-09-28", "2026-9-28", "2026年9月28日", "2026.9.28", "20260928"]


def compute_typed(page, name: str, values: dict) -> None:
    """Type into the form (as a person would) and press 计算."""
    before = int(page.get_attribute(RESULT, "data-runs") or 0)
    for key, value in values.items():
        radio = page.locator(f'input[type=radio][name="{key}"][value="{value}"]')
        if radio.count():
            radio.check()
        else:
            page.fill(f'input[name="{key}"]', value)
    page.click(".calc-submit")
    wait_runs(page, before + 1)


@pytest.mark.parametrize("name,key,spellings,iso,extra", [
    ("retirement", "birth", MONTHS, "1968-03", {"category": "female_55"}),
    ("deadline", "received", DATES, "2026-09-28", {}),
])
def test_every_spelling_typed_gives_the_iso_answer(page, base_url, name, key, spellings, iso, extra):
    page.goto(calculator_url(base_url, name) + "?as_of=2026-11-26")
    wait_runtime(page)
    answers = {}
    for spelling in spellings:
        compute_typed(page, name, {key: spelling, **extra})
        assert page.get_attribute(RESULT, "data-state") == "ready", (spelling, page_errors(page))
        assert page.get_attribute(f'[data-section="inputs"] [data-input="{key}"]', "data-value") == iso, spelling
        answers[spelling] = page_fields(page)
        assert page.input_value(f'input[name="{key}"]') == spelling   # what was typed stays as typed
    assert all(a == answers[iso] for a in answers.values()), [s for s, a in answers.items() if a != answers[iso]]


def test_an_impossible_date_names_the_date(page, base_url):
    page.goto(calculator_url(base_url, "deadline") + "?as_of=2026-11-26")
    wait_runtime(page)
    compute_typed(page, "deadline", {"received": "2026年2月30日"})
    assert page.get_attribute(RESULT, "data-state") == "invalid"
    message = page.locator("#f-received-error").inner_text()
    assert "没有2月30日" in message and "2026年2月30日" in message


def test_contribution_time_in_years_and_months(page, base_url):
    base = {"separation_reason": "layoff", "registered_unemployed": True, "seeking_work": True, "receiving_pension": False}
    page.goto(calculator_url(base_url, "eligibility", {"input": {**base, "contribution_months": {"years": 9, "months": 6}},
                                                         "as_of": "2026-11-26"}))
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page.get_attribute('[data-field="benefit_months"]', "data-value") == "18"   # 114 months: 60–119 → 18
    assert page.get_attribute('[data-input="contribution_months"]', "data-value") == "114"
    assert [page.input_value("#f-contribution_months-years"), page.input_value("#f-contribution_months-months")] == ["9", "6"]
