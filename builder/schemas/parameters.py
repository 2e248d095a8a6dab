"""Dated parameters (after OpenFisca): values keyed by the date they take effect, each with a reference."""
from builder.quotes import numbers_of, quote_has
from builder.schema import (Any_, Bool, Date, Dict, Enum, Int, List, Map, Num, Ref, Str, V,
                            date_problem)

KIND = "parameters"
FILES = "parameters/*.yaml"
REQUIRED = True
PREFIX = True

# Every number a parameter can hold has sane bounds, so a slip (10^20 working days, a rate of 95
# instead of 0.95) fails the build at its line instead of every answer that uses it.
MAX_YUAN = 100_000           # no monthly standard or subsidy comes near it
UNITS = {
    "ratio": Num(0, 1),
    "yuan": None,            # a number, or a mapping of names to numbers (subsidy.amounts)
    "months": Int(0, 600),   # 50 years
    "working_days": Int(1, 60),
    "days": Int(1, 3660),    # calendar days (screening windows), up to ten years
    "count": Int(0, 100),
    "date": Date(),
    "table": None,           # a list of rows (mappings), or one mapping (subsidy.amounts by level)
    "rule": Map({}, extra=True),
}
# Numbers inside a table or rule value, by key. A number under a key not listed here is an error:
# add the key with its bounds when a new kind of table or rule needs it.
KEY_BOUNDS = {
    "min_contribution_months": Int(0, 600),
    "max_benefit_months": Int(0, 24),
    "original_age_years": Int(40, 70),
    "step_birth_months": Int(1, 12),
    "max_delay_months": Int(0, 120),
    "junior": Num(0, MAX_YUAN),
    "intermediate": Num(0, MAX_YUAN),
    "senior": Num(0, MAX_YUAN),
}

_REFERENCE = Map({"source": Ref("source"), "article": Str(), "quote": Str()}, optional=("quote",))
# derivation: for a value the quote states only as a rule (15年 + 6个月 a year), the arithmetic that gives it.
_VALUE = Map({"value": Any_(), "reference": Any_(), "verified": Bool(), "note": Str(), "derivation": Str()},
             optional=("reference", "verified", "note", "derivation"))
_PARAMETER = Map({
    "description": Str(),
    "unit": Enum(*UNITS),
    "last_checked": Date(),
    "verified": Bool(),
    "note": Str(),
    "values": Dict(Str(), _VALUE, min_len=1),
    "ends": Date(),
}, optional=("verified", "note", "ends"))

SCHEMA = Dict(Str(), _PARAMETER, min_len=1)


class _Yuan(V):
    def check(self, value, path, c):
        if isinstance(value, dict):
            return all([Num(0, MAX_YUAN).check(v, path + (k,), c) for k, v in value.items()])
        return Num(0, MAX_YUAN).check(value, path, c)


class _BoundedNumbers(V):
    """Every number inside a table or rule lies within its key's KEY_BOUNDS."""

    def check(self, value, path, c):
        stack = [(value, path)]
        while stack:
            node, where = stack.pop()
            items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
            for key, child in items:
                if isinstance(child, (int, float)) and not isinstance(child, bool):
                    bounds = KEY_BOUNDS.get(key)
                    if bounds is None:
                        c.add(where + (key,), f"数字 {child} 所在的键 “{key}” 没有登记取值范围"
                                              "（builder/schemas/parameters.py 的 KEY_BOUNDS）")
                    else:
                        bounds.check(child, where + (key,), c)
                else:
                    stack.append((child, where + (key,)))
        return True


class _Table(V):
    def check(self, value, path, c):
        if isinstance(value, dict):
            return Map({}, extra=True).check(value, path, c)
        return List(Map({}, extra=True), min_len=1).check(value, path, c)


def check(doc, c):
    for key, param in doc.data.items():
        if not isinstance(param, dict) or not isinstance(param.get("values"), dict):
            continue
        pid = c.label((key,))
        values = param["values"]
        previous = None
        for day, entry in values.items():
            path = (key, "values", day)
            problem = date_problem(day)
            if problem:
                c.add(path, problem)
                continue
            if previous is not None and day <= previous:
                c.add(path, f"日期未按先后排列：{day} 写在 {previous} 之后")
            previous = day
            if not isinstance(entry, dict):
                continue
            if "reference" not in entry or entry["reference"] is None:
                c.add_plain(path, f"{pid}: value for {day} has no reference（{day} 起的取值缺少依据）")
            else:
                _REFERENCE.check(entry["reference"], path + ("reference",), c)
            unit = param.get("unit")
            if "value" in entry and unit in UNITS:
                spec = UNITS[unit] or (_Yuan() if unit == "yuan" else _Table())
                if spec.check(entry["value"], path + ("value",), c) and unit in ("table", "rule"):
                    _BoundedNumbers().check(entry["value"], path + ("value",), c)
            check_quote_numbers(entry, unit, path, c)
        ends = param.get("ends")
        if isinstance(ends, str) and previous and not date_problem(ends) and ends < previous:
            c.add((key, "ends"), f"结束日期 {ends} 早于最后一个取值的生效日期 {previous}")


def check_quote_numbers(entry: dict, unit, path: tuple, c) -> None:
    """A value's quote, when there is one, must contain each number the value states (in any usual
    form: 95% / 百分之九十五, 十五年 for 180 months …). A value the quote gives only as a rule carries a
    `derivation`, which must then contain the number instead."""
    ref = entry.get("reference")
    quote = ref.get("quote") if isinstance(ref, dict) else None
    if not isinstance(quote, str) or "value" not in entry:
        return
    derivation = entry.get("derivation")
    for number, how in numbers_of(entry["value"], unit):
        if quote_has(quote, number, how):
            continue
        if isinstance(derivation, str):
            if not quote_has(derivation, number, how):
                c.add(path + ("derivation",), f"推算过程中没有出现取值 {number}")
            continue
        c.add(path + ("reference", "quote"), f"引文中没有出现它所支持的数值 {number}：请引用写有该数值的原文，"
                                             "或去掉引文，或用 derivation 写明如何由引文推算")


def defines(doc):
    stem = doc.file.rsplit("/", 1)[-1].removesuffix(".yaml")
    return {"parameter": {f"{stem}.{k}": doc.line((k,)) for k in doc.data}}
