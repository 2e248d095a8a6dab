"""A small schema language for policy_data. A schema is a tree of validators; each checks one value
and reports problems through a Checker, which knows the file and the line of every path.

References to ids defined elsewhere (a source id, a notice section, a site page) are collected
with Ref and checked once every file is loaded (builder.data)."""
import datetime as dt
import math
import re
from dataclasses import dataclass, field

from builder.errors import DataError
from builder.yamlload import Doc, label

DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def date_problem(value) -> str | None:
    """None when value is a real date written YYYY-MM-DD; otherwise what is wrong with it."""
    if not isinstance(value, str) or not DATE_RE.match(value):
        return f"“{value}” 不是 YYYY-MM-DD 格式的日期"
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"日期不存在：{value}"
    return None


def month_problem(value) -> str | None:
    m = MONTH_RE.match(value) if isinstance(value, str) else None
    if not m:
        return f"“{value}” 不是 YYYY-MM 格式的月份"
    if not 1 <= int(m.group(2)) <= 12:
        return f"月份不存在：{value}"
    return None


@dataclass
class Checker:
    doc: Doc
    errors: list = field(default_factory=list)
    refs: list = field(default_factory=list)   # (kind, value, file, line, label)
    prefix: str = ""                            # e.g. "benefit" so labels read benefit.rate_first_12

    def label(self, path: tuple) -> str:
        return label(path, self.prefix)

    def add(self, path: tuple, problem: str) -> None:
        self.errors.append(DataError(self.doc.file, self.doc.line(path), f"{self.label(path)}: {problem}"))

    def add_plain(self, path: tuple, problem: str) -> None:
        """A problem whose text already names what it is about."""
        self.errors.append(DataError(self.doc.file, self.doc.line(path), problem))

    def ref(self, kind: str, value, path: tuple) -> None:
        self.refs.append((kind, value, self.doc.file, self.doc.line(path), self.label(path)))


class V:
    """A validator. check() returns True when the value has the right shape (so callers may go deeper)."""

    def check(self, value, path: tuple, c: Checker) -> bool:
        raise NotImplementedError


class Any_(V):
    def check(self, value, path, c):
        return True


class Str(V):
    def __init__(self, nonempty: bool = True):
        self.nonempty = nonempty

    def check(self, value, path, c):
        if not isinstance(value, str):
            c.add(path, f"应为文字，实为 {_kind(value)}")
            return False
        if self.nonempty and not value.strip():
            c.add(path, "不能为空")
            return False
        return True


class Id(Str):
    """An id that becomes part of a page (an anchor, {: #id }): lowercase letters, digits, _ and -."""
    PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")

    def check(self, value, path, c):
        if not super().check(value, path, c):
            return False
        if not self.PATTERN.match(value):
            c.add(path, f"“{value}” 只能用小写英文字母、数字、下划线和连字符，并以字母开头")
            return False
        return True


class _Problem(V):
    """A value checked by a function that returns its problem, or None when it is fine."""
    problem_of = staticmethod(lambda value: None)

    def check(self, value, path, c):
        problem = self.problem_of(value)
        if problem:
            c.add(path, problem)
        return problem is None


class Date(_Problem):
    problem_of = staticmethod(date_problem)


class Month(_Problem):
    problem_of = staticmethod(month_problem)


class DateOrMonth(V):
    """A date when the day is known, else the month (some documents give only 2024年9月)."""

    def check(self, value, path, c):
        if isinstance(value, str) and MONTH_RE.match(value):
            return Month().check(value, path, c)
        return Date().check(value, path, c)


