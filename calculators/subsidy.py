"""技能提升补贴: whether a certificate holder can claim the skill-upgrade subsidy and up to how much
(人社部发〔2017〕40号; 人社部发〔2024〕40号 for 2024, 人社部发〔2025〕18号 for 2025; 自治区《通知》六;
《民法典》第二百零二条、第二百零三条). No rule was found for 2026 on: the answer is then "uncertain",
with what the 2025 rule would give."""
import datetime as dt

from calculators.dates import add_months, date_zh
from calculators.errors import InputError
from calculators.explain import run_rules
from calculators.fields import Choice, Field
from calculators.outputs import Output
from calculators.steps import Step, When
from calculators.money import cents, dec
from calculators.policy import NotCovered

NAME = "subsidy"
TITLE = "技能提升补贴"
SUMMARY = "按缴费时间、证书等级和核发日期等，判断能否申领失业保险技能提升补贴、最高多少钱、最晚哪天申领、要准备什么材料。"

APPLICANTS = (Choice("employee", "参保企业职工"), Choice("beneficiary", "领取失业保险金人员"))
LEVELS = (Choice("junior", "初级（五级）"), Choice("intermediate", "中级（四级）"), Choice("senior", "高级（三级）"))
KINDS = (Choice("vocational_qualification", "职业资格证书"),
         Choice("skill_level_social", "职业技能等级证书（社会培训评价组织评价）"),
         Choice("skill_level_enterprise", "职业技能等级证书（企业内部评价）"))
LABEL = {c.value: c.label for c in APPLICANTS + LEVELS + KINDS}

INPUTS = (
    Field("applicant", "choice", "申请人身份", choices=APPLICANTS),
    Field("contribution_months", "duration", "累计参加失业保险的时间", example="12", min=0, max=600),
    Field("level", "choice", "证书等级", choices=LEVELS),
    Field("certificate_kind", "choice", "证书类别", choices=KINDS),
    Field("queryable", "bool", "证书能否在技能人才评价证书全国联网查询系统查到",
          hint="可在 zscx.osta.org.cn 输入证件号码、证书编号等任意两项查询"),
    Field("issued", "date", "证书核发日期", example="2025-03-15", min="2017-01-01", max="2099-12-31"),
    Field("application_date", "date", "申请日期", required=False, default_from="as_of_date",
          hint="不填则按今天", example="2025-09-01", min="2017-01-01", max="2099-12-31"),
    Field("claims_this_year", "int", "申请日期所在年度已享受技能提升补贴的次数", required=False, default=0, example="0",
          min=0, max=50),
    Field("same_occupation_level_claimed", "bool", "同一职业（工种）同一等级是否已享受过补贴", required=False, default=False),
    Field("higher_level_same_occupation_claimed", "bool", "同一职业（工种）更高等级是否已享受过补贴",
          required=False, default=False),
    Field("urgent_occupation", "bool", "证书的职业（工种）是否在当地急需紧缺职业（工种）目录内", required=False,
          unknown="不清楚", hint="2025年起，取得急需紧缺职业（工种）证书的，每年可多享受2次；不清楚的可向经办机构询问"),
)
# One question or small group per step on the page (calculators/steps.py). The 急需紧缺 question only
# matters once the year already has a claim (2025: a second or third claim needs it).
STEPS = (
    Step("您以什么身份申请？", ("applicant",)),
    Step("您累计参加失业保险多长时间？", ("contribution_months",)),
    Step("您的证书", ("level", "certificate_kind", "queryable")),
    Step("证书哪天核发，您哪天申请？", ("issued", "application_date")),
    Step("以前享受过技能提升补贴吗？", ("claims_this_year", "same_occupation_level_claimed",
                                     "higher_level_same_occupation_claimed")),
    Step("证书的职业（工种）是急需紧缺的吗？", ("urgent_occupation",), when=(When("claims_this_year", "at_least", 1),)),
)
FAILED = {"contribution_months": "参保时间不够", "queryable": "证书查不到", "claim_window": "已超过申领期限",
          "claims_this_year": "今年申领次数已满", "same_occupation_level_claimed": "同一职业同一等级已享受过",
          "higher_level_same_occupation_claimed": "同一职业更高等级已享受过"}
