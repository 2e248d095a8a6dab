"""补贴发放金额快速上升 (通知六): a month whose subsidy total (by application date) is at least
(1 + growth) × the mean of the three months before, and at least min_amount. Only months whose three
previous months all have rows are judged (a month with no rows may just be missing from the file)."""
import datetime as dt
from fractions import Fraction

from calculators.dates import month_str

NAME = "subsidy_surge"
TITLE = "补贴发放金额快速上升"
SECTION = "六"
QUOTE = "发现补贴发放金额快速上升等异常情况及时预警"
NEEDS = ("subsidies",)


def yuan(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def month_totals(subsidies) -> tuple[dict, dict]:
    """{month index: total cents}, {month index: [row indexes]} by application date."""
    month_of: dict[int, int] = {}
    totals: dict[int, int] = {}
    rows: dict[int, list] = {}
    amounts = subsidies.cols["amount"]
    for index, day in enumerate(subsidies.cols["application_date"]):
        month = month_of.get(day)
        if month is None:
            d = dt.date.fromordinal(day)
            month = month_of[day] = d.year * 12 + d.month - 1
        totals[month] = totals.get(month, 0) + amounts[index]
        rows.setdefault(month, []).append(index)
    return totals, rows


def check(run) -> list:
    growth = Fraction(str(run.param(NAME, "growth")))
    minimum = round(Fraction(str(run.param(NAME, "min_amount"))) * 100)
    subsidies = run.table("subsidies")
    totals, rows = month_totals(subsidies)
    flags = []
    for month in sorted(totals):
        before = [totals.get(month - k) for k in (1, 2, 3)]
        if None in before:
            continue
        total, base = totals[month], sum(before)
        if total < minimum or 3 * total < (1 + growth) * base:
            continue
        rise = f"高出{(3 * total - base) * 100 / base:.0f}%" if base else "前3个月合计为0"
        flags.append(run.flag(NAME, "subsidies", month_str(month), [subsidies.lines[i] for i in rows[month]],
                              f"{month_str(month)}补贴合计{yuan(total)}元，前3个月平均{yuan(base // 3)}元，{rise}"
                              f"（高出{float(growth) * 100:g}%且不少于{yuan(minimum)}元即预警）"))
    return flags
