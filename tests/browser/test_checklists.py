"""Checklist pages in Chromium: the situation picker shows exactly the items the YAML applies to
that situation; ticks survive a reload and can be cleared; without JavaScript every item shows."""
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from conftest import axe_violations
from pdftext import contains, pdf_pages_and_text

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[2] / "policy_data" / "checklists"
CHECKLISTS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.yaml"))}
VISIBLE_ITEMS = "() => [...document.querySelectorAll('.cl-item')].filter(e => e.offsetParent !== null).map(e => e.dataset.item)"


def all_items(data):
    return [i for g in data["groups"] for i in g["items"]] + data.get("after", [])


def expected(data, situation):
    return [i["id"] for i in all_items(data) if i["applies_to"] == "all" or situation in i["applies_to"]]


CASES = [(name, s["id"]) for name, data in CHECKLISTS.items() for s in data["situations"]]


@pytest.mark.parametrize("name,situation", CASES)
def test_picker_shows_exactly_the_items_for_the_situation(page, base_url, name, situation):
    data = CHECKLISTS[name]
    page.goto(f"{base_url}/checklists/{name}/")
    assert page.evaluate(VISIBLE_ITEMS) == [i["id"] for i in all_items(data)]
    label = next(s["label"] for s in data["situations"] if s["id"] == situation)
    page.get_by_label(label, exact=True).check()
    assert page.evaluate(VISIBLE_ITEMS) == expected(data, situation)
    page.get_by_label("显示全部事项").check()
    assert page.evaluate(VISIBLE_ITEMS) == [i["id"] for i in all_items(data)]


def test_ticks_and_situation_survive_reload_and_can_be_cleared(page, base_url):
    page.goto(f"{base_url}/checklists/stop-reason/")
    page.get_by_label("我是原用人单位，替离职职工申请变更").check()
    page.get_by_label("与该职工的解除劳动关系协议（上传）。").check()
    page.locator("#cl-stop-reason-employer-online").check()
    page.reload()
    assert page.get_by_label("我是原用人单位，替离职职工申请变更").is_checked()
    assert page.locator("#cl-stop-reason-employer-agreement").is_checked()
    assert page.locator("#cl-stop-reason-employer-online").is_checked()
    assert not page.locator("#cl-stop-reason-employer-statement").is_checked()
    assert "已勾选 2 项" in page.locator(".cl-status").inner_text()

    # Ticks of one checklist do not leak into another.
    page.goto(f"{base_url}/checklists/claim-benefits/")
    assert page.locator(".cl-check:checked").count() == 0

    page.goto(f"{base_url}/checklists/stop-reason/")
    page.get_by_role("button", name="清除勾选").click()
    assert page.locator(".cl-check:checked").count() == 0
    assert page.evaluate("localStorage.getItem('ui-checklist:stop-reason')") is None
    page.reload()
    assert page.locator(".cl-check:checked").count() == 0


def test_ticks_work_by_keyboard(page, base_url):
    page.goto(f"{base_url}/checklists/skill-subsidy/")
    page.locator("#cl-skill-subsidy-insured-one-year").focus()
    page.keyboard.press("Space")
    page.reload()
    assert page.locator("#cl-skill-subsidy-insured-one-year").is_checked()


@pytest.mark.parametrize("name", list(CHECKLISTS))
def test_without_javascript_every_item_shows_with_its_source(browser, base_url, name):
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(f"{base_url}/checklists/{name}/")
        items = page.locator(".cl-item")
        ids = [items.nth(i).get_attribute("data-item") for i in range(items.count())]
        assert ids == [i["id"] for i in all_items(CHECKLISTS[name])]
        assert all(items.nth(i).is_visible() for i in range(items.count()))
        for i in range(items.count()):
            assert items.nth(i).locator(".cl-source").first.inner_text().startswith("依据：")
        assert not page.locator(".cl-controls").is_visible()   # the picker needs the script
        unverified = [i["id"] for i in all_items(CHECKLISTS[name]) if not i["verified"]]
        for item_id in unverified:
            assert page.locator(f".cl-item[data-item='{item_id}'] .cl-caveat").is_visible()
    finally:
        context.close()


