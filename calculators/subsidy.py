"""技能提升补贴: whether a certificate holder can claim the skill-upgrade subsidy and up to how much
(人社部发〔2017〕40号 and the 2023–2024 rules; 自治区《通知》六; 《民法典》第二百零二条)."""
from calculators.dates import add_months, date_zh
from calculators.errors import InputError
from calculators.explain import run_rules
from calculators.fields import Choice, Field
from calculators.outputs import Output
from calculators.money import cents, dec

NAME = "subsidy"
TITLE = "技能提升补贴"
SUMMARY = "按缴费时间、证书等级和核发日期等，判断能否申领失业保险技能提升补贴、最高多少钱、要准备什么材料。"

APPLICANTS = (Choice("employee", "参保企业职工"), Choice("beneficiary", "领取失业保险金人员"))
LEVELS = (Choice("junior", "初级（五级）"), Choice("intermediate", "中级（四级）"), Choice("senior", "高级（三级）"))
KINDS = (Choice("vocational_qualification", "职业资格证书"),
         Choice("skill_level_social", "职业技能等级证书（社会培训评价组织评价）"),
         Choice("skill_level_enterprise", "职业技能等级证书（企业内部评价）"))
LABEL = {c.value: c.label for c in APPLICANTS + LEVELS + KINDS}

INPUTS = (
    Field("applicant", "choice", "申请人身份", choices=APPLICANTS),
    Field("contribution_months", "int", "累计参加失业保险的月数", example="12", min=0, max=600),
    Field("level", "choice", "证书等级", choices=LEVELS),
    Field("certificate_kind", "choice", "证书类别", choices=KINDS),
    Field("queryable", "bool", "证书能否在技能人才评价证书全国联网查询系统查到",
          hint="可在 zscx.osta.org.cn 输入证件号码、证书编号等任意两项查询"),
    Field("issued", "date", "证书核发日期", example="2025-03-15", min="2017-01-01", max="2099-12-31"),
    Field("application_date", "date", "申请日期", required=False, default_from="as_of_date",
          hint="不填则按今天", example="2025-09-01", min="2017-01-01", max="2099-12-31"),
    Field("claims_this_year", "int", "今年已享受技能提升补贴的次数", required=False, default=0, example="0", min=0, max=50),
    Field("same_occupation_level_claimed", "bool", "同一职业（工种）同一等级是否已享受过补贴", required=False, default=False),
    Field("higher_level_same_occupation_claimed", "bool", "同一职业（工种）更高等级是否已享受过补贴",
          required=False, default=False),
)
FAILED = {"contribution_months": "参保时间不够", "queryable": "证书查不到", "claim_window": "已超过申领期限",
          "claims_this_year": "今年申领次数已满", "same_occupation_level_claimed": "同一职业同一等级已享受过",
          "higher_level_same_occupation_claimed": "同一职业更高等级已享受过"}
OUTPUTS = (
    Output("eligible", "是否符合申领条件", values={"yes": "符合", "no": "暂不符合"}),
    Output("amount", "补贴金额（最高）", "元"),
    Output("failed_conditions", "不满足的条件", values=FAILED),
    Output("materials", "需要准备的材料"),
    Output("last_day", "最晚申领日期"),
)
SECTION = "certificates"
RULES_2024 = ("mohrss_subsidy_2024", "正文")


