"""The calculators' public API (used by the CLI, the tests, the build and the browser worker).

run() never raises: it returns a result or {"errors": [{"field", "message"}]}."""
import datetime as dt
import json

from calculators import deadline, eligibility, refund, retirement, subsidy, transition
from calculators.dates import month_of
from calculators.errors import InputError
from calculators.fields import DATE_RE, parse_fields
from calculators.policy import Policy

REGISTRY = {m.NAME: m for m in (eligibility, deadline, retirement, transition, refund, subsidy)}

_policies: dict[int, tuple[dict, Policy]] = {}
_current: dict | None = None


def policy_for(compiled: dict) -> Policy:
    """The Policy wrapper of a compiled policy dict, built once per dict."""
    cached = _policies.get(id(compiled))
    if cached is None or cached[0] is not compiled:
        if len(_policies) > 8:
            _policies.clear()
        cached = _policies[id(compiled)] = (compiled, Policy(compiled))
    return cached[1]


def parse_as_of(as_of: str | None) -> dt.date:
    if as_of is None:
        return dt.date.today()   # only here: a caller that gives no date means "today"
    if isinstance(as_of, str) and DATE_RE.match(as_of):
        try:
            return dt.date.fromisoformat(as_of)
        except ValueError:
            pass
    raise InputError.one("as_of", f"计算日期：请按“年-月-日”填写，例如 2025-06-30（填写的是 {as_of!r}）")


def parse_inputs(name: str, inputs, as_of: dt.date) -> dict:
    module = REGISTRY[name]
    values = parse_fields(module.INPUTS, inputs)
    for f in module.INPUTS:
        if values.get(f.name) is None and f.default_from == "as_of_month":
            values[f.name] = month_of(as_of)
        elif values.get(f.name) is None and f.default_from == "as_of_date":
            values[f.name] = as_of
    return values


def evaluate(name: str, inputs, policy: dict, as_of: str | None) -> dict:
    """Compute a result; raises InputError for invalid input (and nothing else, for any input)."""
    if name not in REGISTRY:
        raise InputError.one("calculator", f"没有名为“{name}”的计算器，可用的有：{'、'.join(REGISTRY)}")
    day = parse_as_of(as_of)
    values = parse_inputs(name, inputs, day)
    return REGISTRY[name].compute(values, policy_for(policy), day)


def run(name: str, inputs, policy: dict, as_of: str | None = None) -> dict:
    try:
        return evaluate(name, inputs, policy, as_of)
    except InputError as e:
        return {"errors": e.errors}
    except Exception as e:  # a bug: still answer in the contract's shape rather than crash the page
        return {"errors": [{"field": None, "message": f"计算出错（{type(e).__name__}），请向网站维护者报告"}]}


def set_policy(policy_json: str) -> None:
    global _current
    _current = json.loads(policy_json)


def run_json(name: str, inputs_json: str, as_of: str | None = None) -> str:
    if _current is None:
        return json.dumps({"errors": [{"field": None, "message": "政策数据尚未加载"}]}, ensure_ascii=False)
    try:
        inputs = json.loads(inputs_json)
    except (ValueError, TypeError):
        result = {"errors": [{"field": None, "message": "输入不是有效的 JSON"}]}
    else:
        result = run(name, inputs, _current, as_of)
    return json.dumps(result, ensure_ascii=False)


def input_specs(policy: dict | None = None) -> dict:
    """What the browser forms need, per calculator. With a policy (or the one set by set_policy),
    a default that comes from a parameter is filled with its latest value."""
    policy = policy or _current
    out = {}
    for name, module in REGISTRY.items():
        fields = [f.spec() for f in module.INPUTS]
        for spec in fields:
            source = spec.get("default_from", "")
            if policy and source.startswith("param:"):
                values = policy.get("parameters", {}).get(source[6:], {}).get("values", [])
                if values:
                    spec["default"] = max(values, key=lambda v: v["from"])["value"]
        out[name] = {"title": module.TITLE, "summary": module.SUMMARY, "fields": fields,
                     "outputs": [o.spec() for o in module.OUTPUTS]}
    return out
