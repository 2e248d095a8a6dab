"""One year's public holidays and 调休 working days (国务院办公厅 notice)."""
import datetime as dt

from builder.schema import Int, List, Map, Ref, Str, date_problem, Date

KIND = "holidays"
FILES = "holidays/*.yaml"
REQUIRED = True

SCHEMA = Map({
    "year": Int(2000, 2100),
    "source": Ref("source"),
    "note": Str(),
    "holidays": List(Map({"name": Str(), "start": Date(), "end": Date(), "quote": Str()},
                         optional=("quote",)), min_len=1),
    "workdays": List(Map({"date": Date(), "name": Str(), "quote": Str()}, optional=("quote",))),
}, optional=("note",))


def check(doc, c):
    data = doc.data
    stem = doc.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    if isinstance(data.get("year"), int) and str(data["year"]) != stem:
        c.add(("year",), f"year 为 {data['year']}，但文件名是 {stem}.yaml")
    ranges = []
    for i, h in enumerate(data.get("holidays") or []):
        if not isinstance(h, dict) or date_problem(h.get("start")) or date_problem(h.get("end")):
            continue
        start, end = dt.date.fromisoformat(h["start"]), dt.date.fromisoformat(h["end"])
        if end < start:
            c.add((("holidays", i, "end")), f"结束日期 {h['end']} 早于开始日期 {h['start']}")
            continue
        if ranges and start <= ranges[-1][1]:
            c.add(("holidays", i, "start"), f"假期 {h['start']} 与前一段重叠或未按先后排列")
        ranges.append((start, end))
    seen = set()
    for i, w in enumerate(data.get("workdays") or []):
        if not isinstance(w, dict) or date_problem(w.get("date")):
            continue
        day = dt.date.fromisoformat(w["date"])
        if w["date"] in seen:
            c.add(("workdays", i, "date"), f"调休上班日 {w['date']} 重复")
        seen.add(w["date"])
        if day.weekday() < 5:
            c.add(("workdays", i, "date"), f"调休上班日 {w['date']} 不是周六或周日")
        if any(s <= day <= e for s, e in ranges):
            c.add(("workdays", i, "date"), f"调休上班日 {w['date']} 落在放假期间")
