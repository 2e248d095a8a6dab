"""Each rule on hand-built tables: what it must flag (keys and rows exactly as in the contract) and the
clean rows next to each threshold that it must not flag."""
from screening_cases import CLAIMS, EMPLOYERS, SUBSIDIES, claim, day, ident, subsidy

FLAG_KEYS = {"rule", "file", "key", "rows", "clause", "message"}


def of(flags, rule):
    return [f for f in flags if f["rule"] == rule]


def keys_rows(flags, rule):
    return {(f["key"], tuple(f["rows"])) for f in of(flags, rule)}


def test_every_flag_has_the_contracts_fields(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1, months=1), claim(2)])
    code, flags, _ = screen("--claims", path)
    assert code == 0 and flags
    for f in flags:
        assert FLAG_KEYS <= set(f) <= FLAG_KEYS | {"cross_province", "params"}
        assert f["clause"].startswith("《通知》") or f["clause"].startswith("数据核查")


def test_short_contribution(screen):
    path = screen.file("c.csv", CLAIMS, [claim(1, months=2), claim(2, months=3), claim(3, months=0), claim(4, months=40)])
    code, flags, _ = screen("--claims", path)
    assert keys_rows(flags, "short_contribution") == {(ident(1), (2,)), (ident(3), (4,))}
    assert of(flags, "short_contribution")[0]["clause"] == "《通知》七、加强风险防控：“连续缴费不足3个月申领失业保险金”"
    assert of(flags, "short_contribution")[0]["params"] == {"months": 3}
    _, flags, _ = screen("--claims", path, "--set", "short_contribution.months=4")
    assert {f["key"] for f in of(flags, "short_contribution")} == {ident(1), ident(2), ident(3)}


def _separations(first_id, employer, start, offsets):
    return [claim(first_id + i, employer, day(start, d)) for i, d in enumerate(offsets)]


def test_mass_separation_window_and_count(screen):
    rows = (_separations(100, "集中公司", "2025-03-01", list(range(0, 29, 3)) + [29])       # 10 in days 0–29
            + _separations(200, "九人公司", "2025-03-01", range(0, 27, 3))                  # 9 in 30 days
            + _separations(300, "跨期公司", "2025-03-01", list(range(0, 27, 3)) + [30])      # 10 over 31 days
            + _separations(400, "集中公司", "2025-06-01", [0]))                            # isolated, months later
    path = screen.file("c.csv", CLAIMS, rows)
    code, flags, _ = screen("--claims", path)
    assert code == 0
    assert keys_rows(flags, "mass_separation") == {("集中公司", tuple(range(2, 13)))}
    assert "2025-03-01至2025-03-30有11人离职申领" in of(flags, "mass_separation")[0]["message"]
    assert of(flags, "mass_separation")[0]["params"] == {"count": 10, "days": 30}
    _, flags, _ = screen("--claims", path, "--set", "mass_separation.count=9")
    assert {f["key"] for f in of(flags, "mass_separation")} == {"集中公司", "九人公司", "跨期公司"}
    _, flags, _ = screen("--claims", path, "--set", "mass_separation.days=31")
    assert {f["key"] for f in of(flags, "mass_separation")} == {"集中公司", "跨期公司"}


def test_high_claim_ratio(screen):
    as_of = "2026-06-30"
    edge = day(as_of, -364)          # the first day of the 365 days up to the as-of date
    rows = ([claim(10 + i, "二成公司", applied=edge) for i in range(4)]             # 4 of 20 = 20%
            + [claim(20 + i, "略低公司", applied=as_of) for i in range(4)]          # 4 of 21
            + [claim(30 + i, "小公司", applied=as_of) for i in range(2)]            # 2 of 10, fewer than 3
            + [claim(40 + i, "窗口外公司", applied=as_of) for i in range(3)]
            + [claim(43, "窗口外公司", applied=day(as_of, -365))]                   # 3 in the window of 20
            + [claim(50, "重复公司", applied=as_of), claim(50, "重复公司", applied=as_of)]
            + [claim(51 + i, "重复公司", applied=as_of) for i in range(2)]          # 3 people of 15 = 20%
            + [claim(60 + i, "未列出公司", applied=as_of) for i in range(9)])
    claims = screen.file("c.csv", CLAIMS, rows)
    employers = screen.file("e.csv", EMPLOYERS, [["二成公司", 20], ["略低公司", 21], ["小公司", 10],
                                                 ["窗口外公司", 20], ["重复公司", 15]])
    code, flags, _ = screen("--claims", claims, "--employers", employers, as_of=as_of)
    assert keys_rows(flags, "high_claim_ratio") == {("二成公司", (2, 3, 4, 5)), ("重复公司", (16, 17, 18, 19))}
    found = {f["key"]: f["message"] for f in of(flags, "high_claim_ratio")}
    assert "有4人申领，参保20人，占20%" in found["二成公司"]
    assert "有3人申领，参保15人，占20%" in found["重复公司"]


