"""Questions one step at a time (issue 9.2): keyboard only, forward and back with answers kept, steps asked
only when they matter, the all-questions switch, links straight to the answer, no-JS shows every question."""
import pytest

from calculator_support import (RESULT, calculator_url, cli_fields, cli_result, fragment_url, page_fields, runs, wait_runs,
                                wait_runtime)
from test_calculator_form import fill_one, tab_to

pytestmark = pytest.mark.browser
ELIGIBILITY = {"contribution_months": 36, "previous_unclaimed_months": 0, "separation_reason": "layoff",
               "registered_unemployed": True, "seeking_work": True, "receiving_pension": False, "application_month": "2025-12"}
CASE = {"input": ELIGIBILITY, "as_of": "2025-12-15"}


def progress(page) -> str:
    return page.locator(".calc-step__progress").inner_text()


def visible_steps(page) -> list[int]:
    return page.eval_on_selector_all(".calc-step", "els => els.filter(e => !e.hidden).map(e => Number(e.dataset.step))")


def press_continue(page) -> None:
    """继续 by keyboard; waits until the step changed or an error summary shows."""
    before = visible_steps(page)
    tab_to(page, ".calc-step__next")
    page.keyboard.press("Enter")
    page.wait_for_function("before => { const now = [...document.querySelectorAll('.calc-step')].filter(e => !e.hidden)"
                           ".map(e => Number(e.dataset.step)); return String(now) !== String(before)"
                           " || !document.querySelector('.calc-error-summary').hidden; }", arg=before, timeout=90_000)


def test_keyboard_only_forward_and_back_keeps_answers_and_gives_the_clis_answer(page, base_url):
    page.goto(calculator_url(base_url, "eligibility") + f"?as_of={CASE['as_of']}")
    wait_runtime(page)
    assert visible_steps(page) == [0] and progress(page) == "第1步，共6步"
    page.keyboard.press("Tab")
    fill_one(page, "contribution_months", 36)
    press_continue(page)
    assert visible_steps(page) == [1] and progress(page) == "第2步，共6步"
    assert page.evaluate("() => document.activeElement.classList.contains('calc-step__title')")
    # back: the first answer is still there
    tab_to(page, ".calc-step__back")
    page.keyboard.press("Enter")
    assert visible_steps(page) == [0] and page.input_value("#f-contribution_months-months") == "36"
    press_continue(page)
    for names in (["previous_unclaimed_months"], ["separation_reason"],
                  ["registered_unemployed", "seeking_work", "receiving_pension"], ["application_month"]):
        for name in names:
            fill_one(page, name, ELIGIBILITY[name])
        press_continue(page)
    # the last step (optional, asked because no pension is drawn) ends with 计算
    assert progress(page) == "第6步，共6步" and page.locator(".calc-submit").is_visible()
    assert not page.locator(".calc-step__next").is_visible()
    tab_to(page, ".calc-submit")
    before = runs(page)
    page.keyboard.press("Enter")
    wait_runs(page, before + 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page_fields(page) == cli_fields(cli_result("eligibility", CASE))
    assert page.evaluate("() => document.activeElement.classList.contains('calc-headline')")
    assert not page.locator(".calc-form").is_visible()   # the questions fold away under the answer


def test_a_wrong_answer_stops_at_its_step_with_the_error_summary(page, base_url):
    page.goto(calculator_url(base_url, "eligibility") + f"?as_of={CASE['as_of']}")
    wait_runtime(page)
    page.fill("#f-contribution_months-months", "很多")
    page.click(".calc-step__next")
    page.wait_for_selector(".calc-error-summary:not([hidden])")
    assert visible_steps(page) == [0]
    summary = page.locator(".calc-error-summary").inner_text()
    assert "累计缴纳失业保险费的时间" in summary and "离职原因" not in summary   # only this step's problems
    page.fill("#f-contribution_months-months", "")
    page.fill("#f-contribution_months-years", "3")
    press_continue(page)
    assert visible_steps(page) == [1] and page.locator(".calc-error-summary").is_hidden()


def test_an_optional_step_is_asked_only_where_it_matters(page, base_url):
    page.goto(calculator_url(base_url, "subsidy") + "?as_of=2025-09-01")
    wait_runtime(page)
    assert progress(page) == "第1步，共5步"          # no claims yet: the 急需紧缺 question is not asked
    page.evaluate("() => { document.querySelector('#f-claims_this_year').value = '1'; }")
    page.click(".calc-step__all")                   # and back: the count follows the answers
    page.click(".calc-step__all")
    assert progress(page) == "第1步，共6步"


def test_all_questions_switch_and_no_js(page, browser, base_url):
    page.goto(calculator_url(base_url, "eligibility") + f"?as_of={CASE['as_of']}")
    wait_runtime(page)
    switch = page.locator(".calc-step__all")
    assert switch.inner_text() == "在一页上填写全部问题"
    switch.click()
    assert len(visible_steps(page)) == 6 and page.locator(".calc-submit").is_visible()
    assert page.locator(".calc-step__progress").is_hidden() and switch.get_attribute("aria-pressed") == "true"
    for name, value in ELIGIBILITY.items():
        if isinstance(value, bool) or name == "separation_reason":
            page.check(f'input[name="{name}"][value="{str(value).lower() if isinstance(value, bool) else value}"]')
    page.fill("#f-contribution_months-months", "36")
    page.fill("#f-application_month", "2025-12")
    page.click(".calc-submit")
    wait_runs(page, 1)
    assert page_fields(page) == cli_fields(cli_result("eligibility", CASE))
    assert page.locator(".calc-form").is_visible()   # staff keep the questions in view

    context = browser.new_context(java_script_enabled=False)
    try:
        nojs = context.new_page()
        nojs.goto(calculator_url(base_url, "eligibility"))
        assert nojs.locator(".calc-step").count() == 6
        assert all(nojs.locator(".calc-step").nth(i).is_visible() for i in range(6))
        assert nojs.locator(".calc-step__title").first.inner_text() == "您累计缴纳失业保险费多长时间？"
        assert nojs.locator(".calc-form input").count() == nojs.locator(".calc-form input:visible").count()
        assert nojs.locator(".calc-submit").is_visible()
    finally:
        context.close()


def test_a_link_goes_straight_to_the_answer_and_change_returns_to_the_questions(page, base_url):
    page.goto(fragment_url(base_url, "eligibility", CASE))
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page.locator(".calc-headline").is_visible() and not page.locator(".calc-form").is_visible()
    page.locator(".calc-change").click()
    assert visible_steps(page) == [0] and page.input_value("#f-contribution_months-months") == "36"
    assert "input=" not in page.url
