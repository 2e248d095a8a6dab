"""How parameter values read on the site: 0.95 → 95%, 2380 → 2380 元, a rule table one line per group.
Each returns Markup: the data parts are escaped to the site's safe Markdown subset (builder/safe_text.py)."""
from markupsafe import Markup

from builder.safe_text import markdown_text as md

UNIT_SUFFIX = {"yuan": " 元", "months": " 个月", "working_days": " 个工作日", "days": " 天", "count": " 次"}
KEY_LABELS = {
    "min_contribution_months": "累计缴费满（月）", "max_benefit_months": "最长领取（月）",
    "junior": "初级（五级）", "intermediate": "中级（四级）", "senior": "高级（三级）",
    "male": "男职工", "female_55": "原法定退休年龄55周岁的女职工", "female_50": "原法定退休年龄50周岁的女职工",
    "original_age_years": "原法定退休年龄（周岁）", "first_birth_month": "开始延迟的出生月份",
    "step_birth_months": "每延迟1个月对应的出生月数", "max_delay_months": "最多延迟（月）",
    "stated": "有明文规定",
}


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
