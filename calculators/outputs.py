"""What a calculator answers with: each figure's name, how the answer page words it, its unit, the
wording of coded values and how the value is shown. Living beside the rules, so a new calculator
needs no change elsewhere."""
from dataclasses import dataclass, field

# How the answer page renders a value (the runtime renders by this, never by calculator name):
#   "age"           {years, months} → 60岁3个月
#   "years_months"  {years, months} → 15年6个月
#   "months_signed" an int of months; negative → 已过N个月
#   "table"         a list of records shown as a table, columns worded by `items`
#   ""              as it comes (a scalar, a code worded by `values`, a list of codes)
FORMATS = ("", "age", "years_months", "months_signed", "table")


@dataclass(frozen=True)
class Output:
    name: str
    label: str
    unit: str = ""
    values: dict = field(default_factory=dict)   # code → wording (also for the items of a list of codes)
    items: dict = field(default_factory=dict)    # for a list of records: key → wording
    format: str = ""                             # one of FORMATS
    key: bool = True                             # among the key figures under the headline; False: folded
                                                 # under 其他数字 (e.g. what the headline or a table already says)

    def __post_init__(self):
        if self.format not in FORMATS:
            raise ValueError(f"Output {self.name}: unknown format {self.format!r}")
        if (self.format == "table") != bool(self.items):
            raise ValueError(f"Output {self.name}: a table needs `items` wording, and only a table has it")

    def spec(self) -> dict:
        return {"name": self.name, "label": self.label, "unit": self.unit,
                "values": dict(self.values), "items": dict(self.items), "format": self.format, "key": self.key}
