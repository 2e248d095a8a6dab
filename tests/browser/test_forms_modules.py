"""The employer-form ES modules tested directly in Chromium: each is import()ed from the built site on
one page, and its answers are checked against Python's own csv/codecs and hand-written expectations."""
import codecs
import csv
import io

import pytest

from forms_support import JOB_FIT, LABELS, watched_page

pytestmark = pytest.mark.browser

NAMES = ["name", "post", "cert_name", "cert_level", "cert_number", "issuer", "reason"]


@pytest.fixture(scope="module")
def modules(browser, base_url):
    """One page for every module test; it must stay free of console errors."""
    context, page, errors = watched_page(browser, base_url, JOB_FIT)
    yield page
    context.close()
    assert errors == []


def run(page, module: str, body: str, arg=None):
    """Evaluates `body` (JS statements with `m` = the module, `arg` = the argument) and returns its result.
    An ImportProblem comes back as {"problem": message}."""
    return page.evaluate(
        "async ([path, arg]) => {"
        "  const m = await import(path); const csv = await import('/assets/forms/csv.js');"
        f"  try {{ {body} }} catch (e) {{ if (e instanceof csv.ImportProblem) return {{problem: e.message}}; throw e; }}"
        "}", [f"/assets/forms/{module}.js", arg])


def parse(page, text, delimiter=None):
    body = "return arg[1] ? m.parseCsv(arg[0], arg[1]) : m.parseCsv(arg[0]);"
    return run(page, "csv", body, [text, delimiter])


def decode(page, data: bytes):
    return run(page, "csv", "return m.decodeBytes(Uint8Array.from(arg));", list(data))


def python_csv(rows, **fmt) -> str:
    out = io.StringIO()
    csv.writer(out, **fmt).writerows(rows)
    return out.getvalue()


TRICKY = [
    ["姓名", "说明"],
    ["张三", 'a "quoted" word'],
    ["李四, 王五", "line one\nline two"],
    ["", "trailing empty"],
    ["只有一格", ""],
    ["'=1", "\r\nstarts with CRLF"],
]


@pytest.mark.parametrize("fmt", [{"lineterminator": "\r\n"}, {"lineterminator": "\n"},
                                 {"delimiter": "\t", "lineterminator": "\r\n"},
                                 {"quoting": csv.QUOTE_ALL, "lineterminator": "\n"}])
def test_parse_reads_what_pythons_csv_writes(modules, fmt):
    assert parse(modules, python_csv(TRICKY, **fmt)) == TRICKY


def test_parse_keeps_blank_records_and_reads_a_last_line_without_newline(modules):
    assert parse(modules, "a,b\r\n\r\nc,d") == [["a", "b"], [""], ["c", "d"]]
    assert parse(modules, "a,\n") == [["a", ""]]
    assert parse(modules, "") == [[""]]
    assert parse(modules, 'x,"a""b"c\n') == [["x", 'a"bc']]       # text after a closing quote is kept
    assert parse(modules, "姓名;岗位\n张三;电工\n") == [["姓名", "岗位"], ["张三", "电工"]]
    assert parse(modules, "a,b\tc\n", "\t") == [["a,b", "c"]]


def test_parse_names_the_line_of_an_unclosed_quote(modules):
    assert parse(modules, 'a,b\nc,"d\ne,f\n') == {"problem": "文件第2行有一个引号没有配对，请检查后重新保存为 CSV"}


@pytest.mark.parametrize("header,expected", [("姓名,证书等级", ","), ("姓名\t证书等级", "\t"), ("姓名;证书等级", ";"),
                                             ('"a,b"\tc', "\t"), ("姓名", ",")])
def test_delimiter_comes_from_the_header_line(modules, header, expected):
    assert run(modules, "csv", "return m.detectDelimiter(arg);", header + "\n1,2,3,4;5\n") == expected


TEXT = "姓名,证书等级\r\n张三,中级\r\n巴特尔,初级（五级）\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "gb18030"])
def test_decode_reads_every_encoding_excel_writes(modules, encoding):
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")
    else:
        data = TEXT.encode(encoding)
    assert decode(modules, data) == TEXT


