"""同一职业技能评价机构短期内集中发放证书 (通知六): an assessor with at least `count` certificates issued
within some `days`-day window (each certificate counted once). One flag per assessor."""
from screening.rules import day_str
from screening.windows import dense_groups

NAME = "certificate_cluster"
TITLE = "同一评价机构短期内集中发证"
SECTION = "六"
QUOTE = "同一职业技能评价机构短期内集中发放证书"
NEEDS = ("subsidies",)


def check(run) -> list:
    count, days = run.param(NAME, "count"), run.param(NAME, "days")
    subsidies = run.table("subsidies")
    assessors, issued = subsidies.cols["assessor"], subsidies.cols["issued"]
    first_row: dict = {}      # (assessor, certificate) → its first row: a certificate claimed twice counts once
    for index, key in enumerate(zip(assessors, subsidies.cols["certificate_no"])):
        if key[0]:
            first_row.setdefault(key, index)
    rows = list(first_row.values())
    return [run.flag(NAME, "subsidies", found.group, [subsidies.lines[i] for i in found.indexes],
                     f"{day_str(found.best_start)}至{day_str(found.best_end)}发放了{found.best_count}张证书"
                     f"（{days}天内达到{count}张即标记）；共{len(found.indexes)}张在这样的时间段内发放")
            for found in dense_groups([assessors[i] for i in rows], [issued[i] for i in rows], count, days, rows)]
