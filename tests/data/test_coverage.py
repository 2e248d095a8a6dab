"""Temporal coverage of the real policy data: every parameter has exactly one value in force
throughout every month from 2025-01 to 2026-12 — or, when its data end (`ends`: the skill-subsidy
rules, none found for 2026), is explicitly "not covered" in the months after — and a date outside
the data is "not covered"."""
import calendar
from pathlib import Path

import pytest

from builder.compile import NotCovered, compile_policy, value_at

ROOT = Path(__file__).resolve().parents[2]
MONTHS = [(y, m) for y in (2025, 2026) for m in range(1, 13)]
# The parameters the contract lists (/tmp/contract.md); the data must define all of them.
REQUIRED = {
    "review.working_days", "benefit.duration_bands", "benefit.combined_cap_months",
    "benefit.rate_first_12", "benefit.rate_after_12", "benefit.supplement",
    "minimum_wage.class1_monthly", "minimum_wage.class2_monthly", "minimum_wage.class3_monthly",
    "minimum_wage.class1_hourly", "minimum_wage.class2_hourly", "minimum_wage.class3_hourly",
    "retirement.cohorts", "retirement.flexible_early_max_months", "retirement.flexible_late_max_months",
    "retirement.min_contribution_months", "transition.receiving_on", "transition.near_retirement_months",
    "subsidy.min_contribution_months", "subsidy.amounts", "subsidy.claim_window_months",
    "subsidy.max_claims_per_year",
}


@pytest.fixture(scope="module")
def policy():
    return compile_policy(ROOT / "policy_data")


def test_every_listed_parameter_exists(policy):
    assert REQUIRED - set(policy["parameters"]) == set()


@pytest.mark.parametrize("year,month", MONTHS, ids=[f"{y}-{m:02d}" for y, m in MONTHS])
def test_one_value_for_the_whole_month(policy, year, month):
    first = f"{year}-{month:02d}-01"
    last = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    for pid, param in policy["parameters"].items():
        if param.get("ends") and first > param["ends"]:
            with pytest.raises(NotCovered):
                value_at(param, first)
            continue
        assert not param.get("ends") or last <= param["ends"], f"{pid}: its data end inside {year}-{month:02d}"
        at_start, at_end = value_at(param, first), value_at(param, last)   # NotCovered fails the test
        assert at_start is at_end, f"{pid}: the value changes inside {year}-{month:02d}"


def test_a_date_before_the_data_is_not_covered(policy):
    for pid, param in policy["parameters"].items():
        with pytest.raises(NotCovered, match="数据未覆盖"):
            value_at(param, "1900-01-01")


def test_a_date_after_the_end_is_not_covered():
    param = {"ends": "2024-12-31", "values": [{"from": "2020-01-01", "value": 1}]}
    assert value_at(param, "2024-12-31")["value"] == 1
    with pytest.raises(NotCovered, match="晚于该参数的结束日期 2024-12-31"):
        value_at(param, "2025-01-01")


def test_the_value_in_force_is_the_latest_that_has_started():
    param = {"ends": None, "values": [{"from": "2024-12-01", "value": 2270}, {"from": "2025-12-01", "value": 2380}]}
    assert value_at(param, "2025-11-30")["value"] == 2270
    assert value_at(param, "2025-12-01")["value"] == 2380
    with pytest.raises(NotCovered):
        value_at(param, "2024-11-30")


def test_holiday_schedules_cover_2025_and_2026(policy):
    assert {"2025", "2026"} <= set(policy["holidays"])
