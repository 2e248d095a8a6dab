"""The figures behind the workbench's charts (the page only draws them): flags per employer, subsidy
totals by month with the flagged months, and certificates per assessor by month."""
import datetime as dt

from calculators.dates import month_str
from screening.rules.subsidy_surge import month_totals

TOP_EMPLOYERS = 12
TOP_ASSESSORS = 6


def build(tables: dict, flags: list) -> dict:
    return {"employers": _employers(tables.get("claims"), flags),
            "months": _months(tables.get("subsidies"), flags),
            "assessors": _assessors(tables.get("subsidies"), flags)}


def _index_of(table, lines: set) -> dict:
    return {line: i for i, line in enumerate(table.lines) if line in lines}


def _employers(claims, flags: list) -> list:
    """The employers with the most flags on their claims (a flag counted once per employer it touches)."""
    if claims is None:
        return []
    mine = [f for f in flags if f["file"] == "claims"]
    index = _index_of(claims, {line for f in mine for line in f["rows"]})
    employer = claims.cols["employer"]
    counts: dict[str, dict] = {}
    for f in mine:
        for name in {employer[index[line]] for line in f["rows"]}:
            by_rule = counts.setdefault(name, {})
            by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:TOP_EMPLOYERS]
    return [{"employer": name, "total": sum(by_rule.values()), "by_rule": by_rule} for name, by_rule in ranked]


def _months(subsidies, flags: list) -> list:
    if subsidies is None:
        return []
    totals, rows = month_totals(subsidies)
    flagged = {f["key"] for f in flags if f["rule"] == "subsidy_surge"}
    if not totals:
        return []
    out = []
    for month in range(min(totals), max(totals) + 1):     # every month, empty ones as 0
        text = month_str(month)
        out.append({"month": text, "total": totals.get(month, 0) / 100, "count": len(rows.get(month, ())),
                    "flagged": text in flagged})
    return out


def _assessors(subsidies, flags: list) -> dict:
    """Certificates issued per month for the assessors with most certificates and every flagged one."""
    if subsidies is None:
        return {"months": [], "series": []}
    flagged = {f["key"] for f in flags if f["rule"] == "certificate_cluster"}
    seen: set = set()
    per: dict[str, dict] = {}
    month_of: dict[int, int] = {}
    for assessor, certificate, day in zip(subsidies.cols["assessor"], subsidies.cols["certificate_no"],
                                          subsidies.cols["issued"]):
        if not assessor or (assessor, certificate) in seen:
            continue
        seen.add((assessor, certificate))
        month = month_of.get(day)
        if month is None:
            d = dt.date.fromordinal(day)
            month = month_of[day] = d.year * 12 + d.month - 1
        counts = per.setdefault(assessor, {})
        counts[month] = counts.get(month, 0) + 1
    ranked = sorted(per, key=lambda a: (a not in flagged, -sum(per[a].values()), a))
    chosen = [a for a in ranked if a in flagged] + [a for a in ranked if a not in flagged][:TOP_ASSESSORS]
    if not chosen:
        return {"months": [], "series": []}
    first = min(min(per[a]) for a in chosen)
    last = max(max(per[a]) for a in chosen)
    months = list(range(first, last + 1))
    return {"months": [month_str(m) for m in months],
            "series": [{"assessor": a, "flagged": a in flagged, "counts": [per[a].get(m, 0) for m in months]}
                       for a in chosen]}
