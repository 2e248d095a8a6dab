"""Read access to the compiled policy (build/policy.json): dated parameter values, sources,
holidays and notice sections. Lookups outside a parameter's coverage raise NotCovered —
never a silent extrapolation."""
import datetime as dt
from dataclasses import dataclass

from calculators.dates import Calendar, date_zh


class NotCovered(Exception):
    def __init__(self, param_id: str, on: dt.date, description: str = ""):
        self.param_id, self.on, self.description = param_id, on, description
        what = description or param_id
        super().__init__(f"本站数据没有 {date_zh(on)} 适用的“{what}”，无法据此计算")


@dataclass(frozen=True)
class ParamValue:
    id: str
    value: object
    effective: str          # YYYY-MM-DD the value took effect
    reference: dict          # {source, article, quote}
    verified: bool
    description: str
    unit: str
    note: str
    status: str = "verified"   # verified (已核实) | reported (转述) | unverified (未核实) | site_default, from the build


class Policy:
    def __init__(self, compiled: dict):
        self.raw = compiled
        self.version = compiled.get("version")
        self.sources = compiled.get("sources", {})
        self.sections = compiled.get("notice_sections", {})
        self._params = {}
        for pid, p in compiled.get("parameters", {}).items():
            values = sorted(p.get("values", []), key=lambda v: v["from"])
            self._params[pid] = (p, [(dt.date.fromisoformat(v["from"]), v) for v in values],
                                 dt.date.fromisoformat(p["ends"]) if p.get("ends") else None)
        self.calendar = Calendar(compiled.get("holidays", {}), compiled.get("statutory_holidays"))

    def ends(self, param_id: str) -> dt.date | None:
        """The last day a parameter's data covers (its `ends`), or None when its last value is still in force."""
        return self._params[param_id][2] if param_id in self._params else None

    def value(self, param_id: str, on: dt.date) -> ParamValue:
        if param_id not in self._params:
            raise NotCovered(param_id, on)
        p, values, ends = self._params[param_id]
        chosen = None
        for start, v in values:
            if start <= on:
                chosen = v
        if chosen is None or (ends is not None and on > ends):
            raise NotCovered(param_id, on, p.get("description", ""))
        status = chosen.get("status") or ("verified" if chosen.get("verified", True) is not False
                                          and p.get("verified", True) is not False else "unverified")
        return ParamValue(param_id, chosen["value"], chosen["from"], chosen.get("reference", {}),
                          status == "verified", p.get("description", ""), p.get("unit", ""),
                          chosen.get("note") or p.get("note") or "", status)

    def doc_label(self, source_id: str) -> str:
        """How a source is named in a sentence: its 文号 if it has one, else 《title》."""
        s = self.sources.get(source_id)
        if not s:
            return source_id
        return s.get("doc_number") or f"《{s.get('title', source_id)}》"

    def source_entry(self, source_id: str) -> dict:
        s = self.sources.get(source_id, {})
        return {"id": source_id, "title": s.get("title", source_id), "doc_number": s.get("doc_number"),
                "url": s.get("url")}
