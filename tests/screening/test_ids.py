"""GB 11643 (公民身份号码) and GB 32100 (统一社会信用代码) checks against the standards' own definitions
and worked examples, written out independently of screening.ids."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from screening.ids import IdChecker, id_check_char, uscc_check_char, uscc_problem

# GB 11643—1999 §7.2: weights W_i = 2^(i-1) mod 11 for i = 18…2, check "10X98765432"[S mod 11].
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"
CHECKER = IdChecker(dt.date(2026, 6, 30))


def by_the_standard(first17: str) -> str:
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def test_the_standards_example_is_valid():
    assert CHECKER.problem("11010519491231002X") is None      # GB 11643—1999 附录 example


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_base_13_shortcut_equals_the_weighted_sum(first17):
    assert id_check_char(first17) == by_the_standard(first17)


@pytest.mark.parametrize("number,words", [
    ("110105194912310021", "校验码不符：按前17位算出的最后一位应为 X，写的是 1"),
    ("110105194902300027", "出生日期 19490230 不存在"),
    ("110105203001010014", "不在合理范围内"),
    ("990105194912310029", "前两位 99 不是省级行政区划代码"),
    ("11010519491231002", "应为18位，这里是17位"),
    ("110105491231002", "15位号码"),
])
def test_invalid_numbers_say_why(number, words):
    assert words in CHECKER.problem(number)


def test_credit_code_examples():
    assert uscc_problem("91350100M000100Y43") is None          # GB 32100—2015 example
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert "校验码不符" in uscc_problem("91350100M000100Y44")
    assert "不允许的字符 I" in uscc_problem("91350100M000100I43")
    assert "应为18位" in uscc_problem("9135010")
