"""同一职业（工种）同一等级重复享受技能提升补贴 (通知六; the 2023–2024 national rule): one ID subsidised more
than once for the same occupation and level. One flag per ID, occupation and level."""
from screening.values import LEVEL_ZH

NAME = "duplicate_subsidy"
TITLE = "同一职业同一等级重复领取补贴"
SECTION = "六"
# The notice asks for certificate checks; the once-only rule is the ministry's (sources.yaml: mohrss_2024_40).
SOURCE_ID = "mohrss_2024_40"
SOURCE = "人社部发〔2024〕40号"
QUOTE = "同一职业（工种）同一等级只能申请并享受一次"
NEEDS = ("subsidies",)


def check(run) -> list:
    subsidies = run.table("subsidies")
    ids, occupations, levels = (subsidies.cols[k] for k in ("id_number", "occupation", "level"))
    seen: dict[tuple, list] = {}
    for index, number in enumerate(ids):
        seen.setdefault((number, occupations[index], levels[index]), []).append(index)
    return [run.flag(NAME, "subsidies", number, [subsidies.lines[i] for i in indexes],
                     f"“{occupation}”{LEVEL_ZH[level]}领取了{len(indexes)}次技能提升补贴")
            for (number, occupation, level), indexes in seen.items() if len(indexes) > 1]
