"""退休年龄: the new statutory retirement month under the gradual retirement-age reform
(《国务院关于渐进式延迟法定退休年龄的办法》第一至三条)."""
from calculators.dates import first_day, month_str, parse_month, month_zh, years_months, years_months_zh
from calculators.explain import run_rules
from calculators.fields import Choice, Field
from calculators.outputs import Output

NAME = "retirement"
TITLE = "延迟退休后的法定退休时间"
SUMMARY = "按出生年月和人员类型，算出改革后的法定退休年龄、退休时间、延迟月数、弹性退休的范围和最低缴费年限。"

CATEGORIES = (
    Choice("male", "男职工"),
    Choice("female_55", "原法定退休年龄为55周岁的女职工（多为管理、技术岗位）"),
    Choice("female_50", "原法定退休年龄为50周岁的女职工（多为生产一线岗位）"),
)
CATEGORY_LABEL = {c.value: c.label for c in CATEGORIES}

BIRTH = Field("birth", "month", "出生年月", hint="按身份证上的出生年月填写", example="1966-06",
              min="1930-01", max="2010-12")
CATEGORY = Field("category", "choice", "人员类型", hint="女职工请按原来适用的法定退休年龄选择；拿不准可向单位人事部门或社保经办机构确认",
                 choices=CATEGORIES)
INPUTS = (BIRTH, CATEGORY)
OUTPUTS = (
    Output("original_retirement", "原法定退休时间"),
    Output("new_retirement", "延迟后的法定退休时间"),
    Output("delay_months", "延迟月数", "个月"),
    Output("new_age", "延迟后的法定退休年龄", format="age"),
    Output("flexible_earliest", "弹性提前退休最早可到"),
    Output("flexible_latest", "弹性延迟退休最晚可到"),
    Output("min_contribution", "领取基本养老金的最低缴费年限", format="years_months"),
)
SECTION = "older-workers"


