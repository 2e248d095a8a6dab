"""不予发放告知: each failed condition of the eligibility answer, in plain words, with its legal basis
quoted as the site's data holds it; what the person can do, including the notice's reapplication rule."""
import json
from pathlib import Path

import pytest

from screening import api

ROOT = Path(__file__).resolve().parents[2]
DATA = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "policy_data").rglob("*.yaml"))
NOTICE = (ROOT / "tests" / "site" / "notice_official.txt").read_text(encoding="utf-8")
BASE = {"contribution_months": 36, "separation_reason": "layoff", "registered_unemployed": True,
        "seeking_work": True, "receiving_pension": False, "application_month": "2026-10"}


@pytest.fixture(scope="module")
def compiled(policy_file):
    from calculators.api import policy_for

    return policy_for(json.loads(policy_file.read_text(encoding="utf-8")))


def letter(compiled, **changes):
    return api.letter({**BASE, **changes}, "2026-11-27", compiled)


@pytest.mark.parametrize("changes,code,words", [
    ({"contribution_months": 8}, "contribution_months", "累计缴纳失业保险费8个月，不满1年"),
    ({"separation_reason": "resigned"}, "separation_reason", "您的离职原因为“本人辞职”，属于本人意愿中断就业"),
    ({"seeking_work": False}, "seeking_work", "您目前没有求职要求"),
    ({"receiving_pension": True}, "receiving_pension", "您已按月领取基本养老金"),
    ({"birth": "1960-03", "category": "male"}, "retirement_age_reached", "新的法定退休时间为2020年3月"),
])
def test_each_failed_condition(compiled, changes, code, words):
    result = letter(compiled, **changes)
    assert result["applicable"] is True and result["eligible"] == "no"
    assert result["title"] == "失业保险金不予发放告知书"
    reason = next(r for r in result["reasons"] if r["code"] == code)
    assert words in reason["text"] and reason["basis"][0]["label"].startswith("《")


def test_several_conditions_and_basis_quotes_are_the_datas(compiled):
    result = letter(compiled, contribution_months=5, separation_reason="resigned", seeking_work=False)
    assert [r["code"] for r in result["reasons"]] == ["contribution_months", "separation_reason", "seeking_work"]
    for reason in result["reasons"]:
        for basis in reason["basis"]:
            assert basis["quote"] is None or basis["quote"] in DATA
    assert result["reasons"][0]["basis"][0]["label"] == "《中华人民共和国社会保险法》第四十五条第（一）项"


def test_uncertain_reason_points_to_the_stop_reason_route(compiled):
    result = letter(compiled, separation_reason="unsure")
    assert result["eligible"] == "uncertain" and result["title"] == "失业保险金暂不予发放告知书"
    assert [r["code"] for r in result["reasons"]] == ["separation_to_verify"]
    assert "申请变更停保原因" in result["options"][0]


def test_what_the_person_can_do(compiled):
    options = " ".join(letter(compiled, separation_reason="resigned")["options"])
    assert "再次申请的，经办机构应当重新审核" in options
    assert "失业人员再次申请的，经办机构应当重新审核，符合条件的发放失业保险金。" in NOTICE
    assert "12333" in options and "申请变更停保原因" in options


def test_eligible_needs_no_letter_and_bad_input_is_reported(compiled):
    assert letter(compiled)["applicable"] is False
    errors = api.letter({"contribution_months": "x"}, "2026-11-27", compiled)["errors"]
    assert errors[0]["field"] == "contribution_months"
