"""Where to apply, whom to call, what an employer must do, and the words people use — each with its source."""
import re

import pytest
import yaml
from pagetext import article_html, page_text, section_html, site_pages, visible_text

from builder.context import ROOT

CHANNELS = yaml.safe_load((ROOT / "policy_data" / "channels.yaml").read_text(encoding="utf-8"))
# 12333 as the hotline, not inside 掌上12333, si.12333.gov.cn or “12333 小程序”.
HOTLINE = re.compile(r"(?<![0-9A-Za-z./上])12333(?![0-9A-Za-z.]|\s*小程序)")
TEL_LINK = re.compile(r'<a[^>]*href="tel:12333"[^>]*>\s*12333\s*</a>')
HEADING = re.compile(r"<h[1-6][^>]*>.*?</h[1-6]>", re.S)   # a heading names the hotline; its text links it


def unlinked_12333(article: str) -> list[str]:
    rest = visible_text(TEL_LINK.sub("", HEADING.sub("", article)))
    return [rest[max(0, m.start() - 15):m.end() + 15] for m in HOTLINE.finditer(rest)]


def test_every_channel_names_its_source_or_says_it_has_none(site_dir):
    raw = article_html(site_dir, "channels/index.html")
    for ch in CHANNELS:
        section = section_html(raw, ch["id"])
        text = visible_text(section)
        assert "出处：" in text, ch["id"]
        if ch["source"] is None:
            assert "本站没有找到说明这个渠道的文件" in text, ch["id"]
        for sid in filter(None, [ch["source"], *ch.get("also", [])]):
            assert f'href="../sources/#{sid}"' in section, f"{ch['id']} → {sid}"


def test_official_online_channels_are_links(site_dir):
    """facts §9 and §11.5: rst.nmg.gov.cn, si.12333.gov.cn, www.12333.gov.cn; 内蒙古人社 App; 电子社保卡 in
    支付宝, 微信 and 蒙速办."""
    raw = article_html(site_dir, "channels/index.html")
    for href in ("https://rst.nmg.gov.cn/", "https://si.12333.gov.cn/", "https://www.12333.gov.cn/", "tel:12333"):
        assert f'href="{href}"' in raw, href
    text = visible_text(raw)
    for name in ("内蒙古人社 App", "蒙速办", "支付宝", "微信", "电子社保卡"):
        assert name in text, name
    citizens = article_html(site_dir, "citizens/index.html")
    for target in ("nmg_online_hall", "si_12333", "nmg_app", "e_ssc", "counter"):
        assert f'href="../channels/#{target}"' in citizens, target


def test_channels_page_invents_no_address_phone_number_or_opening_hours(site_dir):
    text = page_text(site_dir, "channels/index.html")
    assert not re.search(r"\d{3,4}-\d{7,8}|(?<!\d)1\d{10}(?!\d)", text), "a phone number"
    assert not re.search(r"\d{1,2}[:：]\d{2}", text), "opening hours"
    assert not re.search(r"[路街]\d+号", text), "a street address"
    assert "本站不收录服务大厅的地址、电话号码和办公时间" in text


@pytest.mark.parametrize("rel", ["index.html", "citizens/index.html", "employers/index.html",
                                 "channels/index.html", "glossary/index.html", "notice/complaints/index.html",
                                 "notice/review/index.html", "notice/index.html"])
def test_12333_is_a_tel_link_wherever_it_appears(site_dir, rel):
    raw = article_html(site_dir, rel)
    assert TEL_LINK.search(raw), f"{rel}: no tel:12333 link"
    assert unlinked_12333(raw) == [], f"{rel}: 12333 without a tel: link"


def test_12333_is_a_tel_link_on_every_page(site_dir):
    """The same check over the whole site, checklists and calculator pages included."""
    missing = []
    for rel in site_pages(site_dir):
        raw = (site_dir / rel).read_text(encoding="utf-8")
        article = re.search(r"<article[^>]*>(.*?)</article>", raw, re.S)
        missing += [f"{rel}: …{s}…" for s in unlinked_12333(article.group(1) if article else "")]
    assert missing == []


def test_employers_page_states_the_employers_duties_with_their_source(site_dir):
    """社会保险法第五十条 (facts §2.2, seen verbatim): the certificate, and the name list within 15 days."""
    raw = article_html(site_dir, "employers/index.html")
    text = visible_text(raw)
    assert ("用人单位应当及时为失业人员出具终止或者解除劳动关系的证明，并将失业人员的名单自终止或者解除劳动关系之日起"
            "十五日内告知社会保险经办机构") in text
    assert "15 日内" in text and "终止或者解除劳动关系的证明" in text
    assert 'href="../sources/#social_insurance_law"' in raw


@pytest.mark.parametrize("rel", ["citizens/index.html", "checklists/stop-reason/index.html", "glossary/index.html",
                                 "notice/disputes/index.html"])
def test_the_words_people_use_are_explained_where_they_look(site_dir, rel):
    text = page_text(site_dir, rel)
    for word in ("个人原因", "单位原因", "停保原因", "本人意愿主动离职"):
        assert word in text, f"{rel}: {word}"


def test_glossary_entry_for_the_everyday_words_can_be_linked(site_dir):
    raw = article_html(site_dir, "glossary/index.html")
    assert 'id="personal-or-employer-reason"' in raw and 'id="stop-reason"' in raw
    assert 'href="../glossary/#personal-or-employer-reason"' in article_html(site_dir, "citizens/index.html")
