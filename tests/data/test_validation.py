"""One test per class of bad edit: the message names the file, the line and the problem."""
from builder.data import load_all

from datafixture import KINDS, edit, errors_of, line_of


def test_the_fixture_itself_is_valid(data_dir):
    data = load_all(data_dir, only=KINDS)
    assert data["parameters"]["review"]["working_days"]["values"]["2023-12-01"]["value"] == 10
    assert data["sources"][1]["issued"] == "2023-08-16"      # a date stays a string


def test_missing_field(data_dir):
    edit(data_dir, "parameters/review.yaml", "  description: 审核时限\n", "")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:1: review.working_days: 缺少字段 “description”"]


def test_unknown_source_id(data_dir):
    edit(data_dir, "parameters/review.yaml", "source: si_handling_regulation", "source: si_handling_regulaton")
    line = line_of(data_dir, "parameters/review.yaml", "si_handling_regulaton")
    assert errors_of(data_dir) == [
        f"policy_data/parameters/review.yaml:{line}: review.working_days.values.2023-12-01.reference.source: "
        "未知的来源 id（sources.yaml） “si_handling_regulaton”"]


def test_unknown_source_id_in_any_file(data_dir):
    edit(data_dir, "holidays/2026.yaml", "source: nm_notice", "source: holidays_2026")
    assert errors_of(data_dir) == [
        "policy_data/holidays/2026.yaml:2: source: 未知的来源 id（sources.yaml） “holidays_2026”"]


def test_value_without_reference(data_dir):
    edit(data_dir, "parameters/review.yaml",
         "      reference:\n        source: si_handling_regulation\n        article: 第二十四条\n"
         "        quote: 10个工作日内办理完毕\n", "")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:6: review.working_days: value for 2023-12-01 has no reference"
        "（2023-12-01 起的取值缺少依据）"]


NEXT_VALUE = """\
    2019-01-01:
      value: 20
      reference: {source: nm_notice, article: 一}
"""


def test_dated_values_unsorted(data_dir):
    (data_dir / "parameters/review.yaml").write_text(
        (data_dir / "parameters/review.yaml").read_text(encoding="utf-8") + NEXT_VALUE, encoding="utf-8")
    line = line_of(data_dir, "parameters/review.yaml", "2019-01-01")
    assert line == 12
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:12: review.working_days.values.2019-01-01: "
        "日期未按先后排列：2019-01-01 写在 2023-12-01 之后"]


def test_dated_values_duplicated(data_dir):
    (data_dir / "parameters/review.yaml").write_text(
        (data_dir / "parameters/review.yaml").read_text(encoding="utf-8")
        + NEXT_VALUE.replace("2019-01-01", "2023-12-01"), encoding="utf-8")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:12: working_days.values: 重复的键 “2023-12-01”（第 6 行已有）"
        .replace("working_days.values", "review.working_days.values")]


def test_date_that_does_not_exist(data_dir):
    edit(data_dir, "parameters/review.yaml", "2023-12-01:", "2023-02-30:")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:6: review.working_days.values.2023-02-30: 日期不存在：2023-02-30"]


def test_date_that_does_not_exist_in_a_holiday(data_dir):
    edit(data_dir, "holidays/2026.yaml", "end: 2026-01-03", "end: 2026-01-32")
    assert errors_of(data_dir) == [
        "policy_data/holidays/2026.yaml:4: holidays[0].end: 日期不存在：2026-01-32"]


def test_badly_written_date(data_dir):
    edit(data_dir, "parameters/review.yaml", "last_checked: 2026-11-26", "last_checked: 2026/11/26")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:4: review.working_days.last_checked: "
        "“2026/11/26” 不是 YYYY-MM-DD 格式的日期"]


def test_duplicate_id(data_dir):
    edit(data_dir, "sources.yaml", "- id: si_handling_regulation", "- id: nm_notice")
    assert errors_of(data_dir) == [
        # the parameter citing the id that is gone is reported too
        "policy_data/parameters/review.yaml:9: review.working_days.values.2023-12-01.reference.source: "
        "未知的来源 id（sources.yaml） “si_handling_regulation”",
        "policy_data/sources.yaml:12: [1].id: 重复的 id “nm_notice”（第 1 行已使用）"]


def test_duplicate_channel_id(data_dir):
    text = (data_dir / "channels.yaml").read_text(encoding="utf-8")
    (data_dir / "channels.yaml").write_text(text + text, encoding="utf-8")
    assert errors_of(data_dir) == [
        "policy_data/channels.yaml:10: [1].id: 重复的 id “hotline_12333”（第 1 行已使用）"]


def test_yaml_syntax_error(data_dir):
    edit(data_dir, "glossary.yaml", "sections: [review]", "sections: [review")
    (error,) = errors_of(data_dir)
    assert error.startswith("policy_data/glossary.yaml:4: YAML 语法错误")


def test_unknown_field_is_a_typo(data_dir):
    edit(data_dir, "channels.yaml", "  how: 拨打 12333", "  hwo: 拨打 12333")
    assert errors_of(data_dir) == [
        "policy_data/channels.yaml:1: [0]: 缺少字段 “how”",
        "policy_data/channels.yaml:4: [0].hwo: 未知字段 “hwo”（允许：id、name、kind、how、url、link_text、"
        "use_for、region、source、also、copy_read、verified）"]


def test_unknown_section_and_page(data_dir):
    edit(data_dir, "glossary.yaml", "sections: [review]", "sections: [reveiw]")
    edit(data_dir, "notice.yaml", "link: calculators/deadline/", "link: calculators/dedline/")
    assert errors_of(data_dir) == [
        "policy_data/glossary.yaml:3: [0].sections[0]: 未知的通知章节 id（notice.yaml） “reveiw”",
        f"policy_data/notice.yaml:{line_of(data_dir, 'notice.yaml', 'dedline')}: sections[0].related[0].link: "
        "未知的网站页面（mkdocs.yml 的 nav） “calculators/dedline/”"]


def test_wrong_type_and_range(data_dir):
    edit(data_dir, "parameters/review.yaml", "value: 10", "value: 十")
    assert errors_of(data_dir) == [
        "policy_data/parameters/review.yaml:7: review.working_days.values.2023-12-01.value: 应为整数，实为 文字 “十”"]


def test_holiday_workday_must_be_a_weekend(data_dir):
    edit(data_dir, "holidays/2026.yaml", "date: 2026-01-04", "date: 2026-01-05")
    assert errors_of(data_dir) == [
        "policy_data/holidays/2026.yaml:6: workdays[0].date: 调休上班日 2026-01-05 不是周六或周日"]


def test_missing_file_and_unknown_file(data_dir):
    (data_dir / "glossary.yaml").unlink()
    (data_dir / "extra.yaml").write_text("a: 1\n", encoding="utf-8")
    messages = errors_of(data_dir, only=None)
    assert "policy_data/glossary.yaml:0: 文件缺失" in messages
    assert "policy_data/extra.yaml:0: 没有对应的校验规则：请在 builder/schemas/ 中登记这类文件" in messages


def test_all_problems_are_reported_together(data_dir):
    edit(data_dir, "parameters/review.yaml", "2023-12-01:", "2023-02-30:")
    edit(data_dir, "sources.yaml", "- id: si_handling_regulation", "- id: nm_notice")
    assert len(errors_of(data_dir)) == 3     # the bad date, the duplicate id, and the now-unknown source
