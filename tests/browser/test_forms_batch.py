"""The batch 证岗相适 table in Chromium: rows typed, paged, removed and validated; CSV export → import
round trip; tolerant import that says what it changed; 撤销导入; cards on a phone, a scroll cue on a
wide screen. The `page` fixture fails on console errors and on requests to another origin."""
import csv
import io
import re

import pytest

from forms_support import (BATCH_MODE, JOB_FIT, LABELS, LEVELS, ROWS, STUB_PRINT, UPLOAD, USCC, csv_bytes, exported,
                           fill_row, page_cells, stored_keys, table_rows, upload, wait_status, watch_requests)
from pdftext import contains, pdf_pages_and_text

pytestmark = pytest.mark.browser


def test_batch_table_round_trips_through_csv_and_prints(page, base_url, tmp_path):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + JOB_FIT)
    requests = watch_requests(page)
    page.get_by_label("单位名称", exact=True).fill("呼和浩特市示例乳业有限公司")
    page.get_by_label("统一社会信用代码", exact=True).fill(USCC)
    page.get_by_label(BATCH_MODE).check()
    assert page.get_by_label("职工姓名", exact=True).is_hidden()
    fill_row(page, 1, ROWS[0])
    for n, row in enumerate(ROWS[1:], start=2):
        page.get_by_role("button", name="添加一行").click()
        fill_row(page, n, row)
    assert table_rows(page) == ROWS

    with page.expect_download() as info:
        page.get_by_role("button", name="导出 CSV").click()
    path = tmp_path / "list.csv"
    info.value.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                 # BOM: Excel then reads UTF-8
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert parsed == [LABELS, *ROWS]

    page.reload()                                          # nothing was saved: the table is empty
    page.get_by_label(BATCH_MODE).check()
    assert table_rows(page) == [[""] * len(LABELS)]
    page.get_by_label(UPLOAD).set_input_files(str(path))
    wait_status(page, "导入 3 名")
    assert table_rows(page) == ROWS

    page.get_by_label("单位名称", exact=True).fill("呼和浩特市示例乳业有限公司")
    page.get_by_label("统一社会信用代码", exact=True).fill(USCC)
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    sizes, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert set(sizes) == {(595, 842)}
    for row in ROWS:
        for value in row:
            for line in value.splitlines():
                assert contains(text, line), line
    assert stored_keys(page) == []
    assert [r for r in requests for row in ROWS for v in row if len(v) > 2 and v in r] == []


def test_csv_import_reads_excel_gbk_and_rejects_a_bad_file_without_losing_rows(page, base_url, tmp_path):
    page.goto(base_url + JOB_FIT)
    page.get_by_label(BATCH_MODE).check()
    gbk = tmp_path / "excel.csv"
    gbk.write_bytes(("\r\n".join([",".join(LABELS), ",".join(ROWS[0])]) + "\r\n").encode("gb18030"))
    chooser = page.get_by_label(UPLOAD)
    chooser.set_input_files(str(gbk))
    wait_status(page, "导入 1 名")
    assert table_rows(page) == [ROWS[0]]

    bad = tmp_path / "bad.csv"
    bad.write_text("部门,电话\n车间,0471-1234567\n", encoding="utf-8")
    chooser.set_input_files(str(bad))
    wait_status(page, "没有导入")
    assert "第一行缺少“姓名”“所在岗位”“证书名称（职业或工种）”“证书等级”列" in page.locator(".fm-csv-status").inner_text()
    assert table_rows(page) == [ROWS[0]]

    wrong_level = tmp_path / "level.csv"
    wrong_level.write_text(",".join(LABELS) + "\n王五,司机,汽车驾驶员,技师,,,\n", encoding="utf-8")
    chooser.set_input_files(str(wrong_level))
    wait_status(page, "证书等级")
    assert "第2行的“证书等级”应为 初级（五级）、中级（四级）、高级（三级） 之一，现在是“技师”" in \
        page.locator(".fm-csv-status").inner_text()
    assert table_rows(page) == [ROWS[0]]


def test_batch_rows_can_be_removed_and_are_validated(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + JOB_FIT)
    page.get_by_label("单位名称", exact=True).fill("示例公司")
    page.get_by_label("统一社会信用代码", exact=True).fill(USCC)
    page.get_by_label(BATCH_MODE).check()
    fill_row(page, 1, ROWS[0])
    page.get_by_role("button", name="添加一行").click()
    fill_row(page, 2, ROWS[1])
    page.get_by_role("button", name=re.compile(r"^删除\s*第1行$")).click()
    assert table_rows(page) == [ROWS[1]]
    page.get_by_label("第1行 所在岗位", exact=True).fill("")
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 0
    assert page.locator(".fm-error-summary li").all_inner_texts() == ["第1行：请填写所在岗位"]


