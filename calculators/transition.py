"""领金期满与退休衔接: whether benefits continue to retirement age when the approved period ends
(《办法》第七条; 人社部发〔2020〕40号; the notice §三 for people on benefits on 2024-12-31)."""
import datetime as dt

from calculators import retirement
from calculators.dates import month_of, month_str, month_zh
from calculators.explain import run_rules
from calculators.fields import Field
from calculators.outputs import Output
from calculators.steps import Step

NAME = "transition"
TITLE = "领金期满与退休衔接"
SUMMARY = "领金期满时临近退休的，算出能否续发失业保险金、发到哪个月（含2024年底正在领取人员的过渡衔接）。"

RECEIVING = Field("receiving_on_2024_12_31", "bool", "2024年12月31日是否正在领取失业保险金（含续发）",
                  hint="过渡衔接政策只适用于这一天正在领取的人员")
INPUTS = (
    retirement.BIRTH, retirement.CATEGORY,
    Field("benefit_end", "month", "核定的领金期满月份",
          hint="核定领取失业保险金期限的最后一个月；2024年底正在领取续发的，填常规期限的最后一个月", example="2025-08",
          min="2015-01", max="2060-12"),
    RECEIVING,
)
# One question or small group per step on the page (calculators/steps.py).
STEPS = (
    Step("您的出生年月和人员类型", ("birth", "category")),
    Step("您的失业保险金核定领到哪个月？", ("benefit_end",)),
    Step("2024年12月31日那天，您是否正在领取失业保险金？", ("receiving_on_2024_12_31",)),
)
RULES = {"retirement_before_end": "领取期满前已到法定退休时间",
         "continue_to_new_age": "继续发放至延迟后的法定退休时间",
         "continue_to_original_age": "继续发放至原法定退休时间",
         "none": "不适用续发"}
OUTPUTS = (
    Output("rule", "适用的续发规则", values=RULES),
    Output("paid_until", "失业保险金可发放至"),
    Output("months_to_new", "领取期满时距延迟后退休时间", "个月", format="months_signed"),
    Output("months_to_original", "领取期满时距原退休时间", "个月", format="months_signed"),
) + retirement.OUTPUTS
SECTION = "older-workers"


def distance_zh(months: int) -> str:
    """A distance in months as the page words it: never a negative count."""
    if months > 0:
        return f"还有{months}个月"
    return "正是当月" if months == 0 else f"已过{-months}个月"


def rules(inputs: dict, ex) -> None:
    end = inputs["benefit_end"]
    receiving = inputs["receiving_on_2024_12_31"]
    receiving_on = ex.param("transition.receiving_on", ex.as_of) if receiving else None
    f = retirement.figures(inputs["birth"], inputs["category"], ex)
    near = ex.param("transition.near_retirement_months", ex.as_of)
    to_new, to_original = f["_new"] - end, f["_original"] - end
    ex.step(f"领金期满月份为{month_zh(end)}：距新的法定退休时间（{month_zh(f['_new'])}）{distance_zh(to_new)}，"
            f"距原法定退休时间（{month_zh(f['_original'])}）{distance_zh(to_original)}（退休月份减期满月份）", section=SECTION)
    if receiving_on:
        _continued(end, f["_original"], near, receiving_on, ex)
    if f["_new"] < end - 24 + 1:   # retired before any benefit period ending in `end` (24 months at most) began
        ex.warn("retired_before_claim", f"您的法定退休时间{month_zh(f['_new'])}早于这段领取期限的开始：已到法定退休年龄的人员"
                                        "不能申领失业保险金（失业登记只面向法定劳动年龄内的人员）。请您核对出生年月、人员类型和期满月份。")
        ex.cite("employment_service_rules")
    # the distance to the original age only matters for the transition rule, i.e. when receiving on the cut-off day
    distances = ((to_new, "新的"), (to_original, "原")) if receiving_on else ((to_new, "新的"),)
    for months, which in distances:
        if months == near.value:
            ex.warn("boundary", f"领金期满时距{which}法定退休时间正好{months}个月（1年）：按《民法典》第一千二百五十九条，"
                                f"“超过”不包括本数；“不足”与该条所列的“不满”同义，也不包括本数。所以整1年既不是“不足1年”"
                                f"也不是“超过1年”，本站按不符合处理；有的地方（如天津）按“1年之内（含1年）”掌握，"
                                f"请您向经办机构确认。", key=which)
            ex.cite("civil_code")

    rule, paid_until = _decide(to_new, to_original, near, receiving_on, f, ex)
    ex.figures.update({"rule": rule, "paid_until": month_str(paid_until) if paid_until is not None else None,
                       "months_to_new": to_new, "months_to_original": to_original})
    ex.figures.update({k: v for k, v in f.items() if not k.startswith("_")})
    _explain(rule, paid_until, end, to_new, ex)


