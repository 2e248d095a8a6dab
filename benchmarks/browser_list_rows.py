"""A refund link with many list rows: time from navigation until the rows are in the form, and until the
calculator's answer (or its refusal) is shown. Rows must be O(n): a 7.8 KB link with 2,000 empty months
once froze the tab for 113 s (issue 12).

    .venv/bin/python benchmarks/browser_list_rows.py [--rows 120 2000 10000] [--site site]

Needs a built site (python build.py) and Debian's Chromium."""
import argparse
import json
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from site_server import serve  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--rows", type=int, nargs="*", default=[120, 2000, 10000])
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    server, base = serve(args.site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        print(f"{'rows':>6} {'link KB':>8} {'rows in form ms':>16} {'answer shown ms':>16}  state")
        for n in args.rows:
            page = browser.new_page()
            months = [{} for _ in range(n)]
            text = json.dumps({"benefit_start": "2025-01", "benefit_end": "2025-06", "standard": "300", "months": months})
            page.goto(f"{base}/calculators/refund/?as_of=2025-06-01#input=" + urllib.parse.quote(text), wait_until="commit")
            page.wait_for_function(f"() => document.querySelectorAll('.calc-row').length >= {n}", timeout=600_000)
            rows_ms = page.evaluate("() => performance.now()")
            page.wait_for_function("() => Number(document.querySelector('[data-testid=result]').dataset.runs || 0) >= 1",
                                   timeout=600_000)
            answer_ms = page.evaluate("() => performance.now()")
            state = page.get_attribute('[data-testid="result"]', "data-state")
            print(f"{n:>6} {len(text) / 1024:>8.1f} {rows_ms:>16.0f} {answer_ms:>16.0f}  {state}")
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