OUTPUTS = (
    Output("eligible", "是否符合申领条件", values={"yes": "符合", "no": "暂不符合", "uncertain": "需要进一步确认"}),
    Output("amount", "补贴金额（最高）", "元"),
    Output("failed_conditions", "不满足的条件", values=FAILED),
    Output("materials", "需要准备的材料"),
    Output("last_day", "最晚申领日期"),
)
SECTION = "certificates"
RULE_MARKER = "subsidy.max_claims_per_year"   # the year's rules end with this parameter's data


def rules(inputs: dict, ex) -> None:
    issued, applied = inputs["issued"], inputs["application_date"]
    if applied < issued:
        raise InputError.one("application_date", f"申请日期：不能早于证书核发日期（{issued.isoformat()}）")
    on, unknown_year = _rules_day(applied, ex)
    failed, uncertain = [], []
    _contribution(inputs["contribution_months"], on, failed, ex)
    if inputs["queryable"]:
        ex.step("证书能在技能人才评价证书全国联网查询系统查到", "nm_notice", "六、加强证书审核", SECTION)
    else:
        ex.step("证书在全国联网查询系统查不到：经办机构通过联网查询审核证书，查不到的不能享受补贴",
                "nm_notice", "六、加强证书审核", SECTION)
        ex.cite("osta_cert_query")
        failed.append("queryable")
    last_day = _window(issued, applied, on, failed, ex)
    _limits(inputs, on, failed, uncertain, ex)

    amounts = ex.param("subsidy.amounts", on)
    level = amounts.value[inputs["level"]]
    amount = cents(dec(level)) if not failed else None
    ex.step_param(f"{LABEL[inputs['level']]}证书的补贴标准为不超过{level}元", amounts, SECTION)
    materials = _materials(inputs, ex)
    eligible = "uncertain" if unknown_year else ("no" if failed else ("uncertain" if uncertain else "yes"))
    ex.figures.update({"eligible": eligible, "amount": amount, "failed_conditions": failed,
                       "materials": materials, "last_day": last_day.isoformat()})
    _headline(inputs, applied, on, unknown_year, failed, uncertain, amount, last_day, ex)
    ex.next("技能提升补贴申领清单", "checklists/skill-subsidy/")


def _rules_day(applied: dt.date, ex) -> tuple[dt.date, bool]:
    """The day whose rules apply: the application date, or — for a year after the last rules found —
    the last day they cover (the answer is then uncertain and says what those rules would give)."""
    ends = ex.policy.ends(RULE_MARKER)
    if ends is None or applied <= ends:
        return applied, False
    ex.step(f"{applied.year}年的技能提升补贴规定本站没有查到（已查到的规定执行到{date_zh(ends)}）："
            f"以下按{ends.year}年的规定计算，仅供参考", ex.param(RULE_MARKER, ends).reference.get("source"), "正文", SECTION)
    ex.warn("rules_not_found", f"{applied.year}年规定未查到：国家的技能提升补贴政策是逐年延续的，{ends.year}年的规定执行到"
                               f"{date_zh(ends)}，本站没有查到{applied.year}年是否延续、条件有无变化。下面是按{ends.year}年"
                               f"规定算出的结果，仅供参考，请您向参保地经办机构确认。")
    return ends, True


