"""Where pages lead: 上一页 / 下一页, the staff page's tools, and which duties the staff page says are the notice's."""
import re

import pytest
import yaml
from pagetext import article_html, site_pages, visible_text

from builder.context import ROOT

ROLE_PAGES = {"", "citizens/", "employers/", "staff/"}
POLICY_PAGES = {"parameters/", "sources/", "glossary/", "channels/"}
FOOTER = re.compile(r'<a href="([^"]*)" class="md-footer__link md-footer__link--(prev|next)"')


def footer_links(site_dir, rel: str) -> dict:
    """{"prev"/"next": target page as a site path like calculators/eligibility/}."""
    raw = (site_dir / rel).read_text(encoding="utf-8")
    base = rel.rsplit("index.html", 1)[0]
    out = {}
    for href, direction in FOOTER.findall(raw):
        parts = (base + href).split("/")
        path: list = []
        for part in parts:
            if part == "..":
                path.pop()
            elif part not in ("", "."):
                path.append(part)
        out[direction] = "/".join(path) + "/" if path else ""
    return out


@pytest.mark.parametrize("rel,previous,following", [
    ("citizens/index.html", "", "calculators/eligibility/"),
    ("employers/index.html", "", "checklists/stop-reason/"),
    ("staff/index.html", "", "notice/"),
    ("notice/complaints/index.html", "notice/risk/", "channels/"),
    ("forms/certificate-job-fit/index.html", "forms/stop-reason-statement/", "employers/"),
    ("parameters/index.html", "staff/", "sources/"),
])
def test_footer_leads_where_the_reader_goes_next(site_dir, rel, previous, following):
    assert footer_links(site_dir, rel) == {"prev": previous, "next": following}


def test_no_footer_link_jumps_from_one_role_to_another_or_from_forms_to_the_policy_pages(site_dir):
    wrong = []
    for rel in site_pages(site_dir):
        here = rel.rsplit("index.html", 1)[0]
        for direction, target in footer_links(site_dir, rel).items():
            if here in ROLE_PAGES and target in ROLE_PAGES and "" not in (here, target):
                wrong.append(f"{rel} {direction} → {target}")
            if here.startswith("forms/") and target in POLICY_PAGES:
                wrong.append(f"{rel} {direction} → {target}")
    assert wrong == []


def test_staff_page_links_straight_to_the_deadline_calculator(site_dir):
    raw = article_html(site_dir, "staff/index.html")
    assert re.search(r'<a href="\.\./calculators/deadline/">审核期限计算器</a>', raw)


def bigram_share(text: str, official: str) -> float:
    chars = re.sub(r"[^\u4e00-\u9fff0-9]", "", text)
    pairs = [chars[i:i + 2] for i in range(len(chars) - 1)]
    return sum(p in official for p in pairs) / len(pairs)


def test_staff_page_lists_the_notices_own_duties_and_labels_the_others(site_dir):
    """A duty written as the notice's own must mostly use the notice's words (checked against the verbatim
    text kept for the tests); a duty from another document shows that document on the staff page."""
    notice = yaml.safe_load((ROOT / "policy_data" / "notice.yaml").read_text(encoding="utf-8"))
    official = (ROOT / "tests" / "site" / "notice_official.txt").read_text(encoding="utf-8")
    raw = article_html(site_dir, "staff/index.html")
    text = visible_text(raw)
    for s in notice["sections"]:
        if s["id"] in ("opening", "closing"):
            continue
        for duty in s.get("actions", {}).get("staff", []):
            if isinstance(duty, str):
                assert bigram_share(duty, official) >= 0.6, f"{s['id']}: “{duty}” reads as the site's, not the notice's"
                assert duty.split("，")[0] in text, duty
            else:
                line = next(li for li in re.findall(r"<li>(.*?)</li>", raw, re.S) if duty["text"] in visible_text(li))
                assert f'href="../sources/#{duty["source"]}"' in line, duty["text"]
                assert "不是本通知的规定" in visible_text(line), duty["text"]
    assert "不得以超过60日申领期限为由拒发失业保险金（依据人社厅发〔2020〕24号 第四点，不是本通知的规定）" in text
