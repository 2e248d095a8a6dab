"""医保费返还: medical-insurance premiums paid by the person during the benefit period, returned
up to the local 代缴 standard (自治区《通知》四; 社会保险法第四十八条)."""
from decimal import Decimal

from calculators.dates import month_str, month_zh
from calculators.errors import InputError
from calculators.explain import run_rules
from calculators.fields import Field
from calculators.outputs import Output
from calculators.steps import Step
from calculators.money import cents

NAME = "refund"
TITLE = "医保费返还"
SUMMARY = "领金期间因已按灵活就业人员参保、未能统一代缴而自己缴纳的职工医保费，按月算出可返还的金额（不高于当地代缴标准）。"

MONTH_ITEM = (
    Field("month", "month", "缴费月份", example="2025-03", min="2000-01", max="2099-12"),
    Field("paid", "money", "本人实际缴纳的职工医保费（元）", example="356.40", max=100000),
    Field("standard", "money", "该月的代缴标准（元）", required=False, hint="与上面的代缴标准不同时填写",
          example="320.00", max=100000),
)
INPUTS = (
    Field("benefit_start", "month", "领金开始月份", example="2025-03", min="2000-01", max="2099-12"),
    Field("benefit_end", "month", "领金期满月份", example="2026-02", min="2000-01", max="2099-12"),
    Field("standard", "money", "当地每月代缴标准（元）", hint="向参保地经办机构了解当地为领金人员代缴医保费的每月标准",
          example="320.00", max=100000),
    Field("months", "list", "自己缴费的月份", hint="每个月一行：月份、实际缴纳金额", min=1, max=120,
          example='{"month": "2025-03", "paid": "356.40"}', item_fields=MONTH_ITEM, item_label="行"),
)
# One question or small group per step on the page (calculators/steps.py).
STEPS = (
    Step("您领取失业保险金的期间", ("benefit_start", "benefit_end")),
    Step("当地每月为领金人员代缴医保费的标准", ("standard",)),
    Step("领金期间您自己缴纳医保费的月份", ("months",)),
)
OUTPUTS = (
    Output("refund_total", "可返还合计", "元"),
    Output("per_month", "逐月明细", items={"month": "月份", "paid": "本人实际缴纳（元）", "standard": "代缴标准（元）",
                                           "refund": "可返还（元）", "capped": "是否按代缴标准封顶"}, format="table"),
    Output("excluded", "不计入的月份", items={"month": "月份", "paid": "本人实际缴纳（元）", "reason": "原因"}, format="table"),
)
SECTION = "medical"


def rules(inputs: dict, ex) -> None:
    start, end = inputs["benefit_start"], inputs["benefit_end"]
    if end < start:
        raise InputError.one("benefit_end", f"领金期满月份：不能早于领金开始月份（{month_str(start)}）")
    seen = {}
    for i, item in enumerate(inputs["months"]):
        if item["month"] in seen:
            raise InputError.one(f"months[{i}].month", f"自己缴费的月份第{i + 1}行·缴费月份：{month_str(item['month'])} "
                                                        f"与第{seen[item['month']] + 1}个重复，每个月只填一行")
        seen[item["month"]] = i
    ex.step("领金期间，经办机构应为领金人员统一办理职工医疗保险参保缴费；无法统一办理的，经本人申请，返还领金期间"
            "未成功代缴但本人已实际缴纳的职工医疗保险费，返还金额不得高于当地代缴标准，实际缴纳低于代缴标准的按实际返还",
            "nm_notice", "四、明确代缴方式", SECTION)
    ex.cite("social_insurance_law")
    per_month, excluded, total = [], [], Decimal("0")
    for item in sorted(inputs["months"], key=lambda m: m["month"]):
        m = item["month"]
        if not start <= m <= end:
            reason = f"不在领金期间（{month_zh(start)}至{month_zh(end)}）内"
            excluded.append({"month": month_str(m), "paid": cents(item["paid"]), "reason": reason})
            ex.step(f"{month_zh(m)}：{reason}，不返还", "nm_notice", "四、明确代缴方式", SECTION)
            continue
        standard = item["standard"] if item["standard"] is not None else inputs["standard"]
        refund = min(item["paid"], standard)
        capped = item["paid"] > standard
        per_month.append({"month": month_str(m), "paid": cents(item["paid"]), "standard": cents(standard),
                          "refund": cents(refund), "capped": capped})
        how = f"高于代缴标准{cents(standard)}元，按标准返还" if capped else f"不高于代缴标准{cents(standard)}元，按实际返还"
        ex.step(f"{month_zh(m)}：实际缴纳{cents(item['paid'])}元，{how}{cents(refund)}元", "nm_notice", "四、明确代缴方式", SECTION)
        total += refund
    ex.step(f"合计可返还{cents(total)}元（{len(per_month)}个月）", section=SECTION)
    ex.figures.update({"refund_total": cents(total), "per_month": per_month, "excluded": excluded})
    ex.outcome = "info"
    ex.headline = f"您可申请返还职工医保费合计{cents(total)}元" + (f"，另有{len(excluded)}个月不在领金期间" if excluded else "")
    ex.warn("local_standard", "内蒙古为领金人员代缴医保费的缴费基数、费率和大额医疗保险金额本站未能核实，"
                              "代缴标准请以参保地经办机构的答复为准。")
    ex.next("请您在医保缴费年度结束或领金期满后，带缴费票据到人社综合柜台窗口申请返还", "notice/medical/")
    ex.next("申领失业保险金需要准备的材料", "checklists/claim-benefits/")


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
