"""The three files of the staff workbench contract and their columns (design.md, "Staff workbench
contract"). A column is found by its Chinese name or English alias (any order, extra columns ignored).
`store` says how a cell is kept: only what some rule reads is kept, in compact arrays."""
from dataclasses import dataclass

from screening import values


@dataclass(frozen=True)
class Column:
    key: str                 # the English alias; also the key the rules use
    zh: str                  # the Chinese name (the contract's first name)
    convert: object          # values.* converter (raw text → value, or raises values.Problem)
    store: str = ""          # "" not kept | "i" int array | "list" Python list
    required: bool = True    # the column must be in the header
    synonyms: tuple = ()     # other accepted header names

    @property
    def names(self) -> tuple:
        return (self.zh, self.key) + self.synonyms


@dataclass(frozen=True)
class TableSpec:
    name: str                # claims | employers | subsidies: the "file" of a flag
    zh: str
    columns: tuple

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _opt(convert, empty):
    return values.optional(convert, empty)


ID = ("公民身份号码", "身份证号码", "证件号码")
CLAIMS = TableSpec("claims", "失业保险金申领记录", (
    Column("id_number", "身份证号", values.id_number, "list", synonyms=ID),
    Column("name", "姓名", values.text, required=False),   # shown, not screened
    Column("employer", "单位", values.cached(values.name_key), "list", synonyms=("用人单位", "单位名称")),
    Column("separation_date", "离职日期", values.cached(values.day_number), "i"),
    Column("application_date", "申领日期", values.cached(values.day_number), "i"),
    Column("continuous_months", "连续缴费月数", values.cached(values.count), "i"),
    Column("benefit_start", "领金开始", values.cached(_opt(values.parse_month, -1)), "i"),
    Column("benefit_end", "领金结束", values.cached(_opt(values.parse_month, -1)), "i"),
    Column("benefit_place", "领金地", values.cached(_opt(values.place, 0)), "i"),
    Column("credit_code", "统一社会信用代码", values.credit_code, "list", required=False, synonyms=("信用代码",)),
))
EMPLOYERS = TableSpec("employers", "参保单位", (
    Column("employer", "单位", values.name_key, "list", synonyms=("用人单位", "单位名称")),
    Column("insured", "参保人数", values.count, "i"),
    Column("credit_code", "统一社会信用代码", values.credit_code, "list", required=False, synonyms=("信用代码",)),
))
SUBSIDIES = TableSpec("subsidies", "技能提升补贴发放记录", (
    Column("id_number", "身份证号", values.id_number, "list", synonyms=ID),
    Column("certificate_no", "证书编号", values.required, "list"),
    Column("occupation", "职业", values.cached(values.name_key), "list", synonyms=("职业（工种）", "工种")),
    Column("level", "等级", values.cached(values.level), "list", synonyms=("技能等级", "证书等级")),
    Column("issued", "发证日期", values.cached(values.day_number), "i", synonyms=("核发日期",)),
    Column("assessor", "评价机构", values.cached(_opt(values.name_key, "")), "list", synonyms=("发证机构",)),
    Column("issued_place", "发证地", values.cached(_opt(values.place, 0)), "i"),
    Column("insured_place", "参保地", values.cached(_opt(values.place, 0)), "i"),
    Column("application_date", "申领日期", values.cached(values.day_number), "i"),
    Column("amount", "金额", values.cached(values.cents), "q", synonyms=("补贴金额",)),
))
TABLES = {t.name: t for t in (CLAIMS, EMPLOYERS, SUBSIDIES)}
