"""Height of built pages on a phone: the document's scroll height at a given viewport width.

    .venv/bin/python benchmarks/page_height.py [--width 360] [--text large] [PAGE …]   (default: parameters/)

Serves site/ on loopback and opens each page in Debian's Chromium (nothing leaves the machine).
Details elements stay as the page ships them (closed unless marked open)."""
import argparse
import functools
import http.server
import shutil
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*", default=["parameters/"])
    parser.add_argument("--width", type=int, default=360)
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--text", choices=["normal", "large", "larger"], default="normal",
                        help="the site's 字号 switch: 标准 / 大 / 特大")
    args = parser.parse_args()

    handler = functools.partial(Quiet, directory=args.site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": 740})
            page.add_init_script(f"localStorage.setItem('font-size', '{args.text}')")
            for rel in args.pages:
                page.goto(f"http://127.0.0.1:{server.server_port}/{rel}", wait_until="load")
                height = page.evaluate("document.documentElement.scrollHeight")
                print(f"{rel:<30} {args.width} px wide, text {args.text}: {height} px tall")
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
