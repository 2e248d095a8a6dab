"""The statutory holidays of 《全国年节及纪念日放假办法》 (第二条, 第六条 补假) and the Gregorian dates
of the lunar ones, year by year: what the calculators fall back on for a year whose State Council
schedule (holidays/<year>.yaml) is not published. Beyond the shapes, check() enforces: every
day-month is real, each lunar holiday's date is given for every listed year and falls in that
year, 春节 is the day after 除夕, and each holiday's name appears in the quoted article."""
import datetime as dt

from builder.schema import Date, Dict, Int, List, Map, Ref, Str, date_problem

KIND = "statutory_holidays"
FILES = "statutory_holidays.yaml"
REQUIRED = True

_ARTICLE = {"article": Str(), "quote": Str()}
SCHEMA = Map({
    "source": Ref("source"),
    "in_force": Date(),
    "days": Map({**_ARTICLE,
                 "fixed": List(Map({"name": Str(), "dates": List(Str(), min_len=1)}), min_len=1),
                 "lunar": List(Map({"name": Str(), "from": Str(), "days": Int(1, 10)}), min_len=1)}),
    "substitute": Map({**_ARTICLE, "note": Str()}, optional=("note",)),
    "lunar_dates": Dict(Int(2000, 2100), Dict(Str(), Date(), min_len=1)),
})


def check(doc, c):
    data = doc.data
    days = data.get("days") if isinstance(data.get("days"), dict) else {}
    quote = days.get("quote") if isinstance(days.get("quote"), str) else ""
    for i, holiday in enumerate(days.get("fixed") or []):
        if not isinstance(holiday, dict):
            continue
        for k, day in enumerate(holiday.get("dates") or []):
            if date_problem(f"2024-{day}"):    # 2024: a leap year, so 02-29 would pass
                c.add(("days", "fixed", i, "dates", k), f"“{day}” 不是 MM-DD 格式的日期")
    named = [h for h in (days.get("fixed") or []) + (days.get("lunar") or []) if isinstance(h, dict)]
    for h in named:
        name = h.get("name")
        if isinstance(name, str) and quote and name.removesuffix("节") not in quote:
            c.add(("days",), f"节日“{name}”不在所引第二条的原文中")
    needed = {h.get("from") for h in (days.get("lunar") or []) if isinstance(h, dict)}
    for year, dates in (data.get("lunar_dates") or {}).items():
        if not isinstance(dates, dict) or not isinstance(year, int):
            continue
        for missing in sorted(n for n in needed - set(dates) if isinstance(n, str)):
            c.add(("lunar_dates", year), f"{year}年缺少“{missing}”的公历日期")
        for name, day in dates.items():
            if not date_problem(day) and not day.startswith(f"{year}-"):
                c.add(("lunar_dates", year, name), f"{name} {day} 不在{year}年")
        eve, new_year = dates.get("除夕"), dates.get("春节")
        if isinstance(eve, str) and isinstance(new_year, str) and not date_problem(eve) and not date_problem(new_year):
            if dt.date.fromisoformat(new_year) - dt.date.fromisoformat(eve) != dt.timedelta(days=1):
                c.add(("lunar_dates", year, "春节"), f"春节（正月初一）{new_year} 应是除夕 {eve} 的次日")
