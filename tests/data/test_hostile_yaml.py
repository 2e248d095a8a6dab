"""Hostile or broken YAML in policy_data/ stops the build with file:line and a plain message, never a
traceback, a hang or a memory blow-up; numbers outside sane bounds are refused where they are written."""
import pytest

from datafixture import KINDS, edit, errors_of

REVIEW = "parameters/review.yaml"
GLOSSARY = "glossary.yaml"


def laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("rel, text, line, message", [
    (GLOSSARY, laughs(), 1, "不支持 YAML 锚点 &a0"),                          # billion laughs: 10^10 strings
    (GLOSSARY, "- &x [*x]\n", 1, "不支持 YAML 锚点 &x"),                       # a list that contains itself
    (GLOSSARY, "- term: 工作日\n  explanation: *nowhere\n", 2, "不支持 YAML 别名 *nowhere"),
    (GLOSSARY, "- x: " + "[" * 5000 + "]" * 5000 + "\n", 1, "嵌套层数超过"),
    (GLOSSARY, "- term: 工作日\n  explanation: !!python/object/apply:os.system [ls]\n", 2,
     "不支持的 YAML 标签 !!python/object/apply:os.system"),
    (GLOSSARY, "- term: !custom 工作日\n", 1, "不支持的 YAML 标签 !custom"),
    (GLOSSARY, "- term: 工作日\n  explanation: \"\x07\"\n", 2, "YAML 中有不允许的字符 #x0007"),
])
def test_hostile_yaml_is_refused_at_its_line(data_dir, rel, text, line, message):
    (data_dir / rel).write_text(text, encoding="utf-8")
    errors = errors_of(data_dir)
    assert any(e.startswith(f"policy_data/{rel}:{line}: {message}") for e in errors), errors


def test_a_merge_key_is_refused_at_its_line(data_dir):
    edit(data_dir, GLOSSARY, "  explanation: 周一至周五，法定节假日除外。\n",
         "  explanation: 周一至周五，法定节假日除外。\n  <<: {reading: gōng zuò rì}\n")
    assert errors_of(data_dir) == ["policy_data/glossary.yaml:3: 不支持 YAML 合并键 <<，请直接写出字段"]


def test_a_5000_digit_integer_is_refused_at_its_line(data_dir):
    edit(data_dir, REVIEW, "value: 10", "value: 1" + "0" * 5000)
    assert f"policy_data/{REVIEW}:7: 数字 10000000000000000000… 的位数超过 15 位" in errors_of(data_dir)


@pytest.mark.parametrize("value, problem", [
    ("100000000000000000000", "位数超过 15 位"),     # 10^20: every deadline was 计算出错 (OverflowError)
    ("61", "61 大于上限 60"),
    ("0", "0 小于下限 1"),
    ("1.5", "应为整数"),
])
def test_working_days_are_bounded(data_dir, value, problem):
    edit(data_dir, REVIEW, "value: 10", f"value: {value}")
    errors = errors_of(data_dir)
    assert any(e.startswith(f"policy_data/{REVIEW}:7:") and problem in e for e in errors), errors


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_a_number_must_be_finite(data_dir, value):
    (data_dir / "parameters" / "benefit.yaml").write_text(f"""\
rate:
  description: 比例
  unit: ratio
  last_checked: 2026-11-26
  values:
    2023-12-01:
      value: {value}
      reference: {{source: nm_notice, article: 一}}
""", encoding="utf-8")
    assert errors_of(data_dir) == [
        f"policy_data/parameters/benefit.yaml:7: benefit.rate.values.2023-12-01.value: {float(value.replace('.', ''))} 不是有限的数字"]


def test_numbers_inside_a_table_are_bounded_by_their_key(data_dir):
    (data_dir / "parameters" / "benefit.yaml").write_text("""\
duration_bands:
  description: 领取期限
  unit: table
  last_checked: 2026-11-26
  values:
    2023-12-01:
      value:
        - {min_contribution_months: 12, max_benefit_months: 240}
        - {min_contribution_months: 12, months_typo: 3}
      reference: {source: nm_notice, article: 一}
""", encoding="utf-8")
    errors = errors_of(data_dir)
    assert errors == [
        "policy_data/parameters/benefit.yaml:8: benefit.duration_bands.values.2023-12-01.value[0].max_benefit_months: "
        "240 大于上限 24",
        "policy_data/parameters/benefit.yaml:9: benefit.duration_bands.values.2023-12-01.value[1].months_typo: "
        "数字 3 所在的键 “months_typo” 没有登记取值范围（builder/schemas/parameters.py 的 KEY_BOUNDS）",
    ]


def test_the_real_data_has_every_number_within_bounds():
    from builder.context import ROOT
    from builder.data import load_all

    assert load_all(ROOT / "policy_data")["parameters"]


def test_an_id_that_becomes_an_anchor_is_plain(data_dir):
    """{: #{{ id }} } on the sources and channels pages: a space would let an id add an attribute."""
    edit(data_dir, "channels.yaml", "- id: hotline_12333", "- id: x onclick=alert(1)")
    assert errors_of(data_dir) == ["policy_data/channels.yaml:1: [0].id: “x onclick=alert(1)” "
                                   "只能用小写英文字母、数字、下划线和连字符，并以字母开头"]
