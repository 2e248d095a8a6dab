"""Property-based tests: for any JSON the calculators answer with a result or the one input error,
deterministically; benefit_months never exceeds the 24-month cap; an eligibility schedule sums to its
total and pays each month at a standard in force that month; a refund never exceeds the sum of the
standards of the months refunded."""
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from calculators.api import REGISTRY, evaluate, run
from calculators.errors import InputError
from calculators.policy import Policy

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True) | st.text(max_size=12)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)
months = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1930, 2070), st.integers(1, 12))
dates = st.dates(dt.date(2017, 1, 1), dt.date(2060, 12, 31)).map(dt.date.isoformat)
as_ofs = st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31)).map(dt.date.isoformat)
money = st.decimals(0, 5000, places=2).map(str)


def field_values(name: str):
    """For each input field: a plausible valid value or any JSON at all."""
    kinds = {f.name: f for f in REGISTRY[name].INPUTS}
    plausible = {"month": months, "date": dates, "int": st.integers(-2, 700),
                 "duration": st.integers(-2, 700) | st.fixed_dictionaries({"years": st.integers(0, 60), "months": st.integers(0, 11)}),
                 "bool": st.booleans(), "money": money,
                 "choice": None, "list": st.lists(st.fixed_dictionaries({"month": months, "paid": money}), max_size=5)}
    out = {}
    for fname, f in kinds.items():
        good = st.sampled_from([c.value for c in f.choices]) if f.type == "choice" else plausible[f.type]
        out[fname] = good | json_values
    return st.fixed_dictionaries({}, optional=out)


def answer_or_input_error(name, inputs, policy, as_of):
    try:
        return evaluate(name, inputs, policy, as_of)
    except InputError as e:
        assert e.errors and all(isinstance(x["message"], str) and x["message"] for x in e.errors)
        return None


@SETTINGS
@given(name=st.sampled_from(sorted(REGISTRY)), data=st.data(), as_of=as_ofs)
def test_any_json_gives_result_or_input_error(policy, name, data, as_of):
    inputs = data.draw(field_values(name) | json_values)
    result = answer_or_input_error(name, inputs, policy, as_of)
    if result is not None:
        assert result["calculator"] == name and result["outcome"] in ("yes", "no", "uncertain", "info")
        assert all({"text", "source", "article", "section"} <= set(t) for t in result["trace"])
        assert result["trace"], "every result explains itself"


@SETTINGS
@given(name=st.sampled_from(sorted(REGISTRY)), data=st.data(), as_of=as_ofs)
def test_results_are_deterministic(policy, name, data, as_of):
    inputs = data.draw(field_values(name))
    assert run(name, inputs, policy, as_of) == run(name, inputs, policy, as_of)


eligibility_inputs = st.fixed_dictionaries({
    "contribution_months": st.integers(0, 600), "previous_unclaimed_months": st.integers(0, 24),
    "separation_reason": st.sampled_from([c.value for c in REGISTRY["eligibility"].REASONS]),
    "registered_unemployed": st.booleans(), "seeking_work": st.booleans(), "receiving_pension": st.booleans(),
    "application_month": st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(2000, 2070), st.integers(1, 12)),
})


@SETTINGS
@given(inputs=eligibility_inputs, as_of=as_ofs)
def test_benefit_months_never_exceed_24(policy, inputs, as_of):
    result = evaluate("eligibility", inputs, policy, as_of)
    assert result["benefit_months"] is not None
    assert 0 <= result["benefit_months"] <= 24


refund_inputs = st.fixed_dictionaries({
    "benefit_start": months, "benefit_end": months, "standard": money,
    "months": st.lists(st.fixed_dictionaries({"month": months, "paid": money}, optional={"standard": money}),
                       min_size=1, max_size=12, unique_by=lambda m: m["month"]),
})


@SETTINGS
@given(inputs=refund_inputs, as_of=as_ofs)
def test_refund_never_exceeds_sum_of_standards(policy, inputs, as_of):
    result = answer_or_input_error("refund", inputs, policy, as_of)
    if result is None:
        return
    total = Decimal(result["refund_total"])
    standards = sum((Decimal(m["standard"]) for m in result["per_month"]), Decimal(0))
    paid = sum((Decimal(m["paid"]) for m in result["per_month"]), Decimal(0))
    assert total <= standards and total <= paid
    assert len(result["per_month"]) + len(result["excluded"]) == len(inputs["months"])


def month_range(first: str, last: str):
    y, m = map(int, first.split("-"))
    while f"{y:04d}-{m:02d}" <= last:
        yield dt.date(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def standards_in_force(p, day: dt.date) -> set[str]:
    base = Decimal(str(p.value("minimum_wage.class1_monthly", day).value))
    return {str((base * Decimal(str(p.value(rate, day).value))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
            for rate in ("benefit.rate_first_12", "benefit.rate_after_12")}


births = st.one_of(st.just({}), st.fixed_dictionaries({
    "birth": st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1960, 1990), st.integers(1, 12)),
    "category": st.sampled_from(["male", "female_55", "female_50"])}))


@SETTINGS
@given(inputs=eligibility_inputs, app=st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(2024, 2030), st.integers(1, 12))
       .filter(lambda a: a >= "2024-08"), birth=births,
       as_of=st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat))
def test_schedule_total_and_standards(policy, inputs, app, birth, as_of):
    """total is the sum of the schedule; each month is paid at one of the standards in force in that month;
    the schedule runs month by month from the application month and never beyond the entitlement."""
    inputs = {**inputs, "application_month": app}
    result = evaluate("eligibility", {**inputs, **birth}, policy, as_of)
    schedule = result["schedule"]
    if result["eligible"] == "no":
        assert schedule == [] and result["total"] is None
        return
    p = Policy(policy)
    total, months, expected_start = Decimal(0), 0, inputs["application_month"]
    for row in schedule:
        assert row["from"] == expected_start
        days = list(month_range(row["from"], row["to"]))
        assert len(days) == row["months"] > 0
        for day in days:
            assert row["amount"] in standards_in_force(p, day), (row, day)
        total += Decimal(row["amount"]) * row["months"]
        months += row["months"]
        nxt = days[-1] + dt.timedelta(days=31)
        expected_start = f"{nxt.year:04d}-{nxt.month:02d}"
    assert result["total"] == (str(total.quantize(Decimal("0.01"))) if schedule else None)
    assert months <= result["benefit_months"]
    if result["new_retirement"] is None or result["new_retirement"] > schedule[-1]["to"]:
        assert months == result["benefit_months"]
    else:
        assert schedule[-1]["to"] == result["new_retirement"]
