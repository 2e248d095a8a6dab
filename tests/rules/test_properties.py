"""Property-based tests: for any JSON the calculators answer with a result or the one input error,
deterministically; benefit_months never exceeds the 24-month cap; a refund never exceeds the sum
of the standards of the months refunded."""
import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from calculators.api import REGISTRY, evaluate, run
from calculators.errors import InputError

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
    plausible = {"month": months, "date": dates, "int": st.integers(-2, 700), "bool": st.booleans(), "money": money,
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
