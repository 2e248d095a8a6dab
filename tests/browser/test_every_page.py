"""Every page in the navigation, in each text size of the 字号 switch (标准, 大, 特大), on a 360 px
phone: no WCAG 2.1 AA violation (axe-core), no horizontal scrolling, nothing cut off (no text
clipped or ellipsised), form controls as large as the text around them, no console error and
nothing from another origin. In 标准, axe runs on the desktop layout (1280 px) as well, so both
layouts are covered. One browser context per text size; one page visits every address.

Calculator pages are visited while their runtime loads: its files are answered with empty bodies, so
the worker never reports ready and this test boots no Pyodide (the ready, answer and error states are
checked by test_calculator_a11y.py)."""
import re
from pathlib import Path

import pytest
import yaml

from conftest import AXE, PageWatch

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
SIZES = ["normal", "large", "larger"]          # font-size.js ids of 标准, 大, 特大
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUNTIME = re.compile(r"/assets/(pyodide|runtime)/")
SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true, effectiveType: '4g'})})"


def nav_pages(nav) -> list[str]:
    pages = []
    for entry in nav:
        for value in entry.values():
            pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def url_of(md: str) -> str:
    path = md.removesuffix(".md")
    path = path.removesuffix("index")
    return "/" + (path + "/" if path and not path.endswith("/") else path)


NAV = nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])
PAGES = [url_of(p) for p in NAV] + ["/404.html"]

# Visible elements that hide part of their own text (an ellipsis, or overflow clipped, on an element
# holding text itself: panes that scroll or slide, like the drawer's, are not text). The search
# overlay is closed; everything else (header, drawer, content, footer) is looked at.
CUT_OFF = """() => {
  const cut = [];
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".md-search")) continue;
    const style = getComputedStyle(el);
    const clips = style.textOverflow === "ellipsis" || (["hidden", "clip"].includes(style.overflowX) && ownText(el));
    if (!clips || el.clientWidth <= 1 || style.visibility === "hidden") continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.textContent.trim())
      cut.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: “${el.textContent.trim().slice(0, 20)}” ` +
               `${el.scrollWidth}px in ${el.clientWidth}px`);
  }
  return cut;
}"""

# Form controls in the page whose text is smaller than the text beside them, and tick boxes
# smaller than that text (the browser's own 13 px, whatever the text size).
SMALL_CONTROLS = """() => {
  const small = [];
  for (const el of document.querySelectorAll(".md-content :is(input, select, textarea, button)")) {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || el.type === "hidden") continue;
    const own = parseFloat(getComputedStyle(el).fontSize);
    const text = parseFloat(getComputedStyle(el.parentElement).fontSize);
    const tick = ["checkbox", "radio"].includes(el.type);
    if (own < 0.8 * text || (tick && Math.min(box.width, box.height) < text))
      small.push(`${el.tagName.toLowerCase()}#${el.id || el.name || el.type}: ${Math.round(box.width)}×${Math.round(box.height)}px, ` +
                 `text ${own}px beside ${text}px`);
  }
  return small;
}"""


def test_the_list_covers_every_built_page(site_dir):
    built = {"/" + str(p.relative_to(site_dir).parent).removeprefix(".") for p in site_dir.rglob("index.html")}
    built = {b if b == "/" else b + "/" for b in built} | {"/404.html"}
    assert built == set(PAGES)


@pytest.fixture(scope="module", params=SIZES)
def sized(request, browser, base_url):
    """One page in a context whose 字号 choice is `size` (stored as the switch stores it)."""
    size = request.param
    # No service worker (as conftest's context); 省流量 (Save-Data) on, so that pages do not warm the
    # calculator runtime in the background (test_runtime_requests covers that): layout and axe are what is checked.
    context = browser.new_context(viewport=PHONE, locale="zh-CN", service_workers="block")
    context.add_init_script(f"try {{ localStorage.setItem('font-size', '{size}') }} catch {{}}")
    context.add_init_script(SAVE_DATA)
    context.add_init_script(path=str(AXE))
    context.route(RUNTIME, empty_runtime_file)
    page = context.new_page()
    watch = PageWatch(page, base_url)
    yield size, page, watch
    context.close()


def empty_runtime_file(route) -> None:
    """An empty file of the right type: the worker runs and never answers, the hints fill the cache with nothing."""
    script = route.request.url.split("?")[0].endswith((".js", ".mjs"))
    route.fulfill(status=200, body="", content_type="text/javascript" if script else "application/octet-stream")


def settle(page) -> None:
    """Theme transitions (header, back-to-top fade) finished, so axe sees final colours; endless
    ones (the calculator's loading spinner) never finish and change no colour."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running'"
                           " || a.effect.getTiming().iterations === Infinity)")


def axe(page) -> list[dict]:
    settle(page)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG21_AA)
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


@pytest.mark.parametrize("path", PAGES)
def test_page_in_each_text_size(sized, base_url, path):
    size, page, watch = sized
    watch.console_errors.clear()
    watch.foreign_requests.clear()
    if size == "normal":
        page.set_viewport_size(DESKTOP)
    page.goto(base_url + path)
    assert page.evaluate("document.documentElement.dataset.fontSize") == size
    if size == "normal":
        assert axe(page) == [], "1280 px"
        page.set_viewport_size(PHONE)
    assert axe(page) == [], "360 px"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.evaluate(CUT_OFF) == []
    assert page.evaluate(SMALL_CONTROLS) == []
    assert watch.foreign_requests == [], "requests left the site"
    assert watch.console_errors == []
