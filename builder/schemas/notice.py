from builder.schema import Enum, List, Map, Null, Ref, Str, V

KIND = "notice"
FILES = "notice.yaml"
REQUIRED = True
# Fixed by the site's page paths (mkdocs.yml nav): section X is published at notice/X.md.
SECTION_IDS = ("opening", "review", "workflow", "older-workers", "medical", "disputes",
               "certificates", "risk", "complaints", "closing")
AUDIENCES = ("citizen", "employer", "staff")


class Action(V):
    """What a reader should do. A plain string is the notice's own requirement; a duty that another
    document sets names it, so pages can say where it comes from: {text, source, article}."""
    cited = Map({"text": Str(), "source": Ref("source"), "article": Str()}, optional=("article",))

    def check(self, value, path, c):
        return Str().check(value, path, c) if not isinstance(value, dict) else self.cited.check(value, path, c)


SCHEMA = Map({
    "title": Str(),
    "source": Ref("source"),
    "addressees": Str(),
    "issuers": List(Str(), min_len=1),
    "sections": List(Map({
        "id": Enum(*SECTION_IDS),
        "number": Null(Str()),
        "title": Str(),
        "summary": Str(),
        "text": Str(),
        "explanation": Str(),
        "audiences": List(Enum(*AUDIENCES)),
        "actions": Map({a: List(Action(), min_len=1) for a in AUDIENCES}, optional=AUDIENCES),
        "basis": List(Map({"source": Ref("source"), "article": Str(), "quote": Str()},
                          optional=("article", "quote"))),
        "notes": List(Str()),
        "related": List(Map({"title": Str(), "link": Ref("page")})),
    }, optional=("notes", "related")), min_len=1, unique="id"),
})


def check(doc, c):
    sections = doc.data.get("sections")
    if not isinstance(sections, list):
        return
    ids = [s.get("id") for s in sections if isinstance(s, dict)]
    if sorted(map(str, ids)) == sorted(SECTION_IDS) and tuple(ids) != SECTION_IDS:
        c.add(("sections",), f"各节顺序应与通知一致：{'、'.join(SECTION_IDS)}")
    for missing in (i for i in SECTION_IDS if i not in ids):
        c.add(("sections",), f"缺少通知的一节 “{missing}”")
    for i, s in enumerate(sections):
        if not isinstance(s, dict):
            continue
        for audience in s.get("actions") or {}:
            if isinstance(s.get("audiences"), list) and audience not in s["audiences"]:
                c.add((i, "actions", audience),
                      f"“{audience}” 有该怎么做，但不在 audiences 中")


def defines(doc):
    sections = doc.data.get("sections") if isinstance(doc.data, dict) else None
    return {"section": {s["id"]: doc.line(("sections", i)) for i, s in enumerate(sections or [])
                        if isinstance(s, dict) and isinstance(s.get("id"), str)}}
