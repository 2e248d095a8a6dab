"""领取资格与待遇: whether an unemployed person can claim 失业保险金, for how long and how much, month
by month (失业保险条例第十四、十五、十七条; 社会保险法第四十五、四十六、五十一条; 人社部令第13号第十三条;
人社厅发〔2020〕24号; 就业服务与就业管理规定第六十三条; 内蒙古自治区失业保险实施办法第七条)."""
from dataclasses import replace
from decimal import Decimal

from calculators import retirement
from calculators.dates import first_day, month_of, month_str, month_zh
from calculators.errors import InputError
from calculators.explain import run_rules
from calculators.fields import Choice, Field
from calculators.outputs import Output
from calculators.steps import Step, When
from calculators.policy import NotCovered
from calculators.money import cents, dec, percent

NAME = "eligibility"
TITLE = "领取资格、期限和金额"
SUMMARY = "按缴费时间、离职原因等，判断能否领取失业保险金，算出最长领取月数和每月金额。"

INVOLUNTARY = {
    "contract_expired": ("劳动合同期满终止", "（一）"),
    "employer_closed": ("用人单位被依法宣告破产、关闭、撤销等，劳动合同终止", "（一）"),
    "dismissed_for_fault": ("因违纪、违反规章制度被单位解除劳动合同（含开除、除名）", "（二）（四）"),
    "dismissed_no_fault": ("本人无过错，因不能胜任工作、客观情况重大变化等被单位解除劳动合同", "（二）"),
    "layoff": ("单位因生产经营严重困难等经济性裁员", "（二）"),
    "mutual_employer_proposed": ("单位提出、双方协商一致解除劳动合同", "（三）"),
    "employee_terminated_for_employer_fault": ("因单位欠薪、欠缴社会保险费等违法行为，本人解除劳动合同", "（五）"),
}
VOLUNTARY = {
    "mutual_employee_proposed": "本人提出、双方协商一致解除劳动合同",
    "resigned": "本人辞职",
}
REASONS = tuple(Choice(k, v[0]) for k, v in INVOLUNTARY.items()) + tuple(Choice(k, v) for k, v in VOLUNTARY.items()) + (
    Choice("unsure", "不确定，或单位记录的停保原因与实际不符", uncertain=True),)
REASON_LABEL = {c.value: c.label for c in REASONS}

INPUTS = (
    Field("contribution_months", "duration", "累计缴纳失业保险费的时间",
          hint="本次失业前，单位和您累计缴费的时间；重新就业后再次失业的，从重新就业起重新计算", example="36", min=0, max=600),
    Field("previous_unclaimed_months", "int", "前次失业应领而未领的月数", required=False, default=0,
          hint="以前领取失业保险金期间重新就业、还剩下没领的月数；没有填 0", example="0", min=0, max=24),
    Field("separation_reason", "choice", "离职原因", hint="按劳动合同终止或解除的实际情况选择", choices=REASONS),
    Field("registered_unemployed", "bool", "是否已办理失业登记", hint="还没有登记的，可在申领时同步办理"),
    Field("seeking_work", "bool", "是否有求职要求", hint="愿意接受职业介绍、在找工作"),
    Field("receiving_pension", "bool", "是否已按月领取基本养老金"),
    Field("application_month", "month", "申领月份", required=False, default_from="as_of_month",
          hint="不填则按今天所在的月份", example="2025-12", min="2000-01", max="2099-12"),
    replace(retirement.BIRTH, required=False,
            hint="选填：填写出生年月和人员类型，可一并判断是否已到法定退休年龄、领取期间是否会到退休时间"),
    replace(retirement.CATEGORY, required=False, hint="选填，与出生年月一起填写"),
)
# One question or small group per step on the page (calculators/steps.py).
STEPS = (
    Step("您累计缴纳失业保险费多长时间？", ("contribution_months",)),
    Step("以前领取失业保险金时，还有没领完的月数吗？", ("previous_unclaimed_months",)),
    Step("您是因为什么离职的？", ("separation_reason",)),
    Step("您现在的情况", ("registered_unemployed", "seeking_work", "receiving_pension")),
    Step("打算哪个月申领？", ("application_month",)),
    Step("临近退休的，请填写出生年月和人员类型（选填）", ("birth", "category"), when=(When("receiving_pension", "is_not", True),)),
)
FAILED = {"retirement_age_reached": "已到法定退休年龄", "contribution_months": "缴费不满1年",
          "separation_reason": "属于本人意愿离职", "seeking_work": "没有求职要求", "receiving_pension": "已领取基本养老金"}
