"""Time to first answer on each calculator page vs a bare page that only starts the same Pyodide.

    .venv/bin/python benchmarks/browser_first_answer.py [--runs 5] [--site site]

Cold cache: every run uses a new browser context. The page's time is navigation → first answer
rendered (performance.now() recorded by calculator.js); the bare page's is navigation → 1+1
evaluated in a module worker that loads the same Pyodide files with the same options. Also
measured: recompute after one input change (request → answer rendered, in the page).
Needs a built site (python build.py) and golden cases in tests/rules/cases/.
"""
import argparse
import functools
import http.server
import json
import statistics
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from builder.bundle import PYODIDE_VERSION  # noqa: E402
from builder.serve import make_handler  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402

BARE_HTML = """<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title>
<body><p id="out">loading</p><script type="module">
const w = new Worker(new URL("bare-worker.js", location.href), {type: "module"});
w.onmessage = (e) => { const p = document.getElementById("out"); p.dataset.at = performance.now().toFixed(1); p.textContent = String(e.data); };
</script></body></html>"""
BARE_WORKER = """const indexURL = new URL("/assets/pyodide/%s/", self.location.href).href;
const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
const pyodide = await loadPyodide({indexURL, lockFileURL: indexURL + "pyodide-lock.json",
  stdLibURL: indexURL + "python_stdlib.zip", packageBaseUrl: indexURL, fullStdLib: false,
  stdout: () => {}, stderr: () => {}});
self.postMessage(pyodide.runPython("1+1"));
""" % PYODIDE_VERSION


def serve(site: Path, bench: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Handler(make_handler(site, quiet=True).func):
        def translate_path(self, path):
            if path.startswith("/__bench__/"):
                return str(bench / path.split("?")[0][len("/__bench__/"):])
            return super().translate_path(path)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def first_valid_cases(folder: Path) -> dict:
    cases = {}
    for path in sorted(folder.glob("*.yaml")):
        for case in json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")) or [], default=str)):
            if "errors" not in (case.get("expected") or {}):
                cases[path.stem] = case
                break
    return cases


def timed(browser, url: str, selector: str, attribute: str = "data-at") -> tuple[float, object]:
    context = browser.new_context()  # a new context: empty HTTP cache, no compiled-code cache
    page = context.new_page()
    page.goto(url)
    node = page.wait_for_selector(selector, timeout=120_000)
    value = float(node.get_attribute(attribute))
    return value, (context, page)


# One input change: an integer +1, else another option of a radio group, else a money amount +1,
# else a date or month one day/month later.
# Returns request → answer rendered (ms, measured by calculator.js), or null if the change made the input invalid.
RECOMPUTE_JS = """async () => {
  const result = document.querySelector('[data-testid="result"]');
  const runs = Number(result.dataset.runs);
  const form = document.querySelector('.calc-form');
  const texts = [...form.querySelectorAll('input[type=text]')].filter((i) => i.value);
  const int = texts.find((i) => i.dataset.type === 'int');
  const radio = [...form.querySelectorAll('input[type=radio]')].find((r) => !r.checked);
  const money = texts.find((i) => i.dataset.type === 'money');
  const when = texts.find((i) => /^\\d{4}-\\d{2}(-\\d{2})?$/.test(i.value));
  const target = int || radio || money || when;
  if (!target) return null;
  if (target === radio) radio.checked = true;
  else if (target === when) target.value = target.value.replace(/(\\d{2})$/, (d) => String(Math.min(Number(d) + 1, 12)).padStart(2, "0"));
  else target.value = String(Number(target.value) + 1);
  const done = new Promise((resolve) => new MutationObserver((_, obs) => {
    if (Number(result.dataset.runs) > runs) { obs.disconnect(); resolve(Number(result.dataset.ms)); }
  }).observe(result, {attributes: true}));
  target.dispatchEvent(new Event('change', {bubbles: true}));
  return await Promise.race([done, new Promise((resolve) => setTimeout(() => resolve(null), 3000))]);
}"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "rules" / "cases")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    cases = first_valid_cases(args.cases)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        bench = Path(tmp)
        (bench / "bare.html").write_text(BARE_HTML, encoding="utf-8")
        (bench / "bare-worker.js").write_text(BARE_WORKER, encoding="utf-8")
        server, base = serve(args.site, bench)
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        archive = next((args.site / "assets").glob("calculators-*.zip"))
        print(f"Pyodide {PYODIDE_VERSION}; archive {archive.name} {archive.stat().st_size:,} B; {args.runs} cold runs each")
        urls = {name: f"{base}/calculators/{name}/?" + urllib.parse.urlencode(
            {"input": json.dumps(case["input"], ensure_ascii=False), "as_of": case["as_of"]}) for name, case in cases.items()}
        bare, firsts, recomputes = [], {n: [] for n in urls}, {n: [] for n in urls}
        for _ in range(args.runs):  # interleaved, so a change in machine load hits every page alike
            value, (context, _page) = timed(browser, f"{base}/__bench__/bare.html", "#out[data-at]")
            context.close()
            bare.append(value)
            for name, url in urls.items():
                value, (context, page) = timed(browser, url, '[data-testid="result"][data-state="ready"][data-at]')
                firsts[name].append(value)
                ms = page.evaluate(RECOMPUTE_JS)
                if ms is not None:
                    recomputes[name].append(ms)
                context.close()
        bare_median = statistics.median(bare)
        print(f"{'bare (Pyodide + 1+1)':<24} median {bare_median:7.0f} ms   runs {[round(v) for v in bare]}")
        print(f"{'page':<24} {'first answer':>19} {'ratio':>7} {'recompute':>12}")
        for name in urls:
            median = statistics.median(firsts[name])
            recompute = statistics.median(recomputes[name]) if recomputes[name] else float("nan")
            print(f"{name:<24} median {median:7.0f} ms {median / bare_median:7.2f} {recompute:9.1f} ms"
                  f"   runs {[round(v) for v in firsts[name]]}")
        browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
