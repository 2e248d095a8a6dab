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
    """Working days: Monday–Friday outside holiday ranges, plus 调休 working days, from the published
    State Council schedules. For a year without one (from the year 《全国年节及纪念日放假办法》 took effect),
    the statutory days of its 第二条 and the 补假 of 第六条 (the first Monday–Friday after the holiday that
    is not itself a holiday, one for each statutory day on a Saturday or Sunday) are estimated instead;
    results that depend on such a year are provisional."""

    def __init__(self, holiday_years: dict, statutory: dict | None = None):
        self.off: dict[dt.date, str] = {}       # holiday date → holiday name
        self.workdays: set[dt.date] = set()
        self.substitute: set[dt.date] = set()   # estimated 补假 days (their name is the holiday's)
        self.sources: dict[int, str] = {}
        self.statutory = statutory
        self._estimated: dict[int, bool] = {}   # year → whether its lunar holidays are in the data
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
        """A published schedule exists for the year."""
        return year in self.sources

    def estimated(self, year: int) -> bool:
        """No published schedule, but the statutory holidays of the 办法 apply and are estimated."""
        return (not self.known(year) and self.statutory is not None
                and year >= int(self.statutory["in_force"][:4]))

    def lunar_missing(self, year: int) -> bool:
        """An estimated year whose lunar holidays (春节, 清明, 端午, 中秋) are not in the data."""
        return self.estimated(year) and str(year) not in self.statutory["lunar_dates"]

    def kind(self, day: dt.date) -> str:
        """'workday' (调休上班), 'holiday', 'weekend' or 'weekday'."""
        self._estimate(day.year)
        if day in self.workdays:
            return "workday"
        if day in self.off:
            return "holiday"
        return "weekend" if day.weekday() >= 5 else "weekday"

    def is_working(self, day: dt.date) -> bool:
        return self.kind(day) in ("workday", "weekday")

    def next_working(self, day: dt.date) -> dt.date:
        """The first working day after `day`."""
        day += dt.timedelta(days=1)
        while not self.is_working(day):
            day += dt.timedelta(days=1)
        return day

    def caveat(self, year: int) -> str:
        """What a result depending on a year without a published schedule must say."""
        if not self.estimated(year):
            return f"{year}年的节假日安排本站没有数据，{year}年只扣除了周末，未扣除节假日、未计入调休上班日，结果为暂定。"
        lunar = "（农历节日春节、清明节、端午节、中秋节的日期本站没有数据，未扣除）" if self.lunar_missing(year) else ""
        return (f"{year}年的放假安排国务院办公厅尚未公布（或本站尚未收录）：{year}年按《全国年节及纪念日放假办法》"
                f"第二条扣除了法定节日{lunar}，并按第六条扣除了节日适逢周末时的补假；实际安排还会有调休，"
                f"请以国务院办公厅的通知为准，结果为暂定。")

    def _estimate(self, year: int) -> None:
        if year in self._estimated or not self.estimated(year):
            return
        lunar = self.statutory["lunar_dates"].get(str(year))
        self._estimated[year] = lunar is not None
        days: dict[dt.date, str] = {}
        for h in self.statutory["fixed"]:
            for md in h["dates"]:
                days[dt.date.fromisoformat(f"{year}-{md}")] = h["name"]
        for h in self.statutory["lunar"] if lunar else ():
            start = dt.date.fromisoformat(lunar[h["from"]])
            for i in range(h["days"]):
                days.setdefault(start + dt.timedelta(days=i), h["name"])
        self.off.update(days)
        for day in sorted(days):          # 第六条: one 补假 for each statutory day on a weekend
            if day.weekday() < 5:
                continue
            extra = day + dt.timedelta(days=1)
            while extra.weekday() >= 5 or extra in self.off:
                extra += dt.timedelta(days=1)
            self.off[extra] = days[day]
            self.substitute.add(extra)