def test_stop_reason_links_to_and_from_the_eligibility_answer(page, base_url):
    page.goto(f"{base_url}/checklists/stop-reason/")
    assert "需要进一步确认" in page.locator("article").inner_text()
    page.get_by_role("link", name="能否领取失业保险金（计算器）").click()
    page.wait_for_url(f"{base_url}/calculators/eligibility/")


def test_index_links_to_checklists_calculator_and_notice(page, base_url):
    page.goto(f"{base_url}/checklists/")
    hrefs = page.eval_on_selector_all("article a", "els => els.map(a => a.href)")
    for target in ("/checklists/claim-benefits/", "/checklists/stop-reason/", "/checklists/skill-subsidy/",
                   "/calculators/eligibility/", "/notice/disputes/", "/notice/certificates/", "/notice/workflow/"):
        assert f"{base_url}{target}" in hrefs, target


@pytest.mark.parametrize("path", ["/checklists/", "/checklists/claim-benefits/", "/checklists/stop-reason/",
                                  "/checklists/skill-subsidy/"])
def test_no_accessibility_violations(page, base_url, path):
    page.goto(f"{base_url}{path}")
    if page.locator(".cl-picker").count():
        page.locator(".cl-picker input[type=radio]").nth(1).check()
        page.locator(".cl-check:visible").first.check()
    assert axe_violations(page) == []


def test_print_layout_is_a4_and_lists_only_the_chosen_situation(page, base_url):
    page.goto(f"{base_url}/checklists/stop-reason/")
    page.get_by_label("我是失业人员，自己到窗口申请变更").check()
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".cl-controls").is_visible()
    assert not page.locator(".cl-item[data-item='employer-online']").is_visible()
    assert page.locator(".cl-item[data-item='worker-counter']").is_visible()
    pages, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert {size for size in pages} == {(595, 842)}   # A4 in points
    assert contains(text, "按此情况列出：我是失业人员，自己到窗口申请变更")
    assert contains(text, "由需要变更停保原因的个人通过人社部门综柜窗口提出申请")
    assert not contains(text, "原用人单位通过自治区人力资源和社会保障厅网站提出申请，上传上面两份材料")


@pytest.mark.parametrize("section,targets", [
    ("workflow", ["/checklists/claim-benefits/"]),
    ("disputes", ["/checklists/stop-reason/", "/forms/stop-reason-statement/"]),
    ("certificates", ["/checklists/skill-subsidy/", "/forms/certificate-job-fit/"]),
])
def test_notice_sections_and_checklists_link_both_ways(page, base_url, section, targets):
    page.goto(f"{base_url}/notice/{section}/")
    hrefs = page.eval_on_selector_all("article a", "els => els.map(a => a.href)")
    for target in targets:
        assert f"{base_url}{target}" in hrefs, target
        if target.startswith("/checklists/"):
            page.goto(base_url + target)
            back = page.eval_on_selector_all("article a", "els => els.map(a => a.href)")
            assert f"{base_url}/notice/{section}/" in back


def test_eligibility_uncertain_answer_leads_to_the_stop_reason_checklist(page, base_url):
    inputs = ('{"contribution_months": 36, "separation_reason": "unsure", "registered_unemployed": true,'
              ' "seeking_work": true, "receiving_pension": false}')
    page.goto(f"{base_url}/calculators/eligibility/?input={quote(inputs)}")
    result = page.locator('[data-testid="result"]')
    result.and_(page.locator('[data-state="ready"]')).wait_for(timeout=120_000)
    assert result.locator('[data-field="eligible"]').get_attribute("data-value") == "uncertain"
    assert result.locator(".calc-headline").inner_text().startswith("要看离职原因：属于非因本人意愿中断就业的")
    result.locator('a[href$="checklists/stop-reason/"]').first.click()
    page.wait_for_url(f"{base_url}/checklists/stop-reason/")
    assert "需要进一步确认" in page.locator("article").inner_text()
