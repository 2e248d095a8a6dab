"""Build step 2: compile validated policy data into the one structure calculators read
(ctx.policy, written to build/policy.json). Format: /tmp/contract.md "Compiled policy"."""
import hashlib
import json
from pathlib import Path

from builder.data import load_all

COMPILE_KINDS = ("sources", "parameters", "holidays", "notice", "statutory_holidays")


class NotCovered(LookupError):
    """The data holds no value for that date (before the first value, or after `ends`)."""


def compile_policy(data_dir: Path) -> dict:
    """Load, validate and compile policy_data/ (raises builder.errors.DataErrors).

    Usable without the rest of the build. Without notice.yaml, notice_sections is empty."""
    return compile_data(load_all(Path(data_dir), only=COMPILE_KINDS, optional=("notice",)))


def compile_data(data: dict) -> dict:
    sources = {s["id"]: s for s in data.get("sources") or []}
    body = {
        "sources": {s["id"]: _source(s) for s in data.get("sources") or []},
        "parameters": {f"{stem}.{key}": _parameter(p, sources)
                       for stem, params in sorted((data.get("parameters") or {}).items())
                       for key, p in params.items()},
        "holidays": {str(h["year"]): _holidays(h) for _, h in sorted((data.get("holidays") or {}).items())},
        "notice_sections": {s["id"]: _section(s) for s in (data.get("notice") or {}).get("sections", [])},
        "statutory_holidays": _statutory(data.get("statutory_holidays")),
    }
    return {"version": hashlib.sha256(canonical(body).encode()).hexdigest()[:12], **body}


def canonical(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _source(s: dict) -> dict:
    return {k: s.get(k) for k in ("title", "doc_number", "issuer", "issued", "in_force", "url",
                                  "status", "verified")}


# How sure the site is of a parameter value, derived once here so the pages and the calculators'
# warnings say the same thing. Only a value whose official wording was seen is 已核实.
STATUS_LABELS = {"verified": "已核实", "reported": "转述", "unverified": "未核实",
                 "site_default": "本站默认值，非官方规定"}
SOURCE_STATUS = {"seen-verbatim": "verified", "seen-paraphrased": "reported", "derived": "unverified",
                 "recalled-unverified": "unverified", "site-default": "site_default"}


def value_status(entry_verified: bool, source: dict | None, quote: str | None) -> str:
    """verified: the value is marked verified, its source's wording was seen verbatim and the value
    quotes it; reported (转述): the source was seen only in a news report, summary or repost;
    unverified: the value is marked `verified: false`, quotes nothing, or its source is only recalled;
    site_default: a threshold the site sets itself (screening), not an official rule."""
    if not entry_verified or source is None:
        return "unverified"
    status = SOURCE_STATUS.get(source.get("verified"), "unverified")
    return "unverified" if status == "verified" and not quote else status


def _parameter(p: dict, sources: dict) -> dict:
    default_verified = p.get("verified", True)
    values = []
    for day, entry in p["values"].items():
        ref = entry["reference"]
        status = value_status(entry.get("verified", default_verified), sources.get(ref["source"]), ref.get("quote"))
        values.append({
            "from": day,
            "value": entry["value"],
            "reference": {"source": entry["reference"]["source"],
                          "article": entry["reference"]["article"],
                          "quote": entry["reference"].get("quote")},
            "verified": status == "verified",
            "status": status,
            "note": entry.get("note"),   # this value's own caveat, shown instead of the parameter's note
        })
    return {
        "description": p["description"],
        "unit": p["unit"],
        "last_checked": p["last_checked"],
        "ends": p.get("ends"),
        "note": p.get("note"),   # the caveat the calculators show beside an unverified value
        "values": values,
    }


def _holidays(h: dict) -> dict:
    return {"source": h["source"],
            "holidays": [{"name": x["name"], "start": x["start"], "end": x["end"]} for x in h["holidays"]],
            "workdays": [w["date"] for w in h.get("workdays", [])]}


def _statutory(s: dict | None) -> dict | None:
    """The statutory holidays and lunar dates the calendar falls back on (calculators.dates.Calendar)."""
    if not s:
        return None
    return {"source": s["source"], "in_force": s["in_force"],
            "days_article": s["days"]["article"], "substitute_article": s["substitute"]["article"],
            "fixed": s["days"]["fixed"], "lunar": s["days"]["lunar"],
            "lunar_dates": {str(year): dates for year, dates in sorted(s["lunar_dates"].items())}}


def _section(s: dict) -> dict:
    page = s["id"] in ("opening", "closing")
    return {"number": s.get("number"), "title": s["title"],
            "path": f"notice/#{s['id']}" if page else f"notice/{s['id']}/"}


def value_at(parameter: dict, day: str) -> dict:
    """The value entry of a compiled parameter in force on `day` (YYYY-MM-DD). Raises NotCovered."""
    if parameter.get("ends") and day > parameter["ends"]:
        raise NotCovered(f"{day} 晚于该参数的结束日期 {parameter['ends']}，数据未覆盖")
    current = None
    for entry in parameter["values"]:
        if entry["from"] <= day:
            current = entry
    if current is None:
        raise NotCovered(f"{day} 早于该参数的第一个取值（{parameter['values'][0]['from']}），数据未覆盖")
    return current


def run(ctx) -> None:
    ctx.policy = compile_data(ctx.data)
    out = ctx.build / "policy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(ctx.policy, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
