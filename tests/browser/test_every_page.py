"""Every page in the navigation: no WCAG 2.1 AA violation (axe-core), no horizontal scrolling at
360 px, no console error, nothing from another origin. Calculator pages are covered in their idle,
answer and error states by test_calculator_a11y.py, so here they are skipped."""
from pathlib import Path

import pytest
import yaml

from conftest import axe_violations

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


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
PAGES = [url_of(p) for p in NAV if not (p.startswith("calculators/") and p != "calculators/index.md")] + ["/404.html"]


def test_the_list_covers_every_built_page(site_dir):
    built = {"/" + str(p.relative_to(site_dir).parent).removeprefix(".") for p in site_dir.rglob("index.html")}
    built = {b if b == "/" else b + "/" for b in built} | {"/404.html"}
    calculators = {f"/calculators/{p.stem}/" for p in (site_dir / "calculators").iterdir() if p.is_dir()}
    assert built - calculators == set(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_is_accessible_and_fits_a_phone(page, base_url, path):
    page.goto(base_url + path)
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
