"""Shared by the employer-form browser tests: page paths, sample values, batch-table helpers."""
import csv
import io

JOB_FIT = "/forms/certificate-job-fit/"
STATEMENT = "/forms/stop-reason-statement/"
USCC = "91150100MA0N3K4X2B"
ID_NUMBER = "15010219900307123X"
STUB_PRINT = "window.__printed = 0; window.print = () => { window.__printed += 1; };"
BATCH_MODE = "多名职工（批量表，可导入导出 CSV）"
UPLOAD = "导入 CSV 文件（会替换上面表格中的名单）"
LEVELS = ["初级（五级）", "中级（四级）", "高级（三级）"]
LABELS = ["姓名", "所在岗位", "证书名称（职业或工种）", "证书等级", "证书编号", "发证（评价）机构", "证书与岗位的关联必要性"]
ROWS = [
    ["张三", "电工", "电工", "初级（五级）", "E1001", "某评价中心", "负责厂区配电维护，需持电工证。"],
    ["李四", "焊工, 二班", '焊工"特种作业"', "高级（三级）", "W-2002", "某评价中心，鄂尔多斯", "第一行\n第二行"],
    ["Ａｌｉ 巴特尔", "仓储管理员", "仓库管理员", "中级（四级）", "", "企业内部评价", "管理危化品仓库。"],
]


def watch_requests(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url + " " + (r.post_data or "")))
    return seen


def wait_status(page, text: str):
    """Until the CSV panel's status says `text` (a function, not an expression: the page's CSP forbids eval)."""
    page.wait_for_function("(text) => document.querySelector('.fm-csv-status').textContent.includes(text)", arg=text)


def stored_keys(page) -> list[str]:
    return page.evaluate("() => Object.keys(localStorage).concat(Object.keys(sessionStorage))"
                         ".filter(k => k.startsWith('ui-form'))")


def fill_row(page, n, values):
    for label, value in zip(LABELS, values):
        cell = page.get_by_label(f"第{n}行 {label}", exact=True)
        if label == "证书等级":
            cell.select_option(value)
        else:
            cell.fill(value)


def table_rows(page) -> list[list[str]]:
    count = page.locator(".fm-rows .fm-row").count()
    return [[page.get_by_label(f"第{n}行 {label}", exact=True).input_value() for label in LABELS]
            for n in range(1, count + 1)]


def upload(page, name: str, data: bytes, mime: str = "text/csv") -> str:
    """Chooses a file for the CSV import, as a person would; returns the panel's report once it has answered."""
    page.evaluate("() => { document.querySelector('.fm-csv-status').textContent = ''; }")
    page.get_by_label(UPLOAD).set_input_files({"name": name, "mimeType": mime, "buffer": data})
    page.wait_for_function("() => document.querySelector('.fm-csv-status').textContent !== ''")
    return page.locator(".fm-csv-report").inner_text()


def page_cells(page) -> list[list[str]]:
    """The values of the rows on the table's current page."""
    return page.evaluate("() => [...document.querySelectorAll('.fm-rows .fm-row')]"
                         ".map((tr) => [...tr.querySelectorAll('.fm-cell')].map((c) => c.value))")


def exported(page, tmp_path) -> list[list[str]]:
    """The whole list as 导出 CSV gives it, read by Python's csv module (header row first)."""
    with page.expect_download() as info:
        page.get_by_role("button", name="导出 CSV").click()
    path = tmp_path / "exported.csv"
    info.value.save_as(path)
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def csv_bytes(rows, header=LABELS, encoding="utf-8-sig", delimiter=",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue().encode(encoding)


def watched_page(browser, base_url: str, path: str):
    """(context, page, errors) for tests that share one page across many cases: errors collects every
    page error and console error, for the test to check after each case."""
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base_url + path)
    return context, page, errors
