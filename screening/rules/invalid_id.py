"""公民身份号码核验 (GB 11643): every ID number, in either file, whose birth date or check digit is wrong.
One flag per number and file, on every row where it is written."""
from itertools import compress, repeat
from operator import itemgetter, mod, mul, ne

from screening.ids import ID_CHECK, PROVINCE_CODES, IdChecker

NAME = "invalid_id"
TITLE = "身份证号码不符合国家标准"
SECTION = ""
QUOTE = "数据核查：公民身份号码不符合《公民身份号码》（GB 11643—1999）的出生日期或校验码规则"
NEEDS = ()


def check(run) -> list:
    flags = []
    checker = IdChecker(run.as_of)
    for file in ("claims", "subsidies"):
        table = run.tables.get(file)
        if table is None:
            continue
        ids = table.cols["id_number"]
        bad: dict[str, list] = {}
        for index in suspects(ids, checker):
            bad.setdefault(ids[index], []).append(table.lines[index])
        for number, rows in bad.items():
            flags.append(run.flag(NAME, file, number, rows, f"身份证号码有误：{checker.problem(number)}"))
    return flags


def suspects(ids: list, checker: IdChecker) -> list:
    """Indexes of the numbers that fail. Checked column-wise in C-level passes: the check character
    ("10X98765432"[2·int(first 17, base 13) mod 11], see screening.ids), the province and the distinct
    birth dates; only numbers of another length are checked one by one."""
    rows = range(len(ids))
    full = list(compress(rows, map((18).__eq__, map(len, ids))))
    out = set(compress(rows, map((18).__ne__, map(len, ids))))
    numbers = [ids[i] for i in full] if len(full) < len(ids) else ids
    expected = map(ID_CHECK.__getitem__, map(mod, map(mul, map(int, map(itemgetter(slice(0, 17)), numbers),
                                                                      repeat(13)), repeat(2)), repeat(11)))
    out.update(compress(full, map(ne, expected, map(itemgetter(17), numbers))))
    births = list(map(itemgetter(slice(6, 14)), numbers))
    bad_births = {b for b in set(births) if checker.birth_problem(b)}
    if bad_births:
        out.update(compress(full, map(bad_births.__contains__, births)))
    provinces = set(map(itemgetter(slice(0, 2)), numbers))
    if not provinces <= PROVINCE_CODES:
        bad = provinces - PROVINCE_CODES
        out.update(compress(full, map(bad.__contains__, map(itemgetter(slice(0, 2)), numbers))))
    return sorted(out)