@pytest.mark.parametrize("data,message", [
    (b"", "文件是空的"),
    (b"PK\x03\x04\x14\x00\x06\x00", "这是 Excel 工作簿（.xlsx）或压缩文件，不是 CSV 文件。请在 Excel 或 WPS 中“另存为”CSV 后再导入"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "这是旧版 Excel 工作簿（.xls），不是 CSV 文件。请在 Excel 或 WPS 中“另存为”CSV 后再导入"),
    (b"\xff\xfe\x00\xd8", "文件的文字编码有误（按 UTF-16LE 读不通），请在表格软件中重新保存为 CSV"),
    ("姓名\x00岗位".encode("utf-8"), "文件中有非文字内容，不是 CSV 或制表符分隔的文本文件"),
])
def test_decode_refuses_what_is_not_text_with_a_message(modules, data, message):
    assert decode(modules, data) == {"problem": message}


FORMULAS = ["=1+1", "+电工", "-001", "@评价中心", "＝HYPERLINK(1)", "＋1", "－1", "＠x", " =1", "\u3000=1",
            "\n=cmd", "\r\n@x", "\t1", "\r1"]


def test_formula_guard_covers_full_width_and_leading_space_and_round_trips(modules):
    result = run(modules, "csv", "return arg.map((v) => [m.guardCell(v), m.unguardCell(m.guardCell(v))]);",
                 FORMULAS + ["张三", "1-2", "a=b", "'quoted"])
    for value, (guarded, back) in zip(FORMULAS, result):
        assert guarded == "'" + value, value
        assert back == value
    assert result[len(FORMULAS):] == [["张三", "张三"], ["1-2", "1-2"], ["a=b", "a=b"], ["'quoted", "'quoted"]]


def test_to_csv_is_excel_utf8_that_python_reads_back_guarded(modules):
    rows = [["张三", "=SUM(A1)", "电,工", 'say "hi"'], ["李四", "－1", "two\nlines", ""]]
    text = run(modules, "csv", "return m.toCsv(['a', 'b', 'c', 'd'], arg);", rows)
    assert text.startswith("\ufeff") and text.endswith("\r\n")
    parsed = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert parsed == [["a", "b", "c", "d"], ["张三", "'=SUM(A1)", "电,工", 'say "hi"'], ["李四", "'－1", "two\nlines", ""]]


def import_table(page, records):
    body = ("const { readColumns } = await import('/assets/forms/batch-table.js');"
            "return m.rowsFromTable(arg, readColumns(document.querySelector('.fm')));")
    return run(page, "import-rows", body, records)


def row(*values):
    return dict(zip(NAMES, list(values) + [""] * (len(NAMES) - len(values))))


def test_import_reads_common_header_names_and_level_wordings_and_says_so(modules):
    records = [
        ["", "", ""],
        ["职工姓名", " 岗位 ", "证书名称", "等级", "备注", "证书名称(职业或工种)"],
        ["张三", "电工", "电工", "中级", "老员工", "重复"],
        ["李四", "焊工", "焊工", "四级", "", ""],
        [""],
        ["王五", "司机", "汽车驾驶员", "初级工", "", ""],
        ["赵六", "仓管", "仓库管理员", "高级（三级）", "", ""],
        ["钱七", "电工", "电工", "中级", "", ""],
        ["孙八", "电工", "电工", " 5级 ", "", ""],
        ["周九", "电工", "电工", "中级(四级)", "", ""],
    ]
    result = import_table(modules, records)
    assert result["rows"] == [
        row("张三", "电工", "电工", "中级（四级）"), row("李四", "焊工", "焊工", "中级（四级）"),
        row("王五", "司机", "汽车驾驶员", "初级（五级）"), row("赵六", "仓管", "仓库管理员", "高级（三级）"),
        row("钱七", "电工", "电工", "中级（四级）"), row("孙八", "电工", "电工", "初级（五级）"),
        row("周九", "电工", "电工", "中级（四级）"),
    ]
    assert result["notes"] == [
        "列名“职工姓名”按“姓名”读取",
        "列名“岗位”按“所在岗位”读取",
        "列名“证书名称”按“证书名称（职业或工种）”读取",
        "列名“等级”按“证书等级”读取",
        "“证书名称（职业或工种）”一栏在第一行出现了不止一次，只读取了第一次出现的那一列",
        "没有读取这些列：“备注”",
        "文件中没有“证书编号”列，这一栏留空",
        "文件中没有“发证（评价）机构”列，这一栏留空",
        "文件中没有“证书与岗位的关联必要性”列，这一栏留空",
        "证书等级“中级”按“中级（四级）”读取（第3行、第8行）",
        "证书等级“四级”按“中级（四级）”读取（第4行）",
        "证书等级“初级工”按“初级（五级）”读取（第6行）",
        "证书等级“5级”按“初级（五级）”读取（第9行）",
        "证书等级“中级(四级)”按“中级（四级）”读取（第10行）",
        "跳过了1个空行",
    ]


