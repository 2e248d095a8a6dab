"""Build step 4: render the notice, its sections, sources, parameters, glossary, channels, the home
page and the three role pages from policy data with the Jinja2 templates in templates/.

Templates never compute; the helpers here only format values (95% / 2380 元), pick the value in
force, fill the placeholders of the site's prose (builder/prose.py) and make links."""
import datetime as dt
import posixpath

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from builder import prose
from builder.compile import STATUS_LABELS, NotCovered, value_at
from builder.data import page_of
from builder.formats import fmt_table_value, fmt_value
from builder.safe_text import finalize, markdown_text as md, safe_url

__all__ = ["fmt_value", "anchor", "run"]

CONFIDENCE = {
    "seen-verbatim": "已核对原文",
    "seen-paraphrased": "只见到转述，措辞可能与原文不同",
    "derived": "根据原文推算",
    "recalled-unverified": "未核实",
    "site-default": "本站默认值，非官方规定",
}
# Beside a value in force that is not 已核实 (the parameters page): the box's title and text.
STATUS_WARNINGS = {
    "reported": ("只见到转述", "这一取值只见到新闻报道或转载，没有见到官方原文。请以经办机构的答复为准。"),
    "unverified": ("未核实", "这一取值没有得到官方原文的证实。请以经办机构的答复为准。"),
}
# What each status means, said once per page where a value carries it.
STATUS_CAVEATS = {
    "reported": "标“转述”的数字只见到新闻报道或转载，没有见到官方原文，措辞和数字可能与原文不同。",
    "unverified": "标“未核实”的数字没有找到可靠的原文出处。",
    "site_default": "标“本站默认值”的数字是本站为筛查设定的默认值，不是官方规定，可以按需要调整。",
}
AUDIENCES = {"citizen": "失业人员", "employer": "用人单位", "staff": "经办人员"}
CHANNEL_KINDS = {"counter": "窗口", "phone": "电话", "online": "网上", "app": "手机"}
USE_FOR = {"claim": "申领失业保险金", "registration": "失业登记", "consult": "咨询",
           "complaint": "投诉、建议", "dispute": "停保原因争议", "subsidy": "技能提升补贴"}
# Headings of the parameters page, by parameter file (policy_data/parameters/<stem>.yaml).
PARAMETER_GROUPS = {"benefit": "失业保险金", "minimum_wage": "最低工资标准", "review": "审核时限",
                    "transition": "大龄失业人员续发", "retirement": "延迟退休", "subsidy": "技能提升补贴",
                    "screening": "风险筛查阈值（本站默认值）"}
SECTION_PAGES = ("review", "workflow", "older-workers", "medical", "disputes", "certificates",
                 "risk", "complaints")


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split("\n")).strip() for p in text.strip().split("\n\n") if p.strip()]


def anchor(parameter_id: str) -> str:
    return parameter_id.replace(".", "-")


def timeline(parameter: dict, today: str) -> dict:
    """A parameter's values split around `today`: the one in force (None when the data does not cover
    today), those announced for later, and the earlier ones newest first."""
    try:
        current = value_at(parameter, today)
    except NotCovered:
        current = None
    values = parameter["values"]
    return {"current": current,
            "upcoming": [v for v in values if v["from"] > today],
            "history": [v for v in reversed(values) if v["from"] <= today and v is not current]}


def parameter_groups(parameter_ids) -> list[tuple[str, str, list[str]]]:
    """The parameters page's sections (anchor, heading, parameter ids) in PARAMETER_GROUPS order; a new
    file's parameters go under 其他标准."""
    groups: dict[str, list[str]] = {stem: [] for stem in PARAMETER_GROUPS}
    for pid in parameter_ids:
        stem = pid.split(".", 1)[0]
        groups.setdefault(stem if stem in PARAMETER_GROUPS else "other", []).append(pid)
    return [(f"group-{stem}", PARAMETER_GROUPS.get(stem, "其他标准"), pids) for stem, pids in groups.items() if pids]


