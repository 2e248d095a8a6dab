"""Fuzzing the employer forms with hypothesis, generated in Python and fed to one page each:
random bytes into the CSV importer give a clear Chinese message and leave the table as it was;
random tables written by Python's csv module come back cell for cell; random saved records in this
browser never break the form, the checklist or the theme."""
import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms_support import BATCH_MODE, JOB_FIT, LABELS, LEVELS, ROWS, fill_row, page_cells, watched_page

pytestmark = pytest.mark.browser

CJK = re.compile(r"[\u4e00-\u9fff]")
FUZZ = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def job_fit(browser, base_url):
    """The batch table with three typed rows; every example must leave the page without an error."""
    context, page, errors = watched_page(browser, base_url, JOB_FIT)
    page.get_by_label(BATCH_MODE).check()
    for n, row in enumerate(ROWS, start=1):
        if n > 1:
            page.get_by_role("button", name="添加一行").click()
        fill_row(page, n, row)
    yield page, errors
    context.close()


def import_result(page, data: bytes):
    """importBytes() on the page's own columns: {"rows": [...]} or {"problem": message}."""
    return page.evaluate("""async (bytes) => {
      const { importBytes } = await import('/assets/forms/csv-panel.js');
      const { readColumns } = await import('/assets/forms/batch-table.js');
      const { ImportProblem } = await import('/assets/forms/csv.js');
      try { return { rows: importBytes(Uint8Array.from(bytes), readColumns(document.querySelector('.fm'))).rows }; }
      catch (e) { if (e instanceof ImportProblem) return { problem: e.message }; throw e; }
    }""", list(data))


def assert_clear_message(message: str):
    assert message and CJK.search(message), message
    assert not re.search(r"undefined|NaN|\[object|Error", message), message


@settings(FUZZ, max_examples=300)
@given(data=st.one_of(st.binary(max_size=3000),
                      st.binary(max_size=600).map(lambda b: ",".join(LABELS).encode("utf-8") + b"\r\n" + b),
                      st.binary(max_size=600).map(lambda b: b"\xff\xfe" + b),
                      st.binary(max_size=600).map(lambda b: b"\xef\xbb\xbf" + b)))
def test_random_bytes_give_rows_or_a_clear_message(job_fit, data):
    page, errors = job_fit
    errors.clear()
    result = import_result(page, data)
    if "problem" in result:
        assert_clear_message(result["problem"])
    else:
        assert all(set(r) == {"name", "post", "cert_name", "cert_level", "cert_number", "issuer", "reason"}
                   for r in result["rows"])
        assert {r["cert_level"] for r in result["rows"]} <= set(LEVELS) | {""}
    assert errors == []


@settings(FUZZ, max_examples=40)
@given(data=st.one_of(st.binary(max_size=2000),
                      st.binary(max_size=400).map(lambda b: ",".join(LABELS).encode("utf-8") + b"\r\n" + b)))
def test_random_files_chosen_in_the_page_leave_the_table_or_can_be_undone(job_fit, data):
    page, errors = job_fit
    errors.clear()
    before = page_cells(page)
    page.evaluate("() => { document.querySelector('.fm-csv-status').textContent = ''; }")
    page.locator("#fm-csv-file").set_input_files({"name": "随机.csv", "mimeType": "text/csv", "buffer": data})
    page.wait_for_function("() => document.querySelector('.fm-csv-status').textContent !== ''")
    status = page.locator(".fm-csv-status").inner_text()
    if status.startswith("没有导入，表格未改动："):
        assert_clear_message(status)
        assert page_cells(page) == before
    else:
        assert re.match(r"已从“随机\.csv”导入 \d+ 名职工，替换了原有的 3 名（可撤销）", status), status
        page.get_by_role("button", name="撤销导入").click()
        assert page_cells(page) == before
    assert errors == []


# Cells as people type them, including what CSV must quote and what the formula guard must keep.
CELL = st.text(alphabet=st.sampled_from(list("张三李四电工焊岗位证书abcXYZ019 ,;\"'\t\n\r=+-@＝＋－＠\u3000（）")),
               max_size=12)
ROW = st.tuples(CELL, CELL, CELL, st.sampled_from(LEVELS + [""]), CELL, CELL, CELL).map(list)
FORMULA = re.compile(r"^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]")
WHITESPACE = " \t\n\r\u3000"


def expected_cell(cell: str) -> str:
    """The spec, written again in Python: trimmed; a leading ' before a formula-like value is dropped."""
    cell = cell.strip(WHITESPACE)
    return cell[1:] if cell.startswith("'") and FORMULA.search(cell[1:]) else cell


