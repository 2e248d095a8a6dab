"""The answer layout (issue 9.1), the same for every calculator, on a 360 × 740 phone screen:
headline · figures · 下一步 · 注意 · 为什么 (folded, open in print) · 您填写的内容, and after 计算 the
headline and the 下一步 heading are both on screen without scrolling."""
import pytest

from calculator_support import CALCULATORS, RESULT, calculator_url, first_valid_case, fragment_url, runs, wait_runs
from conftest import PageWatch

pytestmark = pytest.mark.browser
ORDER = ["headline", "figures", "next", "notes", "why", "inputs"]
IN_VIEW = """sel => { const b = document.querySelector(sel).getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  return b.top >= header && b.bottom <= innerHeight; }"""


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="zh-CN", is_mobile=True, has_touch=True)
    yield context
    context.close()


# Each calculator's first golden case, and a claim that is paid: 3 years of contributions, laid off, applying
# in 2025-12 → 12 months at 2261.00 (2380 × 95%), the longest answer (schedule table, every next step).
PAID = {"input": {"contribution_months": 36, "separation_reason": "layoff", "registered_unemployed": False,
                  "seeking_work": True, "receiving_pension": False, "application_month": "2025-12"}, "as_of": "2025-12-15"}
CASES = [(name, first_valid_case(name)) for name in CALCULATORS] + [("eligibility", PAID)]


@pytest.mark.parametrize("name,case", CASES, ids=list(CALCULATORS) + ["eligibility-paid"])
def test_answer_parts_in_order_headline_and_next_on_screen_why_folded(phone, base_url, name, case):
    page = phone.new_page()
    watch = PageWatch(page, base_url)
    page.goto(fragment_url(base_url, name, case))
    wait_runs(page, 1)
    if page.locator(".calc-step").count():   # step by step: back to the questions, through them to 计算
        page.locator(".calc-change").click()
        while not page.locator(".calc-submit").is_visible():
            before = runs(page)
            page.click(".calc-step__next")
            page.wait_for_function("n => Number(document.querySelector('[data-testid=\"result\"]').dataset.runs) > n",
                                   arg=before, timeout=90_000)
    page.evaluate("() => scrollTo(0, 0)")
    before = runs(page)
    page.get_by_role("button", name="计算").click()
    wait_runs(page, before + 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    sections = page.eval_on_selector_all(f"{RESULT} [data-section]", "els => els.map(e => e.dataset.section)")
    assert sections == [s for s in ORDER if s in sections] and {"headline", "next", "why", "inputs"} <= set(sections)
    assert page.evaluate("() => document.activeElement.classList.contains('calc-headline')")
    assert page.evaluate(IN_VIEW, ".calc-headline"), "headline on screen"
    assert page.evaluate(IN_VIEW, "#calc-next-title"), "下一步 on screen"
    why = page.locator('[data-section="why"]')
    assert why.evaluate("d => d.tagName") == "DETAILS" and not why.evaluate("d => d.open")
    assert not page.locator(".calc-trace").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".calc-trace").is_visible(), "为什么 opens in print"
    page.emulate_media(media="screen")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    assert watch.console_errors == [] and watch.foreign_requests == []
    page.close()


def test_phone_number_is_a_tel_link_and_steps_link_to_pages(page, base_url):
    case = {"input": {"received": "2025-01-24"}, "as_of": "2026-11-26"}   # long overdue: the 12333 step
    page.goto(fragment_url(base_url, "deadline", case))
    wait_runs(page, 1)
    next_part = page.locator('[data-section="next"]')
    assert next_part.locator('a[href="tel:12333"]').count() >= 1
    assert next_part.locator(f'a[href="{base_url}/channels/"]').count() >= 1
    # the inputs part echoes the date as understood, and leads back to the questions
    assert page.get_attribute('[data-section="inputs"] [data-input="received"]', "data-value") == "2025-01-24"
    page.locator(".calc-change").click()
    assert page.evaluate("() => document.activeElement.closest('.calc-form') !== null")


def test_notes_show_two_lines_and_fold_the_rest(page, base_url):
    case = first_valid_case("transition")
    page.goto(calculator_url(base_url, "transition", case))
    wait_runs(page, 1)
    notes = page.locator('[data-section="notes"]')
    if not notes.count():
        pytest.skip("this case has no notes")
    lead = notes.locator(".calc-notes__lead")
    line = lead.evaluate("p => parseFloat(getComputedStyle(p).lineHeight)")
    assert lead.evaluate("p => p.getBoundingClientRect().height") <= 2 * line + 1
    folded = notes.locator("details")
    if folded.count():
        assert not folded.evaluate("d => d.open")
        folded.locator("summary").click()
        assert notes.locator(".calc-warnings li").first.is_visible()