def test_csv_export_keeps_formula_like_cells_as_text_and_import_restores_them(page, base_url, tmp_path):
    """A cell such as “=1+1” or “-焊工” must not run as a spreadsheet formula when the CSV is opened."""
    row = ["王五", "=HYPERLINK(\"x\")", "+电工", "初级（五级）", "-001", "@评价中心", "负责配电。"]
    page.goto(base_url + JOB_FIT)
    page.get_by_label(BATCH_MODE).check()
    fill_row(page, 1, row)
    with page.expect_download() as info:
        page.get_by_role("button", name="导出 CSV").click()
    path = tmp_path / "list.csv"
    info.value.save_as(path)
    parsed = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert parsed[1] == ["王五", "'=HYPERLINK(\"x\")", "'+电工", "初级（五级）", "'-001", "'@评价中心", "负责配电。"]

    page.reload()
    page.get_by_label(BATCH_MODE).check()
    page.get_by_label(UPLOAD).set_input_files(str(path))
    wait_status(page, "导入 1 名")
    assert table_rows(page) == [row]


def open_batch(page, base_url, rows=()):
    page.goto(base_url + JOB_FIT)
    page.get_by_label(BATCH_MODE).check()
    for n, row in enumerate(rows, start=1):
        if n > 1:
            page.get_by_role("button", name="添加一行").click()
        fill_row(page, n, row)


def test_blank_template_downloads_and_a_header_only_file_changes_nothing(page, base_url):
    open_batch(page, base_url, ROWS)
    with page.expect_download() as info:
        page.get_by_role("link", name="下载空白 CSV 模板").click()
    assert info.value.suggested_filename == "证岗相适说明-职工名单模板.csv"
    template = open(info.value.path(), "rb").read()
    assert template == ("\ufeff" + ",".join(LABELS) + "\r\n").encode("utf-8")

    report = upload(page, "模板.csv", template)
    assert report == "没有导入，表格未改动：文件中只有第一行的列名，没有职工。"
    assert table_rows(page) == ROWS
    assert page.locator(".fm-csv-undo").is_hidden()


def test_import_reads_common_names_and_levels_and_says_what_it_changed(page, base_url):
    open_batch(page, base_url)
    requests = watch_requests(page)
    data = csv_bytes([["张三", "电工", "电工", "中级", "老员工"], ["李四", "焊工", "焊工", "4级", ""]],
                     header=["职工姓名", "岗位", "证书名称", "等级", "备注"])
    report = upload(page, "名单.csv", data)
    assert [line for line in report.splitlines() if line] == [
        "已从“名单.csv”导入 2 名职工。以下内容按本站的栏目读取，请核对：",
        "列名“职工姓名”按“姓名”读取",
        "列名“岗位”按“所在岗位”读取",
        "列名“证书名称”按“证书名称（职业或工种）”读取",
        "列名“等级”按“证书等级”读取",
        "没有读取这些列：“备注”",
        "文件中没有“证书编号”列，这一栏留空",
        "文件中没有“发证（评价）机构”列，这一栏留空",
        "文件中没有“证书与岗位的关联必要性”列，这一栏留空",
        "证书等级“中级”按“中级（四级）”读取（第2行）",
        "证书等级“4级”按“中级（四级）”读取（第3行）",
    ]
    assert table_rows(page) == [["张三", "电工", "电工", "中级（四级）", "", "", ""],
                                ["李四", "焊工", "焊工", "中级（四级）", "", "", ""]]
    assert page.locator(".fm-csv-undo").is_hidden()            # nothing was replaced
    assert stored_keys(page) == []
    assert [r for r in requests for v in ("张三", "李四", "老员工") if v in r] == []


def test_import_over_typed_rows_can_be_undone(page, base_url):
    open_batch(page, base_url, ROWS)
    new = [["周一", "电工", "电工", "高级（三级）", "", "", ""], ["吴二", "焊工", "焊工", "初级（五级）", "", "", ""]]
    report = upload(page, "新名单.csv", csv_bytes(new))
    assert report == "已从“新名单.csv”导入 2 名职工，替换了原有的 3 名（可撤销）。"
    assert table_rows(page) == new
    page.get_by_role("button", name="撤销导入").click()
    assert table_rows(page) == ROWS
    assert page.locator(".fm-csv-report").inner_text() == "已撤销导入，恢复了原有的 3 名职工。"
    assert page.locator(".fm-csv-undo").is_hidden()
    assert page.evaluate("document.activeElement.id") == "fm-csv-file"


