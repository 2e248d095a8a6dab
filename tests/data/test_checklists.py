"""Checklist schema: each class of mistake is reported as file:line: problem; the real files load."""
import textwrap
from pathlib import Path

import pytest
import yaml

from builder.data import load_all

import datafixture
from datafixture import KINDS, edit, line_of

ROOT = Path(__file__).resolve().parents[2]
WITH_CHECKLISTS = KINDS + ("checklists",)
REL = "checklists/demo.yaml"
FILE = "policy_data/checklists/demo.yaml"

CHECKLIST = """\
    id: demo
    title: 演示清单
    summary: 一句话说明
    section: disputes
    audience: [citizen, employer]
    situations:
      - {id: employer, short: 原单位, label: 我是原单位, hint: 网上申请}
      - {id: worker, short: 本人, label: 我是失业人员}
    groups:
      - id: materials
        title: 准备材料
        items:
          - id: agreement
            text: 解除劳动关系协议
            applies_to: all
            source: {source: nm_notice, article: 五, quote: 上传解除劳动关系协议}
            verified: true
          - id: statement
            text: 情况说明
            applies_to: [employer]
            source: {source: nm_notice, article: 五}
            verified: false
            note: 格式未规定
            see: {title: 模板, link: forms/stop-reason-statement/}
    after:
      - id: review
        text: 十个工作日
        applies_to: [worker]
        source: {source: si_handling_regulation, article: 第二十四条}
        verified: true
    related:
      - {title: 通知第五条, link: notice/disputes/}
    """


@pytest.fixture
def checklist_dir(data_dir):
    path = data_dir / REL
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(CHECKLIST), encoding="utf-8")
    return data_dir


def errors_of(data_dir) -> list[str]:
    return datafixture.errors_of(data_dir, only=WITH_CHECKLISTS)


def test_the_fixture_is_valid(checklist_dir):
    data = load_all(checklist_dir, only=WITH_CHECKLISTS)
    assert [i["id"] for i in data["checklists"]["demo"]["groups"][0]["items"]] == ["agreement", "statement"]


# (what is changed, into what, the line the error names (found by this text), the expected problem)
BROKEN = {
    "missing required field": ("        text: 情况说明\n", "", "- id: statement",
                               "groups[0].items[1]: 缺少字段 “text”"),
    "unknown source id": ("source: si_handling_regulation", "source: si_handling_regulaton", "si_handling_regulaton",
                          "after[0].source.source: 未知的来源 id（sources.yaml） “si_handling_regulaton”"),
    "undeclared situation": ("applies_to: [worker]", "applies_to: [workers]", "applies_to: [workers]",
                             "after[0].applies_to[0]: applies_to 中的 “workers” 不是本清单声明的情况（employer、worker）"),
    "applies_to neither all nor a list": ("applies_to: [worker]", "applies_to: everyone", "applies_to: everyone",
                                          "after[0].applies_to: 应为 all 或情况 id 的列表（如 [employer]）"),
    "unverified item without a note": ("        note: 格式未规定\n", "", "- id: statement",
                                       "groups[0].items[1]: verified: false 的事项必须写 note，说明哪里未核实（页面据此显示提示）"),
    "id differs from the file name": ("id: demo", "id: other", "id: other",
                                      "id: 清单 id “other” 应与文件名 “demo” 一致（页面地址 checklists/demo/ 由它决定）"),
    "unknown page": ("link: forms/stop-reason-statement/", "link: forms/statement/", "link: forms/statement/",
                     "groups[0].items[1].see.link: 未知的网站页面（mkdocs.yml 的 nav） “forms/statement/”"),
    "unknown notice section": ("section: disputes", "section: dispute", "section: dispute",
                               "section: 未知的通知章节 id（notice.yaml） “dispute”"),
}


@pytest.mark.parametrize("old,new,needle,problem", BROKEN.values(), ids=BROKEN.keys())
def test_one_mistake_one_message(checklist_dir, old, new, needle, problem):
    edit(checklist_dir, REL, old, new)
    line = line_of(checklist_dir, REL, needle)
    assert errors_of(checklist_dir) == [f"{FILE}:{line}: {problem}"]


def test_duplicate_item_id_across_groups_and_after(checklist_dir):
    edit(checklist_dir, REL, "  - id: review", "  - id: agreement")
    first = line_of(checklist_dir, REL, "- id: agreement", 1)
    second = line_of(checklist_dir, REL, "- id: agreement", 2)
    assert errors_of(checklist_dir) == [
        f"{FILE}:{second}: after[0].id: 重复的事项 id “agreement”（第 {first} 行已使用）"]


def test_misspelt_field(checklist_dir):
    edit(checklist_dir, REL, "        verified: true\n", "        verfied: true\n")
    line = line_of(checklist_dir, REL, "verfied: true")
    errors = errors_of(checklist_dir)
    assert f"{FILE}:{line}: groups[0].items[0].verfied: 未知字段 “verfied”（允许：id、text、applies_to、source、also、verified、note、see）" in errors
    assert any("缺少字段 “verified”" in e for e in errors)


# ---- the real files ----

REAL = sorted((ROOT / "policy_data" / "checklists").glob("*.yaml"))


def test_real_checklists_load_and_validate():
    data = load_all(ROOT / "policy_data")
    assert set(data["checklists"]) == {"claim-benefits", "stop-reason", "skill-subsidy"}


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_every_situation_has_something_specific(path):
    """A picker option that changes nothing would be pointless."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = [i for g in data["groups"] for i in g["items"]] + data.get("after", [])
    for situation in data["situations"]:
        assert any(isinstance(i["applies_to"], list) and situation["id"] in i["applies_to"] for i in items), situation


def test_the_notice_wording_is_quoted_verbatim():
    """Every quote from the notice must appear in the notice text itself."""
    text = (ROOT / "tests" / "site" / "notice_official.txt").read_text(encoding="utf-8")
    for path in REAL:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = [i for g in data["groups"] for i in g["items"]] + data.get("after", [])
        for item in items:
            for cite in [item["source"], *item.get("also", [])]:
                if cite["source"] == "nm_notice" and "quote" in cite:
                    assert cite["quote"] in text, (path.name, item["id"], cite["quote"])
