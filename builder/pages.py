"""Build step 4: render the notice, its sections, sources, parameters, glossary, channels, the home
page and the three role pages from policy data with the Jinja2 templates in templates/.

Templates never compute; the helpers here only format values (95% / 2380 元) and make links."""
import posixpath

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from builder.data import page_of
from builder.safe_text import finalize, markdown_text as md, safe_url

UNIT_SUFFIX = {"yuan": " 元", "months": " 个月", "working_days": " 个工作日", "days": " 天", "count": " 次"}
UNIT_NAMES = {"ratio": "比例", "yuan": "元", "months": "月", "working_days": "工作日", "days": "天", "count": "次",
              "date": "日期", "table": "表", "rule": "规则"}
KEY_LABELS = {
    "min_contribution_months": "累计缴费满（月）", "max_benefit_months": "最长领取（月）",
    "junior": "初级（五级）", "intermediate": "中级（四级）", "senior": "高级（三级）",
    "male": "男职工", "female_55": "原法定退休年龄55周岁的女职工", "female_50": "原法定退休年龄50周岁的女职工",
    "original_age_years": "原法定退休年龄（周岁）", "first_birth_month": "开始延迟的出生月份",
    "step_birth_months": "每延迟1个月对应的出生月数", "max_delay_months": "最多延迟（月）",
    "stated": "有明文规定",
}
CONFIDENCE = {
    "seen-verbatim": "已核对原文",
    "seen-paraphrased": "只见到转述，措辞可能与原文不同",
    "derived": "根据原文推算",
    "recalled-unverified": "未核实",
    "site-default": "本站默认值，非官方规定",
}
AUDIENCES = {"citizen": "失业人员", "employer": "用人单位", "staff": "经办人员"}
CHANNEL_KINDS = {"counter": "窗口", "phone": "电话", "online": "网上", "app": "手机"}
USE_FOR = {"claim": "申领失业保险金", "registration": "失业登记", "consult": "咨询",
           "complaint": "投诉、建议", "dispute": "停保原因争议", "subsidy": "技能提升补贴"}
SECTION_PAGES = ("review", "workflow", "older-workers", "medical", "disputes", "certificates",
                 "risk", "complaints")


def fmt_value(value, unit: str) -> Markup:
    """A parameter value as a reader sees it: 0.95 → 95%, 2380 → 2380 元."""
    if isinstance(value, bool):
        return Markup("是" if value else "否")
    if value is None:
        return Markup("未知（未见原文）")
    if isinstance(value, list):
        return Markup("<br>".join(fmt_value(v, "") for v in value))
    if isinstance(value, dict):
        return Markup("；".join(f"{md(KEY_LABELS.get(k, k))}：{fmt_value(v, unit if unit == 'yuan' else '')}"
                               for k, v in value.items()))
    if unit == "ratio":
        return Markup(f"{value * 100:g}%")
    return Markup(f"{value:g}{UNIT_SUFFIX.get(unit, '')}" if isinstance(value, (int, float)) else md(value))


def fmt_table_value(value, unit: str) -> Markup:
    """For a table cell: nested rules one line per group, a table one line per row."""
    if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
        return Markup("<br>".join(f"{md(KEY_LABELS.get(k, k))}：{fmt_value(v, unit)}" for k, v in value.items()))
    return fmt_value(value, unit)


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split("\n")).strip() for p in text.strip().split("\n\n") if p.strip()]


def anchor(parameter_id: str) -> str:
    return parameter_id.replace(".", "-")


class Renderer:
    def __init__(self, ctx):
        self.ctx = ctx
        # finalize: everything a template prints from policy data is a safe Markdown subset (no raw HTML,
        # no javascript: links); helpers below return Markup after escaping their data parts.
        self.env = Environment(loader=FileSystemLoader(ctx.root / "templates"), undefined=StrictUndefined,
                               keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                               finalize=finalize)
        self.env.filters.update(value=fmt_value, table_value=fmt_table_value, paragraphs=paragraphs,
                                anchor=anchor)
        self.sources = {s["id"]: s for s in ctx.data["sources"]}
        self.notice = ctx.data["notice"]
        self.sections = {s["id"]: s for s in self.notice["sections"]}

    def render(self, template: str, page: str, **extra) -> None:
        def link(target: str) -> str:
            """A link from this page to a site page (calculators/deadline/ or notice/review.md#x)."""
            if target.startswith(("http://", "https://")):
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

        def latest(pid: str) -> str:
            """The last dated value, with when it took effect and its source: 2380 元（2025-12-01 起，依据…）;
            an unverified value says so (未核实) before the link to its explanation."""
            p = param(pid)
            v = p["values"][-1]
            ref = v["reference"]
            caveat = "" if v.get("verified", True) else "**未核实**，"
            return Markup(f"{fmt_value(v['value'], p['unit'])}（{md(v['from'])} 起；{source(ref['source'], ref['article'])}；"
                          f"{caveat}[说明]({link('parameters.md#' + anchor(pid))})）")

        out = self.ctx.stage / page
        out.parent.mkdir(parents=True, exist_ok=True)
        text = self.env.get_template(template).render(
            ctx=self.ctx, data=self.ctx.data, policy=self.ctx.policy, notice=self.notice,
            sections=self.sections, sources=self.sources, link=link, source=source, param=param,
            latest=latest, confidence=CONFIDENCE, audiences=AUDIENCES, unit_names=UNIT_NAMES,
            channel_kinds=CHANNEL_KINDS, use_for=USE_FOR, section_pages=SECTION_PAGES, page=page,
            **extra)
        out.write_text(text, encoding="utf-8")


def run(ctx) -> None:
    r = Renderer(ctx)
    r.render("notice-index.md.j2", "notice/index.md")
    for sid in SECTION_PAGES:
        r.render("notice-section.md.j2", f"notice/{sid}.md", section=r.sections[sid])
    r.render("sources.md.j2", "sources.md")
    raw = {f"{stem}.{key}": p for stem, params in ctx.data["parameters"].items() for key, p in params.items()}
    r.render("parameters.md.j2", "parameters.md", raw_parameters=raw)
    r.render("glossary.md.j2", "glossary.md")
    r.render("channels.md.j2", "channels.md")
    for page in ("index", "citizens", "employers", "staff"):
        r.render(f"{page}.md.j2", f"{page}.md")
