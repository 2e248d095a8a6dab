"""Temporal coverage (after Catala): every parameter of the contract resolves to exactly one value
for every month 2025-01..2026-12 (the skill-subsidy rules: 2024-01..2025-12, and explicitly not after,
since no 2026 rule was found), and every value names its source and article."""
import datetime as dt

import pytest

from calculators.policy import NotCovered, Policy

CONTRACT_IDS = [
    "review.working_days", "benefit.duration_bands", "benefit.combined_cap_months", "benefit.rate_first_12",
    "benefit.rate_after_12", "benefit.supplement", *(f"minimum_wage.class{c}_{k}" for c in (1, 2, 3) for k in ("monthly", "hourly")),
    "retirement.cohorts", "retirement.flexible_early_max_months", "retirement.flexible_late_max_months",
    "retirement.min_contribution_months", "transition.receiving_on", "transition.near_retirement_months",
]
SUBSIDY_IDS = ["subsidy.min_contribution_months", "subsidy.amounts", "subsidy.claim_window_months",
               "subsidy.max_claims_per_year"]
MONTHS = [dt.date(2025 + i // 12, i % 12 + 1, 1) for i in range(24)]
SUBSIDY_MONTHS = [dt.date(2024 + i // 12, i % 12 + 1, 1) for i in range(24)]


def covers(policy, param_id, months):
    p = Policy(policy)
    starts = [v["from"] for v in policy["parameters"][param_id]["values"]]
    assert len(starts) == len(set(starts)), "one value per date"
    for month in months:
        for day in (month, month.replace(day=28)):
            pv = p.value(param_id, day)
            assert pv.reference["source"] in policy["sources"] and pv.reference["article"]


@pytest.mark.parametrize("param_id", CONTRACT_IDS)
def test_parameter_covers_2025_2026(policy, param_id):
    covers(policy, param_id, MONTHS)


@pytest.mark.parametrize("param_id", SUBSIDY_IDS)
def test_subsidy_rules_cover_2024_2025_and_end_there(policy, param_id):
    covers(policy, param_id, SUBSIDY_MONTHS)
    with pytest.raises(NotCovered):
        Policy(policy).value(param_id, dt.date(2026, 1, 1))
    if param_id != "subsidy.claim_window_months":   # the 12-month window dates from 2017; the rest from 2024
        with pytest.raises(NotCovered):
            Policy(policy).value(param_id, dt.date(2023, 12, 31))


def test_unverified_facts_are_marked(policy):
    """facts.md marks these unverified; the data must say so (so every result using them warns)."""
    p = Policy(policy)
    on = dt.date(2026, 1, 1)
    for param_id in ("minimum_wage.class2_monthly", "minimum_wage.class3_monthly", "benefit.supplement",
                     "benefit.duration_bands", "transition.near_retirement_months"):
        assert not p.value(param_id, on).verified, param_id
    assert not p.value("benefit.rate_after_12", dt.date(2025, 6, 1)).verified    # 85%: only in news reports
    assert not p.value("subsidy.amounts", dt.date(2025, 6, 1)).verified        # Inner Mongolia 2025: not found
    assert not p.value("subsidy.claim_window_months", dt.date(2025, 6, 1)).verified
    assert not p.value("benefit.rate_first_12", dt.date(2024, 9, 1)).verified  # 第七条 read only to “……标准的”
    assert p.value("benefit.rate_first_12", dt.date(2024, 12, 1)).verified     # 内人社办发〔2024〕195号, verbatim
    assert p.value("minimum_wage.class1_monthly", on).verified
    assert p.value("minimum_wage.class1_monthly", dt.date(2024, 11, 1)).verified   # 1980, verbatim in 195号
