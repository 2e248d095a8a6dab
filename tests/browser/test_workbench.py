"""The staff workbench in Chromium: the sample screened in the page gives the CLI's flags, the progress
bar moves, nothing is requested once files are chosen, the export round-trips, GBK reads, axe is
clean, 360 px scrolls the table with a cue; the deadline board equals the deadline calculator; the
refusal letter prints to one A4 page with each failed condition's text."""
import csv
import datetime as dt
import io
import json

import pytest

from conftest import axe_violations
from pdftext import contains, pdf_pages_and_text

pytestmark = pytest.mark.browser
PAGE = "/staff/workbench/"
LETTER = "/staff/workbench/refusal/"
SAMPLE = dict(claims=4000, subsidies=1000, seed=1)     # what the page's 用示例数据试一试 generates
STUB_PRINT = "window.__printed = 0; window.print = () => { window.__printed += 1; };"
RECORD_PROGRESS = """
window.__progress = [];
new MutationObserver(() => {
  const bar = document.querySelector('.wb-progress__bar');
  window.__progress.push(Number(bar.dataset.value || 0));
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-value']});
"""


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    from screening import sample

    out = tmp_path_factory.mktemp("workbench-sample")
    sample.generate(out, SAMPLE["claims"], SAMPLE["subsidies"], SAMPLE["seed"])
    return out


@pytest.fixture(scope="module")
def cli_flags(sample_dir):
    from builder.compile import compile_policy
    from calculators.api import policy_for
    from screening import engine

    tables = engine.load({n: str(sample_dir / f"{n}.csv") for n in ("claims", "employers", "subsidies")})
    result = engine.screen(tables, dt.date(2026, 6, 30), {}, policy_for(compile_policy("policy_data")))
    return result["flags"]


def ready(page):
    page.wait_for_function("() => document.querySelector('.wb-status').dataset.state === 'ready'", timeout=120_000)


def wait_results(page):
    page.wait_for_function("() => document.querySelector('.wb-results').dataset.state === 'ready'", timeout=120_000)


def page_flags(page) -> set:
    return {tuple(row) for row in page.eval_on_selector_all(
        ".wb-flags tbody tr[data-rule]", "rows => rows.map(r => [r.dataset.rule, r.dataset.key, r.dataset.rows])")}


def as_set(flags) -> set:
    return {(f["rule"], f["key"], ",".join(map(str, f["rows"]))) for f in flags}


def test_sample_in_the_page_gives_the_clis_flags_and_the_bar_moves(page, base_url, cli_flags):
    page.add_init_script(RECORD_PROGRESS)
    page.goto(base_url + PAGE)
    ready(page)
    page.get_by_role("button", name="用示例数据试一试").click()
    wait_results(page)
    assert page_flags(page) == as_set(cli_flags)
    progress = page.evaluate("window.__progress")
    assert any(0 < v < 1 for v in progress) and progress[-1] == 1, progress
    counts = page.eval_on_selector_all(".wb-summary tbody tr", "rows => rows.map(r => r.dataset.rule)")
    assert len(counts) == 10
    assert page.locator("[data-chart=months] canvas").count() == 1     # ECharts drew


def choose(page, sample_dir, names=("claims", "employers", "subsidies")):
    for name in names:
        page.set_input_files(f"#wb-file-{name}", str(sample_dir / f"{name}.csv"))


def test_chosen_files_no_request_export_gbk_and_bad_file(page, base_url, sample_dir, cli_flags, tmp_path):
    page.goto(base_url + PAGE)
    ready(page)
    page.wait_for_load_state("networkidle")
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    choose(page, sample_dir)
    page.fill("#wb-as-of", "2026-06-30")
    page.get_by_role("button", name="开始筛查").click()
    wait_results(page)
    assert page_flags(page) == as_set(cli_flags)
    assert [u for u in seen if not u.startswith(("blob:", "data:"))] == []     # nothing fetched, nothing sent
    export_round_trips(page, sample_dir)
    saved_only_when_asked_and_cleared(page)
    gbk_and_bad_files(page, tmp_path)


def saved_only_when_asked_and_cleared(page):
    stored = "() => JSON.stringify({...localStorage, ...sessionStorage})"
    assert "ui-workbench" not in page.evaluate(stored)
    page.fill("#wb-p-mass_separation\\.count", "12")
    page.fill("#wb-board-text", "A,2026-11-20")
    page.get_by_role("button", name="保存到本浏览器").click()
    saved = json.loads(page.evaluate("() => localStorage.getItem('ui-workbench')"))
    assert saved == {"settings": {**saved["settings"], "mass_separation.count": "12"}, "board": "A,2026-11-20"}
    assert not any(number in page.evaluate(stored) for number in page_keys(page))   # no ID number, no employer
    page.get_by_role("button", name="清除").click()
    assert page.evaluate("() => localStorage.getItem('ui-workbench')") is None
    assert page.locator(".wb-results").is_hidden() and page.input_value("#wb-board-text") == ""
    assert page.input_value("#wb-p-mass_separation\\.count") == "10"


