"""The static form by keyboard only; invalid input shows the GOV.UK error pattern in Chinese."""
import re

import pytest

from calculator_support import (CALCULATORS, RESULT, calculator_url, cli_fields, cli_result, first_valid_case,
                                page_fields, runs, wait_runs, wait_runtime)

pytestmark = pytest.mark.browser
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the focused element matches selector (keyboard only: no clicks, no focus())."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def choose_radio(page, name: str, value: str) -> None:
    tab_to(page, f'input[type=radio][name="{name}"]')
    for _ in range(30):
        state = page.evaluate("() => [document.activeElement.value, document.activeElement.checked]")
        if state == [value, True]:
            return
        if state[0] == value:
            page.keyboard.press("Space")
        else:
            page.keyboard.press("ArrowDown")
    raise AssertionError(f"could not choose {value} for {name}")


def type_into(page, name: str, value) -> None:
    tab_to(page, f'input[name="{name}"]')
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(str(value))


def all_questions(page) -> None:
    """Calculators asked step by step: switch to all questions on one page, by keyboard."""
    if page.locator(".calc-step__all").count():
        tab_to(page, ".calc-step__all")
        page.keyboard.press("Enter")


def fill_by_keyboard(page, input: dict) -> None:
    for key, value in input.items():
        if isinstance(value, list):
            for i, item in enumerate(value):
                if i > 0:
                    tab_to(page, f'[data-list="{key}"] .calc-row-add')
                    page.keyboard.press("Enter")
                for sub, subvalue in item.items():
                    fill_one(page, f"{key}[{i}].{sub}", subvalue)
        else:
            fill_one(page, key, value)


def fill_one(page, name: str, value) -> None:
    if page.locator(f'input[type=radio][name="{name}"]').count():
        choose_radio(page, name, ("true" if value else "false") if isinstance(value, bool) else str(value))
    elif page.locator(f'input[name="{name}"][data-part]').count():   # 年 + 个月 boxes
        parts = value if isinstance(value, dict) else {"months": value}
        for part, number in parts.items():
            tab_to(page, f'input[name="{name}"][data-part="{part}"]')
            page.keyboard.press("Control+A")
            page.keyboard.press("Delete")
            page.keyboard.type(str(number))
    else:
        type_into(page, name, value)


@pytest.mark.parametrize("name", CALCULATORS)
def test_keyboard_only_gives_the_same_answer_as_the_link(page, base_url, name):
    case = first_valid_case(name)
    page.goto(calculator_url(base_url, name) + f"?as_of={case['as_of']}")
    wait_runtime(page)
    page.keyboard.press("Tab")
    all_questions(page)
    fill_by_keyboard(page, case["input"])
    tab_to(page, ".calc-submit")
    page.keyboard.press("Enter")
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page_fields(page) == cli_fields(cli_result(name, case))
    assert page.evaluate("() => document.activeElement.classList.contains('calc-headline')")
    # the answer's link reproduces it, in the fragment
    assert "#input=" in page.url and "?input=" not in page.url


def test_wrong_date_and_out_of_range_number_show_summary_and_field_messages(page, base_url):
    page.goto(calculator_url(base_url, "deadline") + "?as_of=2025-06-01")
    wait_runtime(page)
    page.keyboard.press("Tab")
    type_into(page, "received", "2025-02-30")
    type_into(page, "working_days", "99")
    page.keyboard.press("Enter")
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "invalid"
    summary = page.locator(".calc-error-summary")
    assert summary.is_visible() and summary.get_attribute("role") == "alert"
    assert page.evaluate("() => document.activeElement.classList.contains('calc-error-summary')")
    assert page.title().startswith("错误：")
    links = summary.locator("a")
    assert links.count() == 2
    assert [links.nth(i).get_attribute("href") for i in range(2)] == ["#f-received", "#f-working_days"]
    for field in ("received", "working_days"):
        message = page.locator(f"#f-{field}-error")
        assert message.is_visible() and CHINESE.search(message.inner_text())
        assert f"f-{field}-error" in page.get_attribute(f"#f-{field}", "aria-describedby")
        assert page.get_attribute(f"#f-{field}", "aria-invalid") == "true"
    assert "2025-02-30" in summary.inner_text() and "60" in page.locator("#f-working_days-error").inner_text()
    # nothing typed is lost
    assert page.input_value("#f-received") == "2025-02-30"
    assert page.input_value("#f-working_days") == "99"
    # the summary link takes keyboard users to the field
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "f-received"
    # fixing both gives an answer and clears the errors
    type_into(page, "received", "2025-03-03")
    type_into(page, "working_days", "10")
    page.keyboard.press("Enter")
    wait_runs(page, 2)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert not summary.is_visible() and not page.locator("#f-received-error").is_visible()
    assert not page.title().startswith("错误：")


def test_list_rows_add_remove_by_keyboard_and_row_errors_link_to_the_cell(page, base_url):
    page.goto(calculator_url(base_url, "refund") + "?as_of=2025-06-01")
    wait_runtime(page)
    page.keyboard.press("Tab")
    all_questions(page)
    type_into(page, "benefit_start", "2025-01")
    type_into(page, "benefit_end", "2025-06")
    type_into(page, "standard", "300")
    type_into(page, "months[0].month", "2025-02")
    type_into(page, "months[0].paid", "280")
    tab_to(page, ".calc-row-add")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.name") == "months[1].month"
    page.keyboard.type("2025-13")
    type_into(page, "months[1].paid", "280")
    tab_to(page, ".calc-submit")
    page.keyboard.press("Enter")
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "invalid"
    assert page.locator(".calc-error-summary a").first.get_attribute("href") == "#f-months-1-month"
    assert page.locator("#f-months-1-month-error").is_visible()
    # remove the bad row with the keyboard; the remaining row is valid
    tab_to(page, '.calc-row[data-row="1"] .calc-row-remove')
    page.keyboard.press("Enter")
    assert page.locator(".calc-row").count() == 1
    tab_to(page, ".calc-submit")
    page.keyboard.press("Enter")
    wait_runs(page, 2)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    assert page.get_attribute('[data-field="refund_total"]', "data-value") is not None
