"""Where the answer lands on a phone: for each calculator's first golden case, opened as a link, the page's
height and the distance from the top of the page to the headline and to the 下一步 heading, at 360 × 740.

    .venv/bin/python benchmarks/browser_answer_position.py [--text normal|large|larger] [--site site]

Also prints whether the headline and 下一步 both fit on the screen once the headline is scrolled to the top
(what the page does after 计算). Needs a built site (python build.py) and Debian's Chromium."""
import argparse
import json
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from calculator_support import CALCULATORS, first_valid_case  # noqa: E402
from site_server import serve  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402

# A person who can claim (the first golden case is a "no", which has fewer next steps).
YES = {"input": {"contribution_months": 36, "separation_reason": "layoff", "registered_unemployed": False,
                 "seeking_work": True, "receiving_pension": False, "application_month": "2025-12"}, "as_of": "2025-12-15"}
MEASURE = """() => {
  const y = (s) => { const e = document.querySelector(s); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null; };
  const headline = document.querySelector('.calc-headline');
  headline.scrollIntoView({block: 'start'});
  const next = document.querySelector('#calc-next-title') || [...document.querySelectorAll('h3')].find(h => h.textContent === '下一步');
  const bottom = next ? next.getBoundingClientRect().bottom : Infinity;
  return {height: document.documentElement.scrollHeight, headline: y('.calc-headline'),
          next: next ? Math.round(next.getBoundingClientRect().top + scrollY) : null, both_on_screen: bottom <= innerHeight};
}"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--text", choices=["normal", "large", "larger"], default="normal")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    server, base = serve(args.site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="zh-CN", is_mobile=True, has_touch=True)
        context.add_init_script(f"localStorage.setItem('font-size', '{args.text}')")
        page = context.new_page()
        print(f"{'calculator':<12} {'page px':>8} {'headline px':>12} {'下一步 px':>10}  both on screen after 计算")
        for label, name, case in [(n, n, first_valid_case(n)) for n in CALCULATORS] + [("eligibility: yes", "eligibility", YES)]:
            query = urllib.parse.urlencode({"input": json.dumps(case["input"], ensure_ascii=False), "as_of": case["as_of"]})
            page.goto(f"{base}/calculators/{name}/?{query}")
            page.wait_for_selector('[data-testid="result"][data-state="ready"] .calc-headline', timeout=300_000)
            m = page.evaluate(MEASURE)
            print(f"{label:<12} {m['height']:>8} {m['headline']:>12} {m['next'] if m['next'] is not None else '-':>10}  {m['both_on_screen']}")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
