"""The thresholds of the rules: dated parameters in policy_data/parameters/screening.yaml (most are the
site's own defaults, labelled "本站默认值，非官方规定"), changed per run by `--set RULE.PARAM=VALUE`
(or the page's form). The values used are recorded with the results."""
import datetime as dt
import re
from dataclasses import dataclass

from calculators.policy import NotCovered, Policy

SITE_DEFAULT = "本站默认值，非官方规定"


@dataclass(frozen=True)
class Param:
    rule: str
    name: str
    param_id: str     # in the compiled policy
    kind: str         # int | ratio | yuan
    label: str        # how the page's form names it


PARAMS = (
    Param("short_contribution", "months", "screening.short_contribution_months", "int", "连续缴费不足（月）"),
    Param("mass_separation", "count", "screening.mass_separation_count", "int", "离职人数达到（人）"),
    Param("mass_separation", "days", "screening.mass_separation_days", "int", "时间窗口（天）"),
    Param("high_claim_ratio", "ratio", "screening.high_claim_ratio_ratio", "ratio", "领取人数占参保人数比例达到"),
    Param("high_claim_ratio", "min_claims", "screening.high_claim_ratio_min_claims", "int", "至少申领人数（人）"),
    Param("high_claim_ratio", "days", "screening.high_claim_ratio_days", "int", "统计截至筛查日期的天数"),
    Param("subsidy_surge", "growth", "screening.subsidy_surge_growth", "ratio", "比前3个月平均值高出（比例）"),
    Param("subsidy_surge", "min_amount", "screening.subsidy_surge_min_amount", "yuan", "当月金额至少（元）"),
    Param("certificate_cluster", "count", "screening.certificate_cluster_count", "int", "发证张数达到（张）"),
    Param("certificate_cluster", "days", "screening.certificate_cluster_days", "int", "时间窗口（天）"),
)
BY_NAME = {f"{p.rule}.{p.name}": p for p in PARAMS}
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


class SettingError(ValueError):
    """A --set that names no parameter or gives an unusable value (message in Chinese)."""


def parse_setting(text: str) -> tuple[str, object]:
    """'mass_separation.count=12' → ('mass_separation.count', 12)."""
    name, sep, raw = text.partition("=")
    name, raw = name.strip(), raw.strip()
    if not sep or name not in BY_NAME:
        raise SettingError(f"--set {text}：请写成 规则.参数=值，可设置的有：{'、'.join(BY_NAME)}")
    return name, coerce(BY_NAME[name], raw, f"--set {text}")


def coerce(param: Param, raw, where: str):
    text = str(raw).strip()
    if not _NUMBER.match(text):
        raise SettingError(f"{where}：{param.label}应为不小于 0 的数")
    if param.kind == "int":
        if "." in text or int(text) < 1:
            raise SettingError(f"{where}：{param.label}应为正整数")
        return int(text)
    value = float(text)
    if param.kind == "ratio" and param.name == "ratio" and not 0 < value:
        raise SettingError(f"{where}：{param.label}应大于 0")
    return int(value) if value.is_integer() else value


def resolve(policy: Policy, as_of: dt.date, settings: dict) -> dict:
    """{rule: {name: {value, default, changed, basis, from, description}}}; settings override defaults."""
    out: dict = {}
    for p in PARAMS:
        entry = _default(policy, p, as_of)
        key = f"{p.rule}.{p.name}"
        if key in settings:
            entry["changed"] = settings[key] != entry["default"]
            entry["value"] = settings[key]
        out.setdefault(p.rule, {})[p.name] = entry
    return out


def _default(policy: Policy, p: Param, as_of: dt.date) -> dict:
    note = ""
    try:
        pv = policy.value(p.param_id, as_of)
    except NotCovered:   # an as-of before the site adopted its defaults: use the first value, and say so
        first = policy.raw["parameters"][p.param_id]["values"][0]
        pv = policy.value(p.param_id, dt.date.fromisoformat(first["from"]))
        note = f"筛查日期早于本站开始采用该取值的日期 {pv.effective}，按该取值筛查"
    source = pv.reference.get("source")
    official = policy.sources.get(source, {}).get("verified") != "site-default"
    basis = f"{policy.doc_label(source)} {pv.reference.get('article', '')}".strip() if official else SITE_DEFAULT
    return {"value": pv.value, "default": pv.value, "changed": False, "basis": basis, "official": official,
            "from": pv.effective, "description": pv.description, "label": p.label, "note": note}


def used(resolved: dict, rule: str) -> dict:
    """The values a rule ran with, as recorded on each of its flags."""
    return {name: entry["value"] for name, entry in resolved.get(rule, {}).items()}
