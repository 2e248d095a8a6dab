"""A parameter value's quote must contain the number it supports (in any usual written form), and
the build reports file:line when it does not."""
import pytest

from builder.quotes import chinese, quote_has
from builder.data import load_all
from datafixture import KINDS, edit, errors_of, line_of


@pytest.mark.parametrize("n,text", [(1, "一"), (10, "十"), (12, "十二"), (15, "十五"), (20, "二十"), (36, "三十六"),
                                    (95, "九十五"), (105, "一百零五"), (180, "一百八十"), (1000, "一千"), (2270, "二千二百七十")])
def test_chinese_numerals(n, text):
    assert chinese(n) == text


@pytest.mark.parametrize("quote,number,unit", [
    ("按照……标准的百分之九十五执行", 0.95, "ratio"),
    ("第1~12个月失业保险金标准按95%发放", 0.95, "ratio"),
    ("达到法定退休年龄时累计缴费满十五年的", 180, "months"),       # 十五年 = 180 months
    ("累计缴费时间满1年不足5年的", 60, "months"),
    ("提前时间最长不超过三年", 36, "months"),
    ("每人每年享受补贴次数最多不超过三次", 3, "count"),
    ("一类地区2270元、二类地区2200元", 2200, "yuan"),
    ("一类地区22.4元", 22.4, "yuan"),
    ("对2024年12月31日正在领取失业保险金（含续发）人员", "2024-12-31", "date"),
])
def test_number_found(quote, number, unit):
    assert quote_has(quote, number, unit)


@pytest.mark.parametrize("quote,number,unit", [
    ("政策执行期限至2024年12月31日。", 12, "months"),   # the 12 of a date is not 12 months
    ("2023年", 3, "count"),                              # 3 inside a longer number
    ("最多十三次", 3, "count"),                           # 三 inside 十三
    ("一类地区122.4元", 22.4, "yuan"),
    ("按95%发放", 0.85, "ratio"),
])
def test_number_not_found(quote, number, unit):
    assert not quote_has(quote, number, unit)


def test_a_quote_without_its_number_is_reported_with_file_and_line(data_dir):
    edit(data_dir, "parameters/review.yaml", "quote: 10个工作日内办理完毕", "quote: 五个工作日内办理完毕")
    line = line_of(data_dir, "parameters/review.yaml", "五个工作日")
    assert errors_of(data_dir) == [
        f"policy_data/parameters/review.yaml:{line}: review.working_days.values.2023-12-01.reference.quote: "
        "引文中没有出现它所支持的数值 10：请引用写有该数值的原文，或去掉引文，或用 derivation 写明如何由引文推算"]


def test_the_same_number_in_words_passes(data_dir):
    edit(data_dir, "parameters/review.yaml", "quote: 10个工作日内办理完毕", "quote: 十个工作日内办理完毕")
    assert load_all(data_dir, only=KINDS)["parameters"]["review"]["working_days"]["values"]["2023-12-01"]["value"] == 10


def test_a_derived_value_names_its_number_in_the_derivation(data_dir):
    edit(data_dir, "parameters/review.yaml", "      value: 10\n",
         "      value: 12\n      derivation: 十个工作日 + 2 = 11\n")
    line = line_of(data_dir, "parameters/review.yaml", "derivation")
    assert errors_of(data_dir) == [
        f"policy_data/parameters/review.yaml:{line}: review.working_days.values.2023-12-01.derivation: 推算过程中没有出现取值 12"]
