"""Document checklists (policy_data/checklists/*.yaml), published at checklists/<id>/.

A checklist has situations (who is asking: the employer, the worker …); every item says which
situations it applies to and cites the clause it comes from. Beyond the shapes below, check()
enforces: the id is the file name, item ids are unique in the file, applies_to names declared
situations, and an unverified item explains itself in a note (the page shows it as a caveat)."""
import re

from builder.schema import Bool, Enum, List, Map, Ref, Str, V

KIND = "checklists"
FILES = "checklists/*.yaml"
REQUIRED = True
AUDIENCES = ("citizen", "employer", "staff")
# Ids end up in DOM ids and localStorage keys: keep them plain.
ITEM_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SITUATION_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


class AppliesTo(V):
    """`all`, or a non-empty list of situation ids (checked against the file's situations in check())."""

    def check(self, value, path, c):
        if value == "all":
            return True
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            c.add(path, "应为 all 或情况 id 的列表（如 [employer]）")
            return False
        return True


CITATION = Map({"source": Ref("source"), "article": Str(), "quote": Str()},
               optional=("article", "quote"))
LINK = Map({"title": Str(), "link": Ref("page")})
ITEM = Map({
    "id": Str(),
    "text": Str(),
    "applies_to": AppliesTo(),
    "source": CITATION,
    "also": List(CITATION, min_len=1),
    "verified": Bool(),
    "note": Str(),
    "see": LINK,
}, optional=("also", "note", "see"))

SCHEMA = Map({
    "id": Str(),
    "title": Str(),
    "summary": Str(),
    "section": Ref("section"),
    "audience": List(Enum(*AUDIENCES), min_len=1),
    "intro": List(Str()),
    "situations": List(Map({"id": Str(), "short": Str(), "label": Str(), "hint": Str()},
                           optional=("hint",)),
                       min_len=2, unique="id"),
    "groups": List(Map({"id": Str(), "title": Str(), "items": List(ITEM, min_len=1)}),
                   min_len=1, unique="id"),
    "after": List(ITEM),
    "related": List(LINK, min_len=1),
}, optional=("intro", "after"))


def items(data: dict):
    """(path, item) for every item of a checklist: the groups' items, then `after`."""
    for g, group in enumerate(data.get("groups") or []):
        if isinstance(group, dict) and isinstance(group.get("items"), list):
            for i, item in enumerate(group["items"]):
                yield ("groups", g, "items", i), item
    if isinstance(data.get("after"), list):
        for i, item in enumerate(data["after"]):
            yield ("after", i), item


def check(doc, c):
    data = doc.data
    stem = doc.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if isinstance(data.get("id"), str) and data["id"] != stem:
        c.add(("id",), f"清单 id “{data['id']}” 应与文件名 “{stem}” 一致（页面地址 checklists/{stem}/ 由它决定）")
    situations = {}
    for s, sit in enumerate(data.get("situations") or []):
        if isinstance(sit, dict) and isinstance(sit.get("id"), str):
            situations[sit["id"]] = s
            if not SITUATION_ID.match(sit["id"]):
                c.add(("situations", s, "id"), f"情况 id “{sit['id']}” 只能用小写字母、数字和下划线")
    seen: dict[str, tuple] = {}
    used = set()
    for path, item in items(data):
        if not isinstance(item, dict):
            continue
        ident = item.get("id")
        if isinstance(ident, str):
            if not ITEM_ID.match(ident):
                c.add(path + ("id",), f"事项 id “{ident}” 只能用小写字母、数字和连字符")
            if ident in seen:
                c.add(path + ("id",), f"重复的事项 id “{ident}”（第 {doc.line(seen[ident])} 行已使用）")
            else:
                seen[ident] = path + ("id",)
        applies = item.get("applies_to")
        if isinstance(applies, list):
            for k, sit in enumerate(applies):
                if isinstance(sit, str) and sit not in situations:
                    known = "、".join(situations) or "（未声明任何情况）"
                    c.add(path + ("applies_to", k), f"applies_to 中的 “{sit}” 不是本清单声明的情况（{known}）")
                used.add(sit)
            if len(set(applies)) != len(applies):
                c.add(path + ("applies_to",), "applies_to 中有重复的情况")
        if item.get("verified") is False and not item.get("note"):
            c.add(path, "verified: false 的事项必须写 note，说明哪里未核实（页面据此显示提示）")