OUTPUTS = (
    # The headline says the verdict and the schedule the amounts: those figures fold, so that on a phone
    # 下一步 stays on the first screen with the headline (issue 9).
    Output("eligible", "是否符合领取条件", values={"yes": "符合", "no": "暂不符合", "uncertain": "需要进一步确认"}, key=False),
    Output("benefit_months", "最长可领取失业保险金的月数", "个月"),
    Output("amount_first_12", "申领当月标准：第1至12个月每月", "元", key=False),
    Output("amount_after_12", "申领当月标准：第13个月起每月", "元", key=False),
    Output("schedule", "逐月发放标准", format="table",
           items={"from": "起始月份", "to": "截止月份", "months": "月数", "amount": "每月金额（元）"}),
    Output("total", "按上表合计", "元"),
    Output("failed_conditions", "不满足的条件", values=FAILED),
    Output("new_retirement", "延迟后的法定退休时间"),
)
SECTION = "workflow"


def band_of(months: int, bands: list) -> tuple[int, int | None, int]:
    """(lower bound, next band's lower bound or None, max benefit months) of the band holding months;
    lower bounds are inclusive (满N年、N年以上 包括本数)."""
    rows = sorted(bands, key=lambda r: r["min_contribution_months"])
    for i, row in enumerate(rows):
        upper = rows[i + 1]["min_contribution_months"] if i + 1 < len(rows) else None
        if months >= row["min_contribution_months"] and (upper is None or months < upper):
            return row["min_contribution_months"], upper, row["max_benefit_months"]
    return 0, rows[0]["min_contribution_months"] if rows else None, 0


def rules(inputs: dict, ex) -> None:
    if (inputs["birth"] is None) != (inputs["category"] is None):
        missing = "category" if inputs["category"] is None else "birth"
        label = {"birth": retirement.BIRTH.label, "category": retirement.CATEGORY.label}[missing]
        raise InputError.one(missing, f"{label}：出生年月和人员类型要一起填写（或都不填）")
    app = inputs["application_month"]
    on = first_day(app)
    failed, uncertain = [], []
    ret = _retirement(inputs, app, failed, ex)
    total = _duration(inputs, on, failed, ex)
    _separation(inputs["separation_reason"], failed, uncertain, ex)
    _other_conditions(inputs, failed, ex)

    eligible = "no" if failed else ("uncertain" if uncertain else "yes")
    months = 0 if failed else total
    ex.figures.update({"eligible": eligible, "benefit_months": months, "amount_first_12": None,
                       "amount_after_12": None, "schedule": [], "total": None, "failed_conditions": failed,
                       "new_retirement": month_str(ret["_new"]) if ret else None})
    payable = months
    if eligible != "no":
        _amounts(app, months, ex)
        if ret:
            payable = _near_retirement(ret, app, months, ex)
        _schedule(app, payable, inputs["previous_unclaimed_months"], ex)
    if ret and "retirement_age_reached" in failed:
        _pension_steps(ret, ex)
    _headline(eligible, months, payable, failed, ret, ex)


def _retirement(inputs, app, failed, ex) -> dict | None:
    """The retirement figures when birth and category are given (None otherwise, or when the data do not
    cover them). A person at or past the new statutory retirement month cannot claim: unemployment
    registration is for people within working age (就业服务与就业管理规定第六十三条)."""
    if inputs["birth"] is None:
        ex.warn("retirement_age_unknown", "已到法定退休年龄的人不能申领失业保险金（失业登记只面向法定劳动年龄内的人员）。"
                                          "如果您已到或临近法定退休年龄，请填写出生年月和人员类型，本站会一并判断。")
        return None
    try:   # the optional birth/category add a check: data not covering it must not undo the answer
        f = retirement.figures(inputs["birth"], inputs["category"], ex)
    except NotCovered as err:
        ex.warn("not_covered", f"{err}。本站只在有依据的期间内计算，不作推测。", key=err.param_id)
        return None
    if f["_new"] <= app:
        when = "就是" if f["_new"] == app else "晚于"
        ex.step(f"申领月份{month_zh(app)}{when}新的法定退休时间{month_zh(f['_new'])}：已到法定退休年龄。"
                "失业登记只面向法定劳动年龄内、有劳动能力、有就业要求的人员，不能申领失业保险金",
                "employment_service_rules", "第六十三条", "older-workers")
        failed.append("retirement_age_reached")
    return f


