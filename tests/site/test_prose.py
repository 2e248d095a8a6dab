"""Amounts in the site's own prose come from the parameters (builder/prose.py), never typed in."""
import re
import shutil

import pytest
import yaml
from pagetext import article_html, page_text

from builder import pages
from builder.compile import compile_data
from builder.context import ROOT, Context
from builder.data import load_all
from builder.errors import DataErrors
from builder.prose import FILES, prose_strings

QUOTED = re.compile(r"“[^”]*”|\{[^{}]*\}")
TYPED_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:元|%)")


@pytest.mark.parametrize("name", FILES)
def test_no_amount_or_rate_is_typed_into_prose(name):
    """Outside quotations of official text, every 元 or % figure is a {parameter} placeholder."""
    data = yaml.safe_load((ROOT / "policy_data" / name).read_text(encoding="utf-8"))
    typed = [f"{'.'.join(map(str, path))}: {m.group()}" for path, text in prose_strings(data)
             for m in TYPED_AMOUNT.finditer(QUOTED.sub("", text))]
    assert typed == []


def test_benefit_amounts_in_the_explanation_are_the_parameters_products(site_dir):
    """Worked by hand: 2270 × 95% = 2156.50, 2270 × 85% = 1929.50 (内政办发〔2024〕46号, 内人社办发〔2024〕195号);
    2380 × 95% = 2261.00, 2380 × 85% = 2023.00 (内政办发〔2025〕40号 and the 2025-12 report, so 转述)."""
    text = page_text(site_dir, "notice/workflow/index.html")
    assert "2024年12月起每月为2156.50 元和1929.50 元" in text
    assert "每月为2261.00 元（转述）和2023.00 元（转述）" in text
    raw = article_html(site_dir, "notice/workflow/index.html")
    assert 'href="../../parameters/#benefit-rate_first_12">转述</a>' in raw


def test_subsidy_amounts_in_the_explanation_come_from_the_2024_values(site_dir):
    text = page_text(site_dir, "notice/certificates/index.html")
    assert re.search(r"初级（五级）不超过1000 元(?:（[^）]*）)?、中级（四级）不超过1500 元", text)


def build_pages(tmp_path, data_dir):
    ctx = Context(data_dir=data_dir, stage=tmp_path / "docs", build=tmp_path / "build")
    ctx.data = load_all(data_dir)
    ctx.policy = compile_data(ctx.data)
    pages.run(ctx)
    return ctx


@pytest.fixture
def data_copy(tmp_path):
    copy = tmp_path / "policy_data"
    shutil.copytree(ROOT / "policy_data", copy)
    return copy


def line_of(path, needle):
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_an_unknown_parameter_in_prose_stops_the_build_naming_file_and_line(tmp_path, data_copy):
    notice = data_copy / "notice.yaml"
    text = notice.read_text(encoding="utf-8")
    text = text.replace("第1至12个月按{benefit.rate_first_12}", "第1至12个月按{benefit.rate_first_twelve}", 1)
    notice.write_text(text, encoding="utf-8")
    with pytest.raises(DataErrors) as err:
        build_pages(tmp_path, data_copy)
    line = line_of(notice, "rate_first_twelve")
    assert str(err.value).splitlines()[0] == (
        f"policy_data/notice.yaml:{line}: {{benefit.rate_first_twelve}}：未知的参数编号 “benefit.rate_first_twelve”")


def test_a_date_before_the_first_value_and_a_malformed_placeholder_are_reported(tmp_path, data_copy):
    glossary = data_copy / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    text = text.replace("{minimum_wage.class1_monthly@2024-12-01}", "{minimum_wage.class1_monthly@2020-01-01}", 1)
    text = text.replace("第13个月起按{benefit.rate_after_12}", "第13个月起按{benefit.rate_after_12@2025/12/01}", 1)
    glossary.write_text(text, encoding="utf-8")
    with pytest.raises(DataErrors) as err:
        build_pages(tmp_path, data_copy)
    report = str(err.value)
    assert f"policy_data/glossary.yaml:{line_of(glossary, '2020-01-01')}: {{minimum_wage.class1_monthly@2020-01-01}}：" \
           "2020-01-01 早于该参数的第一个取值（2021-12-01），数据未覆盖" in report
    assert f"policy_data/glossary.yaml:{line_of(glossary, '2025/12/01')}: " \
           "无法识别的占位符 {benefit.rate_after_12@2025/12/01}" in report


def test_valid_prose_renders(tmp_path, data_copy):
    ctx = build_pages(tmp_path, data_copy)
    assert "{benefit." not in (ctx.stage / "notice" / "workflow.md").read_text(encoding="utf-8")
