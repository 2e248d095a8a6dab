"""Does a quoted sentence contain the number it is cited for? Numbers are written many ways in
official Chinese text: 2270 / 22.4, 95% / 百分之九十五, 十五年 for 180 months, 一年 for 12, 2024年12月31日
for a date. number_forms() lists the ways a value may appear; quote_has() looks for any of them
standing alone (not as part of a longer number: 3 is not found in 2023, 三 not in 十三)."""
import re
from decimal import Decimal

DIGITS = "零一二三四五六七八九"
NUMERAL_CHARS = DIGITS + "十百千万两〇"


def chinese(n: int) -> str:
    """0 ≤ n < 100000 in Chinese numerals, as written in legal text (十五, 一百八十, 二千)."""
    if n == 0:
        return "零"
    out, zero = "", False
    for value, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero:
                out += "零"
            out += ("" if (unit == "十" and digit == 1 and not out) else DIGITS[digit]) + unit
            zero = False
        elif out:
            zero = True
    return out


def plain(number) -> str:
    """2156.5 → "2156.5", 10.0 → "10", 0.95 → "0.95"."""
    text = format(Decimal(str(number)).normalize(), "f")
    return text


def number_forms(number, unit: str = "") -> set[str]:
    """Ways `number` (int, float or YYYY-MM-DD) may be written in a quote, given the parameter's unit."""
    if isinstance(number, str):
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", number)
        return {f"{m[1]}年{int(m[2])}月{int(m[3])}日"} if m else {number}
    forms = {plain(number)}
    if float(number).is_integer() and 0 <= number < 100000:
        forms.add(chinese(int(number)))
        if int(number) == 2:
            forms.add("两")
    if unit == "ratio":
        pct = Decimal(str(number)) * 100
        forms = {plain(pct) + "%", plain(pct) + "％"}
        if pct == pct.to_integral_value():
            forms.add("百分之" + chinese(int(pct)))
    if unit == "months" and int(number) == number and number and number % 12 == 0:
        years = int(number) // 12
        forms |= {f"{years}年", f"{chinese(years)}年", f"{years}周年"}
        if years == 2:
            forms.add("两年")
    return forms


DATE_IN_TEXT = re.compile(r"(\d{4}\s*年\s*)?\d{1,2}\s*月\s*(\d{1,2}\s*日)?|\d{4}\s*年")


def quote_has(quote: str, number, unit: str = "") -> bool:
    if unit != "date":   # the 12 of "2024年12月31日" does not state 12 months
        quote = DATE_IN_TEXT.sub("·", quote)
    for form in number_forms(number, unit):
        for m in re.finditer(re.escape(form), quote):
            before = quote[m.start() - 1] if m.start() else ""
            after = quote[m.end()] if m.end() < len(quote) else ""
            first, last = form[0], form[-1]
            if first.isdigit() and (before.isdigit() or before == "."):
                continue
            if last.isdigit() and (after.isdigit() or (after == "." and quote[m.end() + 1:m.end() + 2].isdigit())):
                continue
            if first in NUMERAL_CHARS and before and before in NUMERAL_CHARS:
                continue
            if last in NUMERAL_CHARS and after and after in NUMERAL_CHARS:
                continue
            return True
    return False


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def numbers_of(value, unit: str) -> list[tuple]:
    """(number, unit) for each number a value states: a scalar, each number of a mapping (amounts by
    level), each non-zero number of a list of rows (a table; a column named *_months counts months).
    A `rule` (structured, often derived) states none here."""
    if unit == "rule" or value is None:
        return []
    if _number(value) or (unit == "date" and isinstance(value, str)):
        return [(value, unit)]
    if isinstance(value, dict):
        return [(v, unit) for v in value.values() if _number(v)]
    if isinstance(value, list):
        return [(v, "months" if key.endswith("_months") else unit) for row in value if isinstance(row, dict)
                for key, v in row.items() if _number(v) and v]
    return []
