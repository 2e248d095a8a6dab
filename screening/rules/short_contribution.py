"""连续缴费不足3个月申领失业保险金 (通知七): each claim whose continuous contribution is below the threshold."""
from itertools import compress

NAME = "short_contribution"
TITLE = "连续缴费不足3个月申领"
SECTION = "七"
QUOTE = "连续缴费不足3个月申领失业保险金"
NEEDS = ("claims",)


def check(run) -> list:
    months = run.param(NAME, "months")
    claims = run.table("claims")
    ids, paid = claims.cols["id_number"], claims.cols["continuous_months"]
    short = compress(range(len(paid)), map(months.__gt__, paid))
    return [run.flag(NAME, "claims", ids[i], [claims.lines[i]], f"连续缴费{paid[i]}个月，不足{months}个月即申领失业保险金")
            for i in short]
