"""The runtime's ES modules imported directly in the browser (no worker, no Pyodide): each module's
job checked against hand-written expectations, on the real form markup of the built pages."""
import pytest

pytestmark = pytest.mark.browser

# Puts the real form of /calculators/NAME/ into the current page (without its script) and returns nothing.
MOUNT_FORM = """async (name) => {
  const html = await (await fetch(`/calculators/${name}/`)).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  const calc = doc.querySelector(".calc");
  calc.removeAttribute("data-calculator");
  document.body.replaceChildren(document.importNode(calc, true));
}"""


@pytest.fixture
def lab(page, base_url):
    """A plain page of the site: the modules are imported from /assets/calculator/."""
    page.goto(f"{base_url}/404.html")
    return page


def mount(page, name):
    page.evaluate(MOUNT_FORM, name)


def test_form_reads_and_fills_the_clis_json(lab):
    mount(lab, "eligibility")
    got = lab.evaluate("""async () => {
      const { readForm, fillForm } = await import("/assets/calculator/form.js");
      const form = document.querySelector(".calc-form");
      const empty = readForm(form);
      const input = {contribution_months: 36, separation_reason: "layoff", registered_unemployed: true,
                     seeking_work: true, receiving_pension: false, birth: "1966-06"};
      fillForm(form, input);
      const back = readForm(form);
      const typed = form.querySelector("#f-contribution_months-months").value;
      const boxes = () => [form.querySelector("#f-contribution_months-years").value, form.querySelector("#f-contribution_months-months").value];
      fillForm(form, {contribution_months: {years: 9, months: 6}});
      const both = [boxes(), readForm(form).contribution_months];
      fillForm(form, {contribution_months: "9年6个月"});
      const text = [boxes(), readForm(form).contribution_months];
      form.querySelector("#f-contribution_months-months").value = "";
      form.querySelector("#f-contribution_months-years").value = "9";
      const yearsOnly = readForm(form).contribution_months;
      return {empty, back, typed, both, text, yearsOnly};
    }""")
    # the page's defaults (previous_unclaimed_months 0) are read like typed values
    assert got["empty"] == {"previous_unclaimed_months": 0}
    assert got["back"] == {"contribution_months": 36, "previous_unclaimed_months": 0, "separation_reason": "layoff",
                           "registered_unemployed": True, "seeking_work": True, "receiving_pension": False,
                           "birth": "1966-06"}
    assert got["typed"] == "36"
    # contribution time: 年 + 个月 boxes give {years, months}; months alone stay as typed
    assert got["both"] == [["9", "6"], {"years": 9, "months": 6}]
    assert got["text"] == [["", "9年6个月"], "9年6个月"]
    assert got["yearsOnly"] == {"years": 9, "months": 0}


def test_list_rows_fill_read_and_drop_empty_rows(lab):
    mount(lab, "refund")
    got = lab.evaluate("""async () => {
      const { readForm, fillForm, resetForm } = await import("/assets/calculator/form.js");
      const form = document.querySelector(".calc-form");
      fillForm(form, {benefit_start: "2025-01", benefit_end: "2025-06", standard: "300",
                      months: [{month: "2025-02", paid: "280"}, {}, {month: "2025-03", paid: "290", standard: "250"}]});
      const read = readForm(form);
      const rows = form.querySelectorAll(".calc-row").length;
      resetForm(form);
      return {read, rows, after: form.querySelectorAll(".calc-row").length, left: readForm(form)};
    }""")
    assert got["rows"] == 3
    assert got["read"]["months"] == [{"month": "2025-02", "paid": "280"}, {"month": "2025-03", "paid": "290", "standard": "250"}]
    assert got["after"] == 1 and "months" not in got["left"]


def test_thousands_of_rows_are_numbered_and_renumbered(lab):
    mount(lab, "refund")
    got = lab.evaluate("""async () => {
      const { setRowCount, removeRow, addRow, enhanceList } = await import("/assets/calculator/rows.js");
      const list = document.querySelector("[data-list]");
      enhanceList(list);
      setRowCount(list, 2000);
      const rows = list.querySelector(".calc-rows").children;
      const last = rows[1999];
      const named = (row) => ({
        row: row.dataset.row,
        name: row.querySelector("input").name,
        id: row.querySelector("input").id,
        label: row.querySelector("label").getAttribute("for"),
        number: row.querySelector(".calc-row-number").textContent,
        removable: !row.querySelector(".calc-row-remove").hidden,
      });
      const before = named(last);
      rows[5].querySelector("input").value = "2025-06";
      removeRow(list, rows[3]);
      const moved = named(rows[4]);
      const movedValue = rows[4].querySelector("input").value;
      setRowCount(list, 1);
      const alone = named(rows[0]);
      addRow(list);
      return {before, moved, movedValue, count: rows.length, alone, firstAfterAdd: named(rows[0]), second: named(rows[1]),
              ids: new Set([...list.querySelectorAll("[id]")].map((n) => n.id)).size === list.querySelectorAll("[id]").length};
    }""")
    assert got["before"] == {"row": "1999", "name": "months[1999].month", "id": "f-months-1999-month",
                             "label": "f-months-1999-month", "number": "2000", "removable": True}
    # row 5 moved up to position 4 with its value
    assert got["moved"]["name"] == "months[4].month" and got["moved"]["number"] == "5" and got["movedValue"] == "2025-06"
    assert got["alone"]["removable"] is False
    assert got["count"] == 2 and got["firstAfterAdd"]["removable"] and got["second"]["name"] == "months[1].month"
    assert got["ids"], "ids stay unique"