def page_keys(page) -> list:
    return page.eval_on_selector_all(".wb-flags tbody tr[data-key]", "rows => rows.map(r => r.dataset.key)")


def export_round_trips(page, sample_dir):
    with page.expect_download() as info:
        page.locator("[data-export=claims]").click()
    data = open(info.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    original = list(csv.reader(io.StringIO((sample_dir / "claims.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][4:] == original[0] and len(rows) > 1
    for row in rows[1:]:
        cells = [c[1:] if c[:1] == "'" and c[1:2] in "=+-@" else c for c in row[4:]]
        assert cells == original[int(row[3]) - 1]


def gbk_and_bad_files(page, tmp_path):
    from screening import sample

    out = tmp_path / "gbk"
    sample.generate(out, 500, 0, 2, encoding="gbk")
    page.set_input_files("#wb-file-claims", str(out / "claims.csv"))
    page.set_input_files("#wb-file-employers", [])
    page.set_input_files("#wb-file-subsidies", [])
    page.get_by_role("button", name="开始筛查").click()
    wait_results(page)
    assert page.locator(".wb-flags tbody tr[data-rule=short_contribution]").count() == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("身份证号,姓名,单位\n1,2,3\n", encoding="utf-8")
    page.set_input_files("#wb-file-claims", str(bad))
    page.get_by_role("button", name="开始筛查").click()
    page.wait_for_selector(".wb-errors:not([hidden])")
    assert "bad.csv:1: 缺少“离职日期”列" in page.inner_text(".wb-errors")


def test_axe_360px_scroll_cue_and_the_deadline_board(browser, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 780}, locale="zh-CN")
    page = context.new_page()
    page.goto(base_url + PAGE)
    ready(page)
    page.get_by_role("button", name="用示例数据试一试").click()
    wait_results(page)
    page.wait_for_timeout(300)   # the scroll cue is set by a ResizeObserver
    box = page.locator(".wb-results .wb-scroll[role=region]")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth") and "wb-scroll--more" in box.get_attribute("class")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator(".wb-rowdata summary").first.click()
    assert axe_violations(page) == []
    board_due_dates_are_the_deadline_calculators(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(page) == []
    context.close()


def board_due_dates_are_the_deadline_calculators(page):
    from builder.compile import compile_policy
    from calculators.api import run

    today = dt.date.today()
    received = [today - dt.timedelta(days=30), today - dt.timedelta(days=10), today, dt.date(2030, 3, 1)]   # 2030: no schedule
    page.fill("#wb-board-text", "编号,收到日期\n" + "\n".join(f"B{i},{d:%Y年%m月%d日}" for i, d in enumerate(received)))
    page.get_by_role("button", name="生成看板").click()
    page.wait_for_selector(".wb-board__result:not([hidden])")
    shown = page.eval_on_selector_all(".wb-board__table tbody tr", "rows => rows.map(r => [r.cells[0].textContent,"
                                      " r.cells[2].dataset.due, r.cells[2].textContent.includes('暂定')])")
    policy = compile_policy("policy_data")
    for ident, due, provisional in shown:
        expected = run("deadline", {"received": received[int(ident[1:])].isoformat()}, policy, today.isoformat())
        assert (due, provisional) == (expected["due"], expected["provisional"]), ident
    assert [s[1] for s in shown] == sorted(s[1] for s in shown)      # most urgent first
    assert shown[-1][0] == "B3" and shown[-1][2] is True               # 2030 is marked provisional


def test_refusal_letter_prints_to_a4_with_each_failed_condition(page, base_url):
    page.add_init_script(STUB_PRINT)
    page.goto(base_url + LETTER)
    ready(page)
    page.fill("#f-contribution_months-months", "8")   # 0 年 8 个月
    page.get_by_label("本人辞职").check()
    page.locator("#f-registered_unemployed-1").check()
    page.locator("#f-seeking_work-2").check()           # 否
    page.locator("#f-receiving_pension-2").check()
    page.fill("#f-application_month", "2026-10")
    page.fill("#wb-blank-applicant", "王小明")
    page.fill("#wb-blank-office", "某旗失业保险经办机构")
    page.get_by_role("button", name="生成告知书").click()
    page.wait_for_selector(".wb-letter__preview[data-state=letter]")
    page.get_by_role("button", name="打印或另存为 PDF").click()
    assert page.evaluate("window.__printed") == 1
    sizes, text = pdf_pages_and_text(page.pdf(prefer_css_page_size=True))
    assert sizes and all(size == (595, 842) for size in sizes)
    for words in ("失业保险金不予发放告知书", "王小明", "某旗失业保险经办机构", "累计缴纳失业保险费8个月，不满1年",
                  "您的离职原因为“本人辞职”", "您目前没有求职要求", "第四十五条", "再次申请的，经办机构应当重新审核", "12333"):
        assert contains(text, words), words
    assert not contains(text, "您填写的内容不会离开这台电脑")      # only the letter is printed
    stored = page.evaluate("() => JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})")
    assert "王小明" not in stored and "某旗" not in stored and "ui-workbench" not in stored
