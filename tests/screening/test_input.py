"""Unusable input: `FILE:LINE: problem` in Chinese on stderr, exit 2, nothing on stdout. And the forms
real exports come in (GBK, a BOM, CRLF, quoted commas and line breaks) read with the right line numbers."""
from screening_cases import CLAIMS, SUBSIDIES, claim, ident, subsidy


def failed(result, *expected):
    code, flags, err = result
    assert code == 2 and flags == [], "exit 2 and no output at all"
    for message in expected:
        assert message in err, f"{message!r} not in {err!r}"
    return err


def test_missing_column_names_it_and_its_accepted_names(screen):
    header = [c for c in CLAIMS if c != "离职日期"]
    path = screen.file("c.csv", header, [claim(1)[:3] + claim(1)[4:]])
    failed(screen("--claims", path), f"{path}:1: 缺少“离职日期”列（可用的列名：离职日期、separation_date）")


def test_bad_date_names_the_line(screen):
    rows = [claim(1), claim(2, separated="2025-02-30"), claim(3, separated="2025年3月")]
    path = screen.file("c.csv", CLAIMS, rows)
    failed(screen("--claims", path), f"{path}:3: 离职日期“2025-02-30”有误：没有2月30日（2025年2月只有28天）",
           f"{path}:4: 离职日期“2025年3月”不是日期（请写成 2025-03-01 这样的年-月-日）")


def test_bad_number_and_bad_month_name_the_line(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1, months="十二"), claim(2, start="2025-13")])
    failed(screen("--claims", path), f"{path}:2: 连续缴费月数“十二”不是非负整数",
           f"{path}:3: 领金开始“2025-13”有误：没有13月，月份应在1到12之间")


def test_bad_id_names_the_line(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1), ["1.50102E+17"] + claim(2)[1:], ["张三"] + claim(3)[1:]])
    failed(screen("--claims", path),
           f"{path}:3: 身份证号“1.50102E+17”被电子表格改成了科学计数法，请把这一列设为“文本”后重新导出",
           f"{path}:4: 身份证号“张三”不是身份证号码（应为数字，最后一位可以是 X）")


def test_gbk_file_reads_and_reports_in_chinese(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1), claim(2, separated="2025-02-30")], encoding="gbk")
    failed(screen("--claims", path), f"{path}:3: 离职日期“2025-02-30”有误：没有2月30日（2025年2月只有28天）")
    code, flags, _ = screen("--claims", screen.file("ok.csv", CLAIMS, [claim(1, months=1)], encoding="gbk"))
    assert code == 0 and flags[0]["key"] == ident(1)


def test_bom_and_english_aliases(screen):
    header = ["id_number", "name", "employer", "separation_date", "application_date", "continuous_months",
              "benefit_start", "benefit_end", "benefit_place"]
    code, flags, _ = screen("--claims", screen.file("c.csv", header, [claim(1, months=2)], encoding="utf-8-sig"))
    assert code == 0 and [f["rule"] for f in flags] == ["short_contribution"]
    path = screen.file("d.csv", header[1:], [claim(1)[1:]], encoding="utf-8-sig")
    failed(screen("--claims", path), f"{path}:1: 缺少“身份证号”列（可用的列名：身份证号、id_number、公民身份号码、身份证号码、证件号码）")


def test_crlf_line_ends_keep_line_numbers(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1), claim(2), claim(3, applied="3月5日")], newline="\r\n")
    failed(screen("--claims", path), f"{path}:4: 申领日期“3月5日”不是日期（请写成 2025-03-01 这样的年-月-日）")


def test_quoted_comma_and_quoted_line_break(screen):
    rows = [claim(1), [ident(2), '"王,五"'] + claim(2)[2:], [ident(3), '"赵\n六"'] + claim(3)[2:],
            claim(4, separated="2025-04-31")]
    path = screen.file("c.csv", CLAIMS, rows)
    failed(screen("--claims", path), f"{path}:6: 离职日期“2025-04-31”有误：没有4月31日（2025年4月只有30天）")   # line 4 holds two lines
    code, flags, _ = screen("--claims", screen.file("ok.csv", CLAIMS, rows[:3] + [claim(4, months=0)]))
    assert code == 0 and [(f["key"], f["rows"]) for f in flags] == [(ident(4), [6])]