@settings(FUZZ, max_examples=150)
@given(rows=st.lists(ROW, max_size=8), delimiter=st.sampled_from([",", "\t"]),
       encoding=st.sampled_from(["utf-8-sig", "utf-16", "gb18030"]))
def test_tables_written_by_python_come_back_cell_for_cell(job_fit, rows, delimiter, encoding):
    page, errors = job_fit
    errors.clear()
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([LABELS, *rows])
    result = import_result(page, out.getvalue().encode(encoding))
    expected = [[expected_cell(c) for c in r] for r in rows]
    expected = [r for r in expected if any(r)]
    if not expected:
        assert result == {"problem": "文件中只有第一行的列名，没有职工"}
    else:
        names = ["name", "post", "cert_name", "cert_level", "cert_number", "issuer", "reason"]
        assert [[r[n] for n in names] for r in result["rows"]] == expected
    assert errors == []


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
                    max_leaves=12)
FORM_RECORD = st.one_of(
    JSON,
    st.fixed_dictionaries({"fields": JSON, "rows": JSON}),
    st.fixed_dictionaries({"fields": st.dictionaries(st.sampled_from(["unit_name", "uscc", "mode=batch", "mode=single",
                                                                      "cert_level", "internal=yes", "toString"]),
                                                     JSON, max_size=5),
                           "rows": st.lists(st.dictionaries(st.sampled_from(["name", "cert_level", "reason", "__proto__"]),
                                                            JSON, max_size=3), max_size=3)}))
CHECKLIST_RECORD = st.one_of(JSON, st.fixed_dictionaries({"situation": JSON, "ticked": JSON}),
                             st.fixed_dictionaries({"ticked": st.lists(JSON, max_size=3)}))
COLOR = st.dictionaries(st.sampled_from(["media", "scheme", "primary", "accent", "x y"]),
                        st.one_of(st.text(max_size=8), st.just("(prefers-color-scheme)"), JSON), max_size=4)
PALETTE_RECORD = st.one_of(JSON, st.fixed_dictionaries({"index": JSON}),
                           st.fixed_dictionaries({"index": st.integers(-1, 3), "color": st.one_of(COLOR, JSON)}))
SAVED_TEXT = st.one_of(st.text(max_size=20), st.just("{"), st.just(""))


def saved(strategy):
    return st.one_of(strategy.map(lambda v: json.dumps(v, ensure_ascii=False)), SAVED_TEXT)


@pytest.fixture(scope="module")
def reloads(browser, base_url):
    context, page, errors = watched_page(browser, base_url, JOB_FIT)
    yield page, errors, base_url
    context.close()


@pytest.fixture(scope="module")
def checklist_reloads(browser, base_url):
    context, page, errors = watched_page(browser, base_url, "/checklists/stop-reason/")
    yield page, errors
    context.close()


@settings(FUZZ, max_examples=20)
@given(form=saved(FORM_RECORD), palette=saved(PALETTE_RECORD))
def test_random_saved_form_and_theme_records_never_break_the_form(reloads, form, palette):
    page, errors, base_url = reloads                    # the page is on JOB_FIT already
    errors.clear()
    page.evaluate("([f, p]) => { localStorage.clear(); localStorage.setItem('ui-form:certificate-job-fit', f);"
                  " localStorage.setItem('/.__palette', p); }", [form, palette])
    page.reload()
    assert page.locator(".fm.fm--js").count() == 1
    page.get_by_label("单位名称", exact=True).fill("示例公司")
    assert page.locator("[data-doc] [data-bind='unit_name']").first.inner_text() == "示例公司"
    page.get_by_label(BATCH_MODE).check()
    page.get_by_role("button", name="添加一行").click()
    assert page.locator(".fm-rows .fm-row").count() >= 1
    assert errors == []


@settings(FUZZ, max_examples=10)
@given(record=saved(CHECKLIST_RECORD))
def test_random_saved_checklist_records_never_break_the_checklist(checklist_reloads, record):
    page, errors = checklist_reloads
    errors.clear()
    page.evaluate("(v) => { localStorage.clear(); localStorage.setItem('ui-checklist:stop-reason', v); }", record)
    page.reload()
    box = page.locator(".cl-check").first
    box.set_checked(not box.is_checked())
    assert re.search(r"已勾选 \d+ 项。$", page.locator(".cl-status").inner_text())
    assert errors == []
