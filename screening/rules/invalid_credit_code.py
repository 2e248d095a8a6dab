"""统一社会信用代码核验 (GB 32100): a code that fails the standard's check character, where a file has
the optional 统一社会信用代码 column. One flag per code and file."""
from screening.ids import uscc_problem

NAME = "invalid_credit_code"
TITLE = "统一社会信用代码不符合国家标准"
SECTION = ""
QUOTE = "数据核查：统一社会信用代码不符合《法人和其他组织统一社会信用代码编码规则》（GB 32100—2015）"
NEEDS = ()


def check(run) -> list:
    flags = []
    for file in ("claims", "employers"):
        table = run.tables.get(file)
        if table is None or not table.has("credit_code"):
            continue
        problems: dict[str, str | None] = {}
        rows: dict[str, list] = {}
        for index, code in enumerate(table.cols["credit_code"]):
            if not code:
                continue
            if code not in problems:
                problems[code] = uscc_problem(code)
            if problems[code]:
                rows.setdefault(code, []).append(table.lines[index])
        flags += [run.flag(NAME, file, code, lines, f"统一社会信用代码有误：{problems[code]}") for code, lines in rows.items()]
    return flags