def test_high_claim_ratio_needs_the_employers_file(screen):
    code, flags, err = screen("--claims", screen.file("c.csv", CLAIMS, [claim(1)]))
    assert code == 0 and not of(flags, "high_claim_ratio")
    assert any("high_claim_ratio" in line and "未提供参保单位文件" in line for line in err)


def test_duplicate_claim_and_cross_province(screen):
    rows = [claim(1, start="2025-01", end="2025-12"), claim(1, start="2025-12", end="2026-03"),       # one month shared
            claim(2, start="2025-01", end="2025-06"), claim(2, start="2025-07", end="2025-12"),       # back to back
            claim(3, start="2025-01", end="2025-12", place="内蒙古"), claim(3, start="2025-05", end="2025-08", place="河北省"),
            claim(4, start="2025-01", end="2025-12", place="内蒙古自治区"), claim(4, start="2025-03", end="2025-04", place="150102"),
            claim(5, start="2024-01", end="2024-06"), claim(5, start="2025-01", end="2025-06"), claim(5, start="2025-06", end="2025-09")]
    code, flags, _ = screen("--claims", screen.file("c.csv", CLAIMS, rows))
    found = {f["key"]: f for f in of(flags, "duplicate_claim")}
    assert set(found) == {ident(1), ident(3), ident(4), ident(5)}
    assert found[ident(1)]["rows"] == [2, 3] and "cross_province" not in found[ident(1)]
    assert found[ident(3)]["rows"] == [6, 7] and found[ident(3)]["cross_province"] is True
    assert "跨省" in found[ident(3)]["message"] and "河北" in found[ident(3)]["message"]
    assert "cross_province" not in found[ident(4)]           # 内蒙古 / 内蒙古自治区 / 150102 are one province
    assert found[ident(5)]["rows"] == [11, 12]


def test_an_open_benefit_period_runs_to_the_as_of_month(screen):
    rows = [claim(1, start="2025-01", end=""), claim(1, start="2026-05", end="2026-08")]
    code, flags, _ = screen("--claims", screen.file("c.csv", CLAIMS, rows), as_of="2026-06-30")
    assert keys_rows(flags, "duplicate_claim") == {(ident(1), (2, 3))}


def _month_rows(totals: dict) -> list:
    rows, k = [], 0
    for month, amounts in totals.items():
        for amount in amounts:
            k += 1
            rows.append(subsidy(k, applied=f"{month}-15", amount=amount, assessor=f"机构{k}", level="初级"))
    return rows


def test_subsidy_surge(screen):
    rows = _month_rows({"2025-01": [5000, 5000], "2025-02": [10000], "2025-03": [4000, 6000],
                        "2025-04": [7500, 7500],                                   # exactly +50%: flagged
                        "2025-06": [20000], "2025-07": [20000], "2025-08": [20000],
                        "2025-09": [29900],                                        # +49.5%: not flagged
                        "2025-11": [2000], "2025-12": [2000], "2026-01": [2000],
                        "2026-02": [3000, 6000]})                                  # +350% but under 10000
    code, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows))
    assert keys_rows(flags, "subsidy_surge") == {("2025-04", (7, 8))}
    assert "2025-04补贴合计15,000.00元，前3个月平均10,000.00元，高出50%" in of(flags, "subsidy_surge")[0]["message"]
    _, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows), "--set", "subsidy_surge.min_amount=5000")
    assert {f["key"] for f in of(flags, "subsidy_surge")} == {"2025-04", "2026-02"}


