"""Synthetic claims, employers and subsidies with planted anomalies of every rule, and the list of what
was planted (planted.json). Used by the tests, the benchmark and the page's 用示例数据试一试.

    python -m screening.sample --out DIR [--claims 1000] [--subsidies 200] [--seed 1]
                               [--as-of 2026-06-30] [--encoding utf-8|gbk]

Everything is invented: ID numbers are generated (valid GB 11643 check digits, unique), names are drawn
from common characters, companies and assessors are made-up names. The background is built to stay
clear of every threshold at the default parameters (employers' separations evenly spread, insured counts
well above their claims, certificates evenly spread per assessor, monthly subsidy totals level), so that
screening the sample finds exactly what was planted, plus near misses that must not be flagged."""
import argparse
import csv
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from screening.ids import USCC_ALPHABET, id_check_char, uscc_check_char

CLAIM_HEADER = ["身份证号", "姓名", "单位", "离职日期", "申领日期", "连续缴费月数", "领金开始", "领金结束", "领金地"]
EMPLOYER_HEADER = ["单位", "参保人数", "统一社会信用代码"]
SUBSIDY_HEADER = ["身份证号", "证书编号", "职业", "等级", "发证日期", "评价机构", "发证地", "参保地", "申领日期", "金额"]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤乌云其敖包"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然子轩欣怡晨阳文博雅琴建国海燕春梅巴特尔图雅其其格苏日娜额尔敦"
CITIES = ("呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布", "锡林浩特", "乌兰浩特", "二连浩特")
WORDS = ("鑫达", "恒远", "北疆", "草原", "金川", "塞北", "瑞丰", "天骄", "昊阳", "蒙源", "大漠", "青城", "鹿城", "兴安", "黄河", "阴山")
TRADES = ("建材", "煤业", "乳业", "物流", "商贸", "机械", "化工", "食品", "建筑工程", "物业服务", "电子科技", "能源")
OCCUPATIONS = ("电工", "焊工", "育婴员", "保育师", "中式烹调师", "美容师", "汽车维修工", "电子商务师", "养老护理员",
               "保安员", "茶艺师", "健康管理师", "家政服务员", "叉车司机", "化工总控工", "砌筑工")
LEVELS = (("初级", 1000), ("中级", 1500), ("高级", 2000))
# 内蒙古's county-level codes (GB/T 2260), used as the address part of generated ID numbers and as places.
REGIONS = ("150102", "150103", "150104", "150105", "150121", "150202", "150203", "150204", "150302", "150402",
           "150502", "150602", "150702", "150802", "150902", "152201", "152501", "152502", "152921")
INNER_MONGOLIA = ("内蒙古", "内蒙古自治区", "150102", "150203", "内蒙古自治区呼和浩特市")
ELSEWHERE = ("河北省", "北京市", "130102", "山西", "辽宁省")
YEARS = 3


@dataclass
class Planted:
    rule: str
    file: str
    key: str
    note: str
    rows: list = field(default_factory=list)   # filled in when the rows are written (line numbers)
    extra: dict = field(default_factory=dict)  # further keys the flag must carry (cross_province)

    def as_dict(self) -> dict:
        return {"rule": self.rule, "file": self.file, "key": self.key, "rows": sorted(self.rows), **self.extra,
                "note": self.note}


@dataclass
class Row:
    cells: list
    tags: tuple = ()       # the Planted entries this row belongs to
    month: int = -1        # subsidies: application month (for subsidy_surge rows)


