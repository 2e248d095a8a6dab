"""Policy text is printed as a safe Markdown subset, and JSON embedded in a page cannot end or
confuse its <script> element: hostile text in the data (raw HTML, javascript: links, attribute
lists) shows as text on the built pages and runs nowhere."""
import json
import re
import shutil
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from builder import calculator_pages, checklist_pages, compile as compile_step, data, pages, stage
from builder.context import ROOT, Context
from builder.safe_text import json_script, markdown_text, safe_url

HOSTILE = ('<script>alert(1)</script> [点我](javascript:alert(1)) [再点](JaVaScRiPt&#58;alert(2)) '
           '[三点]( java\tscript:alert(7)) <img src=x onerror=alert(3)> 工作日 {: onclick="alert(4)" }')


@pytest.mark.parametrize("text, expected", [
    ("**10个工作日**内", "**10个工作日**内"),                                  # emphasis stays
    ("见[审核期限](calculators/deadline/)", "见[审核期限](calculators/deadline/)"),
    ("见[官网](https://www.mohrss.gov.cn/)", "见[官网](https://www.mohrss.gov.cn/)"),
    ("<b>粗</b> & 细", "&lt;b&gt;粗&lt;/b&gt; &amp; 细"),
    ("[点我](javascript:alert(1))", "点我"),
    ("[点我](vbscript:x) [图](data:image/png;base64,AAAA)", "点我 图"),
    ("![图](javascript:x)", "图"),
    ("[a][r]\n[r]: javascript:alert(1)", "[a][r]\n"),
    ("标题 {: onclick=alert(1) }", "标题 \\{: onclick=alert(1) }"),
    ('他说"好"', "他说&#34;好&#34;"),
])
def test_markdown_subset(text, expected):
    assert markdown_text(text) == expected


def test_urls():
    assert safe_url("https://example.org/a b\"c") == "https://example.org/a%20b%22c"
    assert safe_url("javascript:alert(1)") == "#" and safe_url(" jav\tascript:x") == "#"
    assert safe_url("../sources.md#nm_notice") == "../sources.md#nm_notice"


def test_json_script_cannot_end_or_open_anything():
    text = json_script({"title": "</script><!--<script>a & b\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"title": "</script><!--<script>a & b\u2028"}


class Tags(HTMLParser):
    """Every start tag of a page with its attributes (entities decoded, as a browser sees them)."""

    def __init__(self):
        super().__init__()
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The page steps of the build over a copy of policy_data/ with hostile text in its prose fields."""
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(ROOT / "policy_data", tmp / "policy_data")

    def poke(rel, change):
        path = tmp / "policy_data" / rel
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(doc)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")

    poke("glossary.yaml", lambda d: d[0].update(explanation=HOSTILE))
    poke("channels.yaml", lambda d: d[0].update(how=HOSTILE))
    poke("sources.yaml", lambda d: d[0].update(title="<!--<script>关于进一步提升失业保险经办服务质效的通知</script>"))
    poke("notice.yaml", lambda d: d["sections"][1].update(explanation=HOSTILE, text=HOSTILE))
    poke("checklists/claim-benefits.yaml", lambda d: d["groups"][0]["items"][0].update(text=HOSTILE))
    ctx = Context(data_dir=tmp / "policy_data", stage=tmp / "docs", site=tmp / "site", build=tmp / "build")
    for step in (data, compile_step, stage, pages, calculator_pages, checklist_pages):
        step.run(ctx)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    return ctx.stage, lambda rel: markdown.markdown((ctx.stage / rel).read_text(encoding="utf-8"), extensions=extensions)


@pytest.mark.parametrize("rel", ["glossary.md", "channels.md", "sources.md", "notice/review.md", "notice/index.md",
                                 "checklists/claim-benefits.md"])
def test_hostile_prose_shows_as_text_and_runs_nowhere(hostile_build, rel):
    _, render = hostile_build
    html = render(rel)
    tags = Tags()
    tags.feed(html)
    assert [t for t, a in tags.seen if t in ("img", "iframe") or (t == "script" and "src" not in a)] == [], rel
    assert [(t, n) for t, a in tags.seen for n in a if n.startswith("on")] == [], rel
    assert [v for t, a in tags.seen for n, v in a.items()
            if n in ("href", "src") and re.match(r"\s*(javascript|data|vbscript):", v or "", re.I)] == [], rel
    assert "&lt;script&gt;" in html, rel    # shown as text, not dropped


def test_hostile_source_title_cannot_break_a_calculator_page(hostile_build):
    staged, _ = hostile_build
    text = (staged / "calculators" / "deadline.md").read_text(encoding="utf-8")
    config = re.search(r'<script type="application/json" class="calc-config">(.*?)</script>', text, re.S).group(1)
    assert "<" not in config
    assert json.loads(config)["sources"]["nm_notice"]["title"].startswith("<!--<script>")
