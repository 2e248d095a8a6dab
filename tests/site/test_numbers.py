"""Every number on the generated pages comes from policy_data/ and names its source."""
import html
import re

import pytest

from builder.compile import compile_policy
from builder.context import ROOT
from builder.pages import anchor, fmt_value


@pytest.fixture(scope="module")
def policy():
    return compile_policy(ROOT / "policy_data")


def text_of(site_dir, rel):
    return html.unescape(re.sub(r"<[^>]+>", "", (site_dir / rel).read_text(encoding="utf-8")))


def test_format_of_values_for_readers():
    assert fmt_value(0.95, "ratio") == "95%"
    assert fmt_value(2380, "yuan") == "2380 元"
    assert fmt_value(22.4, "yuan") == "22.4 元"
    assert fmt_value(10, "working_days") == "10 个工作日"
    assert fmt_value({"junior": 1000}, "yuan") == "初级（五级）：1000 元"


def test_parameters_page_shows_every_value_its_date_source_and_last_checked(site_dir, policy):
    raw = (site_dir / "parameters" / "index.html").read_text(encoding="utf-8")
    text = text_of(site_dir, "parameters/index.html")
    for pid, p in policy["parameters"].items():
        assert f'id="{anchor(pid)}"' in raw, pid
        assert pid in text
        section = raw.split(f'id="{anchor(pid)}"', 1)[1].split("<h2", 1)[0]
        assert f"最后核对：{p['last_checked']}" in html.unescape(re.sub(r"<[^>]+>", "", section))
        for v in p["values"]:
            assert f"{v['from']} 起" in section, f"{pid} {v['from']}"
            assert f'href="../sources/#{v["reference"]["source"]}"' in section, f"{pid} {v['from']} source"
        if any(not v["verified"] for v in p["values"]):
            assert "admonition warning" in section and "未核实" in section, f"{pid}: no caveat"


def test_latest_benefit_base_and_rates_are_shown_with_their_source(site_dir, policy):
    text = text_of(site_dir, "index.html")
    base = policy["parameters"]["minimum_wage.class1_monthly"]["values"][-1]
    assert f"{base['value']} 元（{base['from']} 起" in text
    raw = (site_dir / "index.html").read_text(encoding="utf-8")
    assert f'href="sources/#{base["reference"]["source"]}"' in raw


def test_sources_page_has_an_anchor_for_every_source(site_dir, policy):
    raw = (site_dir / "sources" / "index.html").read_text(encoding="utf-8")
    for sid in policy["sources"]:
        assert f'id="{sid}"' in raw
