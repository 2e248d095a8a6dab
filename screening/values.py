"""One CSV cell → one value. Each converter takes the raw cell text and returns the value, or raises
Problem with the reason in Chinese (the reader adds FILE:LINE and the column name). Converters for
columns with few distinct values (dates, places, employers) cache by the raw text: a million rows
hold a few thousand distinct dates, so each date is parsed once."""
import datetime as dt
import re
from itertools import compress, repeat
from operator import is_, not_ as _not

from calculators import written
from screening.places import province_code

LEVELS = {   # 职业技能等级 (国家职业资格五级制)
    "junior": ("初级", "初级工", "五级", "初级（五级）", "五级/初级工", "5", "junior"),
    "intermediate": ("中级", "中级工", "四级", "中级（四级）", "四级/中级工", "4", "intermediate"),
    "senior": ("高级", "高级工", "三级", "高级（三级）", "三级/高级工", "3", "senior"),
    "technician": ("技师", "二级", "技师（二级）", "二级/技师", "2", "technician"),
    "senior_technician": ("高级技师", "一级", "高级技师（一级）", "一级/高级技师", "1", "senior_technician"),
}
LEVEL_OF = {name.lower(): code for code, names in LEVELS.items() for name in names}
LEVEL_ZH = {code: names[0] for code, names in LEVELS.items()}

_TIME = re.compile(r"(?<=\d)(?:[ T]|日\s*)\d{1,2}:\d{2}(?::\d{2})?$")   # 2025-03-01 08:30, 2025年3月1日 8:30
_MONEY = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$")
_PAREN = str.maketrans({"(": "（", ")": "）", "\u3000": None, " ": None, "\t": None})
_MISSING = object()


class Problem(ValueError):
    """Why a cell's text is not a usable value."""


def unquote(text: str) -> str:
    """A cell as written, without surrounding spaces and without the ' that CSV exports (ours too) put
    before formula-like text (=, +, -, @) so that spreadsheets keep it as text."""
    text = text.strip()
    if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@"):
        return text[1:]
    return text


class cached:
    """A converter that parses each distinct raw text once (dates, places, employers: a million rows hold a
    few thousand distinct values). bulk() converts a whole column with one C-level dict lookup per cell."""

    def __init__(self, parse):
        self.parse, self.cache = parse, {}

    def __call__(self, raw: str):
        value = self.cache.get(raw, _MISSING)
        if value is _MISSING:
            value = self.cache[raw] = self.parse(raw)
        return value

    def bulk(self, column) -> list:
        out = list(map(self.cache.get, column))
        if None in out:      # parsed values are never None: parse the new distinct texts, look up again
            for raw in set(compress(column, map(is_, out, repeat(None)))):
                self(raw)
            out = list(map(self.cache.get, column))
        return out


def bulk(convert, column) -> list:
    """A column's cells converted (raises Problem at the first bad cell)."""
    method = getattr(convert, "bulk", None)
    return method(column) if method else list(map(convert, column))


def optional(parse, empty):
    """parse(text), or `empty` for a blank cell."""
    def convert(raw: str):
        return empty if not raw.strip() else parse(raw)
    return convert


def required(text: str) -> str:
    text = unquote(text)
    if not text:
        raise Problem("不能为空")
    return text


def parse_date(raw: str) -> dt.date:
    """Every date form the calculators read (calculators.written: 2025-03-01, 2025-3-1, 2025/3/1, 2025.3.1,
    2025年3月1日, 20250301, full-width digits), and a time after the date, as exports often add, is ignored."""
    text = _TIME.sub("", required(raw))
    try:
        return dt.date(*written.read_date(text))
    except written.Impossible as e:
        raise Problem(f"有误：{e}") from None
    except (written.Unreadable, ValueError):
        raise Problem("不是日期（请写成 2025-03-01 这样的年-月-日）") from None


def parse_month(raw: str) -> int:
    """A month as year*12 + month-1, in every form the calculators read (2025-03, 2025年3月, 202503, …),
    or a whole date (its month)."""
    text = _TIME.sub("", required(raw))
    try:
        year, month = written.read_month(text)
    except written.Impossible as e:
        raise Problem(f"有误：{e}") from None
    except written.Unreadable:
        raise Problem("不是年月（请写成 2025-03 这样的年-月）") from None
    return year * 12 + month - 1


def day_number(raw: str) -> int:
    return parse_date(raw).toordinal()


def count(raw: str) -> int:
    text = required(raw)
    if not (text.isascii() and text.isdigit()):
        if text.endswith(".0") and text[:-2].isdigit():   # 12.0 from a spreadsheet
            return int(text[:-2])
        raise Problem("不是非负整数")
    return int(text)


def cents(raw: str) -> int:
    """Money in 元 (1500, 1500.00, 1,500.00) as integer cents."""
    text = required(raw).removesuffix("元")
    if not _MONEY.match(text):
        raise Problem("不是金额（请写成 1500 或 1500.00 这样的元数）")
    whole, _, frac = text.replace(",", "").partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def place(raw: str) -> int:
    text = required(raw)
    code = province_code(text)
    if code is None:
        raise Problem("不是省份名称或6位行政区划代码（例如 内蒙古、内蒙古自治区、150102）")
    return code


def level(raw: str) -> str:
    text = required(raw).replace("(", "（").replace(")", "）").replace(" ", "")
    code = LEVEL_OF.get(text.lower())
    if code is None:
        raise Problem("不是职业技能等级（初级、中级、高级、技师、高级技师，或五级至一级）")
    return code


def name_key(raw: str) -> str:
    """An employer, assessor or occupation as a grouping key: without spaces, with Chinese parentheses."""
    return required(raw).translate(_PAREN)


_ID = re.compile(r"[0-9]{17}[0-9X]")


def _id_bulk(column) -> list:
    """The usual column (18 characters, digits and a final X) is taken as it is, checked by one regex per cell."""
    out = list(column)
    for i in compress(range(len(out)), map(_not, map(_ID.fullmatch, out))):
        out[i] = id_number(out[i])
    return out


def id_number(raw: str) -> str:
    """A 公民身份号码 as written (spaces removed, a lowercase x made X). Only its form is checked here:
    digits with possibly a final X. Length, birth date and check digit are the invalid_id rule's job, so
    a mistyped number is reported as a flag instead of stopping the run."""
    text = raw.strip()
    if len(text) == 18 and text[:17].isdigit() and text.isascii():
        return text if text[17] != "x" else text[:17] + "X"
    text = unquote(text).replace(" ", "").upper()
    if not text:
        raise Problem("不能为空")
    if text.isascii() and (text.isdigit() or (text[:-1].isdigit() and text[-1] == "X")):
        return text
    if "E+" in text or "E-" in text:
        raise Problem("被电子表格改成了科学计数法，请把这一列设为“文本”后重新导出")
    raise Problem("不是身份证号码（应为数字，最后一位可以是 X）")


id_number.bulk = _id_bulk


def credit_code(raw: str) -> str:
    return unquote(raw).replace(" ", "").upper()


def text(raw: str) -> str:
    return unquote(raw)
