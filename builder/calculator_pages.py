"""Calculator pages: /calculators/NAME/ with a start section and a static form rendered from the input spec.

The form is plain HTML (works without JavaScript); docs/assets/calculator.js enhances it and runs
the calculators in a worker. Nothing here knows a calculator's rules: fields come from
calculators.api.input_specs(), the wording of the figures from each calculator's OUTPUTS.
"""
import importlib
import json
import sys

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from builder import bundle, search_words
from builder.safe_text import json_script

ORDER = ["eligibility", "deadline", "retirement", "transition", "refund", "subsidy"]

TYPE_HINTS = {"month": "填写年和月，例如 2025.6、2025-06 或 2025年6月",
              "date": "填写年、月、日，例如 2025.6.15、2025-06-15 或 2025年6月15日",
              "duration": "填写几年几个月，例如 9 年 6 个月；也可以只填月数"}


def _specs(ctx) -> dict:
    if str(ctx.root) not in sys.path:
        sys.path.insert(0, str(ctx.root))
    specs = importlib.import_module("calculators.api").input_specs()
    return {name: {**spec, "fields": _normal(spec["fields"])} for name, spec in specs.items()}


def _normal(fields: list) -> list:
    """Every key the templates read, present (optional keys may be left out of a spec)."""
    base = {"hint": "", "required": True, "default": None, "min": None, "max": None, "choices": [], "item_fields": [],
            "unknown": ""}
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
    env.filters["json_script"] = json_script   # no </script>, <!-- or <script can end or confuse the element
    return env


def page_config(ctx, spec: dict) -> dict:
    """What the runtime needs to word an answer; rendered into the page as JSON, not fetched."""
    policy = ctx.policy
    outputs = spec.get("outputs", [])
    return {
        "outputs": {o["name"]: o["label"] for o in outputs},
        "units": {o["name"]: o["unit"] for o in outputs if o.get("unit")},
        "values": {o["name"]: o["values"] for o in outputs if o.get("values")},
        # [[key, wording], …] in the calculator's order: the page's JSON is written with sorted keys
        "items": {o["name"]: list(o["items"].items()) for o in outputs if o.get("items")},
        "formats": {o["name"]: o["format"] for o in outputs if o.get("format")},
        "folded": [o["name"] for o in outputs if not o.get("key", True)],
        "pages": page_titles(ctx),
        "inputs": _input_labels(spec["fields"]),
        "steps": spec.get("steps", []),
        "notice_sections": {key: {"number": s.get("number"), "title": s.get("title"), "path": s.get("path")}
                            for key, s in policy.get("notice_sections", {}).items()},
        "sources": {key: {"title": s.get("title"), "doc_number": s.get("doc_number")}
                    for key, s in policy.get("sources", {}).items()},
    }


def page_titles(ctx) -> dict:
    """Site path ("channels/") → the page's title in the navigation, to word links in next steps."""
    nav = yaml.safe_load((ctx.root / "mkdocs.yml").read_text(encoding="utf-8")).get("nav", [])
    titles = {}

    def walk(entries):
        for entry in entries:
            for title, target in entry.items():
                if isinstance(target, list):
                    walk(target)
                elif isinstance(target, str) and target.endswith(".md"):
                    path = target[:-3].removesuffix("index").rstrip("/")
                    titles[f"{path}/" if path else ""] = title
    walk(nav)
    return titles


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
    worker = bundle.worker_url(ctx.root, ctx.policy)
    hints = json.dumps(bundle.early_hints(ctx.root, ctx.policy))   # front matter (JSON is YAML) → <head>
    names = [n for n in ORDER if n in specs] + sorted(n for n in specs if n not in ORDER)
    out = ctx.stage / "calculators"
    out.mkdir(parents=True, exist_ok=True)
    page = env.get_template("calculator.md.j2")
    for name in names:
        spec = specs[name]
        text = page.render(name=name, spec=spec, worker=worker, runtime_hints=hints,
                           config=page_config(ctx, spec), type_hints=TYPE_HINTS,
                           data_version=ctx.policy.get("version", ""),
                           questions=search_words.questions(ctx, f"calculators/{name}/"))
        (out / f"{name}.md").write_text(text, encoding="utf-8")
    index = env.get_template("calculators-index.md.j2")
    (out / "index.md").write_text(index.render(names=names, specs=specs), encoding="utf-8")