@pytest.mark.parametrize("encoding", ["utf-16-le-tabs", "utf-16-be-tabs", "utf-8-tabs", "gb18030"])
def test_excel_unicode_text_and_other_encodings_import(page, base_url, encoding):
    open_batch(page, base_url)
    if encoding == "utf-16-le-tabs":      # Excel: 另存为 “Unicode 文本”
        data = csv_bytes(ROWS, encoding="utf-16", delimiter="\t")
        assert data[:2] == b"\xff\xfe"
    elif encoding == "utf-16-be-tabs":
        data = b"\xfe\xff" + csv_bytes(ROWS, encoding="utf-16-be", delimiter="\t")
    elif encoding == "utf-8-tabs":
        data = csv_bytes(ROWS, encoding="utf-8", delimiter="\t")
    else:
        data = csv_bytes([[c.replace("Ａｌｉ ", "") for c in r] for r in ROWS], encoding="gb18030")
    report = upload(page, "名单.txt", data, mime="text/plain")
    assert report == "已从“名单.txt”导入 3 名职工。"
    expected = ROWS if encoding != "gb18030" else [[c.replace("Ａｌｉ ", "") for c in r] for r in ROWS]
    assert table_rows(page) == expected


LONG = [[f"职工{i:02d}", "岗位", "电工", LEVELS[i % 3], f"E{i:04d}", "评价中心", ""] for i in range(1, 61)]


def test_a_long_list_pages_is_checked_across_pages_and_prints_every_row(page, base_url, tmp_path):
    page.add_init_script(STUB_PRINT)
    open_batch(page, base_url)
    assert page.locator(".fm-pager").is_hidden()
    assert upload(page, "长名单.csv", csv_bytes(LONG)) == "已从“长名单.csv”导入 60 名职工。"
    status = page.locator(".fm-page-status")
    assert status.inner_text() == "本页为第1–20行，共60行"
    assert page_cells(page) == LONG[:20]
    page.get_by_role("button", name="下一页").click()
    assert status.inner_text() == "本页为第21–40行，共60行"
    assert page_cells(page)[0] == LONG[20]
    page.get_by_label("第30行 所在岗位", exact=True).fill("")
    page.get_by_label("转到").select_option(label="第3页（第41–60行）")
    assert page_cells(page) == LONG[40:]
    assert page.get_by_role("button", name="下一页").is_disabled()

    page.get_by_role("button", name="添加一行").click()
    assert status.inner_text() == "本页为第61–61行，共61行"
    assert page.evaluate("document.activeElement.id") == "fm-row-61-name"
    page.keyboard.type("新职工")
    page.get_by_label("单位名称", exact=True).fill("示例公司")
    page.get_by_label("统一社会信用代码", exact=True).fill(USCC)
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 0
    assert page.locator(".fm-error-summary li").all_inner_texts() == [
        "第30行：请填写所在岗位", "第61行：请填写所在岗位", "第61行：请填写证书名称（职业或工种）", "第61行：请选择证书等级"]
    page.get_by_role("link", name="第30行：请填写所在岗位").click()
    assert status.inner_text() == "本页为第21–40行，共61行"
    assert page.evaluate("document.activeElement.id") == "fm-row-30-post"
    assert page.locator("#fm-row-30-post-error").text_content() == "错误：第30行：请填写所在岗位"

    page.keyboard.type("岗位")
    page.get_by_label("转到").select_option(label="第4页（第61–61行）")
    page.get_by_role("button", name=re.compile(r"^删除\s*第61行$")).click()
    assert status.inner_text() == "本页为第41–60行，共60行"
    more = page.locator(".fm-doc-more")
    assert more.inner_text() == "预览只列出前50名职工（共60名）；打印或另存为 PDF 时列出全部。"
    assert page.locator("[data-bind-rows] tr").count() == 50
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    assert page.locator("[data-bind-rows] tr").count() == 60
    _, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert contains(text, "职工60") and contains(text, "E0060")
    assert not contains(text, "预览只列出")
    assert exported(page, tmp_path) == [LABELS, *LONG]


def test_cards_on_a_phone_and_a_scroll_cue_on_a_wide_screen(page, base_url):
    page.set_viewport_size({"width": 360, "height": 740})
    open_batch(page, base_url, ROWS[:2])
    name = page.get_by_label("第1行 姓名", exact=True).bounding_box()
    post = page.get_by_label("第1行 所在岗位", exact=True).bounding_box()
    assert post["y"] >= name["y"] + name["height"]             # stacked, not side by side
    assert page.locator(".fm-row").first.bounding_box()["width"] <= 360
    assert page.locator(".fm-row").first.locator(".fm-cell-label").first.inner_text() == "姓名"
    assert page.locator(".fm-row").first.locator(".fm-rownum").inner_text() == "第1行"
    assert page.locator(".fm-scroll-cue").is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.set_viewport_size({"width": 1280, "height": 900})
    cue = page.locator(".fm-scroll-cue")
    cue.wait_for(state="visible")
    assert cue.inner_text().startswith("表格较宽，共7栏")
    assert page.locator(".fm-row").first.locator(".fm-cell-label").first.is_hidden()
    wrap = page.locator(".fm-table-wrap")
    assert "fm-table-wrap--more-right" in wrap.get_attribute("class")
    wrap.evaluate("(el) => { el.scrollLeft = el.scrollWidth; }")
    page.wait_for_function("() => !document.querySelector('.fm-table-wrap').classList.contains('fm-table-wrap--more-right')")
