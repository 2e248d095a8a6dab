"""Build step: the document checklists (checklists/*.md, from policy_data/checklists/) and the
employer templates (forms/*.md). Pages are static HTML that lists every item with its source;
docs/assets/checklist.js and docs/assets/forms/ add the situation picker, ticks and the document preview."""
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from builder import search_words
from builder.prose import tel_html
from builder.safe_text import finalize
from builder.schemas.checklists import items as checklist_items

ORDER = ("claim-benefits", "stop-reason", "skill-subsidy")
FORMS = ("stop-reason-statement", "certificate-job-fit")
CN_NUMERALS = "一二三四五六七八九十"
# Involuntary separations in the ministry's plain-language list (facts.md §2.5, seen-verbatim).
STOP_REASONS = [
    "劳动合同期满终止",
    "用人单位主体资格消亡终止劳动合同",
    "用人单位因生产经营发生严重困难、客观条件发生重大变化等原因解除劳动合同",
    "用人单位因劳动者违纪、违反规章制度等原因解除劳动合同",
    "劳动者虽无过错但不能胜任工作，用人单位解除劳动合同",
    "用人单位提出、双方协商一致解除劳动合同",
    "因用人单位欠薪欠保等违法行为，劳动者主动解除劳动合同",
]
CERT_LEVELS = ["初级（五级）", "中级（四级）", "高级（三级）"]
# Other ways people write a level in their own spreadsheets; CSV import reads them as the level and says so.
# Matching ignores spaces, brackets and full-width/half-width differences (docs/assets/forms/import-rows.js).
LEVEL_ALIASES = {
    "初级（五级）": ["初级", "五级", "5级", "初级工", "五级初级工", "初级五级工", "职业技能等级五级", "国家职业资格五级"],
    "中级（四级）": ["中级", "四级", "4级", "中级工", "四级中级工", "中级四级工", "职业技能等级四级", "国家职业资格四级"],
    "高级（三级）": ["高级", "三级", "3级", "高级工", "三级高级工", "高级三级工", "职业技能等级三级", "国家职业资格三级"],
}
# The batch table's columns; the labels are also the CSV header. `aliases`: other header names CSV import
# accepts; `required`: a filled row must have it. docs/assets/forms/ reads all of this from the page.
BATCH_COLUMNS = [
    {"name": "name", "label": "姓名", "doc_label": "姓名", "required": True,
     "aliases": ["职工姓名", "员工姓名", "人员姓名", "名字", "name"]},
    {"name": "post", "label": "所在岗位", "doc_label": "所在岗位", "required": True,
     "aliases": ["岗位", "工作岗位", "岗位名称", "现岗位", "post", "position"]},
    {"name": "cert_name", "label": "证书名称（职业或工种）", "doc_label": "证书名称", "required": True,
     "aliases": ["证书名称", "证书", "职业", "工种", "职业工种", "职业或工种", "职业（工种）名称", "证书职业", "certificate"]},
    {"name": "cert_level", "label": "证书等级", "doc_label": "等级", "required": True,
     "aliases": ["等级", "技能等级", "职业技能等级", "证书级别", "级别", "level"]},
    {"name": "cert_number", "label": "证书编号", "doc_label": "证书编号", "required": False,
     "aliases": ["证书号", "证书号码", "编号", "证书编码", "certificate_no"]},
    {"name": "issuer", "label": "发证（评价）机构", "doc_label": "发证机构", "required": False,
     "aliases": ["发证机构", "评价机构", "发证单位", "发证机关", "认定机构", "issuer"]},
    {"name": "reason", "label": "证书与岗位的关联必要性", "doc_label": "关联必要性", "required": False,
     "aliases": ["关联必要性", "必要性", "关联说明", "必要性说明", "说明", "reason"]},
]
TEMPLATE_CSV = "certificate-job-fit-template.csv"


def blank_csv_template() -> bytes:
    """The batch table's header row as Excel reads it: UTF-8 with a BOM, CRLF."""
    return ("\ufeff" + ",".join(c["label"] for c in BATCH_COLUMNS) + "\r\n").encode("utf-8")


def relative_url(from_page: str, link: str) -> str:
    """A site link (forms/x/) as seen from the page at from_page (checklists/x.md → /checklists/x/)."""
    parts = from_page[:-3].split("/")
    depth = len(parts) - (1 if parts[-1] == "index" else 0)
    return "../" * depth + link.lstrip("/")


