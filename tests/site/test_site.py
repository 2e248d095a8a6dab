"""The built site (./dev test builds it first): the notice verbatim, every page, search, no foreign origin."""
import json
import re
from pathlib import Path

import pytest
from pagetext import page_text

HERE = Path(__file__).resolve().parent
SECTIONS = ["review", "workflow", "older-workers", "medical", "disputes", "certificates", "risk", "complaints"]
NUMBERS = "一二三四五六七八"


def official_paragraphs() -> list[str]:
    lines = (HERE / "notice_official.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_official_text_has_title_opening_eight_sections_closing_and_issuers():
    paragraphs = official_paragraphs()
    assert paragraphs[0] == "关于进一步提升失业保险经办服务质效的通知"
    headings = [p for p in paragraphs if re.match(f"^[{NUMBERS}]、", p)]
    assert [h[0] for h in headings] == list(NUMBERS)
    assert paragraphs[-1] == "内蒙古自治区医疗保障局"


def test_full_notice_page_contains_every_paragraph_verbatim(site_dir):
    text = page_text(site_dir, "notice/index.html")
    missing = [p for p in official_paragraphs() if p not in text]
    assert missing == []


def test_each_section_page_exists_and_quotes_its_section_verbatim(site_dir):
    paragraphs = official_paragraphs()
    for number, sid in zip(NUMBERS, SECTIONS):
        heading = next(i for i, p in enumerate(paragraphs) if p.startswith(f"{number}、"))
        body = paragraphs[heading + 1]
        text = page_text(site_dir, f"notice/{sid}/index.html")
        assert paragraphs[heading] in text.replace("\n", ""), sid
        assert body in text, f"notice/{sid}/ lacks its verbatim text"
        for title in ("通知原文", "解读", "谁需要关注，该怎么做", "依据"):
            assert title in text, f"notice/{sid}/ lacks 「{title}」"


@pytest.mark.parametrize("rel", [
    "index.html", "citizens/index.html", "employers/index.html", "staff/index.html",
    "notice/index.html", "parameters/index.html", "sources/index.html", "glossary/index.html",
    "channels/index.html",
])
def test_page_exists_in_chinese(site_dir, rel):
    raw = (site_dir / rel).read_text(encoding="utf-8")
    assert '<html lang="zh"' in raw


def test_home_has_three_role_entries_as_real_links(site_dir):
    raw = (site_dir / "index.html").read_text(encoding="utf-8")
    for href, text in (("citizens/", "我是失业人员"), ("employers/", "我是用人单位"), ("staff/", "我是经办人员")):
        assert re.search(rf'<a class="ui-card" href="{href}"><strong>{text}</strong>', raw), text


def test_role_pages_lead_to_what_each_reader_needs(site_dir):
    wanted = {
        "citizens": ["calculators/eligibility/", "calculators/deadline/", "calculators/retirement/",
                     "calculators/transition/", "calculators/refund/", "checklists/claim-benefits/",
                     "checklists/stop-reason/", "channels/"],
        "employers": ["forms/stop-reason-statement/", "forms/certificate-job-fit/", "checklists/stop-reason/",
                      "checklists/skill-subsidy/", "notice/disputes/", "notice/certificates/", "notice/risk/"],
        "staff": [f"notice/{s}/" for s in SECTIONS] + ["parameters/", "sources/"],
    }
    for page, targets in wanted.items():
        raw = (site_dir / page / "index.html").read_text(encoding="utf-8")
        for target in targets:
            assert f'href="../{target}"' in raw, f"{page} → {target}"


# ---- search -------------------------------------------------------------------------------------

SEARCHES = {
    "失业保险金": "notice/review/",
    "失业登记": "notice/workflow/",
    "工作日": "notice/review/",
    "法定退休年龄": "notice/older-workers/",
    "技能提升补贴": "notice/certificates/",
    "证岗相适": "notice/certificates/",
}


@pytest.fixture(scope="module")
def search_index(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])   # as the search worker splits
    pages: dict[str, set] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#", 1)[0]
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
        pages.setdefault(page, set()).update(t for t in separator.split(text) if t)
    return index, pages


def test_search_index_is_chinese_and_segmented(search_index):
    index, _ = search_index
    assert index["config"]["lang"] == ["zh"]
    assert any("\u200b" in doc["text"] for doc in index["docs"])


@pytest.mark.parametrize("term,page", SEARCHES.items())
def test_search_finds_the_page_that_covers_the_term(search_index, term, page):
    """Each term is one token in the index (jieba with docs/search_dict.txt), on the page about it."""
    _, pages = search_index
    assert term in pages[page], f"搜索 {term} 找不到 {page}"


# ---- nothing from another origin -----------------------------------------------------------------

FOREIGN = re.compile(r"^(https?:)?//", re.I)
TAG_ATTRS = re.compile(r"<(script|link|img|iframe|source|video|audio|embed|object|track)\b([^>]*)>", re.I)
ATTR = re.compile(r"\b(src|href|srcset|data)\s*=\s*[\"']([^\"']*)[\"']", re.I)
CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)|@import\s+[\"']([^\"']+)", re.I)


def test_no_page_loads_anything_from_another_origin(site_dir):
    found = []
    for path in site_dir.rglob("*.html"):
        raw = path.read_text(encoding="utf-8")
        for tag, attrs in TAG_ATTRS.findall(raw):
            if tag.lower() == "link" and re.search(r'rel="?(alternate|canonical)', attrs):
                continue
            for name, value in ATTR.findall(attrs):
                if FOREIGN.match(value.strip()):
                    found.append(f"{path.relative_to(site_dir)}: <{tag} {name}={value}>")
        for value in re.findall(r"style=\"[^\"]*url\(([^)]+)\)", raw):
            if FOREIGN.match(value.strip("'\" ")):
                found.append(f"{path.relative_to(site_dir)}: style url({value})")
    for path in site_dir.rglob("*.css"):
        for a, b in CSS_URL.findall(path.read_text(encoding="utf-8")):
            if FOREIGN.match((a or b).strip()):
                found.append(f"{path.relative_to(site_dir)}: {a or b}")
    assert found == []


def test_theme_fonts_are_off(site_dir):
    raw = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in raw and "fonts.gstatic" not in raw


def test_every_page_carries_the_content_security_policy(site_dir):
    """The browser itself then refuses anything from another origin (overrides/main.html)."""
    missing = []
    for path in site_dir.rglob("*.html"):
        raw = path.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', raw)
        if not policy or "default-src 'self'" not in policy.group(1) or "connect-src 'self'" not in policy.group(1):
            missing.append(str(path.relative_to(site_dir)))
    assert missing == []
