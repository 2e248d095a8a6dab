"""不予发放告知 (《通知》一: "审核不通过的要及时准确向失业人员说明原因及处置方式"): from the eligibility
calculator's answer for a person, each condition not met in plain words with its legal basis, and what
the person can do. The page lays these into a printable letter whose blanks the office fills in.

The conditions are the eligibility calculator's failed_conditions (and, for an uncertain answer, the
separation reason to be verified); the quoted law is the text the site's data holds (notice.yaml)."""
import datetime as dt

from calculators.api import run as run_calculator
from calculators.dates import month_zh, parse_month

NOTICE_REAPPLY = "失业人员再次申请的，经办机构应当重新审核，符合条件的发放失业保险金。"   # 《通知》一
ARTICLE_45 = "第四十五条"

# condition → (title, basis [(source id, article, quote or None)])
CONDITIONS = {
    "contribution_months": ("缴费不满1年", [("social_insurance_law", f"{ARTICLE_45}第（一）项",
                                         "（一）失业前用人单位和本人已经缴纳失业保险费满一年的")]),
    "separation_reason": ("属于本人意愿中断就业", [("social_insurance_law", f"{ARTICLE_45}第（二）项",
                                            "（二）非因本人意愿中断就业的")]),
    "seeking_work": ("没有求职要求", [("social_insurance_law", f"{ARTICLE_45}第（三）项",
                                    "（三）已经进行失业登记，并有求职要求的")]),
    "receiving_pension": ("已享受基本养老保险待遇", [("social_insurance_law", "第五十一条第（四）项",
                                              "（四）享受基本养老保险待遇的")]),
    "retirement_age_reached": ("已到法定退休年龄", [("employment_service_rules", "第六十三条", None)]),
    "separation_to_verify": ("离职原因需要核实", [("social_insurance_law", f"{ARTICLE_45}第（二）项",
                                             "（二）非因本人意愿中断就业的"), ("nm_notice", "五、妥善处理争议", None)]),
}


def letter(inputs, as_of, policy) -> dict:
    """{"errors"} for invalid inputs; {"applicable": False, ...} when the answer is yes; else the letter's parts."""
    as_of = as_of or dt.date.today().isoformat()
    result = run_calculator("eligibility", inputs, policy.raw, as_of)
    if "errors" in result:
        return {"errors": result["errors"]}
    if result["eligible"] == "yes":
        return {"applicable": False, "eligible": "yes", "headline": result["headline"],
                "message": "按填写的情况，申请人符合领取条件，不需要出具不予发放告知。"}
    codes = list(result["failed_conditions"])
    if result["eligible"] == "uncertain":
        codes.append("separation_to_verify")
    reasons = [_reason(code, inputs, result, policy) for code in codes]
    return {"applicable": True, "eligible": result["eligible"], "headline": result["headline"],
            "title": "失业保险金不予发放告知书" if result["eligible"] == "no" else "失业保险金暂不予发放告知书",
            "intro": ("经审核，您的申请不符合领取失业保险金的条件，现将原因和处置方式告知如下。" if result["eligible"] == "no"
                      else "经审核，您的申请有以下情况需要核实，核实前暂不予发放失业保险金，现将原因和处置方式告知如下。"),
            "reasons": reasons, "options": _options(codes), "as_of": as_of, "data_version": result.get("data_version")}


def _reason(code: str, inputs: dict, result: dict, policy) -> dict:
    title, basis = CONDITIONS[code]
    return {"code": code, "title": title, "text": _plain(code, inputs, result),
            "basis": [{"label": f"《{policy.sources.get(source, {}).get('title', source)}》{article}", "quote": quote}
                      for source, article, quote in basis]}


def _plain(code: str, inputs: dict, result: dict) -> str:
    """The condition in plain words, with the person's own figures."""
    if code == "contribution_months":
        return (f"失业前用人单位和您本人累计缴纳失业保险费{inputs.get('contribution_months')}个月，不满1年。"
                "领取失业保险金需要失业前累计缴费满1年。")
    if code == "separation_reason":
        from calculators.eligibility import REASON_LABEL

        label = REASON_LABEL.get(inputs.get("separation_reason"), "")
        return f"您的离职原因为“{label}”，属于本人意愿中断就业。领取失业保险金需要是非因本人意愿中断就业。"
    if code == "seeking_work":
        return "您目前没有求职要求。领取失业保险金需要已经进行失业登记，并有求职要求。"
    if code == "receiving_pension":
        return "您已按月领取基本养老金（享受基本养老保险待遇），按规定不能领取失业保险金。"
    if code == "retirement_age_reached":
        new = result.get("new_retirement")
        when = f"（新的法定退休时间为{month_zh(parse_month(new))}）" if new else ""
        return f"申请时您已达到法定退休年龄{when}。失业登记和失业保险金只面向法定劳动年龄内的人员。"
    return ("您离职的原因需要进一步核实：单位登记的停保原因与实际情况是否一致，"
            "要按变更停保原因的程序确认后才能确定是否属于非因本人意愿中断就业。")


def _options(codes: list) -> list:
    out = []
    if "separation_reason" in codes or "separation_to_verify" in codes:
        out.append("单位登记的停保原因与实际不符的，可以由原用人单位通过自治区人力资源和社会保障厅网站申请变更停保原因，"
                   "或者由您本人到人社部门综合柜台窗口申请，提交解除劳动关系协议（证明）、劳动仲裁调解书或法律文书等材料；"
                   "变更后符合条件的，经办机构及时发放失业保险金（《通知》五、妥善处理争议）。")
    if "retirement_age_reached" in codes:
        out.append("已到法定退休年龄的，请咨询按月领取基本养老金的手续；累计缴费年限不足的，可以按照规定通过延长缴费或者"
                   "一次性缴费的办法达到最低缴费年限（《国务院关于渐进式延迟法定退休年龄的办法》第二条）。")
    if "seeking_work" in codes:
        out.append("有求职要求后，您可以办理失业登记并再次申请。")
    out.append(f"情况发生变化或补齐材料后，您可以再次申请。《通知》规定：“{NOTICE_REAPPLY}”")
    out.append("对本告知有疑问或者认为审核有误的，可以到综合柜台窗口、拨打业务咨询电话或12333人社咨询热线咨询、反映"
               "（《通知》八、畅通申诉渠道）。")
    return out
