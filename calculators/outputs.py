"""What a calculator answers with: each figure's name, how the answer page words it, its unit, and the
wording of coded values. Living beside the rules, so a new calculator needs no change elsewhere."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Output:
    name: str
    label: str
    unit: str = ""
    values: dict = field(default_factory=dict)   # code → wording (also for the items of a list of codes)
    items: dict = field(default_factory=dict)    # for a list of records: key → wording

    def spec(self) -> dict:
        return {"name": self.name, "label": self.label, "unit": self.unit,
                "values": dict(self.values), "items": dict(self.items)}