def _duration(inputs, on, failed, ex) -> int:
    c, unclaimed = inputs["contribution_months"], inputs["previous_unclaimed_months"]
    bands = ex.param("benefit.duration_bands", on)
    lower, upper, band = band_of(c, bands.value)
    where = f"{lower}个月以上" + (f"、不满{upper}个月" if upper is not None else "")
    if band:
        ex.step_param(f"累计缴费{c}个月，属于“{where}”一档（含本数），领取失业保险金的期限最长为{band}个月", bands, SECTION)
        if c == lower:   # 条例第十七条: “满1年”“满5年” … “10年以上”
            ex.boundary("累计缴费", c, "个月", f"归入最长{band}个月一档", "以上" if upper is None else "满")
    elif unclaimed:
        ex.step_param(f"累计缴费{c}个月，不满{upper}个月，本次缴费不产生新的领取期限，但可以继续申领前次应领而未领的"
                      f"{unclaimed}个月", bands, SECTION)
        ex.cite("ui_claim_measures")
    else:
        ex.step_param(f"累计缴费{c}个月，不满{upper}个月：不符合“缴费满1年”的条件", bands, SECTION)
        failed.append("contribution_months")
    if not unclaimed:
        return band
    cap = ex.param("benefit.combined_cap_months", on)
    total = min(cap.value, band + unclaimed)
    ex.step_param(f"与前次应领而未领的{unclaimed}个月合并计算：{band} + {unclaimed} = {band + unclaimed}个月，"
                  f"最长不超过{cap.value}个月，合计{total}个月", cap, SECTION)
    return total


def _separation(reason, failed, uncertain, ex):
    label = REASON_LABEL[reason]
    if reason in INVOLUNTARY:
        ex.step(f"离职原因“{label}”属于非因本人意愿中断就业", "mohrss_order_13", f"第十三条{INVOLUNTARY[reason][1]}", "disputes")
    elif reason in VOLUNTARY:
        extra = "（协商一致解除只有由单位提出的才属于非本人意愿）" if reason == "mutual_employee_proposed" else ""
        ex.step(f"离职原因“{label}”属于本人意愿中断就业{extra}：不符合条件", "ui_regulation", "第十四条", "disputes")
        failed.append("separation_reason")
        ex.next("单位记录的停保原因与实际不符的，您可以申请变更停保原因", "checklists/stop-reason/")
    else:
        ex.step("离职原因不确定：是否属于非因本人意愿中断就业，要看劳动合同终止或解除的实际情况和单位记录的停保原因",
                "mohrss_order_13", "第十三条", "disputes")
        uncertain.append("separation_reason")
        ex.next("请您先核对单位记录的停保原因；与实际不符的，按争议处理办法申请变更", "checklists/stop-reason/")
        ex.next("了解停保原因争议的处理流程", "notice/disputes/")


def _other_conditions(inputs, failed, ex):
    if inputs["seeking_work"]:
        ex.step("有求职要求：符合条件", "social_insurance_law", "第四十五条", SECTION)
    else:
        ex.step("没有求职要求：不符合“已进行失业登记，并有求职要求”的条件", "social_insurance_law", "第四十五条", SECTION)
        failed.append("seeking_work")
    if inputs["receiving_pension"]:
        ex.step("已享受基本养老保险待遇：应停止领取失业保险金", "social_insurance_law", "第五十一条", SECTION)
        failed.append("receiving_pension")
    if inputs["registered_unemployed"]:
        ex.step("已办理失业登记", "social_insurance_law", "第五十条", "workflow")
    else:
        ex.step("尚未办理失业登记不影响申领：申领失业保险金时可同步办理失业登记", "nm_notice", "二、优化工作流程", "workflow")
        ex.next("您可以在申领时同步办理失业登记，请准备好身份证件或社会保障卡", "checklists/claim-benefits/")
    ex.step("离职后多久申领都可以：经办机构不得以超过60日申领期限为由拒发失业保险金；期限自办理失业登记（申领）之日起计算",
            "mohrss_2020_24", "四", SECTION)