def _continued(end, original, near, receiving_on, ex):
    """People on 续发 on the cut-off day (“含续发”): their regular period may have ended before it. 续发 before
    the reform was granted when the period ended less than a year before the (original) retirement age,
    and ran until that age."""
    cutoff = month_of(dt.date.fromisoformat(receiving_on.value))
    if end >= cutoff:
        return
    ex.step(f"领金期满月份{month_zh(end)}早于{month_zh(cutoff)}：按{receiving_on.value}正在领取续发的失业保险金计算"
            f"（“正在领取失业保险金（含续发）”），期满月份是常规领取期限的最后一个月，即核定续发的时候",
            receiving_on.reference.get("source"), receiving_on.reference.get("article"), SECTION)
    to_original = original - end
    if not 0 < to_original < near.value or original < cutoff:
        ex.warn("check_receiving", f"按人社部发〔2020〕40号，领金期满时距法定退休年龄不足1年的才能续发；您填写的期满月份"
                                   f"{month_zh(end)}距原法定退休时间{distance_zh(to_original)}，按此不会在{receiving_on.value}"
                                   "仍在领取。请您核对期满月份和“2024年12月31日是否正在领取”两项。")
        ex.cite("mohrss_2020_40")


def _decide(to_new, to_original, near, receiving_on, f, ex):
    if to_new <= 0:
        ex.step(f"新的法定退休时间不晚于领金期满月份：失业保险金发放至法定退休时间{month_zh(f['_new'])}为止",
                "retirement_measures", "第七条", SECTION)
        return "retirement_before_end", f["_new"]
    if to_new < near.value:
        ex.step_param(f"距新的法定退休时间{to_new}个月，不足{near.value}个月（1年）：领取失业保险金年限延长至法定退休年龄，"
                      f"续发至{month_zh(f['_new'])}", near, SECTION)
        return "continue_to_new_age", f["_new"]
    ex.step_param(f"距新的法定退休时间{to_new}个月，不是不足{near.value}个月：不适用续发至法定退休年龄", near, SECTION)
    if receiving_on is None:
        ex.step(f"“{RECEIVING.label}”答“否”：不适用过渡人员政策衔接", "nm_notice", "三、强化生活保障", SECTION)
        return "none", None
    if to_new > near.value and 0 < to_original < near.value:
        ex.step(f"{receiving_on.value}正在领取，期满时距新的法定退休时间超过1年（{to_new}个月），距原法定退休时间"
                f"不足1年（{to_original}个月）：经本人申请，可继续发放至改革前的法定退休时间{month_zh(f['_original'])}，"
                f"期满后不再续发", receiving_on.reference.get("source"), receiving_on.reference.get("article"), SECTION)
        return "continue_to_original_age", f["_original"]
    ex.step(f"{receiving_on.value}正在领取，但不同时满足“距新的法定退休时间超过1年”（{to_new}个月）和"
            f"“距原法定退休时间不足1年”（{to_original}个月）：不适用过渡人员政策衔接",
            receiving_on.reference.get("source"), receiving_on.reference.get("article"), SECTION)
    return "none", None


def _explain(rule, paid_until, end, to_new, ex):
    if rule == "none":
        ex.outcome = "no"
        ex.headline = f"您领金期满（{month_zh(end)}）后不能续发失业保险金：期满时距新的法定退休时间{distance_zh(to_new)}"
        return
    ex.outcome = "info" if rule == "retirement_before_end" else "yes"
    ex.headline = {
        "retirement_before_end": f"您在领金期满前就到法定退休时间：失业保险金发放至{month_zh(paid_until)}",
        "continue_to_new_age": f"您可以续发失业保险金至新的法定退休时间{month_zh(paid_until)}",
        "continue_to_original_age": f"经您本人申请，可以续发至改革前的法定退休时间{month_zh(paid_until)}，之后不再续发",
    }[rule]
    if rule == "continue_to_original_age":
        ex.next("这一续发要经本人申请：请您向参保地经办机构提出", "notice/older-workers/")
    if rule == "continue_to_new_age":
        ex.step("距法定退休年龄不足1年的领金人员，以个人身份参加企业职工基本养老保险并缴费后，可申请由失业保险基金"
                "按当地灵活就业人员最低缴费标准承担的部分", "mohrss_2024_76", "二、四", SECTION)
        ex.next("您先以个人身份缴纳养老保险费，再向经办机构申请失业保险基金承担的部分", "notice/older-workers/")


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
