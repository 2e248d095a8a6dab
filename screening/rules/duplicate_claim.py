"""重复领取 / 跨省重复领取 (通知七): one ID whose benefit periods overlap; cross-province when the
overlapping claims were paid in different provinces. One flag per ID."""
from collections import Counter
from itertools import compress

from calculators.dates import month_str
from screening.places import province_name

NAME = "duplicate_claim"
TITLE = "重复领取（含跨省）"
SECTION = "七"
QUOTE = ("重复领取失业保险待遇", "跨省重复领取失业保险金")
NEEDS = ("claims",)
SHOWN = 4


def check(run) -> list:
    claims = run.table("claims")
    ids, start, end = claims.cols["id_number"], claims.cols["benefit_start"], claims.cols["benefit_end"]
    place, lines = claims.cols["benefit_place"], claims.lines
    repeated = {number for number, n in Counter(ids).items() if n > 1}
    groups: dict[str, list] = {}
    for index in compress(range(len(ids)), map(repeated.__contains__, ids)):
        if start[index] >= 0:
            groups.setdefault(ids[index], []).append(index)
    flags = []
    for number, indexes in groups.items():
        overlapping = _overlapping(sorted(indexes, key=lambda i: (start[i], end[i])), start, end)
        if not overlapping:
            continue
        places = {place[i] for i in overlapping if place[i]}
        listed = "；".join(f"{month_str(start[i])}至{month_str(end[i])}（第{lines[i]}行"
                          + (f"，{province_name(place[i])}）" if place[i] else "）") for i in overlapping[:SHOWN])
        more = f"等{len(overlapping)}条" if len(overlapping) > SHOWN else ""
        extra = {"cross_province": True} if len(places) > 1 else {}
        what = "不同省份的领金期间重叠（跨省重复领取）" if extra else "领金期间重叠（重复领取）"
        flags.append(run.flag(NAME, "claims", number, [lines[i] for i in overlapping],
                              f"同一身份证号{what}：{listed}{more}", **extra))
    return flags


def _overlapping(indexes: list, start, end) -> list:
    """The claims (sorted by start) whose month ranges overlap another's, inclusive of both ends."""
    out, group, reach = [], [indexes[0]], end[indexes[0]]
    for i in indexes[1:]:
        if start[i] <= reach:
            group.append(i)
            reach = max(reach, end[i])
        else:
            if len(group) > 1:
                out.extend(group)
            group, reach = [i], end[i]
    if len(group) > 1:
        out.extend(group)
    return out
