"""Typed input fields: each parses one raw JSON value, checks it and reports problems in Chinese,
naming the field by its label. The same specs render the browser forms (see spec())."""
import datetime as dt
import re
from dataclasses import dataclass, field as dc_field
from decimal import Decimal, InvalidOperation

from calculators.dates import month_index, month_str
from calculators.errors import InputError
from calculators.written import Impossible, Unreadable, normal, read_date, read_duration, read_month

DATE_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
MONEY_RE = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,2})?$")
INT_RE = re.compile(r"^-?[0-9]{1,9}$")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    uncertain: bool = False


class Problem(Exception):
    """One field's problem, before the field label is attached."""


@dataclass(frozen=True)
class Field:
    name: str
    type: str                      # month | date | int | duration (months; 年 + 月) | bool | choice | money | list
    label: str
    hint: str = ""
    required: bool = True
    default: object = None         # used when the field is absent; see also default_from
    default_from: str | None = None  # "as_of_month" or "param:<id>": filled in by the calculator
    min: object = None
    max: object = None
    example: str = ""
    choices: tuple = ()
    item_fields: tuple = ()
    item_label: str = ""           # for lists: how one item is called in messages ("第3个月份")
    unknown: str = ""              # bool only: the wording of a third answer meaning "not known" (e.g. "不清楚");
                                   # its JSON value is null (the string "unknown" is accepted too)

    def spec(self) -> dict:
        out = {"name": self.name, "type": self.type, "label": self.label, "hint": self.hint,
               "required": self.required, "default": self.default, "min": self.min, "max": self.max}
        if self.default_from:
            out["default_from"] = self.default_from
        if self.choices:
            out["choices"] = [{"value": c.value, "label": c.label, "uncertain": c.uncertain} for c in self.choices]
        if self.item_fields:
            out["item_fields"] = [f.spec() for f in self.item_fields]
        if self.unknown:
            out["unknown"] = self.unknown
        return out

    def parse(self, raw):
        return getattr(self, "_" + self.type)(raw)

    def _month(self, raw):
        example = self.example or "2025-06"
        year, month = self._written(read_month, raw, f"请填写年和月，例如 {example}（也可以写 {_month_spellings(example)}）")
        iso = f"{year:04d}-{month:02d}"
        self._range(raw, iso)
        return month_index(year, month)

    def _date(self, raw):
        example = self.example or "2025-06-30"
        parts = self._written(read_date, raw, f"请填写年、月、日，例如 {example}（也可以写 {_date_spellings(example)}）")
        try:
            value = dt.date(*parts)
        except ValueError:
            raise Problem(f"日期不存在（填写的是“{_shown(raw)}”）") from None
        self._range(raw, value.isoformat())
        return value

    def _written(self, reader, raw, hint: str):
        """Run a reader of calculators.written; a problem message quotes what was typed."""
        if not isinstance(raw, str) or len(raw) > 40:
            raise Problem(hint)
        try:
            return reader(raw)
        except Impossible as e:
            raise Problem(f"{e}（填写的是“{_shown(raw)}”）") from None
        except Unreadable:
            raise Problem(f"{hint}；填写的是“{_shown(raw)}”") from None

    def _int(self, raw):
        text = normal(raw) if isinstance(raw, str) else None
        if isinstance(raw, bool) or not (isinstance(raw, int) or (text is not None and INT_RE.match(text))):
            raise Problem("请填写整数" + (f"，例如 {self.example}" if self.example else ""))
        value = int(raw if text is None else text)
        if (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
            raise Problem(f"请填写 {self.min} 到 {self.max} 之间的整数")
        return value

    def _duration(self, raw):
        try:
            value = read_duration(raw) if not isinstance(raw, str) or len(raw) <= 40 else None
        except Unreadable:
            value = None
        if value is None:
            raise Problem(f"请填写月数（例如 {self.example or '114'}），或者年和月（例如 9年6个月）")
        if (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
            raise Problem(f"请填写 {self.min} 到 {self.max} 个月之间（{_years_months(self.min)}到{_years_months(self.max)}），"
                          f"填写的是 {_years_months(value)}")
        return value

    def _bool(self, raw):
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        if self.unknown and raw == "unknown":
            return None
        raise Problem("请选择“是”或“否”" + (f"或“{self.unknown}”" if self.unknown else ""))

    def _choice(self, raw):
        for choice in self.choices:
            if raw == choice.value:
                return raw
        raise Problem("请从以下选项中选择：" + "".join(f"“{c.label}”" for c in self.choices))

    def _money(self, raw):
        text = raw.strip() if isinstance(raw, str) else None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            text = str(raw)
            if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e9:
                text = str(int(raw))
        if text is None or not MONEY_RE.match(text.lstrip("-")):
            raise Problem(f"请填写金额（元），最多两位小数，例如 {self.example or '356.40'}")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise Problem("请填写金额（元），最多两位小数") from None
        if value < 0:
            raise Problem("金额不能为负数")
        if self.max is not None and value > Decimal(str(self.max)):
            raise Problem(f"金额不能超过 {self.max} 元")
        return value.quantize(CENT)

    def _list(self, raw):
        if not isinstance(raw, list):
            raise Problem("应为一个列表")
        if self.min is not None and len(raw) < self.min:
            raise Problem(f"至少填写 {self.min} 项")
        if self.max is not None and len(raw) > self.max:
            raise Problem(f"最多填写 {self.max} 项")
        items, errors = [], []
        for i, item in enumerate(raw):
            where = f"{self.label}第{i + 1}{self.item_label or '项'}"
            if not isinstance(item, dict):
                errors.append({"field": f"{self.name}[{i}]", "message": f"{where}：应为一个对象，例如 {self.example}"})
                continue
            try:
                items.append(parse_fields(self.item_fields, item, prefix=f"{self.name}[{i}].", where=where))
            except InputError as e:
                errors.extend(e.errors)
        if errors:
            raise InputError(errors)
        return items

    def _range(self, raw: str, iso: str):
        typed = iso if normal(raw) == iso else f"{_shown(raw)}，即 {iso}"
        if self.min is not None and iso < self.min:
            raise Problem(f"不能早于 {self.min}（填写的是 {typed}）")
        if self.max is not None and iso > self.max:
            raise Problem(f"不能晚于 {self.max}（填写的是 {typed}）")

    def echo(self, value):
        """A parsed value back in the CLI's canonical JSON form (months YYYY-MM, dates YYYY-MM-DD, money "0.00")."""
        if value is None or isinstance(value, (bool, str)):
            return value
        if self.type == "month":
            return month_str(value)
        if self.type == "date":
            return value.isoformat()
        if self.type == "money":
            return str(value)
        if self.type == "list":
            by_name = {f.name: f for f in self.item_fields}
            return [{k: by_name[k].echo(v) for k, v in item.items()} for item in value]
        return value


def echo_inputs(fields, values: dict) -> dict:
    """The inputs as understood, in canonical form: what the answer page and the CLI echo."""
    return {f.name: f.echo(values.get(f.name)) for f in fields}


def _shown(raw: str) -> str:
    return raw if len(raw) <= 20 else raw[:20] + "…"


def _month_spellings(example: str) -> str:
    year, month = example.split("-")[:2]
    return f"{year}.{int(month)}、{year}年{int(month)}月 或 {year}{month}"


def _date_spellings(example: str) -> str:
    year, month, day = example.split("-")
    return f"{year}.{int(month)}.{int(day)}、{year}年{int(month)}月{int(day)}日 或 {year}{month}{day}"


def _years_months(months: int) -> str:
    years, rest = divmod(months, 12)
    return (f"{years}年" if years else "") + (f"{rest}个月" if rest or not years else "")


def parse_fields(fields, raw, prefix: str = "", where: str = "") -> dict:
    """Parse a raw JSON object against field specs; raise InputError listing every problem."""
    if not isinstance(raw, dict):
        raise InputError.one(prefix.rstrip(".") or None, "输入应为一个 JSON 对象，例如 {\"birth\": \"1966-06\"}")
    by_name = {f.name: f for f in fields}
    errors, values = [], {}
    for key in raw:
        if key not in by_name:
            known = "、".join(by_name)
            errors.append({"field": prefix + str(key), "message": f"{where + '：' if where else ''}不认识的输入项“{key}”，可用的输入项：{known}"})
    for f in fields:
        label = f"{where}·{f.label}" if where else f.label
        raw_value = raw.get(f.name)
        if raw_value is None or raw_value == "":
            if f.required and f.default is None and f.default_from is None:
                errors.append({"field": prefix + f.name, "message": f"{label}：必须填写"})
            values[f.name] = f.default
            continue
        try:
            values[f.name] = f.parse(raw_value)
        except Problem as p:
            errors.append({"field": prefix + f.name, "message": f"{label}：{p}"})
        except InputError as e:
            errors.extend(e.errors)
    if errors:
        raise InputError(errors)
    return values
