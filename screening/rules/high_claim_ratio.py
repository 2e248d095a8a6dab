"""领取失业保险金人数占用人单位参保总人数比例过高 (通知七): per employer in the employers file, the
people who applied in the `days` days up to the as-of date, divided by its insured count."""
from fractions import Fraction
from itertools import compress

from screening.rules import day_str

NAME = "high_claim_ratio"
TITLE = "领取人数占参保人数比例过高"
SECTION = "七"
QUOTE = "领取失业保险金人数占用人单位参保总人数比例过高"
NEEDS = ("claims", "employers")


def check(run) -> list:
    ratio = Fraction(str(run.param(NAME, "ratio")))
    min_claims, days = run.param(NAME, "min_claims"), run.param(NAME, "days")
    claims, employers = run.table("claims"), run.table("employers")
    insured = dict(zip(employers.cols["employer"], employers.cols["insured"]))
    last = run.as_of.toordinal()
    first = last - days + 1
    ids, applied = claims.cols["id_number"], claims.cols["application_date"]
    employers_of = claims.cols["employer"]
    per_employer: dict[str, list] = {}
    for index in compress(range(len(applied)), map(range(first, last + 1).__contains__, applied)):
        if employers_of[index] in insured:
            per_employer.setdefault(employers_of[index], []).append(index)
    flags = []
    for employer, indexes in per_employer.items():
        people = len({ids[i] for i in indexes})
        base = insured[employer]
        if people < min_claims or people * ratio.denominator < ratio.numerator * base:
            continue
        share = f"{people / base:.0%}" if base else "参保人数为0"
        flags.append(run.flag(NAME, "claims", employer, [claims.lines[i] for i in indexes],
                              f"{day_str(first)}至{day_str(last)}有{people}人申领，参保{base}人，占{share}"
                              f"（达到{float(ratio) * 100:g}%且至少{min_claims}人即标记）"))
    return flags


def unmatched(run) -> int:
    """How many employers of the claims file the employers file does not list (their share is not computed)."""
    listed = set(run.table("employers").cols["employer"])
    return len(set(run.table("claims").cols["employer"]) - listed)
