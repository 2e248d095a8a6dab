"""The trimmed standard library covers what the calculators do: a hypothesis run over random valid inputs of
every calculator, generated in CPython, answered in one page by the worker (plain boot, trimmed stdlib),
compared with CPython's answers. A module missing from the trimmed library would surface as an error
result ("计算出错（ModuleNotFoundError）") that CPython does not give."""
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from calculator_support import CALCULATORS, policy
from calculators.api import REGISTRY, run
from runtime_support import calculate, open_harness, start, worker_url

pytestmark = pytest.mark.browser

PER_CALCULATOR = 30
months = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1940, 2060), st.integers(1, 12))
dates = st.dates(dt.date(2019, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
money = st.decimals(0, 5000, places=2).map(str)
# months as a number, as 9年6个月 text, or as {"years", "months"} (calculators/written.py read_duration)
durations = st.integers(0, 400) | st.builds(lambda y, m: f"{y}年{m}个月", st.integers(0, 33), st.integers(0, 11)) \
    | st.builds(lambda y, m: {"years": y, "months": m}, st.integers(0, 33), st.integers(0, 11))


def valid_value(field):
    if field.type == "choice":
        return st.sampled_from([c.value for c in field.choices])
    if field.type == "list":
        return st.lists(st.fixed_dictionaries({"month": months, "paid": money}), min_size=1, max_size=6)
    return {"month": months, "date": dates, "int": st.integers(0, 400), "duration": durations, "bool": st.booleans(), "money": money}[field.type]


def inputs_of(name):
    fields = REGISTRY[name].INPUTS
    required = {f.name: valid_value(f) for f in fields if f.required}
    optional = {f.name: valid_value(f) for f in fields if not f.required}
    return st.fixed_dictionaries(required, optional=optional)


def generated_batch() -> list[dict]:
    batch = []
    for name in CALCULATORS:
        def collect(inputs, as_of, name=name):
            batch.append({"name": name, "input": inputs, "as_of": as_of})

        settings(max_examples=PER_CALCULATOR, deadline=None, database=None, suppress_health_check=list(HealthCheck))(
            given(inputs=inputs_of(name), as_of=st.dates(dt.date(2024, 6, 1), dt.date(2027, 12, 31)).map(dt.date.isoformat))(
                lambda inputs, as_of: collect(inputs, as_of)))()
    return batch


def test_random_valid_inputs_give_cpythons_answers_under_pyodide(context, base_url, site_dir):
    batch = generated_batch()
    page = open_harness(context, base_url)
    ready = start(page, worker_url(site_dir, base_url, runtime="plain"))
    assert ready["type"] == "ready", ready
    answers = calculate(page, batch)
    differ = []
    for case, answer in zip(batch, answers):
        expected = json.loads(json.dumps(run(case["name"], case["input"], policy(), case["as_of"]), ensure_ascii=False))
        if answer.get("result") != expected:
            differ.append((case, answer.get("result", answer)))
    assert len(batch) >= PER_CALCULATOR * len(CALCULATORS) // 2
    assert differ == [], f"{len(differ)} of {len(batch)} differ; first: {differ[:1]}"
