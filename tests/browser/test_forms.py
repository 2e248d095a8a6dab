"""Employer templates in Chromium: filled by keyboard, printed to PDF with the values in it,
validation messages, and nothing leaving or staying in the browser unless asked. The batch table and
its CSV import/export are in test_forms_batch.py. The `page` fixture fails on console errors and on
requests to another origin."""
import pytest

from conftest import axe_violations
from forms_support import (BATCH_MODE, ID_NUMBER, JOB_FIT, LABELS, STATEMENT, STUB_PRINT, USCC, csv_bytes, stored_keys,
                           upload, watch_requests)
from pdftext import contains, pdf_pages_and_text

pytestmark = pytest.mark.browser


STATEMENT_TEXT = {
    "单位名称": "鄂尔多斯市示例能源有限公司",
    "统一社会信用代码": USCC,
    "职工姓名": "王小明",
    "职工公民身份号码": ID_NUMBER,
    "入职日期（可选）": "2019-04-01",
    "解除或终止劳动关系的日期": "2025-06-30",
    "具体情况": "2025年6月因业务调整，我单位提出与王小明协商解除劳动合同，双方于6月30日签订解除协议。\n办理停保时经办人误选了停保原因。",
    "其他附件（可选）": "劳动仲裁调解书",
    "报送对象（可选）": "康巴什区失业保险经办机构",
    "经办人（可选）": "赵敏",
    "联系电话（可选）": "0477-1234567",
    "落款日期（可选）": "2025-07-08",
}


def fill_statement(page):
    for label, value in STATEMENT_TEXT.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("办理停保时登记的停保原因", exact=True).select_option("本人意愿主动离职")
    page.get_by_label("应变更为的停保原因", exact=True).select_option("用人单位提出、双方协商一致解除劳动合同")


def test_statement_prints_to_pdf_with_the_entered_values(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + STATEMENT)
    requests = watch_requests(page)
    fill_statement(page)
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    assert page.locator(".fm-error-summary").is_hidden()

    sizes, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert sizes == [(595, 842)]                       # one A4 page
    for label, value in STATEMENT_TEXT.items():
        if "日期" in label:
            continue
        for line in value.splitlines():
            assert contains(text, line), label
    for written in ("2019年4月1日", "2025年6月30日", "2025年7月8日", "“本人意愿主动离职”",
                    "“用人单位提出、双方协商一致解除劳动合同”", "解除劳动关系协议", "单位（盖章）"):
        assert contains(text, written), written
    assert not contains(text, "只在本机浏览器中处理")   # only the document is printed
    assert not contains(text, "保存到本浏览器")

    assert stored_keys(page) == []                       # nothing kept unless asked
    typed = [v for v in STATEMENT_TEXT.values() if len(v) > 3] + [USCC, ID_NUMBER]
    leaked = [r for r in requests for v in typed if v in r]
    assert leaked == []


def test_statement_validation_names_the_field_and_keeps_the_input(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + STATEMENT)
    fill_statement(page)
    page.get_by_label("统一社会信用代码", exact=True).fill("91150100MA0N123")
    page.get_by_label("职工公民身份号码", exact=True).fill("1501021990030712")
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 0
    summary = page.locator(".fm-error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('fm-error-summary')")
    assert page.title().startswith("错误：")
    assert summary.locator("li").all_inner_texts() == [
        "统一社会信用代码应为18位，现在是15位",
        "职工公民身份号码应为18位，现在是16位",
    ]
    assert page.locator("#fm-uscc-error").text_content() == "错误：统一社会信用代码应为18位，现在是15位"
    assert page.get_by_label("统一社会信用代码", exact=True).input_value() == "91150100MA0N123"
    assert page.get_by_label("单位名称", exact=True).input_value() == STATEMENT_TEXT["单位名称"]

    summary.get_by_role("link", name="职工公民身份号码应为18位，现在是16位").click()
    assert page.evaluate("document.activeElement.id") == "fm-worker_id"

    page.get_by_label("统一社会信用代码", exact=True).fill("91150100MA0N3K4I2B")   # I is not used
    page.get_by_label("职工公民身份号码", exact=True).fill("15010219900307123Y")
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert summary.locator("li").all_inner_texts() == [
        "统一社会信用代码只能包含数字和大写英文字母（不含 I、O、S、V、Z）",
        "职工公民身份号码的前17位应为数字，最后一位为数字或 X",
    ]

    page.get_by_label("统一社会信用代码", exact=True).fill(USCC)
    page.get_by_label("职工公民身份号码", exact=True).fill(ID_NUMBER.lower())     # a lower-case x is fine
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    assert summary.is_hidden()
    assert not page.title().startswith("错误：")
    assert page.locator(".fm-error-message").count() == 0


