"""Hand-built rows for the rule tests: valid ID numbers made from the standard's weights (not by
screening.ids), and the contract's column names."""
import datetime as dt

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CLAIMS = ["身份证号", "姓名", "单位", "离职日期", "申领日期", "连续缴费月数", "领金开始", "领金结束", "领金地"]
EMPLOYERS = ["单位", "参保人数"]
SUBSIDIES = ["身份证号", "证书编号", "职业", "等级", "发证日期", "评价机构", "发证地", "参保地", "申领日期", "金额"]


def ident(k: int, birth: str = "19800101") -> str:
    first17 = f"150102{birth}{k:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def day(start: str, plus: int = 0) -> str:
    return (dt.date.fromisoformat(start) + dt.timedelta(days=plus)).isoformat()


def claim(k, employer="甲公司", separated="2025-03-01", applied=None, months=24, start="2025-04", end="2026-03",
          place="内蒙古"):
    return [ident(k), f"测试{k}", employer, separated, applied or "2025-03-10", months, start, end, place]


def subsidy(k, cert=None, occupation="电工", level="初级", issued="2025-03-01", assessor="某评价中心",
            issued_place="内蒙古", insured_place="内蒙古", applied="2025-04-01", amount=1000):
    return [ident(k), cert or f"S{k:08d}", occupation, level, issued, assessor, issued_place, insured_place, applied, amount]