class Num(V):
    def __init__(self, min=None, max=None, integer: bool = False):
        self.min, self.max, self.integer = min, max, integer

    def check(self, value, path, c):
        ok = isinstance(value, int) if self.integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok:
            c.add(path, f"应为{'整数' if self.integer else '数字'}，实为 {_kind(value)}")
            return False
        if not math.isfinite(value):
            c.add(path, f"{value} 不是有限的数字")
            return False
        if self.min is not None and value < self.min:
            c.add(path, f"{value} 小于下限 {self.min}")
            return False
        if self.max is not None and value > self.max:
            c.add(path, f"{value} 大于上限 {self.max}")
            return False
        return True


def Int(min=None, max=None):
    return Num(min, max, integer=True)


class Bool(V):
    def check(self, value, path, c):
        if not isinstance(value, bool):
            c.add(path, f"应为 true 或 false，实为 {_kind(value)}")
            return False
        return True


class Enum(V):
    def __init__(self, *choices):
        self.choices = choices

    def check(self, value, path, c):
        if value not in self.choices:
            c.add(path, f"“{value}” 不是允许的取值（{' / '.join(map(str, self.choices))}）")
            return False
        return True


class Null(V):
    """The inner validator, or null."""

    def __init__(self, inner: V):
        self.inner = inner

    def check(self, value, path, c):
        return value is None or self.inner.check(value, path, c)


class Ref(V):
    """An id defined elsewhere: kind is 'source', 'section', 'page', 'parameter' or 'channel'."""

    def __init__(self, kind: str):
        self.kind = kind

    def check(self, value, path, c):
        if not Str().check(value, path, c):
            return False
        c.ref(self.kind, value, path)
        return True


class List(V):
    def __init__(self, item: V, min_len: int = 0, unique: str | None = None):
        self.item, self.min_len, self.unique = item, min_len, unique

    def check(self, value, path, c):
        if not isinstance(value, list):
            c.add(path, f"应为列表，实为 {_kind(value)}")
            return False
        if len(value) < self.min_len:
            c.add(path, f"至少需要 {self.min_len} 项")
        seen: dict = {}
        for i, item in enumerate(value):
            self.item.check(item, path + (i,), c)
            if self.unique and isinstance(item, dict) and isinstance(item.get(self.unique), str):
                key = item[self.unique]
                if key in seen:
                    c.add(path + (i, self.unique),
                          f"重复的 {self.unique} “{key}”（第 {c.doc.line(path + (seen[key],))} 行已使用）")
                else:
                    seen[key] = i
        return True


class Map(V):
    """A mapping with known fields. `optional` fields may be absent; unknown fields are errors
    (they are almost always typos of a known one)."""

    def __init__(self, fields: dict, optional: tuple = (), extra: bool = False):
        self.fields, self.optional, self.extra = fields, set(optional), extra

    def check(self, value, path, c):
        if not isinstance(value, dict):
            c.add(path, f"应为键值映射，实为 {_kind(value)}")
            return False
        for name, spec in self.fields.items():
            if name in value:
                spec.check(value[name], path + (name,), c)
            elif name not in self.optional:
                c.add(path, f"缺少字段 “{name}”")
        if not self.extra:
            for name in value:
                if name not in self.fields:
                    c.add(path + (name,), f"未知字段 “{name}”（允许：{'、'.join(self.fields)}）")
        return True


class Dict(V):
    """A mapping from free keys (e.g. dates) to values of one kind."""

    def __init__(self, key: V, value: V, min_len: int = 0):
        self.key, self.value, self.min_len = key, value, min_len

    def check(self, value, path, c):
        if not isinstance(value, dict):
            c.add(path, f"应为键值映射，实为 {_kind(value)}")
            return False
        if len(value) < self.min_len:
            c.add(path, f"至少需要 {self.min_len} 项")
        for k, v in value.items():
            self.key.check(k, path + (k,), c)
            self.value.check(v, path + (k,), c)
        return True


def _kind(value) -> str:
    if value is None:
        return "空值"
    return {bool: "布尔值", int: "整数", float: "数字", str: f"文字 “{value}”", list: "列表",
            dict: "键值映射"}.get(type(value), type(value).__name__)