def test_subsidy_surge_only_judges_months_with_three_months_before(screen):
    rows = _month_rows({"2025-01": [1000], "2025-03": [1000], "2025-04": [1000], "2025-05": [90000]})
    code, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows))
    assert not of(flags, "subsidy_surge")          # 2025-02 has no rows: 2025-05 is not judged


def _certificates(first, assessor, start, offsets):
    return [subsidy(first + i, issued=day(start, d), assessor=assessor) for i, d in enumerate(offsets)]


def test_certificate_cluster(screen):
    twenty = list(range(0, 19)) + [29]
    rows = (_certificates(100, "集中机构", "2025-03-01", twenty)
            + _certificates(200, "十九张机构", "2025-03-01", range(0, 19))
            + _certificates(300, "跨期机构", "2025-03-01", list(range(0, 19)) + [30])
            + _certificates(400, "重号机构", "2025-03-01", range(0, 19)))
    rows.append(list(rows[-1]))                    # the same certificate listed twice counts once
    code, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows))
    assert keys_rows(flags, "certificate_cluster") == {("集中机构", tuple(range(2, 22)))}
    assert "2025-03-01至2025-03-30发放了20张证书" in of(flags, "certificate_cluster")[0]["message"]


def test_certificate_elsewhere(screen):
    rows = [subsidy(1, cert="C1", issued_place="河北省", insured_place="内蒙古"),
            subsidy(2, cert="C2", issued_place="150102", insured_place="内蒙古自治区"),
            subsidy(3, cert="C3", issued_place="", insured_place="内蒙古"),
            subsidy(4, cert="C4", issued_place="130102", insured_place="150203")]
    code, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows))
    assert keys_rows(flags, "certificate_elsewhere") == {("C1", (2,)), ("C4", (5,))}
    assert "证书在河北取得，参保地在内蒙古" in of(flags, "certificate_elsewhere")[0]["message"]


def test_duplicate_subsidy(screen):
    rows = [subsidy(1, cert="A1", level="初级"), subsidy(1, cert="A2", level="五级"),           # same level, two names
            subsidy(2, cert="B1", level="初级"), subsidy(2, cert="B2", level="中级"),           # the next level up
            subsidy(3, cert="C1", occupation="焊工"), subsidy(3, cert="C2", occupation="电工")]
    code, flags, _ = screen("--subsidies", screen.file("s.csv", SUBSIDIES, rows))
    assert keys_rows(flags, "duplicate_subsidy") == {(ident(1), (2, 3))}
    assert of(flags, "duplicate_subsidy")[0]["clause"].startswith("《通知》六、加强证书审核；人社部发〔2024〕40号")


def test_invalid_id_in_either_file(screen):
    bad = ident(7)[:17] + ("0" if ident(7)[17] != "0" else "1")
    claims = screen.file("c.csv", CLAIMS, [claim(1), [bad] + claim(2)[1:], claim(3), [bad] + claim(4)[1:]])
    subsidies = screen.file("s.csv", SUBSIDIES, [[ident(5, "19900230")[:17] + "1"] + subsidy(5)[1:], subsidy(6)])
    code, flags, _ = screen("--claims", claims, "--subsidies", subsidies)
    found = {(f["file"], f["key"], tuple(f["rows"])) for f in of(flags, "invalid_id")}
    assert found == {("claims", bad, (3, 5)), ("subsidies", ident(5, "19900230")[:17] + "1", (2,))}
    assert any("出生日期 19900230 不存在" in f["message"] for f in of(flags, "invalid_id"))


def test_invalid_credit_code(screen):
    claims = screen.file("c.csv", CLAIMS, [claim(1, "甲公司")])
    employers = screen.file("e.csv", ["单位", "参保人数", "统一社会信用代码"],
                            [["甲公司", 100, "91350100M000100Y43"], ["乙公司", 50, "91350100M000100Y44"], ["丙公司", 9, ""]])
    code, flags, _ = screen("--claims", claims, "--employers", employers)
    assert keys_rows(flags, "invalid_credit_code") == {("91350100M000100Y44", (3,))}
    assert of(flags, "invalid_credit_code")[0]["file"] == "employers"
