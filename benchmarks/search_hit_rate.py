"""Search hit rate: how many of the questions in tests/browser/search_questions.yaml bring up their
page among the first three results, typed into the site's real search box in Chromium.

    .venv/bin/python benchmarks/search_hit_rate.py [--site site] [--questions FILE]

Prints each question's rank (— when the page is not among the results at all) and the totals.
Needs a built site (python build.py).
"""
import argparse
import shutil
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from conftest import CHROMIUM_ARGS  # noqa: E402
from site_server import serve  # noqa: E402
from search_support import QUESTIONS, ask, open_search, questions, rank  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    args = parser.parse_args()
    asked = questions(args.questions)

    server, base = serve(args.site)
    from playwright.sync_api import sync_playwright

    top1 = top3 = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                    args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        open_search(page, base)
        for item in asked:
            pages = ask(page, item["q"])
            r = rank(pages, item["page"])
            top1 += r == 1
            top3 += r is not None and r <= 3
            print(f"{r or '—':>3}  {item['q']}  → /{item['page']}   (got: {', '.join('/' + x for x in pages[:3]) or 'nothing'})")
        browser.close()
    server.shutdown()
    n = len(asked)
    print(f"\nfirst result: {top1}/{n} ({top1 / n:.0%})   top 3: {top3}/{n} ({top3 / n:.0%})")


if __name__ == "__main__":
    main()
