"""Identity numbers: 公民身份号码 (GB 11643—1999) and 统一社会信用代码 (GB 32100—2015).

A 公民身份号码 is 6 address digits, 8 birth-date digits (YYYYMMDD), 3 sequence digits and a check
character: with the weights W_i = 2^(18-i) mod 11, S = Σ a_i·W_i over the first 17 digits and the
check character is "10X98765432"[S mod 11]. Because 13 ≡ 2 (mod 11), S ≡ 2·int(first17, 13) (mod 11):
one C-level int() call per number, which keeps a million checks well under a second."""
import datetime as dt

ID_CHECK = "10X98765432"
# 省级行政区划代码 (GB/T 2260), plus 81/82/83 used by 港澳台居民居住证.
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83",
})
EARLIEST_BIRTH = dt.date(1900, 1, 1)


def id_check_char(first17: str) -> str:
    return ID_CHECK[(2 * int(first17, 13)) % 11]


class IdChecker:
    """Checks ID numbers against GB 11643; birth dates are cached (a file has a few thousand distinct ones)."""

    def __init__(self, as_of: dt.date):
        self.as_of = as_of
        self._births: dict[str, str | None] = {}

    def problem(self, number: str) -> str | None:
        """None for a valid number, else why it is not (in Chinese). `number` is already known to be
        made of digits with possibly a final X (see values.id_number)."""
        if len(number) == 15:
            return "15位号码（第一代居民身份证号码，2013年起停止使用），请核对现行的18位号码"
        if len(number) != 18:
            return f"公民身份号码应为18位，这里是{len(number)}位"
        if "X" in number[:17]:
            return "只有最后一位可以是 X"
        if number[:2] not in PROVINCE_CODES:
            return f"前两位 {number[:2]} 不是省级行政区划代码"
        problem = self.birth_problem(number[6:14])
        if problem:
            return problem
        expected = id_check_char(number[:17])
        if number[17] != expected:
            return f"校验码不符：按前17位算出的最后一位应为 {expected}，写的是 {number[17]}"
        return None

    def birth_problem(self, birth: str) -> str | None:
        """Why the 8 birth-date digits are wrong, or None (cached: a file has a few thousand distinct ones)."""
        problem = self._births.get(birth, "")
        if problem == "":
            problem = self._births[birth] = self._birth_problem(birth)
        return problem

    def _birth_problem(self, birth: str) -> str | None:
        try:
            day = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
        except ValueError:
            return f"出生日期 {birth} 不存在"
        if day < EARLIEST_BIRTH or day > self.as_of:
            return f"出生日期 {birth} 不在合理范围内（1900年至筛查日期）"
        return None


# GB 32100: 18 characters from this alphabet (no I, O, S, V, Z); weights 3^(i-1) mod 31.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_VALUE[c] * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """None for a valid 统一社会信用代码, else why not."""
    if len(code) != 18:
        return f"统一社会信用代码应为18位，这里是{len(code)}位"
    bad = sorted({c for c in code if c not in USCC_VALUE})
    if bad:
        return f"含有不允许的字符 {'、'.join(bad)}（只用数字和除 I、O、S、V、Z 以外的大写字母）"
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return f"校验码不符：按前17位算出的最后一位应为 {expected}，写的是 {code[17]}"
    return None
