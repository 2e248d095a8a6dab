"""Hypothesis strategies for calculator input, shared by the CLI and browser fuzz tests."""
import datetime as dt

from hypothesis import strategies as st

from calculators.api import REGISTRY

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)   # surrogates too
scalars = st.none() | st.booleans() | st.integers() | st.integers(min_value=10**20, max_value=10**60) \
    | st.floats(allow_nan=True, allow_infinity=True) | any_text
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(any_text, inner, max_size=4), max_leaves=12)


def typed(field):
    """Values of the field's type within its range (the calculator may still find them inconsistent)."""
    first = dt.date.fromisoformat((field.min + "-01")[:10]) if isinstance(field.min, str) else dt.date(1950, 1, 1)
    last = dt.date.fromisoformat((field.max + "-28")[:10]) if isinstance(field.max, str) else dt.date(2040, 12, 31)
    days = st.dates(first, last)
    by_type = {
        "date": days.map(str), "month": days.map(lambda d: str(d)[:7]),
        "int": st.integers(field.min if isinstance(field.min, int) else 0,
                           field.max if isinstance(field.max, int) else 400),
        "bool": st.booleans(), "money": st.decimals(0, 5000, places=2).map(str),
        "choice": st.sampled_from([c.value for c in field.choices] or ["x"]),
        "list": st.lists(st.fixed_dictionaries({"month": days.map(lambda d: str(d)[:7]),
                                                "paid": st.decimals(0, 1000, places=2).map(str)}),
                         min_size=1, max_size=5),
    }
    return by_type.get(field.type, st.nothing())


def out_of_range(field):
    """Values of the field's type outside (or at the edge of) what it accepts."""
    return {"int": st.integers(-10, 10**12), "money": st.decimals(-1, 10**7, places=2).map(str),
            "date": st.dates().map(str), "month": st.dates().map(lambda d: str(d)[:7])}.get(field.type, st.nothing())


def plausible(field):
    """Values near what the field expects, and some that are not."""
    odd = st.sampled_from(["", " ", "2025-13", "2025-02-30", "0000-01", "9999-12-31", "-1", "1e9", "０１", "2025-1",
                           "2025-06-15", "2025-06", "1966-06", "true", "null"])
    return typed(field) | out_of_range(field) | odd | json_values


def calculator_inputs(name, values=plausible):
    fields = REGISTRY[name].INPUTS
    return st.fixed_dictionaries({}, optional={f.name: values(f) for f in fields})


mixed_line = st.sampled_from(sorted(REGISTRY)).flatmap(
    lambda name: calculator_inputs(name).map(lambda inputs: {"calculator": name, "input": inputs}))