class Generator:
    def __init__(self, seed: int, as_of: dt.date):
        self.rnd = random.Random(seed)
        self.as_of = as_of
        self.first_day = as_of.toordinal() - YEARS * 365
        self.last_day = as_of.toordinal() - 50         # the last separation: its claim is applied for by as_of
        self.ids: set = set()
        self.names: set = set()
        self.planted: list[Planted] = []
        self.near: list[dict] = []

    # ---------- invented people, companies, numbers ----------

    def person_id(self, region: str | None = None) -> str:
        while True:
            birth = dt.date.fromordinal(self.rnd.randint(dt.date(1966, 1, 1).toordinal(), dt.date(2004, 12, 31).toordinal()))
            first17 = f"{region or self.rnd.choice(REGIONS)}{birth:%Y%m%d}{self.rnd.randint(0, 999):03d}"
            number = first17 + id_check_char(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def name(self) -> str:
        return self.rnd.choice(SURNAMES) + "".join(self.rnd.choice(GIVEN) for _ in range(self.rnd.randint(1, 2)))

    def company(self, suffix="有限公司") -> str:
        while True:
            name = f"{self.rnd.choice(CITIES)}{self.rnd.choice(WORDS)}{self.rnd.choice(TRADES)}{suffix}"
            if name not in self.names:
                self.names.add(name)
                return name
            suffix = f"第{self.rnd.randint(2, 99)}分公司" if suffix == "有限公司" else suffix + "分部"

    def credit_code(self) -> str:
        first17 = "9115" + "".join(self.rnd.choice("0123456789") for _ in range(4)) + "".join(
            self.rnd.choice(USCC_ALPHABET) for _ in range(9))
        return first17 + uscc_check_char(first17)

    def place(self) -> str:
        return self.rnd.choice(INNER_MONGOLIA)

    def plant(self, rule: str, file: str, key: str, note: str) -> Planted:
        entry = Planted(rule, file, key, note)
        self.planted.append(entry)
        return entry


def day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def month_of(ordinal: int) -> int:
    d = dt.date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


def month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def bad_check_digit(number: str) -> str:
    wrong = "0123456789X".replace(number[17], "")
    return number[:17] + wrong[int(number[16]) % len(wrong)]


# ---------- claims and employers ----------

class Claims:
    """Background claims (employers' separations evenly spread) and the planted claim anomalies."""

    def __init__(self, g: Generator, n: int):
        self.g, self.n = g, n
        self.employers = [g.company() for _ in range(max(8, n // 40))]
        self.insured: dict[str, int] = {}
        self.codes = {e: g.credit_code() for e in self.employers}
        self.recent: dict[str, int] = {}
        self.window_start = g.as_of.toordinal() - 364
        self.claimants: list[str] = []        # some IDs, reused by the subsidies

    def claim(self, employer, sep, months=None, start=None, length=None, place=None, person=None, tags=()):
        g = self.g
        applied = sep + g.rnd.randint(1, 40)
        months = g.rnd.choice((3, 8, 14, 26, 40, 75, 130, 200)) + g.rnd.randint(0, 6) if months is None else months
        start = month_of(applied) if start is None else start
        length = length or (12 if months < 60 else 18 if months < 120 else 24)
        number, name = person or (g.person_id(), g.name())
        if applied >= self.window_start:
            self.recent[employer] = self.recent.get(employer, 0) + 1
        if len(self.claimants) < 20000 and g.rnd.random() < 0.2:
            self.claimants.append(number)
        cells = [number, name, employer, day(sep), day(applied), str(months), month(start), month(start + length - 1),
                 place or g.place()]
        return Row(cells, tags)

    def background(self):
        g = self.g
        weights = [g.rnd.uniform(0.6, 1.6) for _ in self.employers]
        per_employer = [0] * len(self.employers)
        for index in g.rnd.choices(range(len(self.employers)), weights, k=self.n):
            per_employer[index] += 1
        span = g.last_day - g.first_day
        for employer, count in zip(self.employers, per_employer):
            step = span / max(count, 1)
            for k in range(count):
                sep = g.first_day + int((k + g.rnd.uniform(0.2, 0.8)) * step)
                row = self.claim(employer, sep)
                if g.rnd.random() < 0.03 and sep - g.first_day > 800:
                    yield self.previous_claim(row)
                yield row

    def previous_claim(self, later: Row) -> Row:
        """An earlier, finished claim of the same person at another employer (no overlap: not a flag)."""
        g = self.g
        start = int(later.cells[6][:4]) * 12 + int(later.cells[6][5:]) - 1
        length = 12
        prev_start = start - length - g.rnd.randint(1, 8)
        sep = dt.date(prev_start // 12, prev_start % 12 + 1, 1).toordinal() - g.rnd.randint(5, 20)
        row = self.claim(g.rnd.choice(self.employers), sep, start=prev_start, length=length,
                         person=(later.cells[0], later.cells[1]))
        return row

    def planted(self) -> list:
        return (self.short_contribution() + self.invalid_ids() + self.duplicates() + self.mass_separation()
                + self.high_ratio())

    def short_contribution(self) -> list:
        g, rows = self.g, []
        for months in (0, 1, 2):
            row = self.claim(g.rnd.choice(self.employers), g.rnd.randint(g.first_day, g.last_day), months=months)
            row.tags = (g.plant("short_contribution", "claims", row.cells[0], f"连续缴费{months}个月"),)
            rows.append(row)
        for _ in range(2):
            row = self.claim(g.rnd.choice(self.employers), g.rnd.randint(g.first_day, g.last_day), months=3)
            g.near.append({"rule": "short_contribution", "key": row.cells[0], "note": "连续缴费正好3个月：不标记"})
            rows.append(row)
        return rows

    def invalid_ids(self) -> list:
        g, rows = self.g, []
        for kind in ("check", "check", "birth"):
            row = self.claim(g.rnd.choice(self.employers), g.rnd.randint(g.first_day, g.last_day))
            number = row.cells[0]
            if kind == "birth":   # 2月30日 does not exist; the check digit is made right for it
                number = number[:10] + "0230" + number[14:17]
                number += id_check_char(number)
            else:
                number = bad_check_digit(number)
            row.cells[0] = number
            row.tags = (g.plant("invalid_id", "claims", number, "出生日期不存在" if kind == "birth" else "校验码错误"),)
            rows.append(row)
        return rows

    def duplicates(self) -> list:
        g, rows = self.g, []
        for cross in (False, False, True, True):
            sep = g.rnd.randint(g.first_day, g.last_day - 400)
            first = self.claim(g.rnd.choice(self.employers), sep)
            start = int(first.cells[6][:4]) * 12 + int(first.cells[6][5:]) - 1
            place = g.rnd.choice(ELSEWHERE) if cross else None
            second = self.claim(g.rnd.choice(self.employers), sep + 60, start=start + 3, length=12, place=place,
                                person=(first.cells[0], first.cells[1]))
            note = "两个省份的领金期间重叠" if cross else "同一省内两段领金期间重叠"
            first.tags = second.tags = (g.plant("duplicate_claim", "claims", first.cells[0], note),)
            if cross:
                g.planted[-1].extra["cross_province"] = True
            rows += [first, second]
        sep = g.rnd.randint(g.first_day, g.last_day - 500)     # near miss: the second period starts the month after
        first = self.claim(g.rnd.choice(self.employers), sep, length=12)
        start = int(first.cells[6][:4]) * 12 + int(first.cells[6][5:]) - 1
        rows += [first, self.claim(g.rnd.choice(self.employers), sep + 400, start=start + 12, length=12,
                                   person=(first.cells[0], first.cells[1]))]
        g.near.append({"rule": "duplicate_claim", "key": first.cells[0], "note": "两段领金期间首尾相接、不重叠：不标记"})
        return rows

    def dedicated(self, insured: int) -> str:
        employer = self.g.company()
        self.insured[employer] = insured
        self.codes[employer] = self.g.credit_code()
        return employer

    def mass_separation(self) -> list:
        g, rows = self.g, []
        cases = ((10, 29, True, "30天内10人离职（首尾相差29天）"), (12, 20, True, "20天内12人离职"),
                 (9, 29, False, "30天内只有9人离职：不标记"), (10, 30, False, "10人离职但首尾相差30天（跨31天）：不标记"))
        for people, spread, flagged, note in cases:
            employer = self.dedicated(g.rnd.randint(300, 900))
            begin = g.rnd.randint(g.first_day + 200, g.last_day - 200)
            days = [begin] + sorted(g.rnd.randint(begin + 1, begin + spread - 1) for _ in range(people - 2)) + [begin + spread]
            tag = (g.plant("mass_separation", "claims", employer, note),) if flagged else ()
            if not flagged:
                g.near.append({"rule": "mass_separation", "key": employer, "note": note})
            rows += [self.claim(employer, d, tags=tag) for d in days]
            rows += [self.claim(employer, begin - 120 * k) for k in (1, 2)]   # earlier, isolated separations
        return rows

    def high_ratio(self) -> list:
        g, rows = self.g, []
        cases = ((20, 4, True, "参保20人，近一年4人申领（正好20%）"), (10, 5, True, "参保10人，近一年5人申领"),
                 (21, 4, False, "参保21人，近一年4人申领（不到20%）：不标记"),
                 (10, 2, False, "参保10人，近一年2人申领（20%但不足3人）：不标记"))
        last = g.as_of.toordinal()
        for insured, people, flagged, note in cases:
            employer = self.dedicated(insured)
            tag = (g.plant("high_claim_ratio", "claims", employer, note),) if flagged else ()
            if not flagged:
                g.near.append({"rule": "high_claim_ratio", "key": employer, "note": note})
            for k in range(people):   # separations 50 days apart, applied for inside the window
                row = self.claim(employer, last - 300 + 50 * k)
                row.tags = tag
                rows.append(row)
            rows.append(self.claim(employer, last - 700))   # an old claim, outside the window
        return rows

    def employer_rows(self) -> list:
        g, out = self.g, []
        for employer in self.employers:
            recent = self.recent.get(employer, 0)
            self.insured.setdefault(employer, max(g.rnd.randint(60, 3000), 10 * recent + 10))
        bad = g.rnd.sample(self.employers, 2)
        for employer, insured in self.insured.items():
            code = self.codes[employer]
            if employer in bad:
                code = code[:17] + USCC_ALPHABET[(USCC_ALPHABET.index(code[17]) + 1) % 31]
                g.plant("invalid_credit_code", "employers", code, "统一社会信用代码校验码错误").rows.append(len(out) + 2)
            out.append([employer, str(insured), code])
        return out


# ---------- subsidies ----------

class Subsidies:
    """Background subsidies (application dates evenly spread, levels in turn, so monthly totals are level;
    each assessor's certificates evenly spread) and the planted subsidy anomalies."""

    def __init__(self, g: Generator, n: int, claimants: list):
        self.g, self.n, self.claimants = g, n, claimants
        kinds = ("职业技能等级认定中心", "职业技能鉴定所", "职业培训学校")
        self.assessors = [g.company(g.rnd.choice(kinds)) for _ in range(max(5, n // 150))]
        self.serial = 0
        self.held: set = set()     # (ID, occupation, level) already subsidised

    def certificate_no(self) -> str:
        self.serial += 1
        return f"S{1500000 + self.serial % 97:07d}{self.serial:010d}"

    def subsidy(self, issued, applied, level_index=None, occupation=None, person=None, assessor=None,
                issued_place=None, tags=(), again=False) -> Row:
        """One subsidy row; unless `again`, never a second one for the same ID, occupation and level."""
        g = self.g
        level, amount = LEVELS[g.rnd.randrange(3) if level_index is None else level_index]
        occupation = occupation or g.rnd.choice(OCCUPATIONS)
        number = person or (g.rnd.choice(self.claimants) if self.claimants and g.rnd.random() < 0.3 else g.person_id())
        if (number, occupation, level) in self.held and not again:
            number = g.person_id()
        self.held.add((number, occupation, level))
        cells = [number, self.certificate_no(), occupation, level, day(issued),
                 assessor or g.rnd.choice(self.assessors), issued_place or g.place(), g.place(), day(applied), str(amount)]
        return Row(cells, tags, month_of(applied))

    def background(self):
        g = self.g
        span = g.as_of.toordinal() - g.first_day - 20
        per_assessor = len(self.assessors)
        used: list = []
        for k in range(self.n):
            applied = g.first_day + 20 + int((k + 0.5) * span / self.n)
            issued = applied - g.rnd.randint(0, 14)
            # now and then a second certificate of someone (another occupation or level): not a flag
            person = g.rnd.choice(used) if k % 20 == 7 and used else None
            row = self.subsidy(issued, applied, level_index=k % 3, person=person,
                               assessor=self.assessors[k % per_assessor],
                               occupation=OCCUPATIONS[(k // per_assessor) % len(OCCUPATIONS)])
            if len(used) < 5000:
                used.append(row.cells[0])
            yield row

    def spread(self, issued: int, k: int, of: int) -> int:
        """The k-th of `of` application dates spread evenly over the 12 months after issue (or to the as-of date)."""
        last = min(self.g.as_of.toordinal(), issued + 360)
        return issued + int((k + 0.5) * (last - issued) / of)

    def planted(self) -> list:
        return self.cluster() + self.elsewhere() + self.duplicate() + self.invalid_ids()

    def cluster(self) -> list:
        g, rows = self.g, []
        cases = ((20, 29, True, "30天内发放20张证书（首尾相差29天）"), (19, 29, False, "30天内只有19张：不标记"),
                 (20, 30, False, "20张但首尾相差30天（跨31天）：不标记"))
        for count, spread, flagged, note in cases:
            assessor = g.company("职业技能评价中心")
            begin = g.first_day + g.rnd.randint(60, 300)
            days = [begin] + sorted(g.rnd.randint(begin + 1, begin + spread - 1) for _ in range(count - 2)) + [begin + spread]
            tag = (g.plant("certificate_cluster", "subsidies", assessor, note),) if flagged else ()
            if not flagged:
                g.near.append({"rule": "certificate_cluster", "key": assessor, "note": note})
            rows += [self.subsidy(d, self.spread(d, k, count), assessor=assessor, tags=tag) for k, d in enumerate(days)]
        return rows

    def elsewhere(self) -> list:
        g, rows = self.g, []
        for k in range(3):
            issued = g.rnd.randint(g.first_day, g.last_day)
            row = self.subsidy(issued, self.spread(issued, k, 3), issued_place=g.rnd.choice(ELSEWHERE))
            row.tags = (g.plant("certificate_elsewhere", "subsidies", row.cells[1], f"证书在{row.cells[6]}取得"),)
            rows.append(row)
        return rows

    def duplicate(self) -> list:
        g, rows = self.g, []
        for k in range(3):
            person, occupation = g.person_id(), g.rnd.choice(OCCUPATIONS)
            level = g.rnd.randrange(3)
            tag = (g.plant("duplicate_subsidy", "subsidies", person, "同一职业同一等级领取两次"),)
            for j in range(2):
                issued = g.rnd.randint(g.first_day, g.last_day)
                rows.append(self.subsidy(issued, self.spread(issued, j, 2), level, occupation, person, tags=tag,
                                         again=True))
        person, occupation = g.person_id(), g.rnd.choice(OCCUPATIONS)   # near miss: the next level up
        for level in (0, 1):
            issued = g.rnd.randint(g.first_day, g.last_day)
            rows.append(self.subsidy(issued, self.spread(issued, level, 2), level, occupation, person))
        g.near.append({"rule": "duplicate_subsidy", "key": person, "note": "同一职业先初级后中级：不标记"})
        return rows

    def invalid_ids(self) -> list:
        g, rows = self.g, []
        for k in range(2):
            issued = g.rnd.randint(g.first_day, g.last_day)
            row = self.subsidy(issued, self.spread(issued, k, 2), person=bad_check_digit(g.person_id()))
            row.tags = (g.plant("invalid_id", "subsidies", row.cells[0], "校验码错误"),)
            rows.append(row)
        return rows


def surge_rows(g: Generator, subsidies: Subsidies) -> tuple[int, list]:
    """Extra subsidies in one month, doubling its total: (month, rows)."""
    first, last = month_of(g.first_day) + 8, month_of(g.as_of.toordinal()) - 4
    target = g.rnd.randint(first, last)
    start = dt.date(target // 12, target % 12 + 1, 1).toordinal()
    extra = max(8, subsidies.n // (YEARS * 12))
    rows = []
    for k in range(extra):
        applied = start + (k * 27) // extra
        rows.append(subsidies.subsidy(applied - g.rnd.randint(0, 330), applied, level_index=k % 3))
    return target, rows


# ---------- writing ----------

def merged(g: Generator, background, planted: list, expected: int):
    """Background rows with the planted ones mixed in at random places."""
    planted = list(planted)
    g.rnd.shuffle(planted)
    chance = len(planted) / max(expected, 1)
    for row in background:
        if planted and g.rnd.random() < chance:
            yield planted.pop()
        yield row
    yield from planted


def write_rows(path: Path, header: list, rows, encoding: str, watch_month: int = -2) -> list:
    """Writes the CSV; records each planted row's line; returns the lines of rows in `watch_month`."""
    watched = []
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for line, row in enumerate(rows, 2):
            writer.writerow(row.cells)
            for tag in row.tags:
                tag.rows.append(line)
            if row.month == watch_month:
                watched.append(line)
    return watched


def generate(out: Path, claims: int = 1000, subsidies: int = 200, seed: int = 1,
             as_of: dt.date = dt.date(2026, 6, 30), encoding: str = "utf-8-sig") -> dict:
    """Writes claims.csv, employers.csv, subsidies.csv and planted.json into `out`; returns the manifest."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    g = Generator(seed, as_of)
    files = {}
    c = Claims(g, claims)
    if claims:
        files["claims"] = "claims.csv"
        write_rows(out / "claims.csv", CLAIM_HEADER, merged(g, c.background(), c.planted(), claims), encoding)
        employer_rows = c.employer_rows()
        files["employers"] = "employers.csv"
        write_rows(out / "employers.csv", EMPLOYER_HEADER, (Row(r) for r in employer_rows), encoding)
    if subsidies:
        s = Subsidies(g, subsidies, c.claimants)
        target, extra = surge_rows(g, s)
        files["subsidies"] = "subsidies.csv"
        lines = write_rows(out / "subsidies.csv", SUBSIDY_HEADER, merged(g, s.background(), s.planted() + extra,
                                                                         subsidies), encoding, target)
        g.plant("subsidy_surge", "subsidies", month(target), "当月补贴金额约为前3个月平均的2倍").rows.extend(lines)
    manifest = {"as_of": as_of.isoformat(), "seed": seed, "encoding": encoding, "files": files,
                "planted": [p.as_dict() for p in g.planted], "near_misses": g.near}
    (out / "planted.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screening.sample", description="生成带有预置异常的示例数据")
    parser.add_argument("--out", required=True, help="输出目录")
    parser.add_argument("--claims", type=int, default=1000, help="背景申领记录行数")
    parser.add_argument("--subsidies", type=int, default=200, help="背景补贴记录行数")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", default="2026-06-30", help="筛查日期（样本的时间范围截至这一天）")
    parser.add_argument("--encoding", choices=("utf-8", "gbk"), default="utf-8")
    args = parser.parse_args(argv)
    encoding = "utf-8-sig" if args.encoding == "utf-8" else "gbk"
    manifest = generate(Path(args.out), args.claims, args.subsidies, args.seed,
                        dt.date.fromisoformat(args.as_of), encoding)
    counts: dict = {}
    for p in manifest["planted"]:
        counts[p["rule"]] = counts.get(p["rule"], 0) + 1
    print("已生成：" + "、".join(manifest["files"].values()) + "、planted.json；预置异常："
          + "，".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