def test_import_refuses_unusable_files_with_the_reason(modules):
    assert import_table(modules, [LABELS]) == {"problem": "文件中只有第一行的列名，没有职工"}
    assert import_table(modules, [[""], ["  "]]) == {"problem": "文件是空的，或第一行没有列名"}
    missing = import_table(modules, [["姓名", "证书等级"], ["张三", "中级"]])["problem"]
    assert missing.startswith("第一行缺少“所在岗位”“证书名称（职业或工种）”列。第一行应为列名：姓名，所在岗位，")
    assert missing.endswith("；现在是：姓名，证书等级")
    levels = [LABELS] + [["某", "岗", "证", level] for level in ["中级", "技师", "中级", "五级", "高级技师", "x", "y", "z", "w", "v"]]
    assert import_table(modules, levels) == {"problem": "第3行的“证书等级”应为 初级（五级）、中级（四级）、高级（三级） 之一，"
                                                        "现在是“技师”（另有第6行、第7行、第8行、第9行、第10行等6行也是这样）"}


def test_import_unguards_formula_cells_and_trims(modules):
    result = import_table(modules, [LABELS, ["  '=张三 ", "'－岗", "证", "中级（四级）", "'-001", "'@机构", "' 说明"]])
    assert result["rows"] == [row("=张三", "－岗", "证", "中级（四级）", "-001", "@机构", "' 说明")]
    assert result["notes"] == []


def test_storage_tells_damaged_from_empty_and_removes_the_damage(modules):
    body = """
      localStorage.clear();
      const isThing = (v) => m.isPlainObject(v) && typeof v.a === "string";
      const out = {};
      out.empty = m.load("k", isThing);
      localStorage.setItem("k", '{"a": "x"}'); out.ok = m.load("k", isThing);
      localStorage.setItem("k", '{"a": 1}'); out.shape = m.load("k", isThing); out.shapeLeft = localStorage.getItem("k");
      localStorage.setItem("k", "{not json"); out.json = m.load("k", isThing); out.jsonLeft = localStorage.getItem("k");
      out.saved = m.save("k", {a: "y"}); out.text = localStorage.getItem("k");
      localStorage.clear();
      return out;"""
    assert run(modules, "storage", body) == {
        "empty": {"state": "empty"}, "ok": {"state": "ok", "value": {"a": "x"}},
        "shape": {"state": "damaged"}, "shapeLeft": None, "json": {"state": "damaged"}, "jsonLeft": None,
        "saved": "ok", "text": '{"a":"y"}'}


def test_storage_reports_a_full_quota_as_full(modules):
    body = """
      localStorage.clear();
      const chunk = "x".repeat(512 * 1024);
      let filled = 0;
      try { for (;;) { localStorage.setItem("fill" + filled, chunk); filled += 1; } } catch (e) { /* the quota */ }
      const outcome = m.save("k", {rows: "y".repeat(1024 * 1024)});
      localStorage.clear();
      return [filled > 0, outcome];"""
    assert run(modules, "storage", body) == [True, "full"]


@pytest.mark.parametrize("record,sound", [
    ({"fields": {"a": "x", "b=1": True}, "rows": [{"name": "张三"}]}, True),
    ({"fields": {}, "rows": None}, True),
    ({"fields": {}}, True),
    ({"fields": "x"}, False),
    ({"fields": {"a": 1}}, False),
    ({"fields": {"a": None}}, False),
    ({"fields": {}, "rows": "x"}, False),
    ({"fields": {}, "rows": [1]}, False),
    ({"fields": {}, "rows": [{"name": 5}]}, False),
    ({"fields": []}, False),
    ([], False), (5, False), ("x", False), (None, False),
])
def test_saved_form_record_shape(modules, record, sound):
    assert run(modules, "saved-form", "return m.isFormRecord(arg);", record) is sound


@pytest.mark.parametrize("record,sound", [
    ({"situation": "employer", "ticked": ["a", "b"]}, True), ({}, True), ({"ticked": []}, True),
    (5, False), ({"ticked": "a"}, False), ({"ticked": [1]}, False), ({"situation": 3}, False), ([], False),
])
def test_saved_checklist_record_shape(modules, record, sound):
    assert run(modules, "../checklist", "return m.isChecklistRecord(arg);", record) is sound