class Renderer:
    def __init__(self, ctx):
        self.ctx = ctx
        # finalize: everything a template prints from policy data is a safe Markdown subset (no raw HTML,
        # no javascript: links); helpers below return Markup after escaping their data parts.
        self.env = Environment(loader=FileSystemLoader(ctx.root / "templates"), undefined=StrictUndefined,
                               keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                               finalize=finalize)
        self.env.filters.update(value=fmt_value, table_value=fmt_table_value, paragraphs=paragraphs,
                                anchor=anchor, tel=prose.tel_links)
        self.today = dt.date.today().isoformat()
        self.sources = {s["id"]: s for s in ctx.data["sources"]}
        self.notice = ctx.data["notice"]
        self.sections = {s["id"]: s for s in self.notice["sections"]}

    def render(self, template: str, page: str, **extra) -> None:
        def link(target: str) -> str:
            """A link from this page to a site page (calculators/deadline/ or notice/review.md#x)."""
            if target.startswith(("http://", "https://", "tel:")):
                return Markup(safe_url(target))
            md_page = page_of(target)
            fragment = "#" + target.split("#", 1)[1] if "#" in target else ""
            return Markup(safe_url(posixpath.relpath(md_page, posixpath.dirname(page) or ".") + fragment))

        def source(source_id: str, article: str | None = None) -> str:
            """A Markdown link naming a source: [《失业保险条例》](../sources.md#ui_regulation) 第十七条."""
            s = self.sources[source_id]
            doc_number = f"（{md(s['doc_number'])}）" if s.get("doc_number") and s["doc_number"] not in s["short"] else ""
            text = f"[{md(s['short'])}]({link('sources.md#' + source_id)}){doc_number}"
            return Markup(f"{text} {md(article)}" if article else text)

        def param(pid: str) -> dict:
            return self.ctx.policy["parameters"][pid]

        def param_link(pid: str) -> str:
            return link("parameters.md#" + anchor(pid))

        shown: set = set()   # statuses of the values this page shows, for caveats()

        def status(entry: dict) -> str:
            """已核实 / 转述 / 未核实 for one value; a 转述 or 未核实 label is bold."""
            shown.add(entry["status"])
            label = STATUS_LABELS[entry["status"]]
            return Markup(label if entry["status"] == "verified" else f"**{label}**")

        def in_force(pid: str) -> str:
            """The value in force today, when it took effect, its source and how sure we are:
            2380 元（2025-12-01 起；内政办发〔2025〕40号 一；已核实；说明）."""
            p = param(pid)
            v = timeline(p, self.today)["current"]
            if v is None:
                when = (f"没有查到 {p['ends']} 以后的规定" if p["ends"]
                        else f"{p['values'][0]['from']} 起才执行")
                return Markup(f"{when}；[说明]({param_link(pid)})")
            ref = v["reference"]
            return Markup(f"{fmt_value(v['value'], p['unit'])}（{md(v['from'])} 起；"
                          f"{source(ref['source'], ref['article'])}；{status(v)}；[说明]({param_link(pid)})）")

        def caveats() -> list[str]:
            return [STATUS_CAVEATS[s] for s in ("reported", "unverified") if s in shown]

        def text(prose_md: str) -> Markup:
            """The site's own prose: placeholders filled, 12333 dialable."""
            return prose.render(prose_md, self.ctx.policy["parameters"], param_link)

        def action(item) -> str:
            """One thing to do; a duty set by another document names it (the notice's own do not)."""
            if isinstance(item, str):
                return text(item)
            return Markup(f"{text(item['text'])}（依据{source(item['source'], item.get('article'))}，不是本通知的规定）")

        out = self.ctx.stage / page
        out.parent.mkdir(parents=True, exist_ok=True)
        markdown = self.env.get_template(template).render(
            ctx=self.ctx, data=self.ctx.data, policy=self.ctx.policy, notice=self.notice,
            sections=self.sections, sources=self.sources, link=link, source=source, param=param,
            in_force=in_force, status=status, caveats=caveats, text=text, action=action,
            timeline=lambda pid: timeline(param(pid), self.today), today=self.today,
            confidence=CONFIDENCE, status_warnings=STATUS_WARNINGS, audiences=AUDIENCES,
            channel_kinds=CHANNEL_KINDS, use_for=USE_FOR, section_pages=SECTION_PAGES, page=page,
            **extra)
        out.write_text(markdown, encoding="utf-8")


def run(ctx) -> None:
    prose.validate(ctx.data_dir, ctx.policy["parameters"])
    r = Renderer(ctx)
    r.render("notice-index.md.j2", "notice/index.md")
    for sid in SECTION_PAGES:
        r.render("notice-section.md.j2", f"notice/{sid}.md", section=r.sections[sid])
    r.render("sources.md.j2", "sources.md")
    raw = {f"{stem}.{key}": p for stem, params in ctx.data["parameters"].items() for key, p in params.items()}
    r.render("parameters.md.j2", "parameters.md", raw_parameters=raw, parameter_groups=parameter_groups(raw))
    r.render("glossary.md.j2", "glossary.md")
    r.render("channels.md.j2", "channels.md")
    for page in ("index", "citizens", "employers", "staff"):
        r.render(f"{page}.md.j2", f"{page}.md")