def delay_for(birth: int, cohort: dict) -> tuple[int, int]:
    """(k, delay): k = birth months after the first affected month; one month per step, the first
    month of each step counting, capped (办法第一条; facts §1.3)."""
    k = birth - _first(cohort)
    if k < 0:
        return k, 0
    return k, min(cohort["max_delay_months"], k // cohort["step_birth_months"] + 1)


def figures(birth: int, category: str, ex) -> dict:
    """The retirement figures, with their trace steps; shared by transition and eligibility."""
    cohorts = ex.param("retirement.cohorts", ex.as_of)
    cohort = cohorts.value[category]
    original_age = cohort["original_age_years"] * 12
    ex.step_param(
        f"{cohorts.effective} 起，{CATEGORY_LABEL[category]}原法定退休年龄为{cohort['original_age_years']}周岁，"
        f"自{month_zh(_first(cohort))}出生的人员开始延迟，出生月份每{cohort['step_birth_months']}个月为一档，"
        f"每档延迟1个月，最多延迟{cohort['max_delay_months']}个月", cohorts, SECTION)
    k, delay = delay_for(birth, cohort)
    if k < 0:
        ex.step(f"出生于{month_zh(birth)}，早于{month_zh(_first(cohort))}，不延迟（延迟0个月）",
                cohorts.reference.get("source"), cohorts.reference.get("article"), SECTION)
    else:
        capped = "，已达上限" if delay == cohort["max_delay_months"] else ""
        ex.step(f"出生于{month_zh(birth)}，比{month_zh(_first(cohort))}晚{k}个月，落在第{k // cohort['step_birth_months'] + 1}档，"
                f"延迟{delay}个月{capped}", cohorts.reference.get("source"), cohorts.reference.get("article"), SECTION)
    original, new = birth + original_age, birth + original_age + delay
    ex.step(f"原法定退休时间 = 出生年月 + {years_months_zh(original_age)} = {month_zh(original)}；"
            f"新的法定退休时间 = 出生年月 + {years_months_zh(original_age + delay)} = {month_zh(new)}",
            cohorts.reference.get("source"), cohorts.reference.get("article"), SECTION)
    out = {"original_retirement": month_str(original), "new_retirement": month_str(new), "delay_months": delay,
           "new_age": years_months(original_age + delay), "_original": original, "_new": new,
           "_reform": parse_month(cohorts.effective[:7])}
    out.update(_flexible(original, new, cohorts, ex))
    out["min_contribution"] = _min_contribution(new, ex)
    return out


def _first(cohort: dict) -> int:
    return parse_month(cohort["first_birth_month"])


def _flexible(original: int, new: int, cohorts, ex) -> dict:
    if new < parse_month(cohorts.effective[:7]):
        ex.step(f"{month_zh(new)}已达到法定退休年龄，早于《办法》施行（{cohorts.effective}），不涉及弹性退休",
                cohorts.reference.get("source"), "第三条", SECTION)
        return {"flexible_earliest": None, "flexible_latest": None}
    early = ex.param("retirement.flexible_early_max_months", ex.as_of)
    late = ex.param("retirement.flexible_late_max_months", ex.as_of)
    earliest, latest = max(original, new - early.value), new + late.value
    ex.step_param(f"弹性提前退休：最多提前{early.value}个月，且不得早于原法定退休年龄，"
                  f"最早为 {month_zh(new - early.value)} 与 {month_zh(original)} 中较晚者 = {month_zh(earliest)}"
                  f"（须已达到最低缴费年限）", early, SECTION)
    ex.step_param(f"弹性延迟退休：经与所在单位协商一致，最多延迟{late.value}个月，最晚为 {month_zh(latest)}", late, SECTION)
    return {"flexible_earliest": month_str(earliest), "flexible_latest": month_str(latest)}


def _min_contribution(new: int, ex) -> dict | None:
    pv = ex.param_or_none("retirement.min_contribution_months", first_day(new))
    if pv is None:
        return None
    ym = years_months(pv.value)
    ex.step_param(f"在{month_zh(new)}退休，按月领取基本养老金的最低缴费年限为{ym['years']}年"
                  f"{str(ym['months']) + '个月' if ym['months'] else ''}（{pv.value}个月，{pv.effective} 起适用）", pv, SECTION)
    return ym


def pension_steps(f: dict, ex) -> None:
    """What a person short of the minimum contribution can do: 办法第二条 for people reaching retirement age
    from the reform on, 社会保险法第十六条 before it."""
    ym = f["min_contribution"]
    if ym is None:
        return
    need = f"{ym['years']}年" + (f"{ym['months']}个月" if ym["months"] else "")
    if f["_new"] >= f["_reform"]:
        ex.step("《办法》第二条：“职工达到法定退休年龄但不满最低缴费年限的，可以按照规定通过延长缴费或者一次性缴费的办法"
                "达到最低缴费年限，按月领取基本养老金。”", "retirement_measures", "第二条", SECTION)
        ex.next(f"您到法定退休年龄时累计缴费不满{need}的，可以按规定延长缴费或者一次性缴费，缴满后按月领取基本养老金；"
                "具体办法请向参保地社会保险经办机构咨询", "channels/")
    else:
        ex.step("《社会保险法》第十六条：“参加基本养老保险的个人，达到法定退休年龄时累计缴费不足十五年的，可以缴费至满十五年，"
                "按月领取基本养老金；也可以转入新型农村社会养老保险或者城镇居民社会养老保险，按照国务院规定享受相应的养老保险待遇。”",
                "social_insurance_law", "第十六条", SECTION)
        ex.next(f"您累计缴费不足{need}的，可以继续缴费至满{need}后按月领取基本养老金，也可以转入居民养老保险"
                "（新型农村社会养老保险或者城镇居民社会养老保险）；具体办法请向参保地社会保险经办机构咨询", "channels/")


def rules(inputs: dict, ex) -> None:
    f = figures(inputs["birth"], inputs["category"], ex)
    ex.figures.update({k: v for k, v in f.items() if not k.startswith("_")})
    age = years_months_zh(f["new_age"]["years"] * 12 + f["new_age"]["months"])
    ym = f["min_contribution"]
    need = (f"；按月领取基本养老金，累计缴费最低要满{ym['years']}年" + (f"{ym['months']}个月" if ym["months"] else "")
            if ym else "")
    if f["delay_months"]:
        ex.headline = (f"您新的法定退休时间为{month_zh(f['_new'])}（{age}），"
                       f"比原来的{month_zh(f['_original'])}延迟{f['delay_months']}个月{need}")
    else:
        ex.headline = f"您不受延迟退休影响：法定退休时间为{month_zh(f['_new'])}（{age}）{need}"
    ex.outcome = "info"
    pension_steps(f, ex)
    ex.next("您如果正在领取失业保险金且临近退休，看看领金期满后能否续发", "calculators/transition/")


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
