"""A small valid policy_data/ for the validation tests; each test breaks one thing in it."""
import textwrap
from pathlib import Path

import pytest

from builder.data import load_all
from builder.errors import DataErrors

# The kinds these fixtures cover (checklists have their own tests).
KINDS = ("sources", "notice", "parameters", "holidays", "glossary", "channels", "minimum_wage_areas")

FILES = {
    "sources.yaml": """\
        - id: nm_notice
          title: 关于进一步提升失业保险经办服务质效的通知
          short: 内蒙古通知
          issuer: 内蒙古自治区人力资源和社会保障厅等
          doc_number: null
          issued: null
          in_force: null
          url: null
          copy_read: null
          status: 现行有效
          verified: seen-verbatim
        - id: si_handling_regulation
          title: 社会保险经办条例
          short: 经办条例
          issuer: 国务院
          doc_number: 国务院令第765号
          issued: 2023-08-16
          in_force: 2023-12-01
          url: null
          copy_read: null
          status: 现行有效
          verified: seen-verbatim
        """,
    "parameters/review.yaml": """\
        working_days:
          description: 审核时限
          unit: working_days
          last_checked: 2026-11-26
          values:
            2023-12-01:
              value: 10
              reference:
                source: si_handling_regulation
                article: 第二十四条
                quote: 10个工作日内办理完毕
        """,
    "holidays/2026.yaml": """\
        year: 2026
        source: nm_notice
        holidays:
          - {name: 元旦, start: 2026-01-01, end: 2026-01-03}
        workdays:
          - {date: 2026-01-04, name: 元旦调休}
        """,
    "glossary.yaml": """\
        - term: 工作日
          explanation: 周一至周五，法定节假日除外。
          sections: [review]
        """,
    "channels.yaml": """\
        - id: hotline_12333
          name: 12333人社咨询热线
          kind: phone
          how: 拨打 12333
          use_for: [consult]
          region: 全国
          source: nm_notice
          copy_read: null
          verified: true
        """,
    "minimum_wage_areas.yaml": """\
        source: nm_notice
        note: 说明
        counts_quote: 引文
        classes:
          class1: [{city: 呼和浩特市, units: [新城区], verified: true}]
          class2: []
          class3: []
        """,
}

SECTION_IDS = ("opening", "review", "workflow", "older-workers", "medical", "disputes",
               "certificates", "risk", "complaints", "closing")


def notice_yaml() -> str:
    sections = []
    for sid in SECTION_IDS:
        sections.append(f"""\
  - id: {sid}
    number: null
    title: 标题{sid}
    summary: 摘要
    text: 原文
    explanation: 解读
    audiences: [citizen]
    actions: {{citizen: [去办]}}
    basis: [{{source: nm_notice, article: 一}}]
    related: [{{title: 审核期限, link: calculators/deadline/}}]
""")
    return "title: 通知\nsource: nm_notice\naddressees: 各盟市\nissuers: [人社厅]\nsections:\n" + "".join(sections)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    root = tmp_path / "policy_data"
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "notice.yaml").write_text(notice_yaml(), encoding="utf-8")
    return root


def edit(data_dir: Path, rel: str, old: str, new: str) -> None:
    path = data_dir / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture has no {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(data_dir: Path, rel: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the nth line containing needle (the hand-worked expectation)."""
    hits = [i for i, line in enumerate((data_dir / rel).read_text(encoding="utf-8").splitlines(), 1)
            if needle in line]
    return hits[nth - 1]


def errors_of(data_dir, only=KINDS) -> list[str]:
    """The validation messages loading data_dir gives (the load must fail)."""
    with pytest.raises(DataErrors) as info:
        load_all(data_dir, only=only)
    return [str(e) for e in info.value.errors]
