"""The calculators' public API (used by the CLI, the tests, the build and the browser worker).

run() and run_json() never raise: they return a result or {"errors": [{"field", "message"}]}.
parse_json() turns the text of one input into its JSON value, or an InputError for text no
calculator input can be: too long, nested too deep, a number with too many digits, NaN, a lone
surrogate (which could not even be written back out as UTF-8)."""
import datetime as dt
import json
import re

from calculators import deadline, eligibility, refund, retirement, subsidy, transition
from calculators.dates import month_of
from calculators.errors import InputError
from calculators.fields import DATE_RE, echo_inputs, parse_fields
from calculators.policy import Policy

REGISTRY = {m.NAME: m for m in (eligibility, deadline, retirement, transition, refund, subsidy)}

# Limits far above any real input (the longest, a refund with 120 months, is about 5 KB, 3 levels deep).
MAX_INPUT_CHARS = 1_000_000
MAX_DEPTH = 16
MAX_NUMBER_CHARS = 30
MAX_ERRORS = 20                 # listed per input; the rest are counted in one more line
MAX_MESSAGE_CHARS = 300         # a message or field name quoting a 1 MB key is cut
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
SURROGATE_MESSAGE = "输入中含有无效的字符（不成对的 Unicode 代理项），请删除后重新输入"
DEPTH_MESSAGE = f"输入嵌套的层数过多（上限 {MAX_DEPTH} 层）"

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
    result = REGISTRY[name].compute(values, policy_for(policy), day)
    result["inputs"] = echo_inputs(REGISTRY[name].INPUTS, values)  # as understood: 1968年3月 → "1968-03"
    return result


def run(name: str, inputs, policy: dict, as_of: str | None = None) -> dict:
    try:
        return evaluate(name, inputs, policy, as_of)
    except InputError as e:
        return {"errors": capped(e.errors)}
    except Exception as e:  # a bug: still answer in the contract's shape rather than crash the page
        return {"errors": [{"field": None, "message": f"计算出错（{type(e).__name__}），请向网站维护者报告"}]}


def capped(errors: list[dict]) -> list[dict]:
    """At most MAX_ERRORS problems, then one line saying how many more; over-long texts cut."""
    def cut(text):
        return text if not isinstance(text, str) or len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS] + "…"

    shown = [{"field": cut(e.get("field")), "message": cut(e.get("message"))} for e in errors[:MAX_ERRORS]]
    if len(errors) > MAX_ERRORS:
        shown.append({"field": None, "message": f"还有{len(errors) - MAX_ERRORS}处问题未列出"})
    return shown


def _bad_json(message: str) -> InputError:
    return InputError.one(None, message)


def _number(text: str, convert):
    if len(text) > MAX_NUMBER_CHARS:
        raise _bad_json(f"输入中的数字位数过多（{len(text)} 位），请检查是否多输入了数字")
    return convert(text)


def _constant(name: str):
    raise _bad_json(f"输入中的 {name} 不是数字，请填写具体的数值")


def _check_tree(value) -> None:
    """InputError for nesting deeper than MAX_DEPTH, or a lone surrogate (written as \\ud800 in the JSON)
    in any key or text. Iterative: no recursion limit to hit."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if LONE_SURROGATE.search(node):
                raise _bad_json(SURROGATE_MESSAGE)
        elif isinstance(node, (dict, list)):
            if depth > MAX_DEPTH:
                raise _bad_json(DEPTH_MESSAGE)
            children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)


def parse_json(text) -> object:
    """The JSON value of one input; InputError (in Chinese) for anything else."""
    if not isinstance(text, str):
        raise _bad_json("输入应为 JSON 文本")
    if len(text) > MAX_INPUT_CHARS:
        raise _bad_json(f"输入太长（{len(text):,} 个字符，上限 {MAX_INPUT_CHARS:,}），请检查是否粘贴了多余的内容")
    if not text.strip():
        raise _bad_json("这一行是空的：请写一个 JSON 对象，例如 {\"birth\": \"1966-06\"}")
    if LONE_SURROGATE.search(text):
        raise _bad_json(SURROGATE_MESSAGE)
    try:
        value = json.loads(text, parse_int=lambda t: _number(t, int), parse_float=lambda t: _number(t, float),
                           parse_constant=_constant)
    except json.JSONDecodeError as e:
        raise _bad_json(f"输入不是有效的 JSON（第{e.lineno}行第{e.colno}列附近：{_reason(e.msg)}），"
                        "请写成一个 JSON 对象，例如 {\"birth\": \"1966-06\"}") from None
    except RecursionError:
        raise _bad_json(DEPTH_MESSAGE) from None
    _check_tree(value)
    return value


def _reason(msg: str) -> str:
    return {"Expecting value": "缺少值", "Extra data": "多余的内容", "Invalid control character at": "含有控制字符",
            "Unterminated string starting at": "字符串没有结束", "Expecting ',' delimiter": "缺少逗号",
            "Expecting ':' delimiter": "缺少冒号",
            "Expecting property name enclosed in double quotes": "键名应使用双引号"}.get(msg, msg)


def set_policy(policy_json: str) -> None:
    global _current
    _current = json.loads(policy_json)


def run_json(name: str, inputs_json: str, as_of: str | None = None) -> str:
    if _current is None:
        return json.dumps({"errors": [{"field": None, "message": "政策数据尚未加载"}]}, ensure_ascii=False)
    try:
        result = run(name, parse_json(inputs_json), _current, as_of)
    except InputError as e:
        result = {"errors": capped(e.errors)}
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
                     "outputs": [o.spec() for o in module.OUTPUTS],
                     "steps": [s.spec() for s in getattr(module, "STEPS", ())]}   # [] = one page of questions
    return out
