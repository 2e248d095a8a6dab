"""What no reader should see on any built page: the repository's insides, and wording the review found wrong."""
import re

import pytest
from pagetext import body_text, page_text, site_pages

from builder.context import ROOT

PARAMETER_FILES = sorted(p.stem for p in (ROOT / "policy_data" / "parameters").glob("*.yaml"))
INTERNAL = [
    ("a path into the shared notes", re.compile(r"shared/")),
    ("the facts file", re.compile(r"facts\.md")),
    ("the data folder", re.compile(r"policy_data")),
    ("a data file", re.compile(r"\.ya?ml\b")),
    ("a template", re.compile(r"\.j2\b")),
    ("a parameter id", re.compile(rf"\b(?:{'|'.join(PARAMETER_FILES)}|eligibility|deadline|refund)\.[a-z][a-z0-9_]*")),
    ("a data field name", re.compile(r"\b(?:copy_read|doc_number|in_force|last_checked|verified)\b")),
    ("a placeholder left unfilled", re.compile(r"\{[a-z_]+\.[a-z0-9_/]+")),
    ("Markdown attribute syntax shown as text", re.compile(r"\{:\s*[.#]")),
]


@pytest.fixture(scope="module")
def texts(site_dir):
    return {rel: body_text(site_dir, rel) for rel in site_pages(site_dir)}


def test_the_scan_sees_every_page(texts):
    assert {"index.html", "parameters/index.html", "sources/index.html", "calculators/eligibility/index.html",
            "checklists/stop-reason/index.html", "forms/certificate-job-fit/index.html"} <= set(texts)


@pytest.mark.parametrize("what,pattern", INTERNAL, ids=[w for w, _ in INTERNAL])
def test_no_page_shows_repository_paths_file_names_or_internal_ids(texts, what, pattern):
    found = [f"{rel}: …{text[max(0, m.start() - 20):m.end() + 20]}…"
             for rel, text in texts.items() for m in pattern.finditer(text)]
    assert found == [], f"{what} on a public page"


def test_pages_address_the_reader_as_nin(texts):
    found = [f"{rel}: …{text[max(0, i - 15):i + 15]}…" for rel, text in texts.items()
             for i in (m.start() for m in re.finditer("你", text))]
    assert found == []


def test_retirement_ages_read_in_years_of_age(texts):
    """50岁, never “50 年” (the review found an age written as a span of years)."""
    pattern = re.compile(r"(?<![\d.])(?:50|55|58|60|63)\s*年(?![\d月代])")
    found = [f"{rel}: …{t[max(0, m.start() - 15):m.end() + 15]}…" for rel, t in texts.items()
             for m in pattern.finditer(t)]
    assert found == []


def test_no_deadline_before_the_end_of_benefits_for_the_transition_application(texts):
    """The notice sets no time for the §三 application (facts §11.5)."""
    assert [rel for rel, t in texts.items() if "领金期满前" in t] == []


def test_article_1259_is_not_said_to_list_man(texts):
    """民法典第一千二百五十九条 lists 以上/以下/以内/届满 and 不满/超过/以外, not 满 (facts §11.5)."""
    for rel, t in texts.items():
        for m in re.finditer("第一千二百五十九条", t):
            around = t[max(0, m.start() - 80):m.end() + 80]
            assert "“满”" not in around and "、满、" not in around, f"{rel}: …{around}…"


def test_no_contrast_between_a_national_zhifu_and_a_regional_fanhuan(site_dir):
    """The notice itself uses both 支付 and 返还 for the same refund (facts §11.5)."""
    text = page_text(site_dir, "notice/medical/index.html")
    assert "自治区通知用“返还”" not in text and "国家通知的说法是“支付”" not in text
    assert "两处说的是同一笔钱" in text
