"""What this browser keeps, on the employer forms, the checklists and the theme: a large saved list comes
back whole; a damaged record is dropped with a one-line notice and the page keeps working; a full or
switched-off storage is reported as such. The `page` fixture fails on any console error."""
import json

import pytest

from forms_support import BATCH_MODE, JOB_FIT, STATEMENT

pytestmark = pytest.mark.browser

FORM_DAMAGED = "本浏览器中保存的内容已损坏，已丢弃；请重新填写。"
CHECKLIST_DAMAGED = "本浏览器中保存的勾选已损坏，已丢弃。"
THEME_DAMAGED = "本浏览器中保存的网站显示设置已损坏，已恢复默认设置。"
FILL_QUOTA = """() => {
  let i = 0;
  for (let size = 1 << 20; size >= 1; ) {
    try { localStorage.setItem("fill" + i, "x".repeat(size)); i += 1; } catch (e) { size = Math.floor(size / 2); }
  }
}"""


def put(page, key: str, text: str):
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, text])


def form_still_works(page):
    page.get_by_label("单位名称", exact=True).fill("示例公司")
    assert page.locator("[data-doc] [data-bind='unit_name']").first.inner_text() == "示例公司"


def checklist_still_works(page):
    page.locator(".cl-check").first.check()
    assert "已勾选 1 项" in page.locator(".cl-status").inner_text()


def test_a_thousand_saved_rows_come_back(page, base_url):
    page.goto(base_url + JOB_FIT)
    rows = [{"name": f"职工{i}", "post": "岗位", "cert_name": "电工", "cert_level": "中级（四级）",
             "cert_number": "", "issuer": "", "reason": ""} for i in range(1, 1001)]
    put(page, "ui-form:certificate-job-fit",
        json.dumps({"fields": {"mode=batch": True, "mode=single": False}, "rows": rows}, ensure_ascii=False))
    page.reload()
    assert page.get_by_label(BATCH_MODE).is_checked()
    assert page.locator(".fm-storage-status").inner_text() == "已填入您之前保存在本浏览器的内容。"
    assert page.locator(".fm-page-status").inner_text() == "本页为第1–20行，共1000行"
    assert page.locator(".fm-doc-more").inner_text() == "预览只列出前50名职工（共1000名）；打印或另存为 PDF 时列出全部。"
    page.get_by_label("转到").select_option(label="第50页（第981–1000行）")
    assert page.get_by_label("第1000行 姓名", exact=True).input_value() == "职工1000"


DAMAGED = [
    (JOB_FIT, "ui-form:certificate-job-fit", '{"fields": "x"}', FORM_DAMAGED, form_still_works),
    (JOB_FIT, "ui-form:certificate-job-fit", '{"fields": {}, "rows": [5]}', FORM_DAMAGED, form_still_works),
    (STATEMENT, "ui-form:stop-reason-statement", "{not json", FORM_DAMAGED, form_still_works),
    ("/checklists/stop-reason/", "ui-checklist:stop-reason", "5", CHECKLIST_DAMAGED, checklist_still_works),
    ("/checklists/claim-benefits/", "ui-checklist:claim-benefits", '{"ticked": "a"}', CHECKLIST_DAMAGED,
     checklist_still_works),
]


@pytest.mark.parametrize("path,key,text,notice,works", DAMAGED)
def test_a_damaged_record_is_dropped_with_a_notice(page, base_url, path, key, text, notice, works):
    page.goto(base_url + path)
    put(page, key, text)
    page.reload()
    status = ".fm-storage-status" if key.startswith("ui-form") else ".cl-status"
    assert page.locator(status).inner_text().startswith(notice)
    assert page.evaluate("(k) => localStorage.getItem(k)", key) is None
    works(page)


@pytest.mark.parametrize("text", ["{bad", '"x"', "42", '{"index": "x"}', '{"color": {"scheme": "slate"}}', "[]",
                                  '{"index": 0, "color": {"no such attribute!": "x"}}',
                                  '{"index": 0, "color": {"media": "(prefers-color-scheme)"}}'])
def test_a_damaged_theme_palette_is_dropped_with_a_notice(page, base_url, text):
    page.goto(base_url + JOB_FIT)
    put(page, "/.__palette", text)
    page.reload()
    assert page.locator(".theme-storage-notice").inner_text() == THEME_DAMAGED
    assert page.locator(".theme-storage-notice").count() == 1
    saved = page.evaluate("() => localStorage.getItem('/.__palette')")   # the theme writes a sound one again
    assert saved is None or isinstance(json.loads(saved)["index"], int)
    form_still_works(page)
    page.reload()
    assert page.locator(".theme-storage-notice").count() == 0


def test_a_full_storage_is_reported_as_full(page, base_url):
    page.goto(base_url + STATEMENT)
    page.evaluate(FILL_QUOTA)
    page.get_by_label("单位名称", exact=True).fill("示例公司" * 1000)
    page.get_by_role("button", name="保存到本浏览器").click()
    assert page.locator(".fm-storage-status").inner_text() == (
        "没有保存：本浏览器的存储空间已满。请在浏览器设置中清理网站数据后再试，或先用“导出 CSV”把名单存成文件。")
    page.goto(base_url + "/checklists/stop-reason/")
    page.locator(".cl-check").first.check()
    assert page.locator(".cl-status").inner_text().startswith("本浏览器的存储空间已满，勾选没有保存，关闭页面后不会保留。")
    page.evaluate("() => localStorage.clear()")


def test_storage_switched_off_is_reported_as_not_allowed(context, base_url):
    # What Chromium does when site data is blocked: reading window.localStorage throws a SecurityError.
    # The theme's own scripts then throw too, so this page is not the console-watching fixture.
    page = context.new_page()
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() {"
                         " throw new DOMException('The user denied permission.', 'SecurityError'); }});")
    page.goto(base_url + STATEMENT)
    form_still_works(page)
    page.get_by_role("button", name="保存到本浏览器").click()
    assert page.locator(".fm-storage-status").inner_text() == "没有保存：本浏览器不允许网站保存内容（可能处于无痕模式，或关闭了网站数据）。"
