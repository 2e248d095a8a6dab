"""The site's own prose in policy_data (解读, 该怎么做, 编者说明, glossary, channels) never types a number
that is a parameter: it names the parameter in braces and the build fills in the value, with the same
转述 / 未核实 caveat the parameters page shows.

    {benefit.rate_first_12}                                  the last value: 95%
    {minimum_wage.class1_monthly@2025-12-01}                 the value in force that day: 2380 元
    {minimum_wage.class1_monthly*benefit.rate_first_12@2025-12-01}   a monthly amount: 2261.00 元
    {subsidy.amounts/junior@2024-06-01}                      one entry of a table value: 1000 元

Braces whose content starts like a parameter id (lowercase letters, a dot) are placeholders.
validate() reports a bad one as file:line: problem (an unknown parameter, a malformed one, a date
the data does not cover); render() fills them in. Other braces are ordinary text.
The hotline number 12333 is made a tel: link wherever the prose mentions it."""
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from markupsafe import Markup

from builder.compile import STATUS_LABELS, NotCovered, value_at
from builder.errors import DataError, DataErrors
from builder.formats import fmt_value
from builder.safe_text import markdown_text
from builder.schema import date_problem
from builder.yamlload import load
from calculators.money import cents, dec

BRACES = re.compile(r"\{(\s*[a-z][a-z0-9_]*\.[^{}]*)\}")
TERM = r"[a-z_]+\.[a-z0-9_]+(?:/[a-z0-9_]+)?"
SPEC = re.compile(rf"^\s*(?P<terms>{TERM}(?:\s*[*×]\s*{TERM})?)\s*(?:@\s*(?P<day>\d{{4}}-\d{{2}}-\d{{2}}))?\s*$")
# 12333 on its own: not 掌上12333, si.12333.gov.cn or the 12333 小程序 (ASCII neighbours only: \w is CJK too).
HOTLINE = re.compile(r"(?<![0-9A-Za-z./上\[])12333(?![0-9A-Za-z.\]]|\s*小程序)")
FILES = ("notice.yaml", "glossary.yaml", "channels.yaml")
VERBATIM_KEYS = {"text", "quote"}   # official wording: never rewritten


@dataclass(frozen=True)
class Filled:
    text: str        # 2261.00 元
    status: str      # the least sure status of the values used
    anchor_id: str   # the parameter whose caveat explains it (for the link)


def fill(spec: str, parameters: dict) -> Filled:
    """The text a placeholder stands for. Raises ValueError with a Chinese message."""
    m = SPEC.match(spec)
    if not m:
        raise ValueError(f"无法识别的占位符 {{{spec}}}：应写成 {{参数编号}}、{{参数编号@YYYY-MM-DD}} "
                         f"或 {{参数编号*参数编号@YYYY-MM-DD}}")
    day = m.group("day")
    if day and date_problem(day):
        raise ValueError(f"{{{spec}}}：{date_problem(day)}")
    used = []
    for term in re.split(r"\s*[*×]\s*", m.group("terms")):
        pid, _, key = term.partition("/")
        if pid not in parameters:
            raise ValueError(f"{{{spec}}}：未知的参数编号 “{pid}”")
        p = parameters[pid]
        try:
            entry = value_at(p, day) if day else p["values"][-1]
        except NotCovered as err:
            raise ValueError(f"{{{spec}}}：{err}") from None
        value = entry["value"]
        if key:
            if not isinstance(value, dict) or key not in value:
                raise ValueError(f"{{{spec}}}：参数 “{pid}” 的取值里没有 “{key}”")
            value = value[key]
        used.append((pid, p["unit"], value, entry["status"]))
    worst = max(used, key=lambda u: ("verified", "site_default", "reported", "unverified").index(u[3]))
    if len(used) == 1:
        return Filled(fmt_value(used[0][2], used[0][1]), worst[3], worst[0])
    units = sorted(u[1] for u in used)
    if units != ["ratio", "yuan"] or not all(isinstance(u[2], (int, float)) and not isinstance(u[2], bool)
                                            for u in used):
        raise ValueError(f"{{{spec}}}：只能把一个金额（元）乘以一个比例")
    amount = Decimal(1)
    for u in used:
        amount *= dec(u[2])
    return Filled(f"{cents(amount)} 元", worst[3], worst[0])


def tel_links(text: str) -> Markup:
    """Policy text for a Markdown page (escaped to the safe subset) with 12333 as a link the phone can dial."""
    return Markup(HOTLINE.sub("[12333](tel:12333)", markdown_text(text)))


def tel_html(text: str) -> Markup:
    """The same for an HTML template with autoescape: the text escaped, 12333 a tel: link."""
    return Markup(HOTLINE.sub('<a href="tel:12333">12333</a>', markdown_text(text)))


def render(text: str, parameters: dict, caveat_link) -> Markup:
    """A piece of prose for a Markdown page: its own text escaped to the safe subset, the placeholders
    filled, 12333 linked. caveat_link(parameter_id) is the link to that parameter on the parameters page."""
    out, pos = [], 0
    for m in BRACES.finditer(text):
        filled = fill(m.group(1), parameters)
        out.append(tel_links(text[pos:m.start()]))
        out.append(filled.text if filled.status == "verified" else
                   f"{filled.text}（[{STATUS_LABELS[filled.status]}]({caveat_link(filled.anchor_id)})）")
        pos = m.end()
    out.append(tel_links(text[pos:]))
    return Markup("".join(out))


def prose_strings(node, path=()):
    """(path, text) for every string of a data file except official wording (text, quote)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in VERBATIM_KEYS:
                yield from prose_strings(value, path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from prose_strings(item, path + (i,))
    elif isinstance(node, str):
        yield path, node


def _line(doc, path, text: str, offset: int) -> int:
    """A block scalar (|) starts on the line after its key."""
    line = doc.line(path)
    return line + 1 + text.count("\n", 0, offset) if "\n" in text else line


def validate(data_dir: Path, parameters: dict) -> None:
    """Check every placeholder in the prose files; raise DataErrors naming file:line."""
    errors = []
    for name in FILES:
        path = Path(data_dir) / name
        doc, load_errors = load(path, f"{Path(data_dir).name}/{name}")
        errors.extend(load_errors)
        if doc is None:
            continue
        for where, text in prose_strings(doc.data):
            for m in BRACES.finditer(text):
                try:
                    fill(m.group(1), parameters)
                except ValueError as err:
                    errors.append(DataError(doc.file, _line(doc, where, text, m.start()), str(err)))
    if errors:
        raise DataErrors(errors)
