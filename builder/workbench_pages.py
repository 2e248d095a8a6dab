"""Build step: the staff workbench (/staff/workbench/: risk screening and the review-deadline board;
/staff/workbench/refusal/: the refusal letter) and its one third-party asset, Apache ECharts.

ECharts comes from npm (package-lock.json pins it), is checked by SHA-256 like Pyodide and is copied
to assets/vendor/echarts/<version>/ with its LICENSE and NOTICE; only the workbench page loads it.
The pages are static HTML rendered from the screening package's own specs (files, columns, rules,
thresholds) and the eligibility calculator's input spec, so they read without JavaScript."""
import datetime as dt
import html
import json
import shutil
import sys

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from builder import bundle
from builder.calculator_pages import TYPE_HINTS, _environment as calculator_environment, _specs as calculator_specs
from builder.errors import DataError, DataErrors
from builder.safe_text import finalize

ECHARTS_VERSION = "6.1.0"
ECHARTS_SHA256 = {
    "dist/echarts.common.min.js": "61f13280aba3161f77fc801bf5f9c786f55f10432153a0683fc5cc0700b013d5",
    "LICENSE": "634293835b43a6dd2094fa39182a3d9a6b9ca43b7fdb9ac354e8037af2a3093a",
    "NOTICE": "d491d358344f842685c1b1585970999db65fe30ecf7ef3867af8814f4016c016",
}
BLANKS = (   # the letter's blanks the office fills in (name, label, hint)
    ("office", "经办机构名称", "例如某旗（县、市、区）失业保险经办机构"),
    ("applicant", "申请人姓名", ""),
    ("id_number", "申请人公民身份号码", ""),
    ("received", "收到申请的日期", "例如 2026-11-20"),
    ("date", "告知日期", "不填则留空，打印后手写"),
    ("handler", "经办人", ""),
    ("phone", "联系电话", ""),
)


def check_echarts(root) -> dict:
    """{file: path} of the pinned ECharts files, after checking the version and every SHA-256."""
    source = root / "node_modules" / "echarts"
    if not (source / "package.json").exists():
        raise DataErrors([DataError(str(source), 0, "ECharts 未安装：请运行 npm ci（./dev 会自动执行）")])
    problems = []
    installed = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
    locked = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))["packages"].get(
        "node_modules/echarts", {}).get("version")
    if locked != ECHARTS_VERSION or installed != ECHARTS_VERSION:
        problems.append(DataError("package-lock.json", 0, f"echarts locked {locked}, installed {installed}, "
                                                          f"builder/workbench_pages.py expects {ECHARTS_VERSION}: run npm ci"))
    for name, expected in ECHARTS_SHA256.items():
        path = source / name
        if not path.exists():
            problems.append(DataError(str(path), 0, "missing ECharts file"))
        elif (actual := bundle._sha256(path)) != expected:
            problems.append(DataError(str(path), 0, f"SHA-256 {actual} != pinned {expected}"))
    if problems:
        raise DataErrors(problems)
    return {name: source / name for name in ECHARTS_SHA256}


def _screening_specs(ctx) -> dict:
    if str(ctx.root) not in sys.path:
        sys.path.insert(0, str(ctx.root))
    from calculators.api import policy_for
    from screening import params
    from screening.rules import RULES, clause
    from screening.tables import TABLES

    resolved = params.resolve(policy_for(ctx.policy), dt.date.today(), {})
    files = [{"name": t.name, "zh": t.zh, "columns": [{"names": c.names, "required": c.required} for c in t.columns]}
             for t in TABLES.values()]
    keys = {name: {c.key for c in t.columns} for name, t in TABLES.items()}
    # The columns only one kind of file has: the page's drop zone tells the dropped files apart by them.
    markers = {name: [n for c in t.columns if all(c.key not in keys[o] for o in keys if o != name) for n in c.names]
               for name, t in TABLES.items()}
    rules = [{"name": r.NAME, "title": r.TITLE, "clause": clause(r), "needs": [TABLES[n].zh for n in r.NEEDS],
              "params": [{"name": f"{r.NAME}.{n}", **p} for n, p in resolved.get(r.NAME, {}).items()]}
             for r in RULES]
    # JSON in an attribute: HTML-escaped only (finalize would also escape its braces for Markdown).
    return {"files": files, "rules": rules, "markers": Markup(html.escape(json.dumps(markers, ensure_ascii=False)))}


def run(ctx) -> None:
    target = ctx.stage / "assets" / "vendor" / "echarts" / ECHARTS_VERSION
    target.mkdir(parents=True, exist_ok=True)
    for name, path in check_echarts(ctx.root).items():
        shutil.copyfile(path, target / path.name)
    env = Environment(loader=FileSystemLoader(ctx.root / "templates"), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                      finalize=finalize)   # text from data and specs: a safe Markdown subset
    worker = bundle.worker_url(ctx.root, ctx.policy)
    hints = Markup(json.dumps(bundle.early_hints(ctx.root, ctx.policy)))   # front matter (JSON is YAML) → <head>
    out = ctx.stage / "staff" / "workbench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "index.md").write_text(env.get_template("workbench.md.j2").render(
        worker=worker, runtime_hints=hints, echarts=f"vendor/echarts/{ECHARTS_VERSION}/echarts.common.min.js",
        **_screening_specs(ctx)), encoding="utf-8")
    # The eligibility questions are the calculator's own form macros, rendered as the calculator pages render them.
    (out / "refusal.md").write_text(calculator_environment(ctx).get_template("workbench-refusal.md.j2").render(
        worker=worker, runtime_hints=hints, spec=calculator_specs(ctx)["eligibility"], type_hints=TYPE_HINTS, blanks=BLANKS),
        encoding="utf-8")