def test_empty_required_fields_are_listed(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + STATEMENT)
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.locator(".fm-error-summary li").all_inner_texts() == [
        "请填写单位名称", "请填写统一社会信用代码", "请填写职工姓名", "请填写职工公民身份号码",
        "请填写解除或终止劳动关系的日期", "请选择办理停保时登记的停保原因", "请选择应变更为的停保原因",
        "请填写具体情况",
    ]


def test_saving_is_only_on_request_and_can_be_undone(page, base_url):
    page.goto(base_url + STATEMENT)
    fill_statement(page)
    assert stored_keys(page) == []
    page.get_by_role("button", name="保存到本浏览器").click()
    page.reload()
    assert page.get_by_label("职工姓名", exact=True).input_value() == "王小明"
    assert page.get_by_label("应变更为的停保原因", exact=True).input_value() == "用人单位提出、双方协商一致解除劳动合同"
    page.get_by_role("button", name="清除已保存的内容").click()
    assert stored_keys(page) == []
    page.reload()
    assert page.get_by_label("职工姓名", exact=True).input_value() == ""


def test_other_reason_is_typed_in(page, base_url):
    page.goto(base_url + STATEMENT)
    other = page.get_by_label("应变更为的其他停保原因", exact=True)
    assert other.is_hidden()
    page.get_by_label("应变更为的停保原因", exact=True).select_option("__other")
    other.fill("用人单位被依法宣告破产")
    assert "“用人单位被依法宣告破产”" in page.locator("[data-doc]").inner_text()


JOB_FIT_SINGLE = {
    "单位名称": "包头市示例机械制造有限公司",
    "统一社会信用代码": USCC,
    "职工姓名": "刘洋",
    "所在岗位": "数控车床操作岗",
    "证书名称（职业或工种）": "车工",
    "证书编号": "S000015020001234567",
    "发证（评价）机构": "包头市示例职业技能评价中心",
    "证书与岗位的关联必要性": "该岗位负责数控车床的操作与调试，车工技能直接决定加工精度和设备安全。",
}


def test_job_fit_for_one_employee_prints_to_pdf(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + JOB_FIT)
    requests = watch_requests(page)
    for label, value in JOB_FIT_SINGLE.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("证书等级", exact=True).select_option("中级（四级）")
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    sizes, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert sizes == [(595, 842)]
    for value in [*JOB_FIT_SINGLE.values(), "中级（四级）", "证岗相适说明"]:
        assert contains(text, value), value
    assert stored_keys(page) == []
    assert [r for r in requests for v in JOB_FIT_SINGLE.values() if v in r] == []


def test_without_javascript_the_fields_are_there_to_copy(browser, base_url):
    context = browser.new_context(java_script_enabled=False, locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(base_url + STATEMENT)
        assert page.locator(".fm-nojs").is_visible()
        assert page.get_by_label("统一社会信用代码", exact=True).is_visible()
        assert page.locator("[data-doc]").is_visible()
    finally:
        context.close()


def long_list_with_report_undo_and_errors(page):
    """The batch table in its busiest state: a pager, an import report with notes, 撤销导入, errors."""
    page.get_by_label(BATCH_MODE).check()
    page.get_by_label("第1行 姓名", exact=True).fill("张三")
    rows = [[f"职工{i}", "岗位", "电工", "中级", "", "", ""] for i in range(1, 26)] + [["缺岗位", "", "电工", "中级", "", "", ""]]
    upload(page, "名单.csv", csv_bytes(rows, header=["职工姓名", *LABELS[1:]]))
    page.get_by_role("button", name="打印或另存为 PDF").click()


@pytest.mark.parametrize("path,mode,width", [("/forms/", None, 1280), (STATEMENT, None, 1280), (STATEMENT, "errors", 1280),
                                             (JOB_FIT, None, 1280), (JOB_FIT, "batch", 1280), (JOB_FIT, "long", 1280),
                                             (JOB_FIT, "long", 360)])
def test_no_accessibility_violations(page, base_url, path, mode, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + path)
    if mode == "errors":
        page.get_by_label("统一社会信用代码", exact=True).fill("123")
        page.get_by_role("button", name="打印或另存为 PDF").click()
    elif mode == "batch":
        page.get_by_label("多名职工（批量表，可导入导出 CSV）").check()
        page.get_by_role("button", name="添加一行").click()
        page.get_by_role("button", name="打印或另存为 PDF").click()
    elif mode == "long":
        long_list_with_report_undo_and_errors(page)
        assert page.locator(".fm-pager").is_visible() and page.locator(".fm-csv-notes").is_visible()
        assert page.locator(".fm-csv-undo").is_visible() and page.locator(".fm-error-summary").is_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", ["/checklists/stop-reason/", STATEMENT, JOB_FIT])
def test_layout_holds_at_360px(context, base_url, path):
    page = context.new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + path)
    if path == JOB_FIT:
        long_list_with_report_undo_and_errors(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
