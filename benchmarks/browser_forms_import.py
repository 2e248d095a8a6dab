"""The batch 证岗相适 table in Chromium: CSV import time by list size, and page load with a saved list.

    .venv/bin/python benchmarks/browser_forms_import.py [--rows 1000,2000,10000,100000]
        [--saved 0,1000,10000] [--runs 3] [--timeout 180] [--site site]

Import: a CSV of N rows (Python's csv module, UTF-8 with a BOM, as Excel writes it) is chosen in the
file input; the time runs in the page from the input's change event to the frame after the status
line announces the import (so it includes reading the file, parsing, the table and the preview).
Load: navigation start → the form marked ready (.fm--js), with N rows saved in this browser.
Point --site at a build of an older commit to compare; a size that exceeds --timeout is reported as
such and larger sizes are skipped. Prints one line per measurement; the median of --runs.
"""
import argparse
import csv
import functools
import http.server
import io
import json
import os
import statistics
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402

PAGE = "/forms/certificate-job-fit/"
HEADER = ["姓名", "所在岗位", "证书名称（职业或工种）", "证书等级", "证书编号", "发证（评价）机构", "证书与岗位的关联必要性"]
LEVELS = ["初级（五级）", "中级（四级）", "高级（三级）"]
# Times the import inside the page: change event (capture, before the page's own listener) → status
# mentions the import → next frame painted. And when the form finished starting.
PROBE = """
window.__bench = {};
document.addEventListener("change", (e) => {
  if (e.target && e.target.id === "fm-csv-file") window.__bench = { start: performance.now() };
}, true);
new MutationObserver(() => {   // from the first byte: module scripts run before DOMContentLoaded
  const root = document.querySelector(".fm.fm--js");
  if (root && !window.__bench.ready) window.__bench.ready = performance.now();
}).observe(document, { attributes: true, attributeFilter: ["class"], subtree: true });
document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector(".fm-csv-status");
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.start === undefined || b.done !== undefined || !status.textContent.includes("导入")) return;
    b.done = performance.now();
    b.status = status.textContent;
    requestAnimationFrame(() => setTimeout(() => { b.painted = performance.now(); }));
  }).observe(status, { childList: true, characterData: true, subtree: true });
});
"""


def rows(n: int) -> list[list[str]]:
    return [[f"职工{i}", "数控车床操作岗", "车工", LEVELS[i % 3], f"S{i:012d}", "示例职业技能评价中心",
             "该岗位负责数控车床的操作与调试。"] for i in range(1, n + 1)]


def csv_bytes(n: int) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([HEADER, *rows(n)])
    return out.getvalue().encode("utf-8-sig")


class PlainHandler(http.server.SimpleHTTPRequestHandler):
    """Files as they are, without the site's headers: the same server for this build and an older one."""
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json"}

    def log_message(self, *args):
        pass


def serve(site: Path) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PlainHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"


def import_once(browser, base: str, n: int, data: bytes, timeout_s: float) -> float | None:
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.add_init_script(PROBE)
        page.goto(base + PAGE)
        page.get_by_label("多名职工（批量表，可导入导出 CSV）").check()
        page.locator("#fm-csv-file").set_input_files({"name": f"{n}.csv", "mimeType": "text/csv", "buffer": data})
        try:
            page.wait_for_function("() => window.__bench.painted !== undefined", timeout=timeout_s * 1000, polling=200)
        except Exception:  # noqa: BLE001 — Playwright's TimeoutError: the page never finished
            return None
        bench = page.evaluate("() => window.__bench")
        if f"导入 {n} 名" not in bench["status"]:
            raise SystemExit(f"unexpected status after importing {n} rows: {bench['status']}")
        return bench["painted"] - bench["start"]
    finally:
        context.close()


def load_once(browser, base: str, n: int) -> float:
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(base + "/")
        record = {"fields": {"mode=batch": True, "mode=single": False},
                  "rows": [dict(zip(["name", "post", "cert_name", "cert_level", "cert_number", "issuer", "reason"], r))
                           for r in rows(n)]}
        page.evaluate("(v) => localStorage.setItem('ui-form:certificate-job-fit', v)", json.dumps(record, ensure_ascii=False))
        page.add_init_script(PROBE)
        page.goto(base + PAGE, timeout=600_000)
        page.wait_for_function("() => window.__bench.ready !== undefined", timeout=600_000)
        return page.evaluate("() => window.__bench.ready")
    finally:
        context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", default="1000,2000,10000,100000")
    parser.add_argument("--saved", default="0,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--site", default=str(ROOT / "site"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    base = serve(Path(args.site))
    print(f"site {args.site}; load average {os.getloadavg()[0]:.2f}", flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for n in [int(x) for x in args.rows.split(",") if x]:
            data = csv_bytes(n)
            times = []
            for _ in range(args.runs):
                t = import_once(browser, base, n, data, args.timeout)
                if t is None:
                    break
                times.append(t)
            if len(times) < args.runs:
                print(f"import {n:>7} rows: more than {args.timeout:.0f} s (gave up; larger sizes skipped)", flush=True)
                break
            print(f"import {n:>7} rows ({len(data) / 1e6:.1f} MB): median {statistics.median(times):8.0f} ms  runs {[round(t) for t in times]}", flush=True)
        for n in [int(x) for x in args.saved.split(",") if x]:
            times = [load_once(browser, base, n) for _ in range(args.runs)]
            print(f"load with {n:>6} saved rows: median {statistics.median(times):8.0f} ms to ready  runs {[round(t) for t in times]}", flush=True)
        browser.close()
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
