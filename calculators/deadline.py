"""审核期限: the last day for the agency to decide a claim — N working days after receipt, the
day of receipt not counted (《社会保险经办条例》第二十四条; 《民法典》第二百零一条)."""
import datetime as dt

from calculators.dates import WEEKDAYS_ZH, date_zh
from calculators.explain import run_rules
from calculators.fields import Field
from calculators.outputs import Output

NAME = "deadline"
TITLE = "审核期限"
SUMMARY = "按收到申请的日期，数出经办机构应当办理完毕的最后一个工作日（跳过周末、法定节假日，计入调休上班日）。"

INPUTS = (
    Field("received", "date", "经办机构收到申请的日期", hint="线上申请以提交成功的日期为准", example="2025-01-27",
          min="2000-01-01", max="2099-12-31"),
    Field("working_days", "int", "办理时限（工作日）", required=False, default_from="param:review.working_days",
          hint="不填则按《社会保险经办条例》第二十四条规定的时限", example="10", min=1, max=60),
)
OUTPUTS = (
    Output("due", "经办机构应在此日前办理完毕"),
    Output("counted", "计入期限的工作日"),
    Output("provisional", "是否为临时结果（该年放假安排未收录）"),
    Output("overdue", "按今天计是否已超过期限"),
)
SECTION = "review"


def day_zh(day: dt.date) -> str:
    return f"{date_zh(day)}（周{WEEKDAYS_ZH[day.weekday()]}）"


def rules(inputs: dict, ex) -> None:
    received, n = inputs["received"], inputs["working_days"]
    if n is None:
        pv = ex.param("review.working_days", received)
        n = pv.value
        ex.step_param(f"{pv.effective} 起，经办机构应当自收到失业保险金申请之日起{n}个工作日内办理完毕", pv, SECTION)
    else:
        ex.step(f"按填写的办理时限{n}个工作日计算", section=SECTION)
    cal = ex.policy.calendar
    kind = cal.kind(received)
    note = {"holiday": f"，当天是{cal.off.get(received)}假期", "weekend": "，当天是周末"}.get(kind, "")
    ex.step(f"收到申请的当日{day_zh(received)}不计入{note}，自下一日开始计算", "civil_code", "第二百零一条")

    counted, skipped, workdays, years = [], [], [], set()
    day = received
    while len(counted) < n:
        day += dt.timedelta(days=1)
        years.add(day.year)
        k = cal.kind(day)
        if k in ("weekday", "workday"):
            counted.append(day)
            if k == "workday":
                workdays.append(day)
        elif k == "holiday":
            skipped.append(day)
    _explain_calendar(skipped, workdays, cal, ex)
    due = counted[-1]
    ex.step(f"第{n}个工作日是{day_zh(due)}：这是办理完毕的最后一天", section=SECTION)

    unknown = sorted(y for y in years if not cal.known(y))
    for year in sorted(years - set(unknown)):
        ex.cite(cal.sources.get(year))
    for year in unknown:
        ex.warn("provisional_calendar", cal.caveat(year), key=str(year))
    overdue = ex.as_of > due
    ex.figures.update({"due": due.isoformat(), "counted": [d.isoformat() for d in counted],
                       "provisional": bool(unknown), "overdue": overdue})
    ex.outcome = "info"
    ex.headline = f"经办机构应在{day_zh(due)}前（含当日）办理完毕您的申请" + ("（暂定）" if unknown else "")
    ex.step("自治区《通知》要求：审核不通过的要及时准确向失业人员说明原因及处置方式；再次申请的，经办机构应当重新审核",
            "nm_notice", "一、提高审核效率", SECTION)
    if overdue:
        ex.next("已超过办理期限仍未答复的，您可以通过综合柜台窗口、业务咨询电话或12333反映", "channels/")
    else:
        ex.next("审核不通过的，经办机构应向您说明原因；您再次申请的，经办机构应当重新审核", "notice/review/")


def _explain_calendar(skipped, workdays, cal, ex):
    """Steps in date order: each holiday run skipped, each 调休 working day counted."""
    events = []
    for day in skipped:   # consecutive days of the same holiday (and the same kind) form one run
        key = (cal.off[day], day in cal.substitute, cal.estimated(day.year))
        if events and events[-1][2] == key and (day - events[-1][1]).days == 1:
            events[-1][1] = day
        else:
            events.append([day, day, key])
    events += [[day, day, None] for day in workdays]
    for start, end, key in sorted(events, key=lambda e: e[0]):
        if key is None:
            ex.step(f"{day_zh(start)}是调休上班日，计入", cal.sources.get(start.year))
            continue
        span = date_zh(start) if start == end else f"{date_zh(start)}至{date_zh(end)}"
        name, substitute, estimated = key
        if not estimated:
            ex.step(f"{span}是{name}放假，不计入", cal.sources.get(start.year))
        elif substitute:
            ex.step(f"{span}是{name}适逢周末的补假（按《全国年节及纪念日放假办法》第六条推算），不计入",
                    cal.statutory["source"], cal.statutory["substitute_article"])
        else:
            ex.step(f"{span}是{name}（《全国年节及纪念日放假办法》第二条规定的节日），不计入",
                    cal.statutory["source"], cal.statutory["days_article"])
    ex.step("周六、周日不计入（调休上班日除外）")


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
