"""Calculator pages: /calculators/NAME/ with a start section and a static form rendered from the input spec.

The form is plain HTML (works without JavaScript); docs/assets/calculator.js enhances it and runs
the calculators in a worker. Nothing here knows a calculator's rules: fields come from
calculators.api.input_specs(), wording of the figures from OUTPUT_LABELS below.
"""
import importlib
import json
import sys

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from builder import bundle

ORDER = ["eligibility", "deadline", "retirement", "transition", "refund", "subsidy"]

# How the answer names each figure (top-level result keys) and, where a value is a code, each code.
OUTPUT_LABELS = {
    "eligible": "是否符合领取条件",
    "benefit_months": "可领取失业保险金的月数",
    "amount_first_12": "第1至12个月每月失业保险金",
    "amount_after_12": "第13个月起每月失业保险金",
    "failed_conditions": "不满足的条件",
    "due": "经办机构应在此日前作出答复",
    "counted": "计入期限的工作日",
    "provisional": "是否为临时结果（该年放假安排未公布）",
    "original_retirement": "原法定退休时间",
    "new_retirement": "延迟后的法定退休时间",
    "delay_months": "延迟月数",
    "new_age": "延迟后的法定退休年龄",
    "flexible_earliest": "弹性提前退休最早可到",
    "flexible_latest": "弹性延迟退休最晚可到",
    "min_contribution": "领取基本养老金的最低缴费年限",
    "rule": "适用的续发规则",
    "paid_until": "失业保险金可发放至",
    "months_to_new": "领取期满时距延迟后退休时间（月）",
    "months_to_original": "领取期满时距原退休时间（月）",
    "refund_total": "可返还合计",
    "per_month": "逐月明细",
    "excluded": "不计入的月份",
    "amount": "补贴金额（最高）",
    "materials": "需要准备的材料",
}
UNITS = {"amount_first_12": "元", "amount_after_12": "元", "refund_total": "元", "amount": "元",
         "benefit_months": "个月", "delay_months": "个月", "counted": "个工作日",
         "months_to_new": "个月", "months_to_original": "个月"}
VALUE_LABELS = {
    "eligible": {"yes": "符合", "no": "暂不符合", "uncertain": "需要进一步确认"},
    "rule": {"retirement_before_end": "领取期满前已到法定退休时间",
             "continue_to_new_age": "继续发放至延迟后的法定退休时间",
             "continue_to_original_age": "继续发放至原法定退休时间",
             "none": "不适用续发"},
}
TYPE_HINTS = {"month": "格式：年-月，例如 2025-06", "date": "格式：年-月-日，例如 2025-06-15"}


def _specs(ctx) -> dict:
    if str(ctx.root) not in sys.path:
        sys.path.insert(0, str(ctx.root))
    specs = importlib.import_module("calculators.api").input_specs()
    return {name: {**spec, "fields": _normal(spec["fields"])} for name, spec in specs.items()}


def _normal(fields: list) -> list:
    """Every key the templates read, present (optional keys may be left out of a spec)."""
    base = {"hint": "", "required": True, "default": None, "min": None, "max": None, "choices": [], "item_fields": []}
    out = []
    for field in fields:
        field = {**base, **field}
        field["item_fields"] = _normal(field["item_fields"] or [])
        field["choices"] = [{"uncertain": False, **c} for c in field["choices"] or []]
        out.append(field)
    return out


def _environment(ctx) -> Environment:
    env = Environment(loader=FileSystemLoader(ctx.root / "templates"), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return env


def page_config(ctx, spec: dict) -> dict:
    """What the runtime needs to word an answer; rendered into the page as JSON, not fetched."""
    policy = ctx.policy
    return {
        "outputs": OUTPUT_LABELS,
        "units": UNITS,
        "values": VALUE_LABELS,
        "inputs": _input_labels(spec["fields"]),
        "notice_sections": {key: {"number": s.get("number"), "title": s.get("title"), "path": s.get("path")}
                            for key, s in policy.get("notice_sections", {}).items()},
        "sources": {key: {"title": s.get("title"), "doc_number": s.get("doc_number")}
                    for key, s in policy.get("sources", {}).items()},
    }


def _input_labels(fields: list, prefix: str = "") -> dict:
    labels = {}
    for field in fields:
        entry = {"label": field["label"], "type": field["type"]}
        if field.get("choices"):
            entry["choices"] = {c["value"]: c["label"] for c in field["choices"]}
        labels[prefix + field["name"]] = entry
        if field["type"] == "list":
            labels.update(_input_labels(field.get("item_fields") or [], prefix=field["name"] + "[]."))
    return labels


def run(ctx):
    specs = _specs(ctx)
    env = _environment(ctx)
    archive = bundle.archive_name(ctx.root, ctx.policy)
    names = [n for n in ORDER if n in specs] + sorted(n for n in specs if n not in ORDER)
    out = ctx.stage / "calculators"
    out.mkdir(parents=True, exist_ok=True)
    page = env.get_template("calculator.md.j2")
    for name in names:
        spec = specs[name]
        text = page.render(name=name, spec=spec, archive=archive, pyodide_version=bundle.PYODIDE_VERSION,
                           config=page_config(ctx, spec), type_hints=TYPE_HINTS,
                           data_version=ctx.policy.get("version", ""))
        (out / f"{name}.md").write_text(text, encoding="utf-8")
    index = env.get_template("calculators-index.md.j2")
    (out / "index.md").write_text(index.render(names=names, specs=specs), encoding="utf-8")
