"""Screening in the browser at the issue's scale: 100,000 claim rows (with employers and 20,000 subsidy
rows) chosen on /staff/workbench/ and screened in the Pyodide worker, in Debian Chromium.

    .venv/bin/python benchmarks/screening_browser.py [--claims 100000] [--subsidies 20000] [--runs 3]

Needs the built site (./dev build). Prints per run: the runtime's boot time, the screening time from
the click to the rendered result (target ≤ 20 s), and how responsive the page stayed meanwhile: the
longest gap between animation frames on the main thread and how many gaps were over 100 ms."""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from site_server import serve  # noqa: E402
FRAMES = """
window.__gaps = [];
let last = performance.now();
const tick = (now) => { window.__gaps.push(now - last); last = now; requestAnimationFrame(tick); };
requestAnimationFrame(tick);
"""


def data_dir(claims: int, subsidies: int) -> Path:
    from screening import sample

    out = ROOT / "benchmarks" / "results" / f"browser-{claims}-{subsidies}"
    if not (out / "planted.json").exists():
        sample.generate(out, claims, subsidies, seed=20261127)
    return out


def one_run(browser, base: str, data: Path) -> dict:
    page = browser.new_page()
    started = time.perf_counter()
    page.goto(base + "/staff/workbench/")
    page.wait_for_function("() => document.querySelector('.wb-status').dataset.state === 'ready'", timeout=300_000)
    boot = time.perf_counter() - started
    for name in ("claims", "employers", "subsidies"):
        page.set_input_files(f"#wb-file-{name}", str(data / f"{name}.csv"))
    page.fill("#wb-as-of", "2026-06-30")
    page.evaluate(FRAMES)
    page.wait_for_timeout(200)
    page.evaluate("window.__gaps = []")
    clicked = time.perf_counter()
    page.get_by_role("button", name="开始筛查").click()
    page.wait_for_function("() => document.querySelector('.wb-results').dataset.state === 'ready'", timeout=600_000)
    screened = time.perf_counter() - clicked
    gaps = page.evaluate("window.__gaps")
    flags = page.locator(".wb-summary tbody td[data-count]").evaluate_all(
        "cells => cells.reduce((n, c) => n + Number(c.dataset.count), 0)")
    page.close()
    return {"boot": boot, "screen": screened, "longest": max(gaps or [0]), "slow": sum(g > 100 for g in gaps),
            "flags": flags}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--subsidies", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (ROOT / "site" / "staff" / "workbench" / "index.html").exists():
        sys.exit("site/ is not built: run ./dev build first")
    data = data_dir(args.claims, args.subsidies)
    from playwright.sync_api import sync_playwright

    server, base = serve(ROOT / "site")
    load_before = os.getloadavg()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        runs = [one_run(browser, base, data) for _ in range(args.runs)]
        browser.close()
    server.shutdown()
    load_after = os.getloadavg()
    print(f"/staff/workbench/ in Chromium: claims {args.claims:,} + subsidies {args.subsidies:,} rows "
          f"(+ employers), {os.cpu_count()} cores")
    print(f"{'run':>6} {'boot s':>8} {'screen s':>9} {'longest frame ms':>17} {'frames >100 ms':>15} {'flags':>6}")
    for i, r in enumerate(runs, 1):
        print(f"{i:>6} {r['boot']:>8.1f} {r['screen']:>9.1f} {r['longest']:>17.0f} {r['slow']:>15} {r['flags']:>6}")
    print(f"{'median':>6} {statistics.median(r['boot'] for r in runs):>8.1f} "
          f"{statistics.median(r['screen'] for r in runs):>9.1f} "
          f"{statistics.median(r['longest'] for r in runs):>17.0f}")
    print("目标：筛查 ≤ 20 s，页面保持响应（主线程没有长时间卡住）。")
    print(f"load average 1/5/15 min：运行前 {' '.join(f'{x:.2f}' for x in load_before)}，"
          f"运行后 {' '.join(f'{x:.2f}' for x in load_after)}")


if __name__ == "__main__":
    main()
