"""审核期限看板: for each application (编号, 收到日期), the last day to decide it — the deadline calculator's
own answer (《社会保险经办条例》第二十四条, 10 working days, receipt day not counted) — the working days left
as of today, and whether it is overdue, due within 3 working days or fine. Provisional when a year on the
way has no published holiday schedule. Most urgent first.

Input: a CSV file (bytes) or pasted text: one application a line, 编号 then 收到日期, separated by a tab
(pasted from a spreadsheet), a comma (either width) or spaces; a header line is recognised and skipped.
Dates in every form the calculators accept (2025-03-05, 2025/3/5, 2025年3月5日, 20250305 …)."""
import csv
import datetime as dt
import io
import re

from calculators.api import run as run_calculator
from screening import values

SOON = 3                     # working days: "due within 3 working days" (issue 11)
MAX_ROWS = 5000
STATUS = {"overdue": "已超期", "soon": "3个工作日内到期", "ok": "未到期"}
_ID_NAMES = {"编号", "申请编号", "业务编号", "序号", "受理编号", "id", "no", "number"}
_DATE_NAMES = {"收到日期", "收到申请日期", "受理日期", "申请日期", "日期", "received", "date"}


def build(text, as_of, policy) -> dict:
    """{as_of, rows (most urgent first), counts, errors, caveats}."""
    today = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    rows, errors = [], []
    for line, cells in _lines(_text(text)):
        if len(rows) >= MAX_ROWS:
            errors.append(f"第{line}行起未处理：一次最多 {MAX_ROWS} 条")
            break
        entry = _row(line, cells, today, policy, errors)
        if entry:
            rows.append(entry)
    if not rows and not errors:
        errors.append("没有读到任何申请：请每行写一条，先写编号，再写收到日期，例如“A001, 2025-03-05”")
    rows.sort(key=lambda r: (r["due"], r["id"]))
    counts = {key: sum(r["status"] == key for r in rows) for key in STATUS}
    years = sorted({y for r in rows for y in r["unknown_years"]})
    return {"as_of": today.isoformat(), "rows": rows, "counts": counts, "errors": errors,
            "caveats": [policy.calendar.caveat(y) for y in years]}


def _text(raw) -> str:
    if isinstance(raw, (bytes, bytearray, memoryview)):
        data = bytes(raw)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("gb18030", errors="replace")
    return str(raw or "")


def _lines(text: str):
    """(line number, [编号, 收到日期]) per non-blank line; a header line is skipped."""
    order, first = (0, 1), True
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        cells = _cells(raw)
        names = [c.strip().lower() for c in cells]
        header, first = first and any(n in _ID_NAMES | _DATE_NAMES for n in names), False
        if header:
            order = (_position(names, _ID_NAMES, 0), _position(names, _DATE_NAMES, 1))
            continue
        if len(cells) == 1:
            yield number, ["", cells[0]]
        else:
            yield number, [cells[order[0]] if order[0] < len(cells) else "",
                           cells[order[1]] if order[1] < len(cells) else ""]


def _position(names: list, wanted: set, default: int) -> int:
    return next((i for i, n in enumerate(names) if n in wanted), default)


def _cells(raw: str) -> list:
    if "\t" in raw:
        return [c.strip() for c in raw.split("\t")]
    if "," in raw or "，" in raw:
        return [c.strip() for c in next(csv.reader(io.StringIO(raw.replace("，", ","))))]
    parts = re.split(r"\s+", raw.strip(), maxsplit=1)
    return parts if len(parts) == 2 and _looks_like_date(parts[1]) else [raw.strip()]


def _looks_like_date(text: str) -> bool:
    try:
        values.parse_date(text)
        return True
    except values.Problem:
        return False


def _row(line: int, cells: list, today: dt.date, policy, errors: list) -> dict | None:
    ident, written = cells[0] or f"第{line}行", cells[1]
    try:
        received = values.parse_date(written)
    except values.Problem as p:
        errors.append(f"第{line}行（{ident}）：收到日期“{written}”{p}")
        return None
    result = run_calculator("deadline", {"received": received.isoformat()}, policy.raw, today.isoformat())
    if "errors" in result:
        errors.append(f"第{line}行（{ident}）：" + "；".join(e["message"] for e in result["errors"]))
        return None
    due = dt.date.fromisoformat(result["due"])
    left, unknown = _working_days_left(today, due, policy.calendar)
    unknown |= {y for y in range(received.year, due.year + 1) if not policy.calendar.known(y)}
    status = "overdue" if today > due else ("soon" if left <= SOON else "ok")
    return {"line": line, "id": ident, "received": received.isoformat(), "due": due.isoformat(), "left": left,
            "status": status, "status_label": STATUS[status], "provisional": bool(result["provisional"] or unknown),
            "unknown_years": sorted(unknown)}


def _working_days_left(today: dt.date, due: dt.date, calendar) -> tuple[int, set]:
    """Working days after today up to the due date; negative: working days since it passed."""
    step = 1 if due >= today else -1
    first, last = (today, due) if step == 1 else (due, today)
    count, unknown, day = 0, set(), first + dt.timedelta(days=1)
    while day <= last:
        if calendar.is_working(day):
            count += 1
        if not calendar.known(day.year):
            unknown.add(day.year)
        day += dt.timedelta(days=1)
    return step * count, unknown