def md_link(from_page: str, link: str) -> str:
    """The .md path of a site link relative to from_page, so mkdocs --strict checks it."""
    target = link.split("#")[0].strip("/") + ".md"
    up = from_page.count("/")
    return "../" * up + target


def cite(citation: dict, sources: dict) -> dict:
    """How a {source, article, quote} reference is shown: short title + article, and the quote."""
    source = sources.get(citation["source"], {})
    name = source.get("short") or source.get("title") or citation["source"]
    article = citation.get("article", "")
    if article and all(ch in CN_NUMERALS for ch in article):
        article = f"第{article}条"  # sections of the notice are numbered 一…八
    return {"id": citation["source"], "name": name, "article": article,
            "quote": citation.get("quote", ""), "title": source.get("title", name)}


def prepare(checklist: dict, sources: dict, page: str) -> dict:
    """The checklist as the template needs it: citations resolved, links made relative."""
    situations = {s["id"]: s for s in checklist["situations"]}

    def item(raw: dict) -> dict:
        applies = raw["applies_to"]
        return {
            "note": "", "see": None, **raw,
            "applies": "all" if applies == "all" else " ".join(applies),
            "applies_text": "所有情况" if applies == "all" else "、".join(situations[s]["short"] for s in applies),
            "citations": [cite(c, sources) for c in [raw["source"], *raw.get("also", [])]],
            "see_url": relative_url(page, raw["see"]["link"]) if raw.get("see") else None,
        }

    return {
        "intro": [], **checklist,
        "groups": [{**g, "items": [item(i) for i in g["items"]]} for g in checklist["groups"]],
        "after": [item(i) for i in checklist.get("after", [])],
        "related": [{"title": r["title"], "href": md_link(page, r["link"])} for r in checklist["related"]],
        "count": sum(1 for _ in checklist_items(checklist)),
    }


def section_label(section: dict | None) -> str:
    if not section:
        return "通知相关条款"
    number = section.get("number")
    return f"通知第{number}条“{section['title']}”" if number else f"通知“{section['title']}”"


def environment(ctx) -> Environment:
    env = Environment(loader=FileSystemLoader(str(ctx.root / "templates")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, finalize=finalize)   # policy text: safe Markdown subset
    env.filters["tel"] = tel_html   # 12333 becomes a link the phone can dial
    return env


def run(ctx):
    env = environment(ctx)
    sources = {s["id"]: s for s in ctx.data.get("sources") or []}
    checklists = ctx.data.get("checklists") or {}
    sections = {s["id"]: s for s in (ctx.data.get("notice") or {}).get("sections", [])}
    names = [n for n in ORDER if n in checklists] + sorted(n for n in checklists if n not in ORDER)

    out = ctx.stage / "checklists"
    out.mkdir(parents=True, exist_ok=True)
    page_tpl = env.get_template("checklist.md.j2")
    prepared = {}
    for name in names:
        page = f"checklists/{name}.md"
        prepared[name] = prepare(checklists[name], sources, page)
        prepared[name]["section_label"] = section_label(sections.get(checklists[name]["section"]))
        text = page_tpl.render(c=prepared[name], assets="../../assets/",
                               section_href=md_link(page, f"notice/{prepared[name]['section']}/"),
                               questions=search_words.questions(ctx, f"checklists/{name}/"))
        (out / f"{name}.md").write_text(text, encoding="utf-8")
    index = env.get_template("checklists-index.md.j2")
    (out / "index.md").write_text(index.render(checklists=[prepared[n] for n in names]),
                                  encoding="utf-8")

    forms_out = ctx.stage / "forms"
    forms_out.mkdir(parents=True, exist_ok=True)
    for name in FORMS:
        text = env.get_template(f"form-{name}.md.j2").render(
            assets="../../assets/", reasons=STOP_REASONS, levels=CERT_LEVELS, level_aliases=LEVEL_ALIASES,
            columns=BATCH_COLUMNS, template_csv=TEMPLATE_CSV)
        (forms_out / f"{name}.md").write_text(text, encoding="utf-8")
    (forms_out / TEMPLATE_CSV).write_bytes(blank_csv_template())
    (forms_out / "index.md").write_text(env.get_template("forms-index.md.j2").render(), encoding="utf-8")