def _amounts(app, months, ex):
    """The standards in force in the application month (the first month of the period)."""
    on = first_day(app)
    base = ex.param("minimum_wage.class1_monthly", on)
    first, after = ex.param("benefit.rate_first_12", on), ex.param("benefit.rate_after_12", on)
    a1, a2 = dec(base.value) * dec(first.value), dec(base.value) * dec(after.value)
    ex.step_param(f"{base.effective} 起自治区一类地区全日制月最低工资标准为{base.value}元，"
                  f"全区失业保险金以此为基数（申领月份{month_zh(app)}适用）", base, SECTION)
    ex.step_param(f"第1至12个月：{base.value} × {percent(first.value)} = {cents(a1)}元/月", first, SECTION)
    ex.step_param(f"第13个月起：{base.value} × {percent(after.value)} = {cents(a2)}元/月"
                  + ("" if months > 12 else f"（本次最长{months}个月，用不到这一档）"), after, SECTION)
    ex.figures.update({"amount_first_12": cents(a1), "amount_after_12": cents(a2)})
    sup = ex.policy.value("benefit.supplement", on)
    ex.cite(sup.reference.get("source"))
    if sup.value.get("stated"):
        ex.warn("supplement_not_computed", f"“{sup.reference.get('quote', '')}”{sup.note}")
    elif sup.value.get("stated") is None:
        ex.warn("supplement_not_computed", f"{ex.policy.doc_label(sup.reference.get('source'))}"
                                           f"{sup.reference.get('article', '')}：申领月份{month_zh(app)}时是否已有"
                                           f"对部分人员增加发放的规定，本站未能核实。{sup.note}")
    ex.next("医保费由失业保险基金代缴；您自己已缴的可申请返还", "calculators/refund/")


def _schedule(app, payable, unclaimed, ex):
    """Each benefit month at the standard in force in that month and at the rate for its month number
    (1–12, 13+), grouped into ranges of equal amount (facts §11.2: a new standard applies to everyone
    already receiving benefits)."""
    rows, total = [], Decimal("0")
    for i in range(payable):
        on = first_day(app + i)
        base = ex.param("minimum_wage.class1_monthly", on)
        rate = ex.param("benefit.rate_first_12" if i < 12 else "benefit.rate_after_12", on)
        amount = cents(dec(base.value) * dec(rate.value))
        total += Decimal(amount)
        if rows and rows[-1]["_rate"] == (base.value, rate.value):
            rows[-1]["to"], rows[-1]["months"] = app + i, rows[-1]["months"] + 1
        else:
            rows.append({"from": app + i, "to": app + i, "months": 1, "amount": amount, "_n": i + 1,
                         "_rate": (base.value, rate.value), "_pv": (base, rate)})
    bases = [row["_pv"] for row in rows]
    for row in rows:
        row.pop("_rate")
        base, rate = row.pop("_pv")
        n = row.pop("_n")
        span = month_zh(row["from"]) if row["months"] == 1 else f"{month_zh(row['from'])}至{month_zh(row['to'])}"
        nth = f"第{n}个月" if row["months"] == 1 else f"第{n}至{n + row['months'] - 1}个月"
        ex.step(f"{span}（{nth}）：{base.value} × {percent(rate.value)} = {row['amount']}元/月，"
                f"{row['months']}个月共{cents(Decimal(row['amount']) * row['months'])}元",
                rate.reference.get("source"), rate.reference.get("article"), SECTION)
        row["from"], row["to"] = month_str(row["from"]), month_str(row["to"])
    changed = next((pvs for prev, pvs in zip(bases, bases[1:]) if pvs[0].value != prev[0].value), None)
    if changed:   # the base changed during the period: 内人社办发〔2024〕195号 / the 2025-12 notice adjust it for everyone
        ex.step(f"领取期间标准调整的，从调整的月份起按新标准发放（正在领取的人员也按新标准），合计{cents(total)}元",
                changed[1].reference.get("source"), changed[1].reference.get("article"), SECTION)
    elif rows:
        ex.step(f"合计{cents(total)}元", section=SECTION)
    ex.figures.update({"schedule": rows, "total": cents(total) if rows else None})
    if payable and app + payable - 1 > month_of(ex.as_of):
        ex.warn("future_standard", f"{month_zh(month_of(ex.as_of))}以后的月份按本站目前已知的标准计算；"
                                   "以后失业保险金标准调整的，按调整后的标准发放，实际金额以经办机构发放为准。")
    if rows and unclaimed:
        ex.warn("combined_month_numbers", "与前次应领而未领的期限合并计算时，哪些月份按第1至12个月、哪些按第13个月起的比例"
                                          "发放，本站未能核实；表中从本次申领的月份起按第1个月算，请以经办机构核定为准。")