def _contribution(months: int, on: dt.date, failed: list, ex) -> None:
    need = ex.param("subsidy.min_contribution_months", on)
    ok = months >= need.value
    ex.step_param(f"累计参加失业保险{months}个月，"
                  + (f"达到{need.value}个月（含本数）" if ok else f"不满{need.value}个月：不符合条件"), need, SECTION)
    if not ok:
        failed.append("contribution_months")
    elif months == need.value:
        word = "以上" if "以上" in (need.reference.get("quote") or "") else "满"   # 2024: 1年以上; 2025: 满1年
        rule = "参加失业保险1年以上" if word == "以上" else "参保缴费满1年"
        ex.boundary("累计参加失业保险", need.value, "个月", f"符合“{rule}”", word)


def _window(issued: dt.date, applied: dt.date, on: dt.date, failed: list, ex) -> dt.date:
    """The last day to apply: the corresponding day N months after issue (or that month's last day),
    moved to the next working day when it is a holiday or a weekend that is not a 调休 working day."""
    window = ex.param("subsidy.claim_window_months", on)
    nominal = add_months(issued, window.value)
    ex.step_param(f"应在证书核发之日起{window.value}个月内申领", window, SECTION)
    ex.step(f"核发日{date_zh(issued)}当日不计入，期间最后一日为{window.value}个月后的对应日{date_zh(nominal)}"
            + ("（该月没有对应日，以月末为最后一日）" if nominal.day != issued.day else ""), "civil_code", "第二百零二条", SECTION)
    cal = ex.policy.calendar
    last = nominal
    if not cal.is_working(nominal):
        last = cal.next_working(nominal)
        what = {"holiday": f"{cal.off.get(nominal)}假期", "weekend": "周末"}[cal.kind(nominal)]
        ex.step(f"{date_zh(nominal)}是{what}，不是工作日：按《民法典》第二百零三条，期间的最后一日是休假日的，"
                f"以休假日结束的次日为最后一日，即{date_zh(last)}", "civil_code", "第二百零三条", SECTION)
        ex.warn("last_day_moved", f"期间最后一日{date_zh(nominal)}是{what}，本站按《民法典》第二百零三条顺延到"
                                  f"{date_zh(last)}（含当日）。该条说的是“法定休假日”，把周六、周日也一样顺延是本站的理解；"
                                  "如有疑问，请您向经办机构确认。")
    for year in sorted({nominal.year, last.year}):
        if not cal.known(year):
            ex.warn("provisional_calendar", cal.caveat(year), key=str(year))
    if applied > last:
        ex.step(f"申请日期{date_zh(applied)}晚于{date_zh(last)}：已超过申领期限", "civil_code", "第二百零二条", SECTION)
        failed.append("claim_window")
    else:
        ex.step(f"申请日期{date_zh(applied)}不晚于{date_zh(last)}：在申领期限内", "civil_code", "第二百零二条", SECTION)
    return last


def _limits(inputs: dict, on: dt.date, failed: list, uncertain: list, ex) -> None:
    claims, urgent = inputs["claims_this_year"], inputs["urgent_occupation"]
    most = ex.param("subsidy.max_claims_per_year", on)
    try:
        extra = ex.policy.value("subsidy.extra_claims_urgent", on)
    except NotCovered:    # the 2024 rule has no extra claims for 急需紧缺 certificates
        extra = None
    if claims < most.value:
        ex.step_param(f"今年已享受{claims}次，每人每年可享受{most.value}次：未达到", most, SECTION)
    elif extra is None:
        ex.step_param(f"今年已享受{claims}次，每人每年最多{most.value}次：不能再申领", most, SECTION)
        failed.append("claims_this_year")
    else:
        _urgent_claims(claims, urgent, most, ex.param(extra.id, on), failed, uncertain, ex)
    if inputs["same_occupation_level_claimed"]:
        ex.step("同一职业（工种）同一等级只能申请并享受一次：已享受过", most.reference.get("source"), "正文", SECTION)
        failed.append("same_occupation_level_claimed")
    if inputs["higher_level_same_occupation_claimed"]:
        ex.step("已享受同一职业（工种）高级别证书补贴的，不再享受低级别证书补贴", most.reference.get("source"), "正文", SECTION)
        failed.append("higher_level_same_occupation_claimed")