def test_errors_mark_the_named_field_and_link_to_it(lab):
    mount(lab, "refund")
    got = lab.evaluate("""async () => {
      const { ErrorSummary, fieldElement } = await import("/assets/calculator/errors.js");
      const { setRowCount } = await import("/assets/calculator/rows.js");
      const form = document.querySelector(".calc-form");
      setRowCount(form.querySelector("[data-list]"), 3);
      const errors = new ErrorSummary(form, document.querySelector(".calc-error-summary"));
      const targets = ["months[2].paid", "months.1.month", "months", "standard", "nonsense!"].map((f) => fieldElement(form, f)?.id ?? null);
      errors.show([{field: "months[2].paid", message: "金额有误"}, {field: null, message: "整体有误"}]);
      const shown = {
        hrefs: [...document.querySelectorAll(".calc-error-summary a")].map((a) => a.getAttribute("href")),
        message: document.querySelector("#f-months-2-paid-error").textContent,
        invalid: document.querySelector("#f-months-2-paid").getAttribute("aria-invalid"),
        described: document.querySelector("#f-months-2-paid").getAttribute("aria-describedby"),
        title: document.title, focused: document.activeElement.classList.contains("calc-error-summary"),
      };
      errors.clear();
      const cleared = {
        hidden: document.querySelector(".calc-error-summary").hidden,
        invalid: form.querySelectorAll("[aria-invalid]").length,
        described: document.querySelector("#f-months-2-paid").getAttribute("aria-describedby"),
        title: document.title,
      };
      return {targets, shown, cleared};
    }""")
    assert got["targets"] == ["f-months-2-paid", "f-months-1-month", "f-months", "f-standard", None]
    shown = got["shown"]
    assert shown["hrefs"] == ["#f-months-2-paid", "#calc-form"]
    assert shown["message"] == "错误：金额有误" and shown["invalid"] == "true"
    assert "f-months-2-paid-error" in shown["described"]
    assert shown["title"].startswith("错误：") and shown["focused"]
    cleared = got["cleared"]
    assert cleared["hidden"] and cleared["invalid"] == 0 and not cleared["title"].startswith("错误：")
    assert "error" not in (cleared["described"] or "")


def test_formatter_words_values_from_the_config(lab):
    got = lab.evaluate("""async () => {
      const { Formatter } = await import("/assets/calculator/format.js");
      const fmt = new Formatter({values: {eligible: {yes: "符合"}}, units: {benefit_months: "个月"}, items: {excluded: [["month", "月份"]]},
                                 sources: {civil_code: {title: "中华人民共和国民法典"}}});
      const list = fmt.complex("excluded", [{month: "2025-01", reason: "x"}]);
      return [fmt.display("eligible", "yes"), fmt.display("benefit_months", 12), fmt.display("x", "2025-06"),
              fmt.display("x", "2025-06-05"), fmt.display("x", null), fmt.display("x", false),
              fmt.complex("x", {years: 60, months: 3}), fmt.complex("x", {years: 15, months: 0}), fmt.complex("x", []),
              list.outerHTML, fmt.inputText({choices: {male: "男职工"}}, "male"), fmt.inputText(undefined, true),
              fmt.sourceTitle("civil_code"), fmt.sourceTitle("unknown_id", {title: "给定"})];
    }""")
    assert got == ["符合", "12 个月", "2025 年 6 月", "2025 年 6 月 5 日", "不适用", "否", "60 年 3 个月", "15 年", "无",
                   "<ul><li>月份：2025 年 1 月，reason：x</li></ul>", "男职工", "是", "中华人民共和国民法典", "给定"]


def test_url_state_and_site_links(lab, base_url):
    got = lab.evaluate("""async () => {
      const url = await import("/assets/calculator/url.js");
      const dom = await import("/assets/calculator/dom.js");
      const p = (s) => new URLSearchParams(s);
      return {
        asOf: url.asOfFrom(p("as_of=2025-06-01")), badAsOf: url.asOfFrom(p("as_of=tomorrow")) === url.today(),
        parsed: [url.parseInput('{"a":1}'), url.parseInput("[1]"), url.parseInput("{"), url.parseInput(""), url.parseInput("null")],
        link: dom.siteLink("/channels/"), link2: dom.siteLink("sources/#x"),
        cli: [dom.cliText(null), dom.cliText(true), dom.cliText(12)],
      };
    }""")
    assert got["asOf"] == "2025-06-01" and got["badAsOf"]
    assert got["parsed"] == [{"a": 1}, None, None, None, None]
    assert got["link"] == f"{base_url}/channels/" and got["link2"] == f"{base_url}/sources/#x"
    assert got["cli"] == ["", "true", "12"]
