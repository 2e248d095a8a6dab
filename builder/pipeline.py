import sys
import time
from importlib import import_module

from builder.context import Context

# In order. Each module exposes run(ctx).
STEPS = [
    "builder.data",             # load + validate policy_data/ (fails with file:line: problem)
    "builder.compile",          # compiled policy → ctx.policy, build/policy.json
    "builder.stage",            # copy docs/ into build/docs/
    "builder.pages",            # notice, sources, parameters, glossary, channels, home and role pages
    "builder.calculator_pages", # /calculators/NAME/ forms from the input specs
    "builder.checklist_pages",  # checklists and employer templates
    "builder.workbench_pages",  # /staff/workbench/ (screening, deadline board, refusal letter) + ECharts
    "builder.bundle",           # Pyodide core (SHA-256 checked) + calculators archive into the site
    "builder.search_words",     # jieba user dictionary: domain terms + the words people search with
    "builder.mkdocs",           # mkdocs build --strict → site/
    "builder.search_index",     # search_index.json: people's words and inner words as extra fields
    "builder.csp",              # hash the inline scripts into every page's CSP <meta>
    "builder.deploy",           # the nginx configuration with the same headers → build/deploy/
    "builder.offline",          # the service worker with this build's file lists → site/sw.js
    "builder.precompress",      # FILE.br + FILE.gz beside every compressible file (after csp rewrote the pages)
]


def build(ctx: Context | None = None) -> Context:
    ctx = ctx or Context()
    total = time.perf_counter()
    for name in STEPS:
        started = time.perf_counter()
        import_module(name).run(ctx)
        print(f"  {name:<26} {time.perf_counter() - started:6.2f} s", file=sys.stderr)
    print(f"网站已生成：{ctx.site}（{time.perf_counter() - total:.1f} 秒）", file=sys.stderr)
    return ctx


def main(argv: list[str] | None = None) -> None:
    """python build.py [serve [PORT]]"""
    argv = sys.argv[1:] if argv is None else argv
    from builder.errors import DataErrors

    if argv and (argv[0] != "serve" or len(argv) > 2 or (len(argv) == 2 and not argv[1].isdigit())):
        sys.exit("用法：python build.py            生成网站到 site/\n"
                 "      python build.py serve [端口]  生成后在 http://127.0.0.1:8000 预览")
    try:
        ctx = build()
    except DataErrors as errors:
        print(errors.report(), file=sys.stderr)
        sys.exit(1)
    if argv[:1] == ["serve"]:
        from builder.serve import serve

        serve(ctx.site, port=int(argv[1]) if len(argv) == 2 else 8000)
