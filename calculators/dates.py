"""Months as integers (year*12 + month-1), civil-code period arithmetic and the working-day calendar."""
import calendar
import datetime as dt


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def parse_month(text: str) -> int:
    year, month = text.split("-")
    return month_index(int(year), int(month))


def month_str(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_zh(index: int) -> str:
    return f"{index // 12}年{index % 12 + 1}月"


def date_zh(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def month_of(day: dt.date) -> int:
    return month_index(day.year, day.month)


def first_day(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day `months` later, or that month's last day when it has none (民法典第二百零二条)."""
    index = month_of(day) + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_months(months: int) -> dict:
    return {"years": months // 12, "months": months % 12}


def years_months_zh(months: int) -> str:
    years, rest = divmod(months, 12)
    return f"{years}岁" + (f"{rest}个月" if rest else "")


WEEKDAYS_ZH = "一二三四五六日"


class Calendar:
    """Working days from the compiled holiday years: Monday–Friday outside holiday ranges, plus 调休
    working days. A year without data counts weekends only and is reported as provisional."""

    def __init__(self, holiday_years: dict):
        self.off: dict[dt.date, str] = {}       # holiday date → holiday name
        self.workdays: set[dt.date] = set()
        self.sources: dict[int, str] = {}
        for year, entry in holiday_years.items():
            self.sources[int(year)] = entry.get("source")
            for h in entry.get("holidays", []):
                day, end = dt.date.fromisoformat(h["start"]), dt.date.fromisoformat(h["end"])
                while day <= end:
                    self.off[day] = h["name"]
                    day += dt.timedelta(days=1)
            for w in entry.get("workdays", []):
                self.workdays.add(dt.date.fromisoformat(w if isinstance(w, str) else w["date"]))

    def known(self, year: int) -> bool:
        return year in self.sources

    def kind(self, day: dt.date) -> str:
        """'workday' (调休上班), 'holiday', 'weekend' or 'weekday'."""
        if day in self.workdays:
            return "workday"
        if day in self.off:
            return "holiday"
        return "weekend" if day.weekday() >= 5 else "weekday"

    def is_working(self, day: dt.date) -> bool:
        return self.kind(day) in ("workday", "weekday")