def _near_retirement(f, app, months, ex) -> int:
    """How many of the `months` are payable before the new statutory retirement month; adds the
    continuation hint when the period ends less than a year before it."""
    new = f["_new"]
    end = app + months - 1
    if new <= end:   # retirement within the period: paid until then, nothing to continue
        payable = new - app + 1
        ex.step(f"从申领月份起算，领金期满在{month_zh(end)}，新的法定退休时间{month_zh(new)}不晚于期满月份："
                f"失业保险金发放至法定退休时间为止，实际可领{payable}个月", "retirement_measures", "第七条", "older-workers")
        if new < end:
            ex.warn("retirement_before_end", f"您将在领取期间到新的法定退休时间{month_zh(new)}：失业保险金发放至该月为止，"
                                             f"实际可领{payable}个月，领不满{months}个月。")
        ex.next("您临近退休：看看续发政策和养老保险费补助", "calculators/transition/")
        return payable
    near = ex.param("transition.near_retirement_months", ex.as_of)
    if new - end < near.value:
        ex.step_param(f"从申领月份起算，领金期满在{month_zh(end)}，距新的法定退休时间{month_zh(new)}不足"
                      f"{near.value}个月：可续发至法定退休年龄", near, "older-workers")
        ex.next("您临近退休：看看续发政策和养老保险费补助", "calculators/transition/")
    return months


def _pension_steps(f, ex):
    """What a person past retirement age should look at instead: the pension's minimum contribution."""
    ex.next("了解您的法定退休时间和按月领取基本养老金的最低缴费年限", "calculators/retirement/")
    retirement.pension_steps(f, ex)


def _headline(eligible, months, payable, failed, ret, ex):
    f = ex.figures
    if eligible == "no":
        ex.outcome = "no"
        if "retirement_age_reached" in failed:
            others = [FAILED[c] for c in failed if c != "retirement_age_reached"]
            ym = ret["min_contribution"]
            pension = (f"按月领取基本养老金，累计缴费最低要满{ym['years']}年" + (f"{ym['months']}个月" if ym["months"] else "")
                       + "，不满的可以按规定继续缴费" if ym else "请了解按月领取基本养老金的条件")
            ex.headline = (f"您已到法定退休年龄（新的法定退休时间为{month_zh(ret['_new'])}），不能申领失业保险金："
                           f"失业登记只面向法定劳动年龄内的人员。{pension}"
                           + (f"。另外，{'、'.join(others)}" if others else ""))
        else:
            ex.headline = "、".join(FAILED[c] for c in failed) + "，所以您暂不能领取失业保险金"   # the reason first
        return
    pay = ""
    if f["schedule"]:
        amounts = {row["amount"] for row in f["schedule"]}
        if len(f["schedule"]) <= 2 and len(amounts) == len(f["schedule"]):
            pay = f"，第1至12个月每月{f['amount_first_12']}元" + (f"、第13个月起每月{f['amount_after_12']}元" if payable > 12 else "")
        else:
            pay = "，各月金额随标准调整而不同（见逐月发放表）"
        pay += f"，合计{f['total']}元"
    early = f"（您将于{month_zh(ret['_new'])}到法定退休时间，发放至该月，实际可领{payable}个月）" if payable < months else ""
    if eligible == "yes":
        ex.outcome = "yes"
        ex.headline = f"您符合领取条件：最长可领{months}个月{early}{pay}"
    else:
        ex.outcome = "uncertain"
        ex.headline = f"要看离职原因：属于非因本人意愿中断就业的，您最长可领{months}个月{early}{pay}"


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
