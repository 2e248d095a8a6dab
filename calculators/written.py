"""Months, dates and durations as people write them, read into numbers. Used by calculators.fields,
so the CLI and the browser (the same Python, in the worker) understand the same spellings:

    months     1968-03  1968-3  1968年3月  1968.3  1968/03  196803  1968 3  １９６８－０３
    dates      2026-09-28  2026-9-28  2026年9月28日  2026.9.28  2026/9/28  20260928
    durations  114  114个月  9年  9年6个月  9年零6个月  {"years": 9, "months": 6}

Each reader returns numbers or raises Unreadable / Impossible with a message that says what was
understood ("没有2月30日")."""
import calendar
import re
import unicodedata

# After NFKC (full-width digits and ＿－．／ become ASCII), dashes and the Chinese full stop are separators too.
_SEPARATORS = str.maketrans({c: "-" for c in "‐‑‒–—―−﹣"} | {"。": ".", "·": "."})
_SEP = r"\s*(?:[-./]|\s)\s*"
_MONTH_FORMS = (
    re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月份?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_DATE_FORMS = (
    re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_DURATION_FORMS = (
    re.compile(r"^(?:(\d{1,3})\s*年)?\s*零?\s*(?:(\d{1,4})\s*(?:个月|个|月)?)?$"),
)


class Unreadable(ValueError):
    """Not a spelling we know."""


class Impossible(ValueError):
    """Read, but no such month or day; the message names what was understood."""


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_SEPARATORS).strip()


def read_month(text: str) -> tuple[int, int]:
    """(year, month). A whole date is accepted too (a birth date copied from an ID card) and gives its month."""
    value = normal(text)
    for form in _MONTH_FORMS:
        m = form.match(value)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            _check_month(month)
            return year, month
    try:
        year, month, _day = read_date(value)
    except Unreadable:
        raise Unreadable(value) from None
    return year, month


def read_date(text: str) -> tuple[int, int, int]:
    value = normal(text)
    for form in _DATE_FORMS:
        m = form.match(value)
        if m:
            year, month, day = (int(g) for g in m.groups())
            _check_month(month)
            last = calendar.monthrange(year, month)[1] if year >= 1 else 31
            if not 1 <= day <= last:
                raise Impossible(f"没有{month}月{day}日（{year}年{month}月只有{last}天）" if day > last else f"没有{month}月{day}日")
            return year, month, day
    raise Unreadable(value)


def read_duration(raw) -> int:
    """Months, from an int, a text like 9年6个月, or {"years": 9, "months": 6}."""
    if isinstance(raw, bool):
        raise Unreadable(str(raw))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, dict):
        return _duration_parts(raw)
    if not isinstance(raw, str):
        raise Unreadable(str(raw))
    value = normal(raw)
    m = _DURATION_FORMS[0].match(value)
    if not value or not m or (m.group(1) is None and m.group(2) is None):
        raise Unreadable(value)
    return int(m.group(1) or 0) * 12 + int(m.group(2) or 0)


def _duration_parts(raw: dict) -> int:
    if set(raw) - {"years", "months"}:
        raise Unreadable(str(raw))
    total = 0
    for key, factor in (("years", 12), ("months", 1)):
        part = raw.get(key)
        if part is None or part == "":
            continue
        if isinstance(part, str) and re.fullmatch(r"\d{1,4}", normal(part)):
            part = int(normal(part))
        if isinstance(part, bool) or not isinstance(part, int) or part < 0:
            raise Unreadable(str(raw))
        total += part * factor
    return total


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise Impossible(f"没有{month}月，月份应在1到12之间")
