"""Find the standard-library modules the browser runtime needs, by running it under Pyodide.

    .venv/bin/python -m builder.stdlib_trace          prints KEEP and SHA256 for builder/stdlib.py

In Chromium, with Pyodide's FULL python_stdlib.zip, the worker's own boot code (docs/assets/runtime/boot.js)
starts Python with our packages, then: every golden case of every calculator (tests/rules/cases), an
import of every module of the archive, an import of every standard module named anywhere in our
packages' source (so a lazy import inside a function is covered too), a memory snapshot and a restore
from it. Every module then in sys.modules that came from the stdlib zip is kept.
"""
import ast
import functools
import hashlib
import http.server
import json
import sys
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from builder import bundle, stdlib  # noqa: E402
from builder.compile import compile_policy  # noqa: E402

PAGE = b"""<!doctype html><meta charset="utf-8"><title>trace</title><script type="module" src="trace.js"></script>"""
PAGE_JS = b"""const w = new Worker("trace-worker.js", {type: "module"});
const cases = await (await fetch("cases.json")).json();
w.postMessage(cases);
w.onmessage = (e) => { document.title = "done"; document.body.dataset.out = JSON.stringify(e.data); };
w.onerror = (e) => { document.title = "done"; document.body.dataset.out = JSON.stringify({error: e.message}); };
"""
WORKER_JS = b"""import { bootPlain, bootFromSnapshot } from "./runtime/boot.js";
const urls = {pyodide: new URL("pyodide/", location.href).href, stdlib: new URL("pyodide/python_stdlib.zip", location.href).href,
              archive: new URL("archive.zip", location.href).href};
const LIST = `import sys, json
json.dumps(sorted(n for n, m in list(sys.modules.items())
    if str(getattr(getattr(m, "__spec__", None), "origin", "") or "").startswith("/lib/python3")))`;
const COMPILED_IN = `import sys, json
json.dumps(sorted(set(sys.builtin_module_names) | {n for n, m in list(sys.modules.items())
    if getattr(getattr(m, "__spec__", None), "origin", None) == "frozen"}))`;
self.onmessage = async ({data: {cases, modules}}) => {
  try {
    const plain = await bootPlain(urls, {snapshots: true, archiveName: "archive.zip"});
    let answered = 0;
    for (const c of cases) { plain.calculate(c.name, c.input, c.as_of); answered++; }
    plain.pyodide.runPython(`import importlib\\nfor _m in ${JSON.stringify(modules)}:\\n    importlib.import_module(_m)`);
    const snap = plain.snapshot();
    const restored = await bootFromSnapshot(urls, snap, {archiveName: "archive.zip"});
    for (const c of cases) restored.calculate(c.name, c.input, c.as_of);
    const found = new Set([...JSON.parse(plain.pyodide.runPython(LIST)), ...JSON.parse(restored.pyodide.runPython(LIST))]);
    self.postMessage({answered, modules: [...found].sort(), compiled: JSON.parse(restored.pyodide.runPython(COMPILED_IN))});
  } catch (error) { self.postMessage({error: String(error && error.stack || error)}); }
};
"""


def golden_cases() -> list[dict]:
    cases = []
    for path in sorted((ROOT / "tests" / "rules" / "cases").glob("*.yaml")):
        for case in json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")) or [], default=str)):
            cases.append({"name": path.stem, "input": case["input"], "as_of": str(case.get("as_of") or "2025-06-30")})
    return cases


def imported_names(packages=bundle.PACKAGES) -> set[str]:
    """Every absolute module name imported anywhere in our packages' browser source (top-level or in a
    function); the command-line entry points (__main__.py) never run in the browser."""
    names = set()
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            if path.name == "__main__.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module)
    return {n for n in names if n.split(".")[0] not in bundle.PACKAGES}


def trace() -> list[str]:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_ARGS

    policy = compile_policy(ROOT / "policy_data")
    files = {
        "/index.html": PAGE, "/trace.js": PAGE_JS, "/trace-worker.js": WORKER_JS,
        "/cases.json": json.dumps({"cases": golden_cases(), "modules": sorted(imported_names())}).encode(),
        "/archive.zip": bundle.archive_bytes(ROOT, policy, bundle.known_answer(ROOT, policy)),
    }
    pyodide = bundle.check_pyodide(ROOT)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            if path in files:
                body = files[path]
            elif path.startswith("/runtime/"):
                body = (ROOT / bundle.RUNTIME_SOURCES / path[len("/runtime/"):]).read_bytes()
            elif path.startswith("/pyodide/"):
                body = (pyodide / path[len("/pyodide/"):]).read_bytes()
            else:
                return self.send_error(404)
            kind = {"wasm": "application/wasm", "js": "text/javascript", "mjs": "text/javascript",
                    "json": "application/json", "html": "text/html"}.get(path.rsplit(".", 1)[-1], "application/octet-stream")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(ROOT)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
            page.wait_for_function("document.title === 'done'", timeout=600_000)
            out = json.loads(page.get_attribute("body", "data-out"))
            browser.close()
    finally:
        server.shutdown()
    if "error" in out:
        raise SystemExit(f"trace failed: {out['error']}")
    print(f"# {out['answered']} golden cases answered under Pyodide", file=sys.stderr)
    return out["modules"], out["compiled"]


def _wrapped(names) -> str:
    lines, line = [], ""
    for name in names:
        if len(line) + len(name) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {name}".strip()
    return "\n".join([*lines, line])


def main() -> None:
    modules, compiled = trace()
    data = stdlib.trim(bundle.check_pyodide(ROOT) / "python_stdlib.zip", modules)
    print('KEEP = """\n' + _wrapped(modules) + '\n""".split()')
    print('COMPILED_IN = """\n' + _wrapped(compiled) + '\n""".split()')
    print(f'SHA256 = "{hashlib.sha256(data).hexdigest()}"')
    print(f"# {len(modules)} modules, {len(data):,} bytes stored", file=sys.stderr)


if __name__ == "__main__":
    main()