def test_unquoted_comma_shifts_the_row(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1), [ident(2), "王,五"] + claim(2)[2:]])
    failed(screen("--claims", path), f"{path}:3: 这一行有10个值，表头只有9列（某个值里有逗号却没有用英文双引号括起来？）")


def test_empty_file_and_header_without_rows(screen):
    empty = screen.tmp / "empty.csv"
    empty.write_bytes(b"")
    failed(screen("--claims", str(empty)), f"{empty}:1: 文件是空的：第1行应为表头（失业保险金申领记录的列名）")
    path = screen.file("h.csv", CLAIMS, [])
    failed(screen("--claims", path), f"{path}:2: 只有表头，没有数据行（失业保险金申领记录）")


def test_blank_lines_are_skipped(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1), [""], [""] * 9, claim(2, months=1)])
    code, flags, _ = screen("--claims", path)
    assert code == 0 and [(f["key"], f["rows"]) for f in flags] == [(ident(2), [5])]


def test_problems_of_several_files_are_reported_together(screen):
    claims = screen.file("c.csv", CLAIMS, [claim(1, separated="x")])
    subsidies = screen.file("s.csv", SUBSIDIES, [subsidy(1, amount="一千")])
    failed(screen("--claims", claims, "--subsidies", subsidies), f"{claims}:2: 离职日期“x”不是日期（请写成 2025-03-01 这样的年-月-日）",
           f"{subsidies}:2: 金额“一千”不是金额（请写成 1500 或 1500.00 这样的元数）")


def test_rows_that_contradict_themselves(screen):
    claims = screen.file("c.csv", CLAIMS, [claim(1, start="2025-06", end="2025-01"), claim(2, start="", end="2025-01")])
    failed(screen("--claims", claims), f"{claims}:2: 领金结束早于领金开始", f"{claims}:3: 填了领金结束，没有填领金开始")
    employers = screen.file("e.csv", ["单位", "参保人数"], [["甲公司", 3], ["甲公司", 4]])
    failed(screen("--claims", screen.file("ok.csv", CLAIMS, [claim(1)]), "--employers", employers),
           f"{employers}:3: 单位“甲公司”已在第2行出现，每个单位只能有一行")


def test_undecodable_bytes(screen):
    path = screen.tmp / "bin.csv"
    path.write_bytes(",".join(CLAIMS).encode() + b"\n" + b"\xff\xfe\x00\x81\n")
    failed(screen("--claims", str(path)), f"{path}:2: 无法识别文件的文字编码（既不是 UTF-8 也不是 GBK）：请在电子表格中另存为“CSV UTF-8”或 GBK 编码的 CSV 文件")


def test_usage_errors(screen):
    failed(screen("--employers", "e.csv"))                       # neither claims nor subsidies
    path = screen.file("c.csv", CLAIMS, [claim(1)])
    err = failed(screen("--claims", path, "--set", "mass_separation.people=3"))
    assert "可设置的有：" in err[0] and "mass_separation.count" in err[0]
    failed(screen("--claims", path, "--set", "mass_separation.count=0"), "--set mass_separation.count=0：离职人数达到（人）应为正整数")
    failed(screen("--claims", path, as_of="2026-02-30"), "--as-of 2026-02-30：请按“年-月-日”填写筛查日期，例如 2025-06-30")
    failed(screen("--claims", str(screen.tmp / "none.csv")), f"{screen.tmp / 'none.csv'}:0: 文件不存在或无法读取")


def test_summary_records_the_thresholds_and_their_basis(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1)])
    code, _, err = screen("--claims", path, "--set", "mass_separation.count=12")
    line = next(x for x in err if x.strip().startswith("mass_separation"))
    assert "离职人数达到（人） 12（本次设定）" in line and "时间窗口（天） 30（本站默认值，非官方规定）" in line