def rules(inputs: dict, ex) -> None:
    issued, applied = inputs["issued"], inputs["application_date"]
    if applied < issued:
        raise InputError.one("application_date", f"申请日期：不能早于证书核发日期（{issued.isoformat()}）")
    failed = []
    need = ex.param("subsidy.min_contribution_months", applied)
    ok = inputs["contribution_months"] >= need.value
    ex.step_param(f"累计参加失业保险{inputs['contribution_months']}个月，"
                  + (f"达到{need.value}个月（含本数）" if ok else f"不满{need.value}个月：不符合条件"), need, SECTION)
    if not ok:
        failed.append("contribution_months")
    elif inputs["contribution_months"] == need.value:
        ex.boundary("累计参加失业保险", need.value, "个月", "符合“参加失业保险1年以上”")
    if inputs["queryable"]:
        ex.step("证书能在技能人才评价证书全国联网查询系统查到", "nm_notice", "六、加强证书审核", SECTION)
    else:
        ex.step("证书在全国联网查询系统查不到：经办机构通过联网查询审核证书，查不到的不能享受补贴",
                "nm_notice", "六、加强证书审核", SECTION)
        ex.cite("osta_cert_query")
        failed.append("queryable")
    last_day = _window(issued, applied, failed, ex)
    _limits(inputs, applied, failed, ex)

    amounts = ex.param("subsidy.amounts", applied)
    amount = cents(dec(amounts.value[inputs["level"]])) if not failed else None
    ex.step_param(f"{LABEL[inputs['level']]}证书的补贴标准为不超过{amounts.value[inputs['level']]}元", amounts, SECTION)
    materials = _materials(inputs, ex)
    ex.figures.update({"eligible": "no" if failed else "yes", "amount": amount, "failed_conditions": failed,
                       "materials": materials, "last_day": last_day.isoformat()})
    if failed:
        ex.outcome = "no"
        ex.headline = "不符合申领条件：" + "、".join(FAILED[c] for c in failed)
    else:
        ex.outcome = "yes"
        ex.headline = f"符合申领条件：{LABEL[inputs['level']]}证书补贴最高{amount}元，请在{date_zh(last_day)}前（含当日）申领"
    ex.next("技能提升补贴申领清单", "checklists/skill-subsidy/")


def _window(issued, applied, failed, ex):
    window = ex.param("subsidy.claim_window_months", applied)
    last = add_months(issued, window.value)
    no_same_day = last.day != issued.day
    ex.step_param(f"应在证书核发之日起{window.value}个月内申领", window, SECTION)
    ex.step(f"核发日{date_zh(issued)}当日不计入，期间最后一日为{window.value}个月后的对应日{date_zh(last)}"
            + ("（该月没有对应日，以月末为最后一日）" if no_same_day else ""), "civil_code", "第二百零二条", SECTION)
    if ex.policy.calendar.kind(last) == "holiday":
        ex.warn("boundary", f"期间最后一日{date_zh(last)}是{ex.policy.calendar.off[last]}假期：按《民法典》第二百零三条，"
                            "以法定休假日结束的次日为最后一日，请尽早申领或向经办机构确认。")
    if applied > last:
        ex.step(f"申请日期{date_zh(applied)}晚于{date_zh(last)}：已超过申领期限", "civil_code", "第二百零二条", SECTION)
        failed.append("claim_window")
    else:
        ex.step(f"申请日期{date_zh(applied)}在期限内", "civil_code", "第二百零二条", SECTION)
    return last


def _limits(inputs, applied, failed, ex):
    most = ex.param("subsidy.max_claims_per_year", applied)
    if inputs["claims_this_year"] >= most.value:
        ex.step_param(f"今年已享受{inputs['claims_this_year']}次，每人每年最多{most.value}次：不能再申领", most, SECTION)
        failed.append("claims_this_year")
    else:
        ex.step_param(f"今年已享受{inputs['claims_this_year']}次，未达到每年最多{most.value}次", most, SECTION)
    if inputs["same_occupation_level_claimed"]:
        ex.step("同一职业（工种）同一等级只能申请并享受一次：已享受过", *RULES_2024, SECTION)
        failed.append("same_occupation_level_claimed")
    if inputs["higher_level_same_occupation_claimed"]:
        ex.step("已享受同一职业（工种）高级别证书补贴的，不再享受低级别证书补贴", *RULES_2024, SECTION)
        failed.append("higher_level_same_occupation_claimed")


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
    ex.next("下载证岗相适材料模板，请单位盖章", "forms/certificate-job-fit/")
    return materials


def compute(inputs: dict, policy, as_of):
    return run_rules(NAME, OUTPUTS, rules, inputs, policy, as_of)