def _urgent_claims(claims, urgent, most, extra, failed, uncertain, ex) -> None:
    """2025 rule: one claim a year, and two more for certificates of an occupation on the 急需紧缺 list."""
    top = most.value + extra.value
    ex.step_param(f"今年已享受{claims}次，每人每年可享受{most.value}次；取得急需紧缺职业（工种）证书的，"
                  f"还可增加{extra.value}次（共{top}次）", extra, SECTION)
    if claims >= top:
        ex.step(f"已达到{top}次：不论证书是否属于急需紧缺职业，今年都不能再申领", extra.reference.get("source"), "正文", SECTION)
        failed.append("claims_this_year")
    elif urgent is True:
        ex.step(f"证书属于急需紧缺职业（工种）：未达到{top}次，可以申领", extra.reference.get("source"), "正文", SECTION)
    elif urgent is False:
        ex.step(f"证书不属于急需紧缺职业（工种）：今年的{most.value}次已用，不能再申领",
                extra.reference.get("source"), "正文", SECTION)
        failed.append("claims_this_year")
        ex.warn("claims_reading", f"本站按“今年已享受过{most.value}次，普通证书不能再享受”计算。如果您今年享受的都是急需紧缺职业"
                                  "证书的补贴，能否再享受一次普通证书的补贴，请向经办机构确认。")
    else:
        ex.step(f"不清楚证书是否属于急需紧缺职业（工种）：属于的还可以申领（未达到{top}次），不属于的今年的{most.value}次已用",
                extra.reference.get("source"), "正文", SECTION)
        uncertain.append("urgent_occupation")
        ex.next("请您向参保地经办机构确认证书的职业（工种）是否在当地急需紧缺职业目录内", "channels/")


def _headline(inputs, applied, on, unknown_year, failed, uncertain, amount, last_day, ex) -> None:
    level = LABEL[inputs["level"]]
    if failed:
        verdict = "、".join(FAILED[c] for c in failed) + "，所以您暂不能申领这项补贴"   # the reason first
    elif uncertain:
        verdict = (f"要看证书是否属于急需紧缺职业（工种）：属于的，您可以申领，{level}证书补贴最高{amount}元，"
                   f"请在{date_zh(last_day)}前（含当日）申领；不属于的，今年不能再申领")
    else:
        verdict = f"您符合申领条件：{level}证书补贴最高{amount}元，请在{date_zh(last_day)}前（含当日）申领"
    if unknown_year:
        ex.outcome = "uncertain"
        ex.headline = f"{applied.year}年规定未查到，以下按{on.year}年的规定，仅供参考。{verdict}"
    else:
        ex.outcome = "no" if failed else ("uncertain" if uncertain else "yes")
        ex.headline = verdict


def _materials(inputs, ex) -> list[str]:
    materials = [f"{LABEL[inputs['certificate_kind']]}（{LABEL[inputs['level']]}），经办机构通过联网查询核验"]
    ex.cite("si_handling_regulation")
    if inputs["applicant"] == "beneficiary":
        ex.step("领取失业保险金人员申领技能提升补贴，无需提供证岗相适材料", "nm_notice", "六、加强证书审核", SECTION)
        return materials
    if inputs["certificate_kind"] == "skill_level_enterprise":
        materials.append("企业统一的证岗相适材料（企业内部评价的证书可由企业批量报送经办机构备案）")
    else:
        materials.append("所在企业盖章的证岗相适材料：写明所在岗位、所考证书与岗位的关联必要性")
    ex.step("参保企业职工申领，要确保证岗相适，由所在企业提供盖章的证岗相适材料；企业内部评价的证书可批量备案、"
            "使用统一的证岗相适材料", "nm_notice", "六、加强证书审核", SECTION)
    ex.next("下载证岗相适材料模板，请您所在的单位盖章", "forms/certificate-job-fit/")
    return materials


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
