"""The screening rules, one module each, in the order results are reported. A rule module declares

    NAME = "mass_separation"             # the `rule` of its flags
    TITLE = "同一用人单位职工集中离职申领"   # how the summary names it
    SECTION, QUOTE                       # the notice's clause: its section number and the words quoted
                                         # (a tuple for several); SOURCE optional: another document quoted
    NEEDS = ("claims",)                  # the files it reads; it is skipped when one is not given
    check(run) -> list of flags          # run: screening.rules.Run

and builds its flags with run.flag(...), so every flag names its clause and the thresholds used."""
import datetime as dt
from dataclasses import dataclass

from screening import params as params_mod
from screening.reader import Table

NOTICE_SECTIONS = {"六": "六、加强证书审核", "七": "七、加强风险防控"}


def day_str(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def quotes(module) -> tuple:
    """The words of the notice (or of SOURCE) a rule quotes."""
    return module.QUOTE if isinstance(module.QUOTE, tuple) else (module.QUOTE,)


def clause(module) -> str:
    """《通知》七、加强风险防控：“…”; a rule resting on another document names it (SOURCE) after the section."""
    if module.SECTION not in NOTICE_SECTIONS:
        return module.QUOTE
    quoted = "".join(f"“{q}”" for q in quotes(module))
    source = getattr(module, "SOURCE", "")
    return f"《通知》{NOTICE_SECTIONS[module.SECTION]}" + (f"；{source}" if source else "") + f"：{quoted}"


@dataclass
class Run:
    tables: dict            # file name → Table, or None when not given
    as_of: dt.date
    params: dict            # params.resolve(...)

    def param(self, rule: str, name: str):
        return self.params[rule][name]["value"]

    def table(self, name: str) -> Table:
        return self.tables[name]

    def flag(self, rule: str, file: str, key: str, rows, message: str, **extra) -> dict:
        out = {"rule": rule, "file": file, "key": key, "rows": sorted(set(rows)),
               "clause": CLAUSES[rule], "message": message}
        out.update(extra)
        used = params_mod.used(self.params, rule)
        if used:
            out["params"] = used
        return out


def all_rules() -> list:
    from screening.rules import (certificate_cluster, certificate_elsewhere, duplicate_claim,
                                 duplicate_subsidy, high_claim_ratio, invalid_credit_code, invalid_id,
                                 mass_separation, short_contribution, subsidy_surge)
    return [short_contribution, invalid_id, duplicate_claim, mass_separation, high_claim_ratio,
            subsidy_surge, certificate_cluster, certificate_elsewhere, duplicate_subsidy, invalid_credit_code]


RULES = all_rules()
CLAUSES = {m.NAME: clause(m) for m in RULES}
